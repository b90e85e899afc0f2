/**
 * Shared parts of `npm run bench`: the machine, the two servers under test (csb, bare aedes) as
 * child processes, provisioning through the admin API, and MQTT load clients that measure round
 * trips. Loopback only; every loop is bounded in count and time.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, freemem, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import {
  carDownlinkFilter,
  csb,
  decodeDownlink,
  encodeUplink,
  toTimestamp,
  type UplinkEnvelopeInit,
  type UplinkKind,
  uplinkTopic,
} from '@csb/proto';
import mqtt, { type MqttClient } from 'mqtt';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ADMIN_KEY = 'bench-admin-key-0123456789';

export function machine(): { nproc: number; cpu: string; memoryGb: number; freeGb: number; nofile: string } {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    if (line) cpu = line.split(':')[1]?.trim() ?? cpu;
  } catch {
    // not Linux: keep os.cpus()
  }
  let nofile = 'unknown';
  try {
    const limits = readFileSync('/proc/self/limits', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('Max open files'));
    nofile = limits?.split(/\s{2,}/)[1] ?? nofile;
  } catch {
    // not Linux
  }
  return {
    nproc: cpus().length,
    cpu,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    freeGb: Math.round(freemem() / 2 ** 30),
    nofile,
  };
}

export interface ServerChild {
  child: ChildProcess;
  mqttPort: number;
  httpPort: number;
  stop(): Promise<void>;
}

function waitForLine(child: ChildProcess, event: string, timeoutMs: number): Promise<Record<string, number>> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no ${event} within ${timeoutMs} ms; stderr: ${stderr}`));
    }, timeoutMs);
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.includes(`"${event}"`));
      if (!line) return;
      clearTimeout(timer);
      resolve(JSON.parse(line) as Record<string, number>);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`child exited with ${code} before ${event}; stderr: ${stderr}`));
    });
  });
}

/** `graceMs`: how long SIGTERM may take before SIGKILL (a profiled node writes its profile at exit). */
function stopper(child: ChildProcess, cleanup: () => void, graceMs = 10_000): () => Promise<void> {
  return async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    }
    cleanup();
  };
}

/**
 * Where `startCsb` puts csb's store: undefined = a fresh SQLite file (the default); otherwise a
 * function returning a fresh PostgreSQL database's URL per start (`npm run bench -- --store postgres`).
 */
let postgresDatabase: (() => Promise<string>) | undefined;
export function useBenchStore(database: (() => Promise<string>) | undefined): void {
  postgresDatabase = database;
}

/**
 * `csb start` as a child: a fresh SQLite file in a temp dir (or a fresh PostgreSQL database, see
 * `useBenchStore`), no demo data, the bench admin key.
 */
export async function startCsb(
  env: NodeJS.ProcessEnv = {},
  nodeArgs: string[] = [],
): Promise<ServerChild & { dataDir: string; opsPort: number }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'csb-bench-'));
  const store = postgresDatabase ? { CSB_DATABASE_URL: await postgresDatabase() } : {};
  const child = spawn(process.execPath, [...nodeArgs, path.join(ROOT, 'bin/csb.ts'), 'start'], {
    cwd: ROOT,
    env: {
      ...process.env,
      CSB_DATA_DIR: dataDir,
      CSB_MQTT_HOST: '127.0.0.1',
      CSB_MQTT_PORT: '0',
      CSB_HTTP_HOST: '127.0.0.1',
      CSB_HTTP_PORT: '0',
      CSB_OPS_PORT: '0',
      CSB_ADMIN_KEY: ADMIN_KEY,
      CSB_SEED_DEMO: 'false',
      CSB_LOG_LEVEL: 'silent',
      ...store,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Keep what the server says on stderr (a crash's stack trace), and keep the pipe drained: a
  // child blocked on a full pipe would look like a stalled server.
  mkdirSync(path.join(ROOT, 'reports'), { recursive: true });
  const stderrFile = path.join(ROOT, 'reports', `bench-csb-${child.pid}.stderr.log`);
  child.stderr?.pipe(createWriteStream(stderrFile));
  // A node started with a log level (benchmark 6's --keep-data) keeps its log beside it.
  const logLevel = env.CSB_LOG_LEVEL;
  if (logLevel !== undefined && logLevel !== 'silent') {
    const logFile = path.join(ROOT, 'reports', `bench-csb-${child.pid}.log`);
    child.stdout?.pipe(createWriteStream(logFile));
    process.stderr.write(`[bench] csb ${child.pid} logs (${logLevel}) to ${logFile}\n`);
  }
  child.once('exit', (code, signal) => {
    if (code !== 0 && signal !== 'SIGTERM' && signal !== 'SIGKILL') {
      process.stderr.write(`[bench] csb exited with ${code ?? signal}; its stderr: ${stderrFile}\n`);
    }
  });
  const started = await waitForLine(child, 'csb.started', 30_000);
  return {
    child,
    dataDir,
    mqttPort: started.mqttPort ?? 0,
    httpPort: started.httpPort ?? 0,
    opsPort: started.opsPort ?? 0,
    stop: stopper(
      child,
      () => rmSync(dataDir, { recursive: true, force: true }),
      nodeArgs.includes('--cpu-prof') ? 60_000 : 10_000,
    ),
  };
}

export async function startAedesEcho(): Promise<ServerChild> {
  const child = spawn(process.execPath, [path.join(ROOT, 'bench/aedes-echo.ts')], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const started = await waitForLine(child, 'aedes.started', 30_000);
  return { child, mqttPort: started.mqttPort ?? 0, httpPort: 0, stop: stopper(child, () => {}) };
}

/** Resident memory of a process in bytes (Linux /proc). */
export function rssBytes(pid: number | undefined): number {
  if (pid === undefined) return 0;
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(line?.match(/(\d+)/)?.[1] ?? 0) * 1024;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function admin(httpPort: number, route: string, body: unknown): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${httpPort}${route}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(60_000),
  });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`POST ${route} -> ${response.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as unknown;
}

export function benchVin(prefix: string, index: number): string {
  // 'ZZB' + 6 characters of prefix + 8 digits: 17 characters without I, O, Q.
  const code = prefix.toUpperCase().replace(/I/g, '1').replace(/O/g, '0').replace(/Q/g, '9');
  return `ZZB${code.slice(0, 6).padEnd(6, '0')}${String(index).padStart(8, '0')}`;
}

/**
 * Provisions `count` cars through the admin API; with `drivers`, each gets a customer (primary
 * driver) preferring one of `dealers` dealers (round robin), so that booking requests are accepted.
 */
export async function provisionCars(
  httpPort: number,
  count: number,
  options: { prefix: string; drivers: boolean; dealers?: number },
): Promise<{ cars: { vin: string; secret: string }[]; dealers: { dealerId: string; apiKey: string }[] }> {
  const dealers: { dealerId: string; apiKey: string }[] = [];
  if (options.drivers) {
    for (let d = 0; d < (options.dealers ?? 1); d++) {
      dealers.push(
        (await admin(httpPort, '/admin/v1/dealers', {
          dealerId: `bench-${options.prefix}-d${d}`,
          name: `Bench workshop ${d}`,
          phone: '+46 31 000 00 00',
          address: { street: 'Benchgatan 1', postalCode: '411 01', city: 'Göteborg', countryCode: 'SE' },
          location: { latitude: 57.7, longitude: 11.97 },
        })) as { dealerId: string; apiKey: string },
      );
    }
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < count) {
        const i = next++;
        await admin(httpPort, '/admin/v1/customers', {
          customerId: `bench-${options.prefix}-${i}`,
          name: `Bench driver ${i}`,
          email: `bench-${i}@example.com`,
          preferredDealerId: dealers[i % dealers.length]?.dealerId,
        });
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
  }
  const cars: { vin: string; secret: string }[] = [];
  for (let from = 0; from < count; from += 1000) {
    const vehicles = Array.from({ length: Math.min(1000, count - from) }, (_, k) => ({
      vin: benchVin(options.prefix, from + k),
      model: 'Bench EX',
      modelYear: 2026,
      connected: true,
      ...(options.drivers ? { primaryDriverCustomerId: `bench-${options.prefix}-${from + k}` } : {}),
    }));
    const created = (await admin(httpPort, '/admin/v1/vehicles:batch', { vehicles })) as {
      vehicles: { vin: string; secret: string }[];
    };
    cars.push(...created.vehicles);
  }
  return { cars, dealers };
}

/** One client that sends requests and is told when each answer arrives (round trip in µs). */
export interface LoadClient {
  readonly client: MqttClient;
  /** Sends one message; resolves with the round trip in microseconds, or rejects after 30 s. */
  request(): Promise<number>;
  /** Answers received that were refusals (csb rejections such as RATE_LIMITED). */
  rejected: number;
  close(): Promise<void>;
}

function connectClient(url: string, options: mqtt.IClientOptions): Promise<MqttClient> {
  const client = mqtt.connect(url, {
    protocolVersion: 4,
    clean: false,
    reconnectPeriod: 0,
    connectTimeout: 30_000,
    keepalive: 300,
    ...options,
  });
  noDelay(client);
  return new Promise((resolve, reject) => {
    client.once('connect', () => resolve(client));
    client.once('error', (error) => {
      client.end(true);
      reject(error);
    });
  });
}

/**
 * Nagle off on the client socket too: with it on, a PUBACK followed by the next PUBLISH waits for
 * the peer's delayed ACK (about 40 ms), and every closed-loop figure measures that instead.
 */
export function noDelay(client: MqttClient): void {
  const stream = client.stream as { setNoDelay?: (on: boolean) => void } | undefined;
  stream?.setNoDelay?.(true);
  client.on('connect', () => (client.stream as { setNoDelay?: (on: boolean) => void }).setNoDelay?.(true));
}

const close = (client: MqttClient): Promise<void> =>
  new Promise((resolve) => client.end(true, {}, () => resolve()));

/** A Health Status upload: a full uplink through the csb pipeline with a durable write and a result. */
export function healthUplink(messageId: string, now: number): UplinkEnvelopeInit {
  return {
    messageId,
    sentAt: toTimestamp(now),
    healthStatusUpload: {
      healthStatus: {
        capturedAt: toTimestamp(now - 60_000),
        odometerKm: 48_210,
        warnings: [
          {
            type: csb.v1.WarningType.WARNING_TYPE_ENGINE_OIL_LEVEL_LOW,
            severity: csb.v1.Severity.SEVERITY_WARNING,
            code: 'OIL-LVL-LOW',
          },
        ],
        dtcs: [
          { code: 'P0301', ecu: 'ECM', status: csb.v1.DtcStatus.DTC_STATUS_ACTIVE },
          { code: 'P0171', ecu: 'ECM', status: csb.v1.DtcStatus.DTC_STATUS_STORED },
        ],
      },
    },
  };
}

export const HEALTH_UPLINK_BYTES = encodeUplink(healthUplink(randomUUID(), Date.now())).length;

/** A car on csb: authenticates, subscribes to its downlinks, receipts every non-result downlink. */
export async function csbCarClient(url: string, vin: string, secret: string): Promise<LoadClient> {
  const client = await connectClient(url, { clientId: vin, username: vin, password: secret });
  const pending = new Map<
    string,
    { at: number; resolve: (us: number) => void; reject: (e: Error) => void }
  >();
  const self: LoadClient = {
    client,
    rejected: 0,
    request() {
      const messageId = randomUUID();
      const payload = Buffer.from(encodeUplink(healthUplink(messageId, Date.now())));
      return new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(messageId);
          reject(new Error('no result within 30 s'));
        }, 30_000);
        pending.set(messageId, {
          at: performance.now(),
          resolve: (us) => {
            clearTimeout(timer);
            resolve(us);
          },
          reject,
        });
        client.publish(uplinkTopic(vin, 'health-status'), payload, { qos: 1 });
      });
    },
    close: () => close(client),
  };
  client.on('message', (_topic, payload) => {
    const decoded = decodeDownlink(payload);
    if (!decoded.ok) return;
    const env = decoded.message;
    const result = env.uplinkResult;
    if (result) {
      const p = pending.get(result.uplinkMessageId ?? '');
      if (!p) return;
      pending.delete(result.uplinkMessageId ?? '');
      if (result.rejected) self.rejected += 1;
      p.resolve(Math.max(1, Math.round((performance.now() - p.at) * 1000)));
      return;
    }
    // Every other downlink is receipted, as the protocol asks (uplink.proto DeliveryReceipt).
    const receipt = encodeUplink({
      messageId: randomUUID(),
      sentAt: toTimestamp(Date.now()),
      deliveryReceipt: { downlinkMessageId: env.messageId ?? '', receivedAt: toTimestamp(Date.now()) },
    });
    client.publish(uplinkTopic(vin, 'delivery-receipt'), Buffer.from(receipt), { qos: 1 });
  });
  await client.subscribeAsync(carDownlinkFilter(vin), { qos: 1 });
  return self;
}

/** A client of the bare aedes echo: same payload size, QoS 1 both ways, correlated by a sequence. */
export async function echoClient(url: string, index: number, payloadBytes: number): Promise<LoadClient> {
  const client = await connectClient(url, { clientId: `bench-echo-${index}` });
  const pending = new Map<number, { at: number; resolve: (us: number) => void }>();
  let seq = 0;
  client.on('message', (_topic, payload) => {
    const id = payload.readUInt32BE(0);
    const p = pending.get(id);
    if (!p) return;
    pending.delete(id);
    p.resolve(Math.max(1, Math.round((performance.now() - p.at) * 1000)));
  });
  await client.subscribeAsync(`bench/${index}/down`, { qos: 1 });
  return {
    client,
    rejected: 0,
    request() {
      const id = seq++;
      const payload = Buffer.alloc(Math.max(4, payloadBytes));
      payload.writeUInt32BE(id, 0);
      return new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new Error('no echo within 30 s'));
        }, 30_000);
        pending.set(id, {
          at: performance.now(),
          resolve: (us) => {
            clearTimeout(timer);
            resolve(us);
          },
        });
        client.publish(`bench/${index}/up`, payload, { qos: 1 });
      });
    },
    close: () => close(client),
  };
}

/** Opens `count` clients, `parallel` at a time. */
export async function openClients(
  count: number,
  make: (index: number) => Promise<LoadClient>,
  parallel = 50,
): Promise<LoadClient[]> {
  const out: LoadClient[] = new Array(count);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const i = next++;
      out[i] = await make(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, count) }, worker));
  return out;
}

export async function closeClients(clients: LoadClient[]): Promise<void> {
  for (let i = 0; i < clients.length; i += 500)
    await Promise.all(clients.slice(i, i + 500).map((c) => c.close()));
}

/** Closed loop: every client keeps one message in flight for `seconds`; returns answers per second. */
export async function closedLoop(
  clients: LoadClient[],
  seconds: number,
): Promise<{ perSecond: number; done: number; failed: number; rejected: number }> {
  const until = performance.now() + seconds * 1000;
  let done = 0;
  let failed = 0;
  const start = performance.now();
  await Promise.all(
    clients.map(async (c) => {
      while (performance.now() < until) {
        try {
          await c.request();
          done += 1;
        } catch {
          failed += 1;
        }
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  const rejected = clients.reduce((n, c) => n + c.rejected, 0);
  return { perSecond: Math.round(done / elapsed), done, failed, rejected };
}

/**
 * Open loop: `rate` messages per second in all, spread round robin over the clients, for
 * `seconds`; every round trip goes into `record` (µs). Sends on schedule whether answers came or not.
 */
export async function openLoop(
  clients: LoadClient[],
  rate: number,
  seconds: number,
  record: (us: number) => void,
): Promise<{ sent: number; failed: number }> {
  const total = Math.max(1, Math.round(rate * seconds));
  const start = performance.now();
  let sent = 0;
  let failed = 0;
  const inFlight: Promise<void>[] = [];
  while (sent < total) {
    const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * rate) + 1);
    while (sent < due) {
      const c = clients[sent % clients.length];
      sent += 1;
      if (!c) continue;
      inFlight.push(
        c.request().then(record, () => {
          failed += 1;
        }),
      );
    }
    await sleep(1);
  }
  await Promise.all(inFlight);
  return { sent, failed };
}

// ---------------------------------------------------------------------------------------------
// The server's own cost: CPU time and memory of a child process, read from Linux /proc.

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ: 100 on every Linux build we run on). */
const USER_HZ = 100;

/** User + system CPU time a process has used, in microseconds (10 ms resolution). */
export function cpuMicros(pid: number | undefined): number {
  if (pid === undefined) return 0;
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) start after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11] ?? 0);
  const stime = Number(fields[12] ?? 0);
  return ((utime + stime) * 1_000_000) / USER_HZ;
}

/** Parent PID and CPU time (user + system, µs) of a process, from /proc/<pid>/stat; undefined when gone. */
function statOf(pid: number): { ppid: number; cpuUs: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return {
      ppid: Number(fields[1] ?? 0),
      cpuUs: ((Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) * 1_000_000) / USER_HZ,
    };
  } catch {
    return undefined;
  }
}

/**
 * CPU time of a process and its direct children, µs: a PostgreSQL server is its postmaster and one
 * backend process per connection. A child that ended before the second reading takes its time
 * with it, so read around a window in which the connections stay open (the pools do).
 */
export function treeCpuMicros(pid: number | undefined): number {
  if (pid === undefined) return 0;
  let total = statOf(pid)?.cpuUs ?? 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = statOf(Number(entry));
    if (stat && stat.ppid === pid) total += stat.cpuUs;
  }
  return total;
}

/** Samples a process's RSS every `everyMs` until stopped; keeps only the peak (bounded: one number). */
export function rssPeakSampler(pid: number | undefined, everyMs = 250): { stop(): number } {
  let peak = rssBytes(pid);
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, rssBytes(pid));
    } catch {
      // the process ended: keep the peak seen
    }
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

/** CPU and RSS of the server over one measured window. */
export function serverCost(pid: number | undefined): { stop(requests: number): ServerCost } {
  const cpu0 = cpuMicros(pid);
  const rss = rssPeakSampler(pid);
  return {
    stop(requests) {
      const cpuUs = cpuMicros(pid) - cpu0;
      const rssPeak = rss.stop();
      return { cpuUsPerRequest: requests > 0 ? cpuUs / requests : 0, rssPeakBytes: rssPeak };
    },
  };
}

export interface ServerCost {
  cpuUsPerRequest: number;
  rssPeakBytes: number;
}

// ---------------------------------------------------------------------------------------------
// A car on csb that can send any uplink kind and hears its proposals.

export interface UplinkAnswer {
  /** Round trip from the publish to the UplinkResult, microseconds. */
  us: number;
  accepted: boolean;
  appointmentId: string;
  /** Rejection code name (e.g. TEMPORARILY_UNAVAILABLE); empty when accepted. */
  code: string;
}

export interface BenchCar {
  readonly vin: string;
  readonly client: MqttClient;
  /** Publishes one uplink (QoS 1); resolves with its UplinkResult, rejects after 30 s. */
  send(kind: UplinkKind, init: UplinkEnvelopeInit): Promise<UplinkAnswer>;
  /** Uplinks sent and not answered yet. */
  pending(): number;
  /** Called for every proposal that reaches the car (after its delivery receipt is sent). */
  onProposal: ((proposal: { appointmentId: string; proposalId: string }) => void) | undefined;
  close(): Promise<void>;
}

const REJECTION_NAMES = Object.fromEntries(
  Object.entries(csb.v1.RejectionCode).map(([name, value]) => [value, name.replace(/^REJECTION_CODE_/, '')]),
) as Record<number, string>;

/** Connects one provisioned car: authenticates, subscribes, receipts every downlink but results. */
export async function connectBenchCar(url: string, vin: string, secret: string): Promise<BenchCar> {
  const client = await connectClient(url, { clientId: vin, username: vin, password: secret });
  const waiting = new Map<string, { at: number; resolve: (a: UplinkAnswer) => void }>();
  const car: BenchCar = {
    vin,
    client,
    onProposal: undefined,
    pending: () => waiting.size,
    send(kind, init) {
      const messageId = randomUUID();
      const payload = Buffer.from(
        encodeUplink({ ...init, messageId, sentAt: init.sentAt ?? toTimestamp(Date.now()) }),
      );
      return new Promise<UplinkAnswer>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.delete(messageId);
          reject(new Error('no result within 30 s'));
        }, 30_000);
        waiting.set(messageId, {
          at: performance.now(),
          resolve: (answer) => {
            clearTimeout(timer);
            resolve(answer);
          },
        });
        client.publish(uplinkTopic(vin, kind), payload, { qos: 1 });
      });
    },
    close: () => close(client),
  };
  client.on('message', (_topic, payload) => {
    const decoded = decodeDownlink(payload);
    if (!decoded.ok) return;
    const env = decoded.message;
    const result = env.uplinkResult;
    if (result) {
      const id = result.uplinkMessageId ?? '';
      const w = waiting.get(id);
      if (!w) return;
      waiting.delete(id);
      w.resolve({
        us: Math.max(1, Math.round((performance.now() - w.at) * 1000)),
        accepted: !!result.accepted,
        appointmentId: result.accepted?.appointmentId ?? '',
        code: result.rejected ? (REJECTION_NAMES[result.rejected.code ?? 0] ?? 'UNKNOWN') : '',
      });
      return;
    }
    const receiptPayload = encodeUplink({
      messageId: randomUUID(),
      sentAt: toTimestamp(Date.now()),
      deliveryReceipt: { downlinkMessageId: env.messageId ?? '', receivedAt: toTimestamp(Date.now()) },
    });
    client.publish(uplinkTopic(vin, 'delivery-receipt'), Buffer.from(receiptPayload), { qos: 1 });
    const p = env.proposal;
    if (p?.appointmentId && p.proposalId)
      car.onProposal?.({ appointmentId: p.appointmentId, proposalId: p.proposalId });
  });
  await client.subscribeAsync(carDownlinkFilter(vin), { qos: 1 });
  return car;
}

/** POST to the dealer API with the dealer's key; resolves with the status and parsed body. */
export async function dealerPost(
  httpPort: number,
  apiKey: string,
  route: string,
  body: unknown,
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`http://127.0.0.1:${httpPort}/dealer/v1${route}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(60_000),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}

/** A proposal three days ahead, as the automatic dealer and the storm benchmark send. */
export const BENCH_PROPOSAL = () => ({
  start: new Date(Date.now() + 3 * 86_400_000).toISOString(),
  durationMinutes: 60,
  price: { currencyCode: 'SEK', amountMinor: 100_000 },
  workDescription: 'Bench service',
});

/** Runs `work` over `items` with at most `parallel` at a time. */
export async function eachParallel<T>(
  items: readonly T[],
  parallel: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      const item = items[i];
      if (item !== undefined) await work(item, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, items.length) }, worker));
}

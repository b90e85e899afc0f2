/**
 * The booking path, csb against bare aedes in one invocation (docs/benchmarks.md):
 *
 *   node bench/booking-path.ts [--cars 100] [--seconds 60] [--echo-seconds 10] [--profile]
 *
 * 1. bare aedes echo (bench/aedes-echo.ts, a child process): `--cars` clients, closed loop W=1,
 *    a payload of the booking request's size, QoS 1 both ways, for `--echo-seconds`.
 * 2. `csb start` (a child process, fresh SQLite file): `--cars` cars, each with a primary driver
 *    whose preferred dealer is one of 10 dealers. Each car runs a closed loop W=1 for `--seconds`:
 *    a booking request (origin WARNINGS, consent, a Health Status with a warning and two DTCs), then
 *    a cancellation of the appointment it created. So every car's history grows by one cancelled
 *    appointment per round while its open appointments stay at most one: the figure shows whether an
 *    uplink's cost grows with the car's history. Every downlink but the result is receipted.
 *
 * Prints one JSON line per second of the csb run (uplinks answered that second, by kind, and the
 * csb process's CPU ms in it) and a summary: uplinks/s of both servers, the ratio, the csb run's
 * last-10-s rate over its first 10 s, and its CPU time per uplink in those two windows (which a
 * busy machine disturbs less than the rate).
 * With `--profile` the csb child runs under `--cpu-prof` (written to reports/prof/).
 * Loopback only; every loop is bounded by time, every wait by a timeout.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import {
  carDownlinkFilter,
  csb,
  decodeDownlink,
  encodeUplink,
  toTimestamp,
  type UplinkEnvelopeInit,
  uplinkTopic,
} from '@csb/proto';
import mqtt, { type MqttClient } from 'mqtt';

const ROOT = path.resolve(import.meta.dirname, '..');
const ADMIN_KEY = 'bench-booking-path-admin-key';
const DEALERS = 10;
const TIMEOUT_MS = 30_000;

const { values } = parseArgs({
  options: {
    cars: { type: 'string', default: '100' },
    seconds: { type: 'string', default: '60' },
    'echo-seconds': { type: 'string', default: '10' },
    profile: { type: 'boolean', default: false },
  },
});
const CARS = Math.max(1, Math.min(2000, Number(values.cars)));
const SECONDS = Math.max(10, Math.min(600, Number(values.seconds)));
const ECHO_SECONDS = Math.max(1, Math.min(120, Number(values['echo-seconds'])));

const log = (line: Record<string, unknown>): void => {
  process.stdout.write(`${JSON.stringify(line)}\n`);
};

function bookingRequest(messageId: string): UplinkEnvelopeInit {
  const now = Date.now();
  return {
    messageId,
    sentAt: toTimestamp(now),
    bookingRequest: {
      origin: csb.v1.RequestOrigin.REQUEST_ORIGIN_WARNINGS,
      consent: { granted: true, grantedAt: toTimestamp(now) },
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
const BOOKING_BYTES = encodeUplink(bookingRequest(randomUUID())).length;

// ---------------------------------------------------------------------------------------------
// children

function startChild(args: string[], env: NodeJS.ProcessEnv, event: string) {
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  return new Promise<{ child: ChildProcess; ports: Record<string, number> }>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no ${event} within 60 s: ${stderr}`));
    }, 60_000);
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.includes(`"${event}"`));
      if (!line) return;
      clearTimeout(timer);
      resolve({ child, ports: JSON.parse(line) as Record<string, number> });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`child exited with ${code} before ${event}: ${stderr}`));
    });
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  await exited;
  clearTimeout(timer);
}

// ---------------------------------------------------------------------------------------------
// clients

function connect(port: number, options: mqtt.IClientOptions): Promise<MqttClient> {
  const client = mqtt.connect(`mqtt://127.0.0.1:${port}`, {
    protocolVersion: 4,
    clean: false,
    reconnectPeriod: 0,
    connectTimeout: TIMEOUT_MS,
    keepalive: 300,
    ...options,
  });
  // Nagle off, as the servers do: a closed loop would otherwise measure the delayed ACK.
  client.on('connect', () => (client.stream as { setNoDelay?: (on: boolean) => void }).setNoDelay?.(true));
  return new Promise((resolve, reject) => {
    client.once('connect', () => resolve(client));
    client.once('error', (error) => {
      client.end(true);
      reject(error);
    });
  });
}

const end = (client: MqttClient): Promise<void> =>
  new Promise((resolve) => client.end(true, {}, () => resolve()));

/** CPU time (user + system) a process used so far, in ms (Linux /proc; 0 elsewhere). */
function cpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // utime and stime are fields 14 and 15 of stat, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/**
 * Per-second counters of one run, by kind, and the server's CPU time per second: CPU per uplink
 * tells whether an uplink costs more as history grows even when the machine's load varies.
 */
class Meter {
  readonly start = performance.now();
  readonly seconds: Record<string, number>[] = [];
  readonly cpu: number[] = [];
  private readonly timer: NodeJS.Timeout;
  constructor(serverPid: number | undefined) {
    let last = cpuMs(serverPid);
    this.timer = setInterval(() => {
      const now = cpuMs(serverPid);
      this.cpu.push(now - last);
      last = now;
    }, 1000);
  }
  stop(): void {
    clearInterval(this.timer);
  }
  count(kind: string): void {
    const s = Math.floor((performance.now() - this.start) / 1000);
    while (this.seconds.length <= s) this.seconds.push({});
    const bucket = this.seconds[s] as Record<string, number>;
    bucket[kind] = (bucket[kind] ?? 0) + 1;
  }
}

const total = (bucket: Record<string, number> | undefined): number =>
  Object.values(bucket ?? {}).reduce((a, b) => a + b, 0);

async function echoRun(port: number): Promise<number> {
  const clients: MqttClient[] = [];
  for (let i = 0; i < CARS; i++) {
    const client = await connect(port, { clientId: `bench-bp-echo-${i}` });
    await client.subscribeAsync(`bench/${i}/down`, { qos: 1 });
    clients.push(client);
  }
  const until = performance.now() + ECHO_SECONDS * 1000;
  let done = 0;
  const started = performance.now();
  await Promise.all(
    clients.map(
      (client, i) =>
        new Promise<void>((resolve) => {
          const payload = Buffer.alloc(BOOKING_BYTES);
          const send = () => {
            if (performance.now() >= until) return resolve();
            client.publish(`bench/${i}/up`, payload, { qos: 1 });
          };
          client.on('message', () => {
            done += 1;
            send();
          });
          send();
        }),
    ),
  );
  const rate = done / ((performance.now() - started) / 1000);
  for (const client of clients) await end(client);
  return rate;
}

async function admin(httpPort: number, route: string, body: unknown): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${httpPort}${route}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`POST ${route} -> ${response.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as unknown;
}

async function provision(httpPort: number): Promise<{ vin: string; secret: string }[]> {
  for (let d = 0; d < DEALERS; d++) {
    await admin(httpPort, '/admin/v1/dealers', {
      dealerId: `bench-bp-d${d}`,
      name: `Bench workshop ${d}`,
      phone: '+46 31 000 00 00',
      address: { street: 'Benchgatan 1', postalCode: '411 01', city: 'Göteborg', countryCode: 'SE' },
      location: { latitude: 57.7, longitude: 11.97 },
    });
  }
  for (let i = 0; i < CARS; i++) {
    await admin(httpPort, '/admin/v1/customers', {
      customerId: `bench-bp-c${i}`,
      name: `Bench driver ${i}`,
      email: `bench-${i}@example.com`,
      preferredDealerId: `bench-bp-d${i % DEALERS}`,
    });
  }
  const vehicles = Array.from({ length: CARS }, (_, i) => ({
    vin: `ZZBBKPATH${String(i).padStart(8, '0')}`,
    model: 'Bench EX',
    modelYear: 2026,
    connected: true,
    primaryDriverCustomerId: `bench-bp-c${i}`,
  }));
  const created = (await admin(httpPort, '/admin/v1/vehicles:batch', { vehicles })) as {
    vehicles: { vin: string; secret: string }[];
  };
  return created.vehicles;
}

/** A connected, subscribed car that receipts every downlink but the result. */
async function carClient(port: number, vin: string, secret: string) {
  const client = await connect(port, { clientId: vin, username: vin, password: secret });
  const waiting = new Map<string, (result: csb.v1.IUplinkResult) => void>();
  client.on('message', (_topic, payload) => {
    const decoded = decodeDownlink(payload);
    if (!decoded.ok) return;
    const env = decoded.message;
    if (env.uplinkResult) {
      waiting.get(env.uplinkResult.uplinkMessageId ?? '')?.(env.uplinkResult);
      return;
    }
    const receipt = encodeUplink({
      messageId: randomUUID(),
      sentAt: toTimestamp(Date.now()),
      deliveryReceipt: { downlinkMessageId: env.messageId ?? '', receivedAt: toTimestamp(Date.now()) },
    });
    client.publish(uplinkTopic(vin, 'delivery-receipt'), Buffer.from(receipt), { qos: 1 });
  });
  await client.subscribeAsync(carDownlinkFilter(vin), { qos: 1 });
  return { vin, client, waiting };
}

/** One car: booking request, then the cancellation of what it created, until `until`. */
async function carLoop(car: Awaited<ReturnType<typeof carClient>>, meter: Meter, until: number) {
  const { vin, client, waiting } = car;
  const send = (kind: 'booking-request' | 'cancellation', envelope: UplinkEnvelopeInit) =>
    new Promise<csb.v1.IUplinkResult>((resolve, reject) => {
      const id = envelope.messageId ?? '';
      const timer = setTimeout(() => {
        waiting.delete(id);
        reject(new Error(`no result for ${kind} within ${TIMEOUT_MS} ms`));
      }, TIMEOUT_MS);
      waiting.set(id, (result) => {
        clearTimeout(timer);
        waiting.delete(id);
        resolve(result);
      });
      client.publish(uplinkTopic(vin, kind), Buffer.from(encodeUplink(envelope)), { qos: 1 });
    });
  let rejected = 0;
  while (performance.now() < until) {
    const booked = await send('booking-request', bookingRequest(randomUUID()));
    meter.count(booked.accepted ? 'booking-request' : 'rejected');
    const appointmentId = booked.accepted?.appointmentId;
    if (!appointmentId) {
      rejected += 1;
      continue;
    }
    if (performance.now() >= until) break;
    const cancelled = await send('cancellation', {
      messageId: randomUUID(),
      sentAt: toTimestamp(Date.now()),
      cancellation: { appointmentId, reason: 'bench' },
    });
    meter.count(cancelled.accepted ? 'cancellation' : 'rejected');
  }
  await end(client);
  return rejected;
}

async function csbRun(): Promise<{
  rate: number;
  first10: number;
  last10: number;
  cpuUsFirst10: number;
  cpuUsLast10: number;
  rejected: number;
}> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'csb-bench-bp-'));
  const profileDir = path.join(ROOT, 'reports', 'prof');
  if (values.profile) mkdirSync(profileDir, { recursive: true });
  const nodeArgs = values.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const { child, ports } = await startChild(
    [...nodeArgs, path.join(ROOT, 'bin/csb.ts'), 'start'],
    {
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
    },
    'csb.started',
  );
  try {
    const cars = [];
    for (const car of await provision(ports.httpPort ?? 0)) {
      cars.push(await carClient(ports.mqttPort ?? 0, car.vin, car.secret));
    }
    const meter = new Meter(child.pid);
    const until = meter.start + SECONDS * 1000;
    const rejected = await Promise.all(cars.map((car) => carLoop(car, meter, until)));
    meter.stop();
    const seconds = meter.seconds.slice(0, SECONDS);
    seconds.forEach((bucket, second) => {
      log({ event: 'csb.second', second, ...bucket, cpuMs: meter.cpu[second] });
    });
    const sum = (from: number, to: number) =>
      seconds.slice(from, to).reduce((n, bucket) => n + total(bucket), 0) / (to - from);
    const cpuPerUplinkUs = (from: number, to: number) => {
      const cpu = meter.cpu.slice(from, to).reduce((a, b) => a + b, 0);
      const uplinks = seconds.slice(from, to).reduce((n, bucket) => n + total(bucket), 0);
      return Math.round((cpu * 1000) / Math.max(1, uplinks));
    };
    const n = Math.min(seconds.length, meter.cpu.length);
    return {
      rate: sum(0, seconds.length),
      first10: sum(0, 10),
      last10: sum(seconds.length - 10, seconds.length),
      cpuUsFirst10: cpuPerUplinkUs(0, 10),
      cpuUsLast10: cpuPerUplinkUs(n - 10, n),
      rejected: rejected.reduce((a, b) => a + b, 0),
    };
  } finally {
    await stopChild(child);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const echo = await startChild([path.join(ROOT, 'bench/aedes-echo.ts')], process.env, 'aedes.started');
let echoRate = 0;
try {
  echoRate = await echoRun(echo.ports.mqttPort ?? 0);
} finally {
  await stopChild(echo.child);
}
log({
  event: 'aedes.done',
  cars: CARS,
  payloadBytes: BOOKING_BYTES,
  seconds: ECHO_SECONDS,
  perSecond: echoRate,
});
const result = await csbRun();
log({
  event: 'summary',
  cars: CARS,
  window: 1,
  payloadBytes: BOOKING_BYTES,
  csbSeconds: SECONDS,
  aedesUplinksPerSecond: Math.round(echoRate),
  csbUplinksPerSecond: Math.round(result.rate),
  ratio: Number((result.rate / echoRate).toFixed(3)),
  first10PerSecond: Math.round(result.first10),
  last10PerSecond: Math.round(result.last10),
  lastOverFirst: Number((result.last10 / result.first10).toFixed(3)),
  serverCpuUsPerUplinkFirst10: result.cpuUsFirst10,
  serverCpuUsPerUplinkLast10: result.cpuUsLast10,
  rejected: result.rejected,
});

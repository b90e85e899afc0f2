/**
 * `npm run bench [-- SUITE ...] [options]`: the booking path measured kind by kind (bench/
 * uplink-kinds.ts: booking requests, proposal responses, Health Status uploads, engine starts, the
 * lifecycle, a sustained run, open-loop offered rates, first CONNECTs, the soak) and the seven
 * benchmarks of the first performance round. Each figure sits beside a baseline measured in the
 * same invocation on the same machine (these machines are shared and noisy). Results are printed,
 * merged into the current table at the top of docs/benchmarks.md and appended below it as a log
 * section with the machine, date and command. Loopback only; every loop is bounded in count and time.
 */
import { spawn } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { carDownlinkFilter, csb, decodeDownlink, encodeUplink, toTimestamp, uplinkTopic } from '@csb/proto';
import {
  createAcceleratedClock,
  parseFleetScenario,
  planFleet,
  provisionFleet,
  simulateFleet,
  writeCredentialsFile,
} from '@csb/simulator';
import * as hdr from 'hdr-histogram-js';
import mqtt, { type MqttClient } from 'mqtt';
import { startTestPostgres, type TestPostgres } from '../test/support/postgres.ts';
import { startRedis, type TestRedis } from '../test/support/redis.ts';
import { clusterSuite, type Node, startNodes } from './cluster.ts';
import { mergeCurrentTable } from './current-table.ts';
import {
  ADMIN_KEY,
  benchVin,
  closeClients,
  closedLoop,
  csbCarClient,
  echoClient,
  HEALTH_UPLINK_BYTES,
  machine,
  noDelay,
  openClients,
  openLoop,
  provisionCars,
  ROOT,
  rssBytes,
  serverCost,
  sleep,
  startAedesEcho,
  startCsb,
  useBenchStore,
} from './lib.ts';
import { KIND_SUITES, type KindSuite, type Row, runKindSuite } from './uplink-kinds.ts';

/** The benchmarks of the first performance round (numbered 1 to 7 in the log below). */
const BENCHES = [
  'throughput',
  'latency',
  'connections',
  'storm',
  'scheduler',
  'virtual-time',
  'dealer-api',
] as const;
/** One node against two (bench/cluster.ts), and the virtual-time fleet spread over two nodes. */
const CLUSTER_SUITES = ['cluster', 'cluster-fleet'] as const;
type Bench = (typeof BENCHES)[number] | (typeof CLUSTER_SUITES)[number];
type Suite = Bench | KindSuite;
const SUITES: readonly Suite[] = [...KIND_SUITES, ...BENCHES, ...CLUSTER_SUITES];
/** `npm run bench` without suites: everything but the soak and the cluster suites (asked for by name). */
const DEFAULT_SUITES: readonly Suite[] = SUITES.filter(
  (s) => s !== 'soak' && !(CLUSTER_SUITES as readonly string[]).includes(s),
);

export type { Row };

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: {
    only: { type: 'string' },
    quick: { type: 'boolean', default: false },
    clients: { type: 'string' },
    lanes: { type: 'string' },
    seconds: { type: 'string' },
    'sustained-seconds': { type: 'string' },
    'sustained-cars': { type: 'string' },
    'open-cars': { type: 'string' },
    'open-rates': { type: 'string' },
    'burst-rate': { type: 'string' },
    'burst-seconds': { type: 'string' },
    connects: { type: 'string' },
    minutes: { type: 'string' },
    'sample-seconds': { type: 'string' },
    'soak-dir': { type: 'string' },
    connections: { type: 'string', default: '18000' },
    storm: { type: 'string', default: '10000' },
    'fleet-cars': { type: 'string', default: '10000' },
    'fleet-days': { type: 'string' },
    'fleet-speed': { type: 'string' },
    appointments: { type: 'string', default: '100000' },
    'scheduler-small': { type: 'string', default: '10000' },
    'scheduler-large': { type: 'string', default: '1000000' },
    'no-append': { type: 'boolean', default: false },
    /** The stores the uplink-kind suites run on, one after the other in this invocation. */
    store: { type: 'string', default: 'sqlite' },
    /** Writes a V8 CPU profile of each csb process to reports/profiles/ (to see what bounds a figure). */
    profile: { type: 'boolean', default: false },
    /** Event-loop delay, GC pauses and WAL size of each csb process every 100 ms, in reports/loop/. */
    'loop-probe': { type: 'boolean', default: false },
    /** virtual-time: keep the fleet's data folder and the node's log (info) for a failed invariant. */
    'keep-data': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  },
});

const USAGE = `npm run bench -- [SUITE ...] [options]     (SUITE also as --only a,b)
  suites: ${SUITES.join(', ')}
  (none: all but soak, cluster and cluster-fleet)
  cluster                booking requests on 1 node (PostgreSQL) vs 2 nodes (PostgreSQL + Redis),
                         cars spread over both nodes' MQTT ports, beside bare aedes; CPU per process
  --quick                a few seconds and a few dozen cars per suite (smoke test; not figures)
  --seconds 10           each measured window (closed loop, open-loop step)
  --lanes 200            messages in flight at once, one per lane (--clients: the same)
  --sustained-seconds 60 --sustained-cars 100
  --open-cars 1000 --open-rates 1000,2500,5000 --burst-rate 30000 --burst-seconds 10
  --connects 2000        first CONNECTs
  --minutes 10 --sample-seconds 5 --soak-dir docs     soak: CSV and SVG written there
  [--connections 18000] [--storm 10000] [--fleet-cars 10000] [--fleet-days 30] [--fleet-speed 19440]
                         (cluster-fleet: the same fleet over two nodes, --fleet-days 7 and --fleet-speed 1080 by default)
  [--appointments 100000] [--scheduler-small 10000] [--scheduler-large 1000000]
  --store sqlite         the store of the uplink-kind suites (booking ... open-loop): sqlite,
                         postgres, or sqlite,postgres for both in this run (PostgreSQL: a
                         throwaway server of test/support/postgres.ts, fsync off; rows marked
                         "on PostgreSQL"); the other suites run on SQLite
  --no-append            print only; do not write docs/benchmarks.md
  --profile              V8 CPU profile of each csb process in reports/profiles/
  --loop-probe           event-loop delay, GC pauses and WAL size of each csb process every 100 ms
                         (reports/loop/loop.<pid>.csv; the window times are printed)
  --keep-data            virtual-time (one node): keep the fleet's data folder (its SQLite file) and
                         the node's log at level info (reports/bench-csb-<pid>.log); both paths printed`;

const quick = values.quick === true;
/** A flag's value, else its quick or full default. */
function num(name: keyof typeof values, full: number, quickValue: number): number {
  const raw = values[name];
  const v = raw === undefined ? (quick ? quickValue : full) : Number(raw);
  if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} must be a positive number`);
  return v;
}
const seconds = (): number => num('seconds', 10, 1);
const lanes = (): number => Math.round(num('lanes', values.clients ? Number(values.clients) : 200, 10));

/** Node flags of every csb process: `--profile`'s CPU profile, `--loop-probe`'s probe (bench/loop-probe.ts). */
function serverNodeArgs(): string[] {
  const args = values.profile ? ['--cpu-prof', `--cpu-prof-dir=${path.join(ROOT, 'reports/profiles')}`] : [];
  if (values['loop-probe']) {
    mkdirSync(path.join(ROOT, 'reports/loop'), { recursive: true });
    process.env.CSB_BENCH_LOOP_FILE ??= path.join(ROOT, 'reports/loop/loop');
    args.push(`--import=${path.join(ROOT, 'bench/loop-probe.ts')}`);
  }
  return args;
}

function int(name: string): number {
  if (name === 'seconds') return seconds();
  if (name === 'clients') return lanes();
  const v = Number(values[name as keyof typeof values]);
  if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} must be a positive number`);
  return v;
}

const log = (line: string): void => {
  process.stderr.write(`[bench] ${line}\n`);
};
const fmt = (n: number, digits = 1): string => (Math.round(n * 10 ** digits) / 10 ** digits).toString();

// ---------------------------------------------------------------------------------------------
// 1 + 2: uplink throughput and p99 latency at half the maximum rate, csb against bare aedes

async function throughputAndLatency(withLatency: boolean): Promise<Row[]> {
  const clientsN = int('clients');
  const seconds = int('seconds');
  const histogram = () => hdr.build({ numberOfSignificantValueDigits: 3 });

  log(
    `throughput: csb, ${clientsN} cars, health-status uplinks of ${HEALTH_UPLINK_BYTES} bytes, ${seconds} s`,
  );
  const sys = await startCsb({}, serverNodeArgs());
  let csbMax: { perSecond: number; done: number; failed: number; rejected: number };
  const csbLatency = histogram();
  try {
    const { cars } = await provisionCars(sys.httpPort, clientsN, { prefix: 'TPUT01', drivers: false });
    const clients = await openClients(clientsN, (i) => {
      const car = cars[i];
      if (!car) throw new Error('missing car');
      return csbCarClient(`mqtt://127.0.0.1:${sys.mqttPort}`, car.vin, car.secret);
    });
    await closedLoop(clients, 2); // warm-up
    csbMax = await closedLoop(clients, seconds);
    log(
      `csb: ${csbMax.perSecond}/s (${csbMax.done} answered, ${csbMax.rejected} rejections, ${csbMax.failed} unanswered)`,
    );
    if (withLatency) {
      const rate = Math.max(1, Math.round(csbMax.perSecond / 2));
      // Epoch times of the window, to read it out of a --loop-probe file.
      const from = Date.now();
      await openLoop(clients, rate, seconds, (us) => csbLatency.recordValue(us));
      log(
        `csb at ${rate}/s: p99 ${fmt(csbLatency.getValueAtPercentile(99) / 1000, 2)} ms (window ${from} to ${Date.now()}, csb pid ${sys.child.pid})`,
      );
    }
    await closeClients(clients);
  } finally {
    await sys.stop();
  }

  log(`throughput: bare aedes echo, ${clientsN} clients, ${HEALTH_UPLINK_BYTES}-byte QoS 1 messages`);
  const echo = await startAedesEcho();
  let aedesMax: { perSecond: number; done: number; failed: number };
  const aedesLatency = histogram();
  try {
    const clients = await openClients(clientsN, (i) =>
      echoClient(`mqtt://127.0.0.1:${echo.mqttPort}`, i, HEALTH_UPLINK_BYTES),
    );
    await closedLoop(clients, 2);
    aedesMax = await closedLoop(clients, seconds);
    log(`aedes: ${aedesMax.perSecond}/s`);
    if (withLatency) {
      const rate = Math.max(1, Math.round(csbMax.perSecond / 2));
      await openLoop(clients, rate, seconds, (us) => aedesLatency.recordValue(us));
    }
    await closeClients(clients);
  } finally {
    await echo.stop();
  }

  const rows: Row[] = [
    {
      bench: '1. uplink throughput',
      measured: `${csbMax.perSecond} uplinks/s answered`,
      baseline: `${aedesMax.perSecond} echoes/s`,
      ratio: `${fmt((csbMax.perSecond / Math.max(1, aedesMax.perSecond)) * 100)}%`,
      target: '>= 50%',
      met: csbMax.perSecond / Math.max(1, aedesMax.perSecond) >= 0.5 ? 'yes' : 'no',
      notes: `${clientsN} clients closed loop, 1 in flight each, ${seconds} s; Health Status uploads (${HEALTH_UPLINK_BYTES} B, durable write + UplinkResult); ${csbMax.rejected} rejections, ${csbMax.failed} unanswered`,
    },
  ];
  if (withLatency) {
    const rate = Math.round(csbMax.perSecond / 2);
    const c99 = csbLatency.getValueAtPercentile(99) / 1000;
    const a99 = aedesLatency.getValueAtPercentile(99) / 1000;
    rows.push({
      bench: '2. p99 uplink -> acceptance',
      measured: `p99 ${fmt(c99, 2)} ms (p50 ${fmt(csbLatency.getValueAtPercentile(50) / 1000, 2)}, max ${fmt(csbLatency.maxValue / 1000, 1)})`,
      baseline: `p99 ${fmt(a99, 2)} ms (p50 ${fmt(aedesLatency.getValueAtPercentile(50) / 1000, 2)})`,
      ratio: `${fmt(c99 / Math.max(0.001, a99), 2)}x`,
      target: '<= 2x',
      met: c99 / Math.max(0.001, a99) <= 2 ? 'yes' : 'no',
      notes: `open loop at ${rate}/s (half the csb maximum) for ${seconds} s, both`,
    });
  }
  csbLatency.destroy();
  aedesLatency.destroy();
  return rows;
}

// ---------------------------------------------------------------------------------------------
// 3: connections and memory per connection

function rawConnect(url: string, options: mqtt.IClientOptions, topic: string): Promise<MqttClient> {
  const client = mqtt.connect(url, {
    protocolVersion: 4,
    clean: false,
    reconnectPeriod: 0,
    connectTimeout: 60_000,
    keepalive: 600,
    ...options,
  });
  noDelay(client);
  return new Promise((resolve, reject) => {
    client.once('connect', () => {
      client.subscribe(topic, { qos: 1 }, (error) => (error ? reject(error) : resolve(client)));
    });
    client.once('error', (error) => {
      client.end(true);
      reject(error);
    });
  });
}

async function connectMany(
  n: number,
  make: (i: number) => Promise<MqttClient>,
): Promise<{ clients: MqttClient[]; failed: number; firstError: string }> {
  const clients: MqttClient[] = [];
  let failed = 0;
  let firstError = '';
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < n) {
      const i = next++;
      try {
        clients.push(await make(i));
      } catch (error) {
        failed += 1;
        firstError ||= error instanceof Error ? error.message : String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: 100 }, worker));
  return { clients, failed, firstError };
}

const endAll = async (clients: MqttClient[]): Promise<void> => {
  for (let i = 0; i < clients.length; i += 1000)
    await Promise.all(
      clients.slice(i, i + 1000).map((c) => new Promise<void>((r) => c.end(true, {}, () => r()))),
    );
};

async function connections(): Promise<Row[]> {
  const n = int('connections');
  log(`connections: ${n} cars on csb`);
  const sys = await startCsb();
  let csbPer = 0;
  let csbConnected = 0;
  let csbNote = '';
  try {
    const { cars } = await provisionCars(sys.httpPort, n, { prefix: 'CONN01', drivers: false });
    await sleep(2_000);
    const before = rssBytes(sys.child.pid);
    const started = performance.now();
    const { clients, failed, firstError } = await connectMany(n, (i) => {
      const car = cars[i];
      if (!car) throw new Error('missing car');
      return rawConnect(
        `mqtt://127.0.0.1:${sys.mqttPort}`,
        { clientId: car.vin, username: car.vin, password: car.secret },
        carDownlinkFilter(car.vin),
      );
    });
    const seconds = (performance.now() - started) / 1000;
    await sleep(3_000);
    const after = rssBytes(sys.child.pid);
    csbConnected = clients.length;
    csbPer = (after - before) / Math.max(1, clients.length);
    csbNote = `${clients.length} connected in ${fmt(seconds)} s (${failed} failed${firstError ? `: ${firstError}` : ''}); gateway RSS ${fmt(before / 2 ** 20)} -> ${fmt(after / 2 ** 20)} MiB`;
    log(csbNote);
    await endAll(clients);
  } finally {
    await sys.stop();
  }
  const echo = await startAedesEcho();
  let aedesPer = 0;
  let aedesNote = '';
  try {
    await sleep(1_000);
    const before = rssBytes(echo.child.pid);
    const { clients, failed } = await connectMany(n, (i) =>
      rawConnect(`mqtt://127.0.0.1:${echo.mqttPort}`, { clientId: `bench-conn-${i}` }, `bench/${i}/down`),
    );
    await sleep(3_000);
    const after = rssBytes(echo.child.pid);
    aedesPer = (after - before) / Math.max(1, clients.length);
    aedesNote = `${clients.length} connected (${failed} failed); RSS ${fmt(before / 2 ** 20)} -> ${fmt(after / 2 ** 20)} MiB`;
    log(aedesNote);
    await endAll(clients);
  } finally {
    await echo.stop();
  }
  return [
    {
      bench: '3. connections, memory per car',
      measured: `${csbConnected} cars, ${fmt(csbPer / 1024)} KiB RSS each`,
      baseline: `${fmt(aedesPer / 1024)} KiB RSS per aedes connection`,
      ratio: `${fmt(csbPer / Math.max(1, aedesPer), 2)}x`,
      target: '<= 1.3x',
      met: csbPer / Math.max(1, aedesPer) <= 1.3 ? 'yes' : 'no',
      notes: `ulimit -n ${machine().nofile}; csb: ${csbNote}; aedes: ${aedesNote}`,
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// 4: reconnect storm

async function storm(): Promise<Row[]> {
  const n = int('storm');
  log(`storm: ${n} cars, each with a proposal queued while offline, all back at once`);
  const sys = await startCsb({}, serverNodeArgs());
  try {
    const { cars, dealers } = await provisionCars(sys.httpPort, n, { prefix: 'STORM1', drivers: true });
    const dealer = dealers[0];
    if (!dealer) throw new Error('no dealer');
    const url = `mqtt://127.0.0.1:${sys.mqttPort}`;
    // Each car sends one booking request and waits for its result, then goes offline.
    const connectCar = (car: { vin: string; secret: string }): Promise<MqttClient> =>
      rawConnect(
        url,
        { clientId: car.vin, username: car.vin, password: car.secret },
        carDownlinkFilter(car.vin),
      );
    const first = await connectMany(n, async (i) => {
      const car = cars[i];
      if (!car) throw new Error('missing car');
      const client = await connectCar(car);
      const messageId = `storm-${i}-request`;
      const done = new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no result')), 60_000);
        client.on('message', (_t, payload) => {
          const d = decodeDownlink(payload);
          if (d.ok && d.message.uplinkResult?.uplinkMessageId === messageId) {
            clearTimeout(timer);
            resolve();
          }
          // Receipt everything else, so only the proposal below stays queued.
          if (d.ok && !d.message.uplinkResult) receipt(client, car.vin, d.message.messageId ?? '');
        });
      });
      await client.publishAsync(uplinkTopic(car.vin, 'booking-request'), manualBookingRequest(messageId), {
        qos: 1,
      });
      await done;
      return client;
    });
    await sleep(1_000); // the last receipts
    await endAll(first.clients);
    // The dealer proposes to every car while all are offline: one proposal (+ list) queued each.
    const api = `http://127.0.0.1:${sys.httpPort}`;
    const list = (await (
      await fetch(`${api}/dealer/v1/appointments?list=actions`, {
        headers: { authorization: `Bearer ${dealer.apiKey}` },
      })
    ).json()) as { items: { appointmentId: string; vehicle: { vin: string } }[] };
    const expected = new Map<string, string>();
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < list.items.length) {
        const row = list.items[next++];
        if (!row) return;
        const response = await fetch(`${api}/dealer/v1/appointments/${row.appointmentId}/proposals`, {
          method: 'POST',
          headers: { authorization: `Bearer ${dealer.apiKey}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            start: new Date(Date.now() + 3 * 86_400_000).toISOString(),
            durationMinutes: 60,
            price: { currencyCode: 'SEK', amountMinor: 100_000 },
            workDescription: 'Storm',
          }),
        });
        const body = (await response.json()) as { currentProposal?: { proposalId: string } };
        if (body.currentProposal) expected.set(row.vehicle.vin, body.currentProposal.proposalId);
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    log(`storm: ${expected.size} proposals queued; reconnecting ${n} cars at once`);
    // All at once: every CONNECT is sent without waiting for the others.
    const got = new Map<string, number>();
    const second: MqttClient[] = [];
    let duplicates = 0;
    const seen = new Set<string>();
    const started = performance.now();
    let drainedAt = 0;
    const allIn = new Promise<void>((resolve) => {
      const check = (): void => {
        if (got.size >= expected.size) {
          drainedAt = performance.now();
          resolve();
        }
      };
      setTimeout(resolve, 120_000); // not unref: it also keeps the process alive if every connect fails
      void Promise.allSettled(
        cars.map(async (car) => {
          const client = await connectCar(car);
          client.on('message', (_t, payload) => {
            const d = decodeDownlink(payload);
            if (!d.ok) return;
            const id = `${car.vin}:${d.message.messageId}`;
            const redelivery = seen.has(id);
            if (redelivery) duplicates += 1;
            seen.add(id);
            if (!d.message.uplinkResult) receipt(client, car.vin, d.message.messageId ?? '');
            const proposalId = d.message.proposal?.proposalId;
            // Counted once per downlink message: a QoS 1 redelivery of the same message (same
            // message id, deduplicated by the car) is not a second delivery; a second message
            // carrying the same proposal would be.
            if (proposalId && proposalId === expected.get(car.vin) && !redelivery) {
              got.set(car.vin, (got.get(car.vin) ?? 0) + 1);
              check();
            }
          });
          second.push(client);
        }),
      );
    });
    await allIn;
    const drainS = ((drainedAt || performance.now()) - started) / 1000;
    const twice = [...got.values()].filter((v) => v > 1).length;
    await sleep(1_000);
    await endAll(second);
    return [
      {
        bench: '4. reconnect storm',
        measured: `${got.size}/${expected.size} proposals delivered in ${fmt(drainS, 2)} s`,
        baseline: '-',
        ratio: '-',
        target: 'all delivered, none twice',
        met: got.size === expected.size && twice === 0 ? 'yes' : 'no',
        notes: `${n} cars; ${twice} proposals delivered twice (in two different messages), ${duplicates} redeliveries of a message already received (QoS 1 at-least-once: the same message id again, from the persistent session or the outbox's redelivery timer; the car dedupes)`,
      },
    ];
  } finally {
    await sys.stop();
  }
}

/** A manual booking request with consent, as a driver sends from the head unit. */
function manualBookingRequest(messageId: string): Buffer {
  return Buffer.from(
    encodeUplink({
      messageId,
      sentAt: toTimestamp(Date.now()),
      bookingRequest: {
        origin: csb.v1.RequestOrigin.REQUEST_ORIGIN_MANUAL,
        consent: { granted: true, grantedAt: toTimestamp(Date.now()) },
      },
    }),
  );
}

function receipt(client: MqttClient, vin: string, downlinkId: string): void {
  const payload = encodeUplink({
    messageId: `r-${downlinkId}`.slice(0, 64),
    sentAt: toTimestamp(Date.now()),
    deliveryReceipt: { downlinkMessageId: downlinkId, receivedAt: toTimestamp(Date.now()) },
  });
  client.publish(uplinkTopic(vin, 'delivery-receipt'), Buffer.from(payload), { qos: 1 });
}

// ---------------------------------------------------------------------------------------------
// 5: scheduler sweep

/**
 * Stores `stored` pre-bookings far ahead (their "becomes Requested" timers are not due) and 1000
 * within the lead time (due at once), then times one sweep through `POST /admin/v1/scheduler:run`
 * (the loop is off: CSB_SCHEDULER_INTERVAL_MS=0). Dealer, customers and cars are provisioned
 * through the admin API of a first csb process; the pre-bookings are stored by `csb seed
 * --bench-pre-bookings` (booking-core/src/bench-seed.ts: the service's own pre-booking command,
 * batched) into the same data dir while no csb runs; a second csb process on that file sweeps.
 * The due pre-bookings are on 1000 connected cars of their own (one each), the far ones on 1000
 * cars without cloud connection: what a sweep does per fired timer then does not grow with the
 * stored total through the car's "My appointments" list (re-sent whole, so it costs what the
 * car has open; at 1,000 open pre-bookings per car the seed itself would be quadratic).
 */
async function sweepWith(stored: number): Promise<{
  ms: number;
  httpMs: number;
  fired: number;
  seedS: number;
  dbBytes: number;
}> {
  const due = 1000;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'csb-bench-sched-'));
  const env = { CSB_DATA_DIR: dataDir, CSB_SCHEDULER_INTERVAL_MS: '0', CSB_MAIL_TRANSPORT: 'none' } as const;
  try {
    const provisioning = await startCsb(env);
    let dealerId = '';
    try {
      const { dealers } = await provisionCars(provisioning.httpPort, due, {
        prefix: 'SCHDUE',
        drivers: true,
      });
      dealerId = dealers[0]?.dealerId ?? '';
      if (!dealerId) throw new Error('no dealer');
      const adminPost = async (route: string, body: unknown): Promise<void> => {
        const response = await fetch(`http://127.0.0.1:${provisioning.httpPort}/admin/v1${route}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(60_000),
        });
        if (response.status !== 201 && response.status !== 200) {
          throw new Error(`${route}: ${response.status} ${(await response.text()).slice(0, 200)}`);
        }
        await response.arrayBuffer();
      };
      const farCars = Math.min(1000, stored);
      let next = 0;
      const worker = async (): Promise<void> => {
        while (next < farCars) {
          const i = next++;
          await adminPost('/customers', {
            customerId: `bench-SCHFAR-${i}`,
            name: `Bench driver far ${i}`,
            email: `bench-far-${i}@example.com`,
            preferredDealerId: dealerId,
          });
        }
      };
      await Promise.all(Array.from({ length: 16 }, worker));
      await adminPost('/vehicles:batch', {
        vehicles: Array.from({ length: farCars }, (_, i) => ({
          vin: benchVin('SCHFAR', i),
          model: 'Bench EX',
          modelYear: 2026,
          connected: false,
          primaryDriverCustomerId: `bench-SCHFAR-${i}`,
        })),
      });
    } finally {
      await provisioning.stop();
    }

    const started = performance.now();
    const seed = async (count: number, dueCount: number, prefix: string): Promise<void> => {
      const child = spawn(
        process.execPath,
        [
          path.join(ROOT, 'bin/csb.ts'),
          'seed',
          '--bench-pre-bookings',
          String(count),
          '--due',
          String(dueCount),
          '--dealer',
          dealerId,
          '--vin-prefix',
          benchVin(prefix, 0).slice(0, 9),
        ],
        { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let out = '';
      let err = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString();
      });
      child.stderr?.on('data', (chunk: Buffer) => {
        err = `${err}${chunk.toString()}`.slice(-2000);
      });
      const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
      // Its one stdout line says it finished; an exit code alone could hide a run that stopped early.
      if (code !== 0 || !out.includes('"csb.seeded"')) {
        throw new Error(`csb seed exited with ${code}: ${out.slice(-500)} ${err.slice(-1000)}`);
      }
    };
    await seed(due, due, 'SCHDUE');
    await seed(stored, 0, 'SCHFAR');
    const seedS = (performance.now() - started) / 1000;
    const dbFile = path.join(dataDir, 'csb.sqlite');
    // The file alone; the WAL beside it holds pages not yet checkpointed (copies, not more data).
    const dbBytes = statSync(dbFile).size;
    const walBytes = existsSync(`${dbFile}-wal`) ? statSync(`${dbFile}-wal`).size : 0;
    log(
      `scheduler: ${stored + due} pre-bookings seeded in ${fmt(seedS)} s (database ${fmt(dbBytes / 1e6, 0)} MB, WAL ${fmt(walBytes / 1e6, 0)} MB); sweeping`,
    );

    const sys = await startCsb(env, serverNodeArgs());
    try {
      const t0 = performance.now();
      const response = await fetch(`http://127.0.0.1:${sys.httpPort}/admin/v1/scheduler:run`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ADMIN_KEY}` },
        signal: AbortSignal.timeout(600_000),
      });
      const httpMs = performance.now() - t0;
      const body = (await response.json()) as { fired?: number; durationMs?: number };
      if (body.fired !== due) throw new Error(`the sweep fired ${body.fired} timers, not ${due}`);
      return { ms: body.durationMs ?? Number.NaN, httpMs, fired: body.fired, seedS, dbBytes };
    } finally {
      await sys.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function scheduler(): Promise<Row[]> {
  const small = int('scheduler-small');
  const large = int('scheduler-large');
  const a = await sweepWith(small);
  log(`scheduler: ${a.fired} fired among ${small} in ${fmt(a.ms)} ms (${fmt(a.httpMs)} ms over HTTP)`);
  const b = await sweepWith(large);
  log(`scheduler: ${b.fired} fired among ${large} in ${fmt(b.ms)} ms (${fmt(b.httpMs)} ms over HTTP)`);
  const ratio = b.ms / Math.max(0.001, a.ms);
  return [
    {
      bench: '5. scheduler sweep',
      measured: `${fmt(b.ms, 0)} ms: ${b.fired} due among ${large}`,
      baseline: `${fmt(a.ms, 0)} ms: ${a.fired} due among ${small}`,
      ratio: `${fmt(ratio, 2)}x`,
      target: '<= 2x (1,000,000 vs 10,000)',
      met: ratio <= 2 ? (large >= 1_000_000 ? 'yes' : 'yes (scaled)') : 'no',
      notes: `pre-bookings stored by csb seed --bench-pre-bookings (${fmt(a.seedS)} s, ${fmt(a.dbBytes / 1e6, 0)} MB and ${fmt(b.seedS)} s, ${fmt(b.dbBytes / 1e6, 0)} MB); one sweep via POST /admin/v1/scheduler:run, its in-process durationMs (over HTTP: ${fmt(a.httpMs, 0)} and ${fmt(b.httpMs, 0)} ms); due ones on 1000 cars of their own`,
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// 6: virtual time

/**
 * One node on SQLite (`virtual-time`), or two nodes sharing a throwaway PostgreSQL and Redis
 * (`cluster-fleet`: the cars split over both nodes' MQTT ports, car i on node i mod 2; the
 * simulated dealers and the metrics on the first node's REST API and ops port).
 */
/** How fast the virtual-time fleet connects its cars (wall), and the time allowed for the node's start. */
const RAMP_CONNECTS_PER_SECOND = 2_000;
const RAMP_MARGIN_MS = 5_000;

async function virtualTime(nodeCount: 1 | 2): Promise<Row[]> {
  const cars = int('fleet-cars');
  const days = values['fleet-days'] === undefined ? (nodeCount === 1 ? 30 : 7) : int('fleet-days');
  // One node: 19,440x, 30 days in 133 s of clock (at 12,960x the clock alone took 200 s, over
  // the 3 min target); two nodes on PostgreSQL hold every invariant at 1,080x (docs/benchmarks.md).
  const speed = values['fleet-speed'] === undefined ? (nodeCount === 1 ? 19_440 : 1_080) : int('fleet-speed');
  const start = '2026-12-01T06:00:00Z';
  const where = nodeCount === 1 ? '1 node on SQLite' : '2 nodes on PostgreSQL + Redis';
  log(
    `virtual time (${where}): ${cars} cars, ${days} days at ${speed}x (${fmt((days * 86_400) / speed / 60, 1)} min of clock)`,
  );
  // The scenario has no anchor: the plan (VINs, actions) must be the same in both phases below.
  const scenario = parseFleetScenario({
    name: 'bench-virtual-time',
    seed: 6,
    cars,
    dealers: Math.max(1, Math.round(cars / 500)),
    durationDays: days,
    clock: { start, speed },
    ramp: { connectsPerSecond: RAMP_CONNECTS_PER_SECOND },
    actionsPerCar: { min: 1, max: 3 },
    actions: {
      'warnings-request': 3,
      'service-need-request': 2,
      'manual-request': 1,
      'send-car-data': 2,
      'engine-start': 2,
    },
    answers: { accept: 6, 'another-slot': 2, cancel: 1, ignore: 1 },
    connectivity: { 'always-online': 5, commuter: 3, tunnel: 1, 'parked-week': 1, 'slow-health-status': 1 },
    dealer: {
      proposeAfterMinutes: 120,
      confirmAfterMinutes: 60,
      finalizeAfterMinutes: 60,
      feed: 'events',
      pollMs: 500,
      concurrency: 4,
    },
    // Two nodes: the simulated dealers all work through node 1's API, one call at a time, and
    // are the last to finish; they get three minutes after the fleet's days instead of one.
    drainSeconds: nodeCount === 2 ? 180 : 60,
  });
  // Phase 1, not timed: provision the fleet (dealers, customers, cars: a scrypt per secret) through
  // the admin API of a csb on the real clock, into a data folder that phase 2 starts on.
  const dataDir = mkdtempSync(path.join(tmpdir(), 'csb-bench-vt-'));
  const keepData = values['keep-data'] === true && nodeCount === 1;
  const provisionFile = path.join(dataDir, 'fleet-credentials.json');
  let postgres: TestPostgres | undefined;
  let redis: TestRedis | undefined;
  try {
    postgres = nodeCount === 2 ? await startTestPostgres() : undefined;
    redis = nodeCount === 2 ? await startRedis() : undefined;
    const databaseUrl = await postgres?.createDatabase();
    /** The nodes of phase 2 (and phase 1's one): on the data folder, or on the shared database. */
    const startFleetNodes = async (
      count: number,
      env: NodeJS.ProcessEnv,
      nodeArgs: string[],
    ): Promise<Node[]> =>
      databaseUrl === undefined
        ? [await startCsb({ CSB_DATA_DIR: dataDir, ...env }, nodeArgs)]
        : startNodes(count, databaseUrl, redis, { seconds: 0, lanes: 0, quick, log, nodeArgs }, env);
    const provisionStarted = performance.now();
    const [setup] = await startFleetNodes(1, {}, []);
    if (!setup) throw new Error('no node');
    try {
      const plan = planFleet(scenario, scenario.seed ?? 6, Date.parse(start));
      const credentials = await provisionFleet({
        apiUrl: `http://127.0.0.1:${setup.httpPort}`,
        adminKey: ADMIN_KEY,
        plan,
      });
      await writeCredentialsFile(provisionFile, credentials);
    } finally {
      await setup.stop();
    }
    const provisionS = (performance.now() - provisionStarted) / 1000;
    log(`virtual time: ${cars} cars provisioned in ${fmt(provisionS)} s (not timed)`);

    // Phase 2, timed: csb restarted on the accelerated clock. The clock reads `start` once the cars
    // had time to connect: the fleet connects them at RAMP_CONNECTS_PER_SECOND (below the ~2,700
    // first CONNECTs/s of benchmark "first CONNECT", each a check of the car's secret), after the
    // node's start; the margin covers both on a loaded machine.
    const anchor = new Date(
      Date.now() + RAMP_MARGIN_MS + (cars / RAMP_CONNECTS_PER_SECOND) * 1000 * 1.25,
    ).toISOString();
    const nodes = await startFleetNodes(
      nodeCount,
      {
        CSB_CLOCK_START: start,
        CSB_CLOCK_SPEED: String(speed),
        CSB_CLOCK_ANCHOR: anchor,
        // What explains a failed invariant: who connected when, what was applied, what was sent.
        ...(keepData ? { CSB_LOG_LEVEL: 'info' } : {}),
      },
      serverNodeArgs(),
    );
    const sys = nodes[0];
    if (!sys) throw new Error('no node');
    // Kept: the fleet's JSON and HTML reports explain the figure (errors by kind, invariants).
    const reportDir = path.join(ROOT, 'reports/bench');
    try {
      const wallStart = performance.now();
      const rampS = (Date.parse(anchor) - Date.now()) / 1000;
      let rampDoneS = Number.NaN;
      const { report } = await simulateFleet({
        scenario,
        brokerUrl: nodes.map((n) => `mqtt://127.0.0.1:${n.mqttPort}`).join(','),
        apiUrl: `http://127.0.0.1:${sys.httpPort}`,
        provisionFile,
        reportDir,
        metricsUrl: `http://127.0.0.1:${sys.opsPort}/metrics`,
        clock: createAcceleratedClock({ startMs: Date.parse(start), speed, anchorMs: Date.parse(anchor) }),
        log,
        progressIntervalMs: 10_000,
        onRampDone: (ramp) => {
          rampDoneS = (performance.now() - wallStart) / 1000;
          log(
            `virtual time: ${ramp.connected} of the ${ramp.startOnline} cars that start online connected ${fmt(rampDoneS)} s in (the clock starts ${fmt(rampS)} s in)`,
          );
        },
        onProgress: (p) =>
          log(
            `  ${p.phase} ${new Date(p.virtualMs).toISOString().slice(0, 13)} connected ${p.connected}/${p.cars} up ${p.uplinksPerSecond}/s errors ${p.errors}`,
          ),
      });
      const wallS = (performance.now() - wallStart) / 1000;
      // Each failed invariant with its count and its first violation, so a failed run says which.
      const failed = report.invariants
        .filter((i) => !i.ok)
        .map((i) => `${i.name}: ${i.violationCount}${i.violations[0] ? ` (e.g. ${i.violations[0]})` : ''}`);
      if (nodeCount === 2)
        return [
          {
            bench: '6b. virtual time, 2 nodes',
            measured: `${fmt(wallS / 60, 2)} min wall for ${days} days of ${cars} cars; invariants ${report.ok ? 'all hold' : 'FAILED'}`,
            baseline: '-',
            ratio: '-',
            target: 'every invariant holds',
            met: report.ok ? 'yes' : 'no',
            notes: `${where}, ${cars} cars split over both nodes' MQTT ports (car i on node i mod 2), the simulated dealers on node 1's REST API; ${speed}x; timed: the connect ramp (every car connected ${fmt(rampDoneS, 0)} s in, the clock started ${fmt(rampS, 0)} s in), the ${days} days and the drain (from the clock's start: ${fmt((wallS - rampS) / 60, 2)} min); provisioning before it, on the real clock: ${fmt(provisionS)} s; ${report.counts.requests} requests, ${report.counts.dealerProposals} proposals, uplink->result p99 ${report.latency.uplinkToResult.p99} ms; invariants ${report.ok ? `all ${report.invariants.length} hold` : `FAILED: ${failed.join('; ')}`}`,
          },
        ];
      return [
        {
          bench: '6. virtual time',
          measured: `${fmt(wallS / 60, 2)} min wall for ${days} days of ${cars} cars`,
          baseline: '-',
          ratio: '-',
          target: '< 3 min (10,000 cars, 30 days)',
          met: wallS < 180 && report.ok ? (cars >= 10_000 && days >= 30 ? 'yes' : 'yes (scaled)') : 'no',
          notes: `${speed}x; timed: the connect ramp (every car connected ${fmt(rampDoneS, 0)} s in, the clock started ${fmt(rampS, 0)} s in), the ${days} days and the drain (from the clock's start: ${fmt((wallS - rampS) / 60, 2)} min); provisioning before it, on the real clock: ${fmt(provisionS)} s; ${report.counts.requests} requests, ${report.counts.dealerProposals} proposals, uplink->result p99 ${report.latency.uplinkToResult.p99} ms; invariants ${report.ok ? 'all hold' : `FAILED: ${failed.join('; ')}`}`,
        },
      ];
    } finally {
      await Promise.all(nodes.map((n) => n.stop()));
    }
  } finally {
    await redis?.stop();
    postgres?.stop();
    if (keepData) log(`virtual time: the fleet's data kept in ${dataDir}`);
    else rmSync(dataDir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// 7: dealer API Actions list with many stored appointments, against fastify hello world

/**
 * autocannon against `url` for `seconds`; with `serverPid`, also the server process's CPU time per
 * answered request over the window (user + system, /proc), which shared CPUs disturb less than the
 * request rate.
 */
async function autocannon(
  url: string,
  headers: string[],
  seconds: number,
  serverPid?: number,
): Promise<{ rps: number; p99: number; cpuUsPerRequest: number }> {
  const args = [
    path.join(ROOT, 'node_modules/autocannon/autocannon.js'),
    '-j',
    '-c',
    '20',
    '-d',
    String(seconds),
    ...headers.flatMap((h) => ['-H', h]),
    url,
  ];
  const cost = serverCost(serverPid);
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (c: Buffer) => {
    out += c.toString();
  });
  await new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const result = JSON.parse(out) as {
    requests: { average: number; total: number };
    latency: { p99: number };
    non2xx: number;
  };
  const { cpuUsPerRequest } = cost.stop(serverPid === undefined ? 0 : result.requests.total);
  if (result.non2xx > 0) log(`autocannon: ${result.non2xx} non-2xx answers from ${url}`);
  return { rps: result.requests.average, p99: result.latency.p99, cpuUsPerRequest };
}

async function dealerApi(): Promise<Row[]> {
  const total = int('appointments');
  const seconds = int('seconds');
  const perCar = 10;
  const carsN = Math.ceil(total / perCar);
  log(`dealer API: storing ${total} appointments (${carsN} cars x ${perCar} booking requests over MQTT)`);
  const sys = await startCsb({}, serverNodeArgs());
  try {
    // Spread over dealers (100 appointments each): the list measured is one dealer's Actions.
    const dealerCount = Math.max(1, Math.round(total / 100));
    const { cars, dealers } = await provisionCars(sys.httpPort, carsN, {
      prefix: 'DAPI01',
      drivers: true,
      dealers: dealerCount,
    });
    const dealer = dealers[0];
    if (!dealer) throw new Error('no dealer');
    const url = `mqtt://127.0.0.1:${sys.mqttPort}`;
    let stored = 0;
    const started = performance.now();
    // In waves of 500 cars, so the loader stays within its memory and file descriptors.
    for (let from = 0; from < cars.length; from += 500) {
      const wave = cars.slice(from, from + 500);
      const clients = await openClients(wave.length, (i) => {
        const car = wave[i];
        if (!car) throw new Error('missing car');
        return bookingClient(url, car.vin, car.secret);
      });
      await Promise.all(
        clients.map(async (c) => {
          for (let k = 0; k < perCar; k++) {
            await c.request();
            stored += 1;
          }
        }),
      );
      await closeClients(clients);
      if (from % 5000 === 0) log(`  ${stored} stored (${fmt((performance.now() - started) / 1000)} s)`);
    }
    const listUrl = `http://127.0.0.1:${sys.httpPort}/dealer/v1/appointments?list=actions`;
    const listResponse = await fetch(listUrl, { headers: { authorization: `Bearer ${dealer.apiKey}` } });
    const listBytes = Number(listResponse.headers.get('content-length') ?? 0);
    const listed = (await listResponse.json()) as { items: unknown[] };
    log(`dealer API: ${stored} stored, Actions list of ${listed.items.length} rows; autocannon ${seconds} s`);
    const actions = await autocannon(
      listUrl,
      [`authorization=Bearer ${dealer.apiKey}`],
      seconds,
      sys.child.pid,
    );
    const hello = await helloWorld(seconds, listBytes);
    const buffer = hello.buffer ?? { rps: 0, p99: 0, cpuUsPerRequest: 0 };
    const cpu = (c: { cpuUsPerRequest: number }) => `${fmt(c.cpuUsPerRequest, 1)} µs`;
    return [
      {
        bench: '7. dealer API Actions list',
        measured: `${fmt(actions.rps, 0)} req/s (p99 ${actions.p99} ms)`,
        baseline: `${fmt(hello.rps, 0)} req/s fastify hello world`,
        ratio: `${fmt((actions.rps / Math.max(1, hello.rps)) * 100)}%`,
        target: '>= 30%',
        met: actions.rps / Math.max(1, hello.rps) >= 0.3 ? 'yes' : 'no',
        notes: `${stored} appointments stored over ${dealerCount} dealers, the list returns ${listed.items.length} rows (${fmt(listBytes / 1024, 1)} KB); autocannon -c 20 -d ${seconds}, each; bare fastify sending a fixed buffer of the list's size, same run: ${fmt(buffer.rps, 0)} req/s (${fmt((buffer.rps / Math.max(1, hello.rps)) * 100)}% of hello world; the list is ${fmt((actions.rps / Math.max(1, buffer.rps)) * 100)}% of it); server CPU per request (user + system): list ${cpu(actions)}, bare buffer ${cpu(buffer)}, hello world ${cpu(hello)}`,
      },
    ];
  } finally {
    await sys.stop();
  }
}

/** A car that sends booking requests (one per request()) and waits for each result. */
async function bookingClient(url: string, vin: string, secret: string) {
  const client = await rawConnect(
    url,
    { clientId: vin, username: vin, password: secret },
    carDownlinkFilter(vin),
  );
  const waiting = new Map<string, () => void>();
  let n = 0;
  client.on('message', (_t, payload) => {
    const d = decodeDownlink(payload);
    if (!d.ok) return;
    const result = d.message.uplinkResult;
    if (result) waiting.get(result.uplinkMessageId ?? '')?.();
    else receipt(client, vin, d.message.messageId ?? '');
  });
  return {
    client,
    rejected: 0,
    request(): Promise<number> {
      const messageId = `${vin}-req-${n++}`;
      return new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no result')), 60_000);
        waiting.set(messageId, () => {
          clearTimeout(timer);
          waiting.delete(messageId);
          resolve(0);
        });
        client.publish(uplinkTopic(vin, 'booking-request'), manualBookingRequest(messageId), { qos: 1 });
      });
    },
    close: () => new Promise<void>((resolve) => client.end(true, {}, () => resolve())),
  };
}

/**
 * A fastify hello world in a child process; with `bufferBytes`, the same process also serves a
 * fixed buffer of that many bytes as JSON on `/buffer` (what any list answer of that size costs
 * fastify and the socket, with nothing of csb's), measured right after the hello world.
 */
async function helloWorld(
  seconds: number,
  bufferBytes?: number,
): Promise<{
  rps: number;
  p99: number;
  cpuUsPerRequest: number;
  buffer?: { rps: number; p99: number; cpuUsPerRequest: number };
}> {
  const child = spawn(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      "import Fastify from 'fastify'; const app = Fastify(); app.get('/', async () => ({ hello: 'world' })); " +
        'const body = Buffer.alloc(Number(process.env.BUFFER_BYTES || 0), 32); ' +
        "app.get('/buffer', async (_q, reply) => reply.type('application/json; charset=utf-8').send(body)); " +
        "const a = await app.listen({ host: '127.0.0.1', port: 0 }); console.log(JSON.stringify({ event: 'hello.started', url: a }));",
    ],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, BUFFER_BYTES: String(bufferBytes ?? 0) },
    },
  );
  const started = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const line = out.split('\n').find((l) => l.includes('hello.started'));
      if (line) resolve((JSON.parse(line) as { url: string }).url);
    });
    child.once('exit', (code) => reject(new Error(`hello world exited ${code}`)));
  });
  try {
    const hello = await autocannon(`${started}/`, [], seconds, child.pid);
    if (bufferBytes === undefined) return hello;
    return { ...hello, buffer: await autocannon(`${started}/buffer`, [], seconds, child.pid) };
  } finally {
    child.kill('SIGTERM');
  }
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const asked = [...positionals, ...(values.only ? values.only.split(',') : [])].filter(Boolean);
  const unknown = asked.filter((b) => !SUITES.includes(b as Suite));
  if (unknown.length > 0) throw new Error(`unknown suite ${unknown.join(', ')}; known: ${SUITES.join(', ')}`);
  const only: Suite[] = asked.length > 0 ? (asked as Suite[]) : [...DEFAULT_SUITES];
  const m = machine();
  const startedAt = new Date();
  const rows: Row[] = [];
  const run = async (name: string, work: () => Promise<Row[]>): Promise<void> => {
    try {
      rows.push(...(await work()));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log(`${name} failed: ${message}`);
      rows.push({
        bench: name,
        measured: 'failed',
        baseline: '-',
        ratio: '-',
        target: '-',
        met: 'no',
        notes: message.slice(0, 300),
      });
    }
  };
  const suiteOptions = { seconds: seconds(), lanes: lanes(), quick, log, nodeArgs: serverNodeArgs() };
  const sizes = {
    sustainedSeconds: num('sustained-seconds', 60, 3),
    sustainedCars: Math.round(num('sustained-cars', 100, 10)),
    openCars: Math.round(num('open-cars', 1000, 20)),
    openRates: (values['open-rates'] ?? (quick ? '50,100' : '1000,2500,5000')).split(',').map((r) => {
      const v = Number(r);
      if (!Number.isFinite(v) || v <= 0) throw new Error(`--open-rates: '${r}' is not a positive number`);
      return v;
    }),
    burstRate: num('burst-rate', 30_000, 500),
    burstSeconds: num('burst-seconds', 10, 1),
    connects: Math.round(num('connects', 2000, 30)),
    soak: {
      minutes: num('minutes', 10, 0.05),
      sampleSeconds: num('sample-seconds', 5, 1),
      dir: path.resolve(values['soak-dir'] ?? path.join(ROOT, 'docs')),
    },
  };
  const stores = (values.store ?? 'sqlite').split(',');
  if (stores.some((s) => s !== 'sqlite' && s !== 'postgres'))
    throw new Error(`--store: '${values.store}': give sqlite, postgres or sqlite,postgres`);
  let postgres: TestPostgres | undefined;
  try {
    for (const suite of KIND_SUITES) {
      if (!only.includes(suite)) continue;
      for (const store of stores) {
        if (store === 'postgres') {
          postgres ??= await startTestPostgres();
          const server = postgres;
          useBenchStore(() => server.createDatabase());
        }
        const before = rows.length;
        await run(suite, () => runKindSuite(suite, suiteOptions, sizes));
        useBenchStore(undefined);
        if (store === 'postgres')
          for (const row of rows.slice(before)) row.bench = `${row.bench} on PostgreSQL`;
      }
    }
  } finally {
    postgres?.stop();
  }
  if (only.includes('throughput') || only.includes('latency')) {
    await run('1/2. throughput and latency', () => throughputAndLatency(only.includes('latency')));
  }
  if (only.includes('connections')) await run('3. connections', connections);
  if (only.includes('storm')) await run('4. reconnect storm', storm);
  if (only.includes('scheduler')) await run('5. scheduler sweep', scheduler);
  if (only.includes('virtual-time')) await run('6. virtual time', () => virtualTime(1));
  if (only.includes('cluster')) await run('cluster', () => clusterSuite(suiteOptions));
  if (only.includes('cluster-fleet')) await run('6b. virtual time, 2 nodes', () => virtualTime(2));
  if (only.includes('dealer-api')) await run('7. dealer API', dealerApi);

  const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
  const cell = (c: string): string => c.replace(/\|/g, '/').replace(/\n/g, ' ');
  const table = [
    '| benchmark | measured | baseline (same run) | ratio | target | met | notes |',
    '|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${[r.bench, r.measured, r.baseline, r.ratio, r.target, r.met, r.notes].map(cell).join(' | ')} |`,
    ),
  ].join('\n');
  const machineLine = `${m.nproc} CPUs (${m.cpu}), ${m.memoryGb} GiB memory (${m.freeGb} GiB free at start), open files limit ${m.nofile}, Node ${process.version}`;
  const section = `
## ${startedAt.toISOString()} — \`${command}\`

Machine: ${machineLine}.
Wall time of the run: ${fmt((Date.now() - startedAt.getTime()) / 60_000, 1)} min.${quick ? '\n\n--quick: a smoke run, not figures.' : ''}

${table}
`;
  process.stdout.write(`${section}\n`);
  if (!values['no-append']) {
    const file = path.join(ROOT, 'docs/benchmarks.md');
    appendFileSync(file, section);
    if (!quick) {
      const run = `${startedAt.toISOString().slice(0, 16)}Z, \`${command}\`, ${machineLine}`;
      writeFileSync(file, mergeCurrentTable(readFileSync(file, 'utf8'), rows, run));
    }
    log('docs/benchmarks.md: current table updated, run appended');
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n${USAGE}\n`,
    );
    process.exit(1);
  },
);

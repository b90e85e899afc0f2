/**
 * `npm run bench -- cluster`: one node against two (docs/deployment.md) under the same booking
 * request load, beside bare aedes, in one invocation. Both topologies run on a throwaway
 * PostgreSQL server (test/support/postgres.ts, a fresh database each); the two nodes also share a
 * throwaway Redis (test/support/redis.ts). The cars are spread over the nodes' own MQTT ports
 * (car i on node i mod 2), so no load balancer sits in the measured path.
 *
 * The machine's CPUs are shared by the nodes, PostgreSQL, Redis and the load generator, so
 * req/s alone says little about clustering: each row also states the CPU time per answered
 * uplink of every process (from /proc, 10 ms resolution), and the Redis PUBLISHes per uplink
 * (Redis INFO commandstats, exact) that the downlink wake-ups cost.
 * Loopback only; every loop is bounded in count and time; every server is stopped by its PID.
 */
import { performance } from 'node:perf_hooks';
import { Redis } from 'ioredis';
import pg from 'pg';
import { startTestPostgres } from '../test/support/postgres.ts';
import { startRedis, type TestRedis } from '../test/support/redis.ts';
import {
  type BenchCar,
  connectBenchCar,
  cpuMicros,
  eachParallel,
  provisionCars,
  type ServerChild,
  startCsb,
  treeCpuMicros,
} from './lib.ts';
import {
  aedesFleet,
  BENCH_ENV,
  bookingBudget,
  carsFor,
  closedWindow,
  describe,
  echoLanes,
  perSecondNote,
  type Row,
  rejectedNote,
  SIZES,
  type SuiteOptions,
  type Window,
} from './uplink-kinds.ts';

const fmt = (n: number, digits = 1): string => (Math.round(n * 10 ** digits) / 10 ** digits).toString();

/** Every node of a bench cluster hashes car secrets with this key (required with CSB_REDIS_URL). */
const CLUSTER_SECRET_KEY = 'bench-cluster-secret-key-0123456789abcdef';

export type Node = ServerChild & { opsPort: number };

/** PUBLISH calls Redis has served since it started (INFO commandstats). */
async function redisPublishes(url: string): Promise<number> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false });
  try {
    await client.connect();
    const info = await client.info('commandstats');
    return Number(info.match(/cmdstat_publish:calls=(\d+)/)?.[1] ?? 0);
  } finally {
    client.disconnect();
  }
}

/**
 * PostgreSQL's next transaction id: every transaction that writes takes one, so the difference
 * around a window is the write transactions of every node in it (plus this one reading).
 */
async function nextTransactionId(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await client.query<{ x: string }>('SELECT pg_current_xact_id()::text AS x');
    return Number(result.rows[0]?.x ?? 0);
  } finally {
    await client.end();
  }
}

/**
 * Starts `count` nodes on one database (and, for more than one, one Redis); the first applies
 * the migrations before the next starts. All hash car secrets with the same key, so cars
 * provisioned through one node (or a single node before) connect to any.
 */
export async function startNodes(
  count: number,
  databaseUrl: string,
  redis: TestRedis | undefined,
  o: SuiteOptions,
  env: NodeJS.ProcessEnv = {},
): Promise<Node[]> {
  const nodes: Node[] = [];
  try {
    for (let n = 0; n < count; n++) {
      const cluster =
        count > 1 && redis ? { CSB_REDIS_URL: redis.url, CSB_NODE_ID: `bench-node-${n + 1}` } : {};
      nodes.push(
        await startCsb(
          {
            CSB_DATABASE_URL: databaseUrl,
            CSB_SECRET_KEY: CLUSTER_SECRET_KEY,
            CSB_MAIL_TRANSPORT: 'none',
            ...cluster,
            ...env,
          },
          o.nodeArgs,
        ),
      );
    }
    return nodes;
  } catch (error) {
    await Promise.all(nodes.map((node) => node.stop()));
    throw error;
  }
}

interface TopologyResult {
  nodes: number;
  cars: number;
  window: Window;
  warmUp: number;
  /** CPU µs per answered uplink: each node, PostgreSQL (postmaster + backends), Redis, the loader. */
  cpu: { nodes: number[]; postgres: number; redis: number; loader: number };
  publishesPerUplink: number;
  /** PostgreSQL write transactions per answered uplink (transaction ids taken in the window). */
  transactionsPerUplink: number;
}

/** One topology: fresh database, `nodeCount` nodes, cars provisioned and spread, a warm-up, the window. */
async function measureTopology(
  nodeCount: number,
  o: SuiteOptions,
  pg: Awaited<ReturnType<typeof startTestPostgres>>,
  redis: TestRedis | undefined,
  carsN: number,
  prefix: string,
): Promise<TopologyResult> {
  const databaseUrl = await pg.createDatabase();
  const nodes = await startNodes(nodeCount, databaseUrl, redis, o, BENCH_ENV);
  const cars: BenchCar[] = new Array(carsN);
  try {
    const first = nodes[0];
    if (!first) throw new Error('no node');
    const provisioned = await provisionCars(first.httpPort, carsN, {
      prefix,
      drivers: true,
      dealers: Math.max(1, Math.ceil(carsN / 1000)),
    });
    await eachParallel(provisioned.cars, 50, async (car, i) => {
      const node = nodes[i % nodes.length] ?? first;
      cars[i] = await connectBenchCar(`mqtt://127.0.0.1:${node.mqttPort}`, car.vin, car.secret);
    });
    const lanes = o.lanes;
    const budget = bookingBudget(cars);
    const pid = first.child.pid;
    const warm = await closedWindow(
      Array.from({ length: lanes }, (_, l) => budget.lane(l, lanes)),
      o.quick ? 0.5 : 2,
      pid,
    );
    const pgPid = pg.serverPid();
    const redisPid = redis?.pid();
    const nodeCpu0 = nodes.map((n) => cpuMicros(n.child.pid));
    const pgCpu0 = treeCpuMicros(pgPid);
    const redisCpu0 = cpuMicros(redisPid);
    const loader0 = process.cpuUsage();
    const publishes0 = redis ? await redisPublishes(redis.url) : 0;
    const xid0 = await nextTransactionId(databaseUrl);
    const started = performance.now();
    const window = await closedWindow(
      Array.from({ length: lanes }, (_, l) => budget.lane(l, lanes)),
      o.seconds,
      pid,
    );
    const loader = process.cpuUsage(loader0);
    const per = (us: number): number => us / Math.max(1, window.answered);
    const cpu = {
      nodes: nodes.map((n, k) => per(cpuMicros(n.child.pid) - (nodeCpu0[k] ?? 0))),
      postgres: per(treeCpuMicros(pgPid) - pgCpu0),
      redis: redisPid === undefined ? 0 : per(cpuMicros(redisPid) - redisCpu0),
      loader: per(loader.user + loader.system),
    };
    const publishes = redis ? (await redisPublishes(redis.url)) - publishes0 : 0;
    const transactions = (await nextTransactionId(databaseUrl)) - xid0 - 1;
    o.log(
      `cluster: ${nodeCount} node(s): ${window.perSecond}/s in ${fmt((performance.now() - started) / 1000)} s; CPU µs/uplink nodes ${cpu.nodes.map((c) => fmt(c, 0)).join('+')}, PostgreSQL ${fmt(cpu.postgres, 0)}, Redis ${fmt(cpu.redis, 0)}; ${publishes} PUBLISHes, ${transactions} PostgreSQL write transactions`,
    );
    return {
      nodes: nodeCount,
      cars: carsN,
      window,
      warmUp: warm.answered,
      cpu,
      publishesPerUplink: publishes / Math.max(1, window.answered),
      transactionsPerUplink: transactions / Math.max(1, window.answered),
    };
  } finally {
    await eachParallel(
      cars.filter((c) => c !== undefined),
      500,
      (c) => c.close(),
    );
    await Promise.all(nodes.map((node) => node.stop()));
  }
}

const cpuNote = (r: TopologyResult): string => {
  const nodes = r.cpu.nodes.reduce((a, b) => a + b, 0);
  const total = nodes + r.cpu.postgres + r.cpu.redis;
  const each = r.cpu.nodes.map((c, k) => `node ${k + 1} ${fmt(c, 0)}`).join(', ');
  return `PostgreSQL write transactions per uplink ${fmt(r.transactionsPerUplink, 2)}; CPU µs per answered uplink (each process's CPU time in the window over all its uplinks): ${each}, PostgreSQL ${fmt(r.cpu.postgres, 0)}${r.nodes > 1 ? `, Redis ${fmt(r.cpu.redis, 0)}` : ''}, server total ${fmt(total, 0)} (the load generator ${fmt(r.cpu.loader, 0)})`;
};

/**
 * The `cluster` suite: booking requests (72 B, each creating an appointment, at most 15 per car)
 * against one node on PostgreSQL, then two nodes sharing PostgreSQL and Redis, then bare aedes
 * with the same cars, lanes and payload size.
 */
export async function clusterSuite(o: SuiteOptions): Promise<Row[]> {
  const lanes = o.lanes % 2 === 0 ? o.lanes : o.lanes + 1; // even: each lane's cars stay on one node
  const expect = o.quick ? 400 : 2_000;
  const carsN = carsFor(Math.ceil(((o.quick ? 0.5 : 2) + o.seconds * 1.6) * expect), lanes);
  const suite = { ...o, lanes };
  o.log(
    `cluster: ${carsN} cars, ${lanes} lanes, booking-request ${SIZES['booking-request']} B, ${o.seconds} s`,
  );
  const pg = await startTestPostgres();
  let redis: TestRedis | undefined;
  let one: TopologyResult;
  let two: TopologyResult;
  try {
    redis = await startRedis();
    one = await measureTopology(1, suite, pg, undefined, carsN, 'CLST01');
    two = await measureTopology(2, suite, pg, redis, carsN, 'CLST02');
  } finally {
    await redis?.stop();
    pg.stop();
  }
  const aedes = await aedesFleet(carsN, SIZES['booking-request']);
  let a: Window;
  try {
    const l = echoLanes(aedes.clients, lanes);
    await closedWindow(l, o.quick ? 0.5 : 2, aedes.echo.child.pid);
    a = await closedWindow(l, o.seconds, aedes.echo.child.pid);
  } finally {
    await aedes.stop();
  }
  const common = (r: TopologyResult): string =>
    `booking-request, ${SIZES['booking-request']} B protobuf (aedes: same size, opaque); ${r.cars} cars${r.nodes > 1 ? ` spread over the ${r.nodes} nodes' MQTT ports (car i on node i mod ${r.nodes})` : ''}, ${lanes} lanes W=1, ${fmt(r.window.seconds)} s closed loop; each creates an appointment (at most 15 per car); history: ${r.warmUp} appointments from the warm-up (fresh database); PostgreSQL fsync off`;
  const twoOverOne = two.window.perSecond / Math.max(1, one.window.perSecond);
  const serverTotal = (r: TopologyResult): number =>
    r.cpu.nodes.reduce((x, y) => x + y, 0) + r.cpu.postgres + r.cpu.redis;
  return [
    {
      bench: 'cluster: 1 node on PostgreSQL, booking-request',
      measured: `${describe(one.window)}`,
      baseline: `aedes echo ${describe(a)}`,
      ratio: `${fmt(one.window.perSecond / Math.max(1, a.perSecond), 2)}x`,
      target: '-',
      met: '-',
      notes: `${common(one)}; ${cpuNote(one)}; rejected ${rejectedNote(one.window.rejected)}, ${one.window.failed} unanswered; ${perSecondNote(one.window)}`,
    },
    {
      bench: 'cluster: 2 nodes on PostgreSQL + Redis, booking-request',
      measured: `${describe(two.window)}`,
      baseline: `1 node ${one.window.perSecond}/s (p99 ${fmt(one.window.p99, 2)} ms); aedes echo ${a.perSecond}/s`,
      ratio: `${fmt(twoOverOne, 2)}x of 1 node (${fmt(two.window.perSecond / Math.max(1, a.perSecond), 2)}x aedes)`,
      target: '-',
      met: '-',
      notes: `${common(two)}; ${cpuNote(two)}; server CPU per uplink ${fmt(serverTotal(two) / Math.max(1, serverTotal(one)), 2)}x of 1 node's; ${fmt(two.publishesPerUplink, 2)} Redis PUBLISHes per uplink (downlink wake-ups); rejected ${rejectedNote(two.window.rejected)}, ${two.window.failed} unanswered; ${perSecondNote(two.window)}`,
    },
  ];
}

/**
 * Two csb nodes (real `csb start` processes) sharing one PostgreSQL database and one real Redis
 * (docs/deployment.md): a car on one node and its dealer on the other's API, a car taking its
 * connection over from one node to the other, timers swept by both schedulers, and a node
 * losing Redis. The downlink safety poll is set to a minute, so that a car whose connection has
 * nothing open (no redelivery timer) gets a downlink within the test's seconds only when the
 * other node's commit woke its node.
 */
import { csb, toTimestamp } from '@csb/proto';
import mqtt from 'mqtt';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestCar } from './support/car.ts';
import { startNode, stopNode, type TestNode } from './support/cluster.ts';
import { Dealer, eventually } from './support/dealer.ts';
import { sendReceipts } from './support/receipts.ts';
import { startRedis, type TestRedis } from './support/redis.ts';
import { stopTestPostgres, testPostgres } from './support/stores.ts';
import { tempDataDir } from './support/system.ts';

const NODE_ENV = {
  CSB_DOWNLINK_POLL_INTERVAL_MS: '60000',
  CSB_SCHEDULER_INTERVAL_MS: '200',
  CSB_LOG_LEVEL: 'info',
};
const GBG_KEY = 'demo-key-dealer-gbg';

let redis: TestRedis;
let data: ReturnType<typeof tempDataDir>;
let node1: TestNode;
let node2: TestNode;
let databaseUrl: string;

beforeAll(async () => {
  redis = await startRedis();
  data = tempDataDir();
  databaseUrl = await (await testPostgres()).createDatabase();
  // One after the other: the first start creates the schema and seeds the demo data.
  const env = { ...NODE_ENV, CSB_DATABASE_URL: databaseUrl };
  node1 = await startNode('node-1', data.dir, redis.url, env);
  node2 = await startNode('node-2', data.dir, redis.url, env);
}, 60_000);

afterAll(async () => {
  await Promise.all([stopNode(node1), stopNode(node2)]);
  await redis?.stop();
  await stopTestPostgres();
  data?.remove();
});

async function bookingRequest(car: TestCar, note: string): Promise<string> {
  const id = await car.send('booking-request', {
    bookingRequest: {
      origin: csb.v1.RequestOrigin.REQUEST_ORIGIN_MANUAL,
      consent: { granted: true, grantedAt: toTimestamp(Date.now()) },
      customerNote: note,
    },
  });
  const appointmentId = (await car.resultFor(id)).envelope.uplinkResult?.accepted?.appointmentId;
  if (!appointmentId) throw new Error('booking request not accepted');
  return appointmentId;
}

/** Scenario 1 with the car on `carNode` and the dealer on `dealerNode`'s API. */
async function scenario1(carNode: TestNode, dealerNode: TestNode, vin: string, secret: string) {
  const car = await TestCar.connect(carNode.mqttUrl, vin, secret);
  sendReceipts(car, Date.now);
  const dealer = new Dealer(dealerNode.apiUrl, GBG_KEY);
  try {
    const appointmentId = await bookingRequest(car, `cluster ${carNode.name}`);
    const start = new Date(Date.now() + 3 * 86_400_000);
    start.setUTCHours(8, 0, 0, 0);
    await dealer.ok('POST', `/dealer/v1/appointments/${appointmentId}/proposals`, {
      start: start.toISOString(),
      durationMinutes: 60,
      price: { currencyCode: 'SEK', amountMinor: 150_000 },
      workDescription: 'Service',
    });
    const proposal = await car.waitFor(
      (r) => r.envelope.proposal?.appointmentId === appointmentId,
      'the proposal made on the other node',
    );
    const acceptId = await car.send('proposal-response', {
      proposalResponse: { appointmentId, proposalId: proposal.envelope.proposal?.proposalId, accept: {} },
    });
    expect((await car.resultFor(acceptId)).envelope.uplinkResult?.accepted?.appointmentId).toBe(
      appointmentId,
    );
    await dealer.ok('POST', `/dealer/v1/appointments/${appointmentId}/confirm`);
    await car.waitFor(
      (r) =>
        r.envelope.appointmentList?.appointments?.some(
          (a) =>
            a.appointmentId === appointmentId &&
            a.status === csb.v1.AppointmentStatus.APPOINTMENT_STATUS_CONFIRMED,
        ) === true,
      'the appointment list after the confirmation on the other node',
    );
    const detail = await dealer.ok<{ status: string }>('GET', `/dealer/v1/appointments/${appointmentId}`);
    expect(detail.status).toBe('confirmed');
    return appointmentId;
  } finally {
    await car.close();
  }
}

/** Resolves with the CONNACK return code of one CONNECT (0: accepted). */
function connackCode(url: string, vin: string, secret: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const client = mqtt.connect(url, {
      clientId: vin,
      username: vin,
      password: secret,
      protocolVersion: 4,
      reconnectPeriod: 0,
      connectTimeout: 5_000,
    });
    const finish = (code: number) => {
      client.end(true);
      resolve(code);
    };
    client.once('connect', () => finish(0));
    client.once('error', (error: Error & { code?: unknown }) =>
      typeof error.code === 'number' ? finish(error.code) : reject(error),
    );
  });
}

describe('two nodes, one PostgreSQL database, one Redis', () => {
  it('scenario 1: the car on node 1, the dealer on node 2', { timeout: 60_000 }, async () => {
    await scenario1(node1, node2, 'YV1DEMCAR00000001', 'demo-secret-1');
  });

  it('scenario 1: the car on node 2, the dealer on node 1', { timeout: 60_000 }, async () => {
    await scenario1(node2, node1, 'YV1DEMCAR00000002', 'demo-secret-2');
  });

  it('wakes the node holding the car when a dealer acts through the other node', {
    timeout: 60_000,
  }, async () => {
    const vin = 'YV1DEMCAR00000003';
    // First everything the car is owed is delivered and receipted (the receipt's PUBACK means
    // stored), so its next connection starts with nothing open and no redelivery timer.
    const first = await TestCar.connect(node2.mqttUrl, vin, 'demo-secret-3');
    const appointmentId = await bookingRequest(first, 'wake-up');
    const list = await first.waitFor((r) => r.envelope.body === 'appointmentList', 'the appointment list');
    await first.send('delivery-receipt', {
      deliveryReceipt: { downlinkMessageId: list.envelope.messageId, receivedAt: toTimestamp(Date.now()) },
    });
    await first.close();

    const car = await TestCar.connect(node1.mqttUrl, vin, 'demo-secret-3');
    try {
      await new Dealer(node2.apiUrl, 'demo-key-dealer-lyon').ok(
        'POST',
        `/dealer/v1/appointments/${appointmentId}/proposals`,
        {
          start: new Date(Date.now() + 5 * 86_400_000).toISOString(),
          durationMinutes: 45,
          price: { currencyCode: 'EUR', amountMinor: 12_000 },
          workDescription: 'Brakes',
        },
      );
      // The safety poll is a minute away, the car has no timer: only the wake-up through Redis.
      await car.waitFor((r) => r.envelope.proposal?.appointmentId === appointmentId, 'the proposal');
    } finally {
      await car.close();
    }
  });

  it('a car connecting to node 2 closes its connection to node 1 ([MQTT-3.1.4-2])', async () => {
    const first = await TestCar.connect(node1.mqttUrl, 'YV1DEMCAR00000001', 'demo-secret-1');
    const closed = new Promise<void>((resolve) => first.client.once('close', () => resolve()));
    const second = await TestCar.connect(node2.mqttUrl, 'YV1DEMCAR00000001', 'demo-secret-1');
    try {
      await closed;
      // The newer connection is the car's: it still sends and gets its answer.
      const appointmentId = await bookingRequest(second, 'after takeover');
      expect(appointmentId).toBeTruthy();
      expect(second.client.connected).toBe(true);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });

  it('fires each of 1,000 due timers exactly once with both schedulers sweeping', {
    timeout: 60_000,
  }, async () => {
    const car = await TestCar.connect(node1.mqttUrl, 'YV1DEMCAR00000003', 'demo-secret-3');
    const appointmentId = await bookingRequest(car, 'timer sweep').finally(() => car.close());
    // 1,000 escalation timers of one appointment, all due, written at once while both nodes sweep
    // every 200 ms (an escalation of a request whose service level did not break has no effect).
    const base = Date.now() - 86_400_000;
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      await db.query(
        `INSERT INTO due_work (id, appointment_id, kind, due_at, state, created_at)
         SELECT 'sweep-test-' || i, $1, 'escalation', $2::bigint + i, 'due', $2::bigint
         FROM generate_series(0, 999) AS i`,
        [appointmentId, base],
      );
      await eventually(
        async () => {
          const { rows } = await db.query<{ n: string }>(
            "SELECT count(*) AS n FROM due_work WHERE id LIKE 'sweep-test-%' AND state = 'due'",
          );
          return Number(rows[0]?.n) === 0 ? true : undefined;
        },
        'every timer done',
        30_000,
      );
    } finally {
      await db.end();
    }
    const firedBy = (node: TestNode) =>
      node.logs
        .filter((l) => l.msg === 'timer fired' && l.appointmentId === appointmentId)
        .map((l) => l.dueAt);
    // The logs of a fired timer may trail the commit by a moment.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const fired = [...firedBy(node1), ...firedBy(node2)];
    const counts = {
      node1: firedBy(node1).length,
      node2: firedBy(node2).length,
      distinct: new Set(fired).size,
    };
    console.log(`cluster timers: ${JSON.stringify({ timers: 1_000, ...counts })}`);
    expect(fired.length).toBe(1_000);
    expect(counts.distinct).toBe(1_000);
  });

  it('a node losing Redis is not ready, refuses new cars, keeps its cars, and recovers', {
    timeout: 60_000,
  }, async () => {
    const kept = await TestCar.connect(node1.mqttUrl, 'YV1DEMCAR00000002', 'demo-secret-2');
    sendReceipts(kept, Date.now);
    try {
      await redis.kill();
      const notReady = await eventually(async () => {
        const response = await fetch(`${node1.opsUrl}/readyz`);
        return response.status === 503 ? ((await response.json()) as { detail: string }) : undefined;
      }, 'node 1 not ready');
      expect(notReady.detail).toMatch(/Redis/);
      // CONNACK 3 (server unavailable): the balancer's next choice, or a retry later, takes the car.
      expect(await connackCode(node1.mqttUrl, 'YV1DEMCAR00000001', 'demo-secret-1')).toBe(3);
      // The car already connected is still served: its uplink is stored and answered.
      expect(await bookingRequest(kept, 'while Redis is away')).toBeTruthy();
      const metrics = await fetch(`${node1.opsUrl}/metrics`).then((r) => r.text());
      expect(metrics).toMatch(/^csb_cluster_link_up 0$/m);
      expect(metrics).toMatch(/^csb_gateway_auth_failures_total\{reason="CLUSTER_UNAVAILABLE"\} [1-9]/m);

      await redis.start();
      await eventually(
        async () => ((await fetch(`${node1.opsUrl}/readyz`)).status === 200 ? true : undefined),
        'node 1 ready again',
        20_000,
      );
      await eventually(
        async () => ((await fetch(`${node2.opsUrl}/readyz`)).status === 200 ? true : undefined),
        'node 2 ready again',
        20_000,
      );
      expect(await connackCode(node1.mqttUrl, 'YV1DEMCAR00000001', 'demo-secret-1')).toBe(0);
      // And the wake-ups flow again: a proposal through node 2 reaches the car on node 1 at once.
      const appointmentId = await bookingRequest(kept, 'after Redis is back');
      await new Dealer(node2.apiUrl, GBG_KEY).ok(
        'POST',
        `/dealer/v1/appointments/${appointmentId}/proposals`,
        {
          start: new Date(Date.now() + 4 * 86_400_000).toISOString(),
          durationMinutes: 30,
          price: { currencyCode: 'SEK', amountMinor: 90_000 },
          workDescription: 'Check',
        },
      );
      await kept.waitFor(
        (r) => r.envelope.proposal?.appointmentId === appointmentId,
        'the proposal after the reconnect',
      );
    } finally {
      await kept.close();
    }
  });
});

/**
 * Crash safety of a cluster: two csb nodes (real `csb start` processes) on one PostgreSQL
 * database and one Redis. While cars send booking requests, a dealer sends proposals through
 * either node's API and due timers are written for both schedulers, one node at a time is killed
 * with SIGKILL at a random moment; its cars reconnect to the surviving node and resend what was
 * not answered (same message id); the killed node is started again. Afterwards: every request a
 * car saw accepted exists exactly once, every request has its answer, every proposal the API
 * acknowledged reached its car, and every timer fired (is done) and was reported fired at most
 * once across every node's log.
 *
 * Longer local runs (the CI default is 10 kills, 4 cars):
 *   CSB_FAULT_KILLS=50 CSB_FAULT_SEED=42 npx vitest run test/cluster-kill.test.ts
 */

import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';

import { startNode, stopNode, type TestNode } from './support/cluster.ts';
import { Dealer, eventually } from './support/dealer.ts';
import { mulberry32 } from './support/prng.ts';
import { startRedis, type TestRedis } from './support/redis.ts';
import { RetryingCar } from './support/retrying-car.ts';
import { stopTestPostgres, testPostgres } from './support/stores.ts';
import { tempDataDir } from './support/system.ts';

const KILLS = Number(process.env.CSB_FAULT_KILLS ?? 10);
const SEED = Number(process.env.CSB_FAULT_SEED ?? Math.floor(Math.random() * 2 ** 31));
const RUN_MS = Number(process.env.CSB_FAULT_RUN_MS ?? 900);
const TIMERS_PER_ROUND = 100;

const DEMO_CARS = [1, 2, 3, 4].map((n) => ({ vin: `YV1DEMCAR0000000${n}`, secret: `demo-secret-${n}` }));
const DEALER_KEYS = ['demo-key-dealer-gbg', 'demo-key-dealer-lyon'];
const NODE_ENV = { CSB_SCHEDULER_INTERVAL_MS: '200', CSB_LOG_LEVEL: 'info' };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let redis: TestRedis | undefined;
const data = tempDataDir();
/** Every node process started, killed ones included (their logs count too). */
const incarnations: TestNode[] = [];

afterAll(async () => {
  await Promise.all(incarnations.map((node) => node.kill()));
  await redis?.stop();
  await stopTestPostgres();
  data.remove();
});

describe('kill -9 of one cluster node under traffic', () => {
  it(`loses and duplicates nothing over ${KILLS} kills (seed ${SEED})`, { timeout: 300_000 }, async () => {
    const random = mulberry32(SEED);
    redis = await startRedis();
    const databaseUrl = await (await testPostgres()).createDatabase();
    const env = { ...NODE_ENV, CSB_DATABASE_URL: databaseUrl };
    const start = async (name: string) => {
      const node = await startNode(name, data.dir, (redis as TestRedis).url, env);
      incarnations.push(node);
      return node;
    };
    // The two running nodes; a killed one's slot is empty until it is started again.
    const live: (TestNode | undefined)[] = [await start('node-a'), await start('node-b')];
    const anyLive = (): TestNode => {
      const up = live.filter((n): n is TestNode => n !== undefined);
      const pick = up[Math.floor(random() * up.length)];
      if (!pick) throw new Error('no node running');
      return pick;
    };

    const cars = DEMO_CARS.map((c, i) => new RetryingCar(c.vin, c.secret, `cluster-fault-${i + 1}`));
    const proposed = new Map<string, string>();
    let timersWritten = 0;
    /** Cars send new requests while true; they keep (re)connecting until `running` ends. */
    let sending = true;
    let running = true;

    const carLoops = cars.map(async (car) => {
      while (running) {
        if (!car.connected) {
          // Whichever node runs; a refused or closed attempt is retried on the next turn.
          if (!(await car.connect(anyLive().mqttPort))) await sleep(50);
          continue;
        }
        // A paced car (the machine is shared, the point is the kills, not the throughput); an idle
        // one must sleep too: waitAnswerOrClose resolves at once and the loop would never yield.
        if (car.idle) {
          if (sending) car.next();
          await sleep(20);
        }
        await car.waitAnswerOrClose(250);
      }
    });
    const acceptedAppointments = () =>
      cars.flatMap((c) =>
        c.requests.flatMap((r) => (r.outcome?.kind === 'accepted' ? [r.outcome.appointmentId] : [])),
      );
    // One accepted appointment carries the test's timers: the dealer leaves it alone (a proposal
    // re-arms an appointment's timers and would cancel them).
    let timerAppointment: string | undefined;
    const proposable = () => acceptedAppointments().filter((id) => id !== timerAppointment);
    const dealerLoop = (async () => {
      // Not before the timers' appointment is chosen: a proposal to it (and the car's accept)
      // re-arms its timers and cancels the test's, and the first accepted one is the one chosen.
      while (running && timerAppointment === undefined) await sleep(20);
      while (running) {
        const pick = proposable()[Math.floor(random() * proposable().length)];
        if (pick) {
          const node = anyLive();
          for (const key of DEALER_KEYS) {
            const response = await new Dealer(node.apiUrl, key)
              .request('POST', `/dealer/v1/appointments/${pick}/proposals`, {
                start: new Date(Date.now() + 5 * 86_400_000).toISOString(),
                durationMinutes: 60,
                price: { currencyCode: 'SEK', amountMinor: 100_000 + Math.floor(random() * 1000) },
                workDescription: 'Service',
              })
              .catch(() => ({ status: 0, body: undefined }));
            if (response.status === 201) proposed.set(pick, key);
            if (response.status !== 404) break;
          }
        }
        await sleep(40);
      }
    })();

    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      timerAppointment = await eventually(
        async () => acceptedAppointments()[0],
        'a first appointment',
        30_000,
      );
      for (let kill = 0; kill < KILLS; kill++) {
        // Due timers for both schedulers, written while both nodes sweep every 200 ms.
        const base = Date.now() - 86_400_000 + kill * TIMERS_PER_ROUND;
        await db.query(
          `INSERT INTO due_work (id, appointment_id, kind, due_at, state, created_at)
           SELECT 'fault-timer-' || $3::int || '-' || i, $1, 'escalation', $2::bigint + i, 'due', $2::bigint
           FROM generate_series(0, ${TIMERS_PER_ROUND - 1}) AS i`,
          [timerAppointment, base, kill],
        );
        timersWritten += TIMERS_PER_ROUND;
        await sleep(100 + Math.floor(random() * RUN_MS));
        const slot = Math.floor(random() * live.length);
        const victim = live[slot] as TestNode;
        live[slot] = undefined;
        await victim.kill();
        // The survivor carries the traffic for a moment, then the victim comes back.
        await sleep(200 + Math.floor(random() * 300));
        live[slot] = await start(victim.name);
      }

      // The end: no new requests; every car gets its answer to the last one.
      sending = false;
      await eventually(
        async () => (cars.every((car) => car.idle) ? true : undefined),
        'an answer to every request',
        30_000,
      );
      running = false;
      await Promise.all([...carLoops, dealerLoop]);
      // Every car back on a node, to receive and receipt what it is owed.
      for (const car of cars) await car.connect(anyLive().mqttPort);

      const dealers = new Map(DEALER_KEYS.map((key) => [key, new Dealer(anyLive().apiUrl, key)]));
      let delivered = 0;
      for (const [appointmentId, key] of proposed) {
        const dealer = dealers.get(key) as Dealer;
        await eventually(
          async () => {
            const detail = await dealer.ok<{ deliveries?: { kind: string; state: string }[] }>(
              'GET',
              `/dealer/v1/appointments/${appointmentId}`,
            );
            const proposals = (detail.deliveries ?? []).filter((d) => d.kind === 'proposal');
            const open = proposals.filter((d) => d.state === 'queued' || d.state === 'sent');
            return open.length === 0 && proposals.at(-1)?.state === 'delivered' ? true : undefined;
          },
          `the proposal of ${appointmentId} delivered`,
          30_000,
        );
        delivered += 1;
      }

      const notes = new Map<string, number>();
      const { rows } = await db.query<{ customer_note: string; n: string }>(
        "SELECT customer_note, count(*) AS n FROM appointments WHERE customer_note LIKE 'cluster-fault-%' GROUP BY customer_note",
      );
      for (const row of rows) notes.set(row.customer_note, Number(row.n));
      await eventually(
        async () => {
          const left = await db.query<{ n: string }>(
            "SELECT count(*) AS n FROM due_work WHERE id LIKE 'fault-timer-%' AND state = 'due'",
          );
          return Number(left.rows[0]?.n) === 0 ? true : undefined;
        },
        'every timer done',
        30_000,
      );
      const done = await db.query<{ n: string }>(
        "SELECT count(*) AS n FROM due_work WHERE id LIKE 'fault-timer-%' AND state = 'done'",
      );
      for (const car of cars) car.disconnect();

      // A timer's log line follows its commit: a node killed in between fired it without a line.
      const firedLines = new Map<string, number>();
      for (const node of incarnations)
        for (const line of node.logs)
          if (line.msg === 'timer fired' && line.timer === 'escalation') {
            const key = `${String(line.appointmentId)}@${String(line.dueAt)}`;
            firedLines.set(key, (firedLines.get(key) ?? 0) + 1);
          }
      const requests = cars.flatMap((car) => car.requests);
      const accepted = requests.filter((r) => r.outcome?.kind === 'accepted');
      const rejected = requests.filter((r) => r.outcome?.kind === 'rejected');
      const lost = requests.filter(
        (r) => !r.outcome || (r.outcome.kind === 'accepted' && !notes.has(r.messageId)),
      );
      const duplicated = [...notes.values()].filter((n) => n > 1);
      const summary = {
        seed: SEED,
        kills: KILLS,
        nodesStarted: incarnations.length,
        cars: cars.length,
        requests: requests.length,
        accepted: accepted.length,
        rejected: rejected.length,
        resent: requests.filter((r) => r.sends > 1).length,
        lost: lost.length,
        duplicated: duplicated.length,
        proposalsAcknowledged: proposed.size,
        proposalsDelivered: delivered,
        timersWritten,
        timersDone: Number(done.rows[0]?.n),
        timersLoggedFired: firedLines.size,
        timersLoggedTwice: [...firedLines.values()].filter((n) => n > 1).length,
      };
      console.log(`cluster fault test: ${JSON.stringify(summary)}`);

      expect(lost.map((r) => r.messageId)).toEqual([]);
      expect(duplicated).toEqual([]);
      for (const r of accepted) expect(notes.get(r.messageId), r.messageId).toBe(1);
      for (const r of rejected) expect(notes.has(r.messageId), r.messageId).toBe(false);
      expect(accepted.length).toBeGreaterThan(0);
      expect(summary.timersDone).toBe(timersWritten);
      expect(summary.timersLoggedTwice).toBe(0);
    } finally {
      running = false;
      await db.end();
      await Promise.all(live.map((node) => stopNode(node)));
    }
  });
});

/**
 * Crash safety: the whole system (`node bin/csb.ts start`, a real child process, one SQLite file)
 * is killed with SIGKILL at random moments while cars send booking requests and a dealer sends
 * proposals; cars reconnect to the next start and resend what was not answered, same message id.
 * Afterwards: every request a car saw accepted exists exactly once, every other request has its
 * answer after the retries (and exists once when accepted), nothing is duplicated, and every
 * proposal the dealer API acknowledged reached its car (delivery state `delivered`).
 *
 * Longer local runs (the CI default is 20 kills, 4 cars):
 *   CSB_FAULT_KILLS=200 CSB_FAULT_SEED=42 npx vitest run test/fault-kill.test.ts
 * Env: CSB_FAULT_KILLS, CSB_FAULT_CARS (1..4), CSB_FAULT_SEED, CSB_FAULT_RUN_MS (max run before a kill).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { Dealer, eventually } from './support/dealer.ts';
import { mulberry32 } from './support/prng.ts';
import { RetryingCar } from './support/retrying-car.ts';
import { type ChildSystem, killChild, startChild, tempDataDir } from './support/system.ts';

const KILLS = Number(process.env.CSB_FAULT_KILLS ?? 20);
const CARS = Math.min(4, Math.max(1, Number(process.env.CSB_FAULT_CARS ?? 4)));
const SEED = Number(process.env.CSB_FAULT_SEED ?? Math.floor(Math.random() * 2 ** 31));
const RUN_MS = Number(process.env.CSB_FAULT_RUN_MS ?? 900);

// Demo data (booking-core/src/seed.ts): cars 1-3 have a preferred dealer, car 4 has none (its
// requests are refused with NO_PREFERRED_DEALER, a stable answer the retries must get too).
const DEMO_CARS = [1, 2, 3, 4].map((n) => ({ vin: `YV1DEMCAR0000000${n}`, secret: `demo-secret-${n}` }));
const DEALER_KEYS = ['demo-key-dealer-gbg', 'demo-key-dealer-lyon'];

const data = tempDataDir();
let running: ChildSystem | undefined;

afterAll(async () => {
  if (running) await killChild(running.child, 'SIGKILL');
  data.remove();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('kill -9 under traffic', () => {
  it(`loses and duplicates nothing over ${KILLS} kills (seed ${SEED})`, { timeout: 240_000 }, async () => {
    const random = mulberry32(SEED);
    const cars = DEMO_CARS.slice(0, CARS).map((c, i) => new RetryingCar(c.vin, c.secret, `fault-${i + 1}`));
    /** Appointments whose proposal the dealer API acknowledged (201): the car must get it. */
    const proposed = new Map<string, string>();
    let kills = 0;
    let runs = 0;

    for (let run = 0; run < KILLS; run++) {
      running = await startChild(data.dir);
      runs += 1;
      const system = running;
      await Promise.all(cars.map((car) => car.connect(system.mqttPort)));
      const dealers = DEALER_KEYS.map((key) => new Dealer(`http://127.0.0.1:${system.httpPort}`, key));
      const killAt = Date.now() + 100 + Math.floor(random() * RUN_MS);
      let alive = true;

      const carLoops = cars.map(async (car) => {
        while (alive && Date.now() < killAt + 2_000) {
          if (!car.connected) return;
          if (car.idle) car.next();
          await car.waitAnswerOrClose(250);
        }
      });
      const dealerLoop = (async () => {
        while (alive) {
          const accepted = cars.flatMap((c) =>
            c.requests.flatMap((r) => (r.outcome?.kind === 'accepted' ? [r.outcome.appointmentId] : [])),
          );
          const pick = accepted[Math.floor(random() * accepted.length)];
          if (pick) {
            for (const dealer of dealers) {
              const response = await dealer
                .request('POST', `/dealer/v1/appointments/${pick}/proposals`, {
                  start: new Date(Date.now() + 5 * 86_400_000).toISOString(),
                  durationMinutes: 60,
                  price: { currencyCode: 'SEK', amountMinor: 100_000 + Math.floor(random() * 1000) },
                  workDescription: 'Service',
                })
                .catch(() => ({ status: 0, body: undefined }));
              if (response.status === 201) proposed.set(pick, dealer.apiKey);
              if (response.status !== 404) break;
            }
          }
          await sleep(40);
        }
      })();

      await sleep(Math.max(0, killAt - Date.now()));
      await killChild(system.child, 'SIGKILL');
      kills += 1;
      alive = false;
      running = undefined;
      await Promise.all([...carLoops, dealerLoop]);
    }

    // The last start: every car comes back, resends what is unanswered, receipts what it gets.
    running = await startChild(data.dir);
    runs += 1;
    const system = running;
    await Promise.all(cars.map((car) => car.connect(system.mqttPort)));
    await eventually(
      async () => {
        for (const car of cars) if (!car.connected) await car.connect(system.mqttPort);
        return cars.every((car) => car.idle) ? true : undefined;
      },
      'an answer to every request',
      20_000,
    );

    // Every acknowledged proposal reached its car: the newest one per appointment is delivered.
    const byKey = new Map(
      DEALER_KEYS.map((key) => [key, new Dealer(`http://127.0.0.1:${system.httpPort}`, key)]),
    );
    let delivered = 0;
    for (const [appointmentId, key] of proposed) {
      const dealer = byKey.get(key) as Dealer;
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
        20_000,
      );
      delivered += 1;
    }

    // Count appointments per request (the note carries the request's message id).
    const notes = new Map<string, number>();
    for (const key of DEALER_KEYS) {
      const dealer = byKey.get(key) as Dealer;
      const list = await dealer.ok<{ items: { appointmentId: string }[] }>('GET', '/dealer/v1/appointments');
      for (const item of list.items) {
        const detail = await dealer.ok<{ customerNote: string }>(
          'GET',
          `/dealer/v1/appointments/${item.appointmentId}`,
        );
        notes.set(detail.customerNote, (notes.get(detail.customerNote) ?? 0) + 1);
      }
    }
    for (const car of cars) car.disconnect();

    const requests = cars.flatMap((car) => car.requests);
    const accepted = requests.filter((r) => r.outcome?.kind === 'accepted');
    const rejected = requests.filter((r) => r.outcome?.kind === 'rejected');
    const lost = requests.filter(
      (r) => !r.outcome || (r.outcome.kind === 'accepted' && !notes.has(r.messageId)),
    );
    const duplicated = [...notes.entries()].filter(([note, n]) => note.startsWith('fault-') && n > 1);
    const resent = requests.filter((r) => r.sends > 1).length;
    const summary = {
      seed: SEED,
      runs,
      kills,
      cars: CARS,
      requests: requests.length,
      accepted: accepted.length,
      rejected: rejected.length,
      resent,
      lost: lost.length,
      duplicated: duplicated.length,
      proposalsAcknowledged: proposed.size,
      proposalsDelivered: delivered,
      downlinkCopiesReceived: cars.reduce((n, car) => n + car.copies, 0),
    };
    console.log(`fault test: ${JSON.stringify(summary)}`);

    expect(kills).toBeGreaterThanOrEqual(KILLS);
    expect(lost.map((r) => r.messageId)).toEqual([]);
    expect(duplicated).toEqual([]);
    for (const r of accepted) expect(notes.get(r.messageId), r.messageId).toBe(1);
    // Refused requests (car 4: no preferred dealer) created nothing.
    for (const r of rejected) expect(notes.has(r.messageId), r.messageId).toBe(false);
    expect(accepted.length).toBeGreaterThan(0);
  });
});

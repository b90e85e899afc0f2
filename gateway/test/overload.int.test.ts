/**
 * Overload at one node (docs/operations.md "Load shedding"): a car pipelines booking requests far
 * beyond what the core handles at once (the core is made small: 2 in flight, 8 queued). What does
 * not fit the queue is parked (its connection not read meanwhile) instead of refused; only beyond
 * the parking is an uplink refused TEMPORARILY_UNAVAILABLE, and that connection is paused and read
 * again later. Real broker, real sockets, real SQLite file, real protobuf.
 */
import { DatabaseSync } from 'node:sqlite';
import { csb, decodeDownlink, encodeUplink, toTimestamp } from '@csb/proto';
import type { MqttClient } from 'mqtt';
import { describe, expect, it } from 'vitest';
import { connectCar, startTestSystem, type TestSystem } from './helpers.ts';

const SMALL_CORE = {
  // The per-car rate limit would refuse the flood before the node's queue is reached: lifted.
  carRatePerSecond: 1_000_000,
  carRateBurst: 1_000_000,
  floodDisconnectAfter: 1_000_000,
  maxUplinksInFlight: 2,
  maxUplinksQueued: 8,
};
/** Most answers are then the booking path itself, not its refusal at 20 open appointments. */
const CORE = { maxOpenAppointmentsPerVehicle: 100 };

type Outcome = 'accepted' | keyof typeof csb.v1.RejectionCode | 'rejected';

/** Every UplinkResult a car receives, by the uplink's message id (each counted once). */
function collectResults(client: MqttClient): { outcomes: Map<string, Outcome>; duplicates: () => number } {
  const outcomes = new Map<string, Outcome>();
  let duplicates = 0;
  client.on('message', (_topic, payload) => {
    const decoded = decodeDownlink(payload);
    const result = decoded.ok ? decoded.message.uplinkResult : undefined;
    if (!result?.uplinkMessageId) return;
    if (outcomes.has(result.uplinkMessageId)) duplicates += 1;
    const code = result.rejected?.code;
    outcomes.set(
      result.uplinkMessageId,
      result.accepted
        ? 'accepted'
        : code == null
          ? 'rejected'
          : (csb.v1.RejectionCode[code] as keyof typeof csb.v1.RejectionCode),
    );
  });
  return { outcomes, duplicates: () => duplicates };
}

function bookingRequest(messageId: string): Buffer {
  const now = Date.now();
  return Buffer.from(
    encodeUplink({
      messageId,
      sentAt: toTimestamp(now),
      bookingRequest: {
        origin: csb.v1.RequestOrigin.REQUEST_ORIGIN_MANUAL,
        consent: { granted: true, grantedAt: toTimestamp(now) },
        customerNote: messageId,
      },
    }),
  );
}

async function waitFor(what: string, done: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The highest parked count the gauge showed, sampled every few ms until stopped. */
function sampleParked(sys: TestSystem): { max: () => number; stop: () => Promise<void> } {
  let max = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const gauge = await sys.gateway.metrics.uplinksPending.get();
      const parked = gauge.values.find((v) => v.labels.stage === 'parked')?.value ?? 0;
      max = Math.max(max, parked);
      await new Promise((r) => setTimeout(r, 5));
    }
  })();
  return {
    max: () => max,
    stop: async () => {
      running = false;
      await loop;
    },
  };
}

/** Appointments stored per customer note (the message id) with `prefix`. */
function storedByNote(sys: TestSystem, prefix: string): Map<string, number> {
  const db = new DatabaseSync(sys.databasePath, { readOnly: true });
  try {
    const rows = db
      .prepare(
        'SELECT customer_note AS note, count(*) AS n FROM appointments WHERE customer_note LIKE ? GROUP BY customer_note',
      )
      .all(`${prefix}%`) as { note: string; n: number }[];
    return new Map(rows.map((row) => [row.note, Number(row.n)]));
  } finally {
    db.close();
  }
}

/**
 * A well-behaved car: a few booking requests at once, each resent with the same id after a
 * TEMPORARILY_UNAVAILABLE (docs/protocol.md [REJ-2]), until each has its final answer.
 */
async function politeCar(sys: TestSystem, count: number): Promise<Map<string, Outcome>> {
  const car = sys.demo.cars[1];
  if (!car) throw new Error('no second demo car');
  const c = await connectCar(sys.mqttPort, car.vin, car.secret);
  try {
    await c.client.subscribeAsync(`csb/v1/vehicles/${car.vin}/down/result`, { qos: 1 });
    const waiting = new Map<string, (outcome: Outcome) => void>();
    const results = collectResults(c.client);
    c.client.on('message', () => {
      for (const [messageId, resolve] of waiting) {
        const outcome = results.outcomes.get(messageId);
        if (outcome === undefined) continue;
        results.outcomes.delete(messageId);
        waiting.delete(messageId);
        resolve(outcome);
      }
    });
    const final = new Map<string, Outcome>();
    await Promise.all(
      Array.from({ length: count }, async (_, i) => {
        const messageId = `polite-${i.toString().padStart(4, '0')}`;
        for (let attempt = 0; attempt < 200; attempt++) {
          const answered = new Promise<Outcome>((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`${messageId}: no result within 30 s`)), 30_000);
            waiting.set(messageId, (outcome) => {
              clearTimeout(timer);
              resolve(outcome);
            });
          });
          c.client.publish(`csb/v1/vehicles/${car.vin}/up/booking-request`, bookingRequest(messageId), {
            qos: 1,
          });
          const outcome = await answered;
          if (outcome !== 'REJECTION_CODE_TEMPORARILY_UNAVAILABLE') {
            final.set(messageId, outcome);
            return;
          }
          await new Promise((r) => setTimeout(r, 50));
        }
      }),
    );
    return final;
  } finally {
    await c.client.endAsync();
  }
}

async function flood(sys: TestSystem, prefix: string, count: number) {
  const car = sys.demo.cars[0];
  if (!car) throw new Error('no demo car');
  const c = await connectCar(sys.mqttPort, car.vin, car.secret);
  await c.client.subscribeAsync(`csb/v1/vehicles/${car.vin}/down/result`, { qos: 1 });
  const results = collectResults(c.client);
  for (let i = 0; i < count; i++) {
    const messageId = `${prefix}${i.toString().padStart(5, '0')}`;
    c.client.publish(`csb/v1/vehicles/${car.vin}/up/booking-request`, bookingRequest(messageId), { qos: 1 });
  }
  return { client: c.client, ...results };
}

function tally(outcomes: Map<string, Outcome>) {
  const counts = { accepted: 0, unavailable: 0, tooMany: 0, other: 0 };
  for (const outcome of outcomes.values()) {
    if (outcome === 'accepted') counts.accepted += 1;
    else if (outcome === 'REJECTION_CODE_TEMPORARILY_UNAVAILABLE') counts.unavailable += 1;
    else if (outcome === 'REJECTION_CODE_TOO_MANY_OPEN_APPOINTMENTS') counts.tooMany += 1;
    else counts.other += 1;
  }
  return counts;
}

/** Every accepted request stored exactly once; nothing stored for a refused one. */
function expectStoredOnce(stored: Map<string, number>, outcomes: Map<string, Outcome>): void {
  for (const [messageId, outcome] of outcomes) {
    if (outcome === 'accepted') expect(stored.get(messageId), messageId).toBe(1);
    else expect(stored.has(messageId), messageId).toBe(false);
  }
  expect([...stored.values()].every((n) => n === 1)).toBe(true);
}

describe('overload: parking instead of a refusal storm', () => {
  it('parks a flooding car instead of refusing it: every request answered, none refused, each accepted stored once', {
    timeout: 90_000,
  }, async () => {
    const PARKED = 4_096;
    const N = 1_000;
    const sys = await startTestSystem({ ...SMALL_CORE, maxUplinksParked: PARKED }, CORE);
    const sampler = sampleParked(sys);
    try {
      const flooding = await flood(sys, 'park-', N);
      // A second car asks while the first one's requests are parked: it waits its turn, in order.
      await waitFor('requests parked', () => sampler.max() > 0, 30_000);
      const polite = await politeCar(sys, 5);
      await waitFor('every flooded request answered', () => flooding.outcomes.size === N, 60_000);
      await sampler.stop();
      const counts = tally(flooding.outcomes);
      console.log(`overload park: ${JSON.stringify({ ...counts, parkedMax: sampler.max() })}`);

      // Without parking, all but the ~10 the small core holds at once were refused.
      expect(counts.unavailable).toBe(0);
      expect(counts.other).toBe(0);
      expect(counts.accepted).toBeGreaterThan(0);
      expect(flooding.duplicates()).toBe(0);
      expect(sampler.max()).toBeGreaterThan(0);
      expect(sampler.max()).toBeLessThanOrEqual(PARKED);
      expect([...polite.values()]).toEqual(['accepted', 'accepted', 'accepted', 'accepted', 'accepted']);
      expect(await sys.gateway.metrics.connectionsPaused.get()).toMatchObject({ values: [{ value: 0 }] });
      expectStoredOnce(storedByNote(sys, 'park-'), flooding.outcomes);
      expect(flooding.client.connected).toBe(true);
      await flooding.client.endAsync();
    } finally {
      await sampler.stop();
      await sys.stop();
    }
  });

  it('refuses beyond a full parking, pauses that connection and reads it again: every request answered', {
    timeout: 90_000,
  }, async () => {
    const PARKED = 32;
    const N = 1_000;
    const sys = await startTestSystem({ ...SMALL_CORE, maxUplinksParked: PARKED }, CORE);
    const sampler = sampleParked(sys);
    try {
      const flooding = await flood(sys, 'pause-', N);
      await waitFor('requests parked', () => sampler.max() > 0, 30_000);
      const polite = await politeCar(sys, 5);
      // A paused connection that was never read again would leave most of these unanswered.
      await waitFor('every flooded request answered', () => flooding.outcomes.size === N, 60_000);
      await sampler.stop();
      const counts = tally(flooding.outcomes);
      const pausedTotal = (await sys.gateway.metrics.connectionsPaused.get()).values[0]?.value ?? 0;
      console.log(`overload pause: ${JSON.stringify({ ...counts, parkedMax: sampler.max(), pausedTotal })}`);

      expect(counts.unavailable).toBeGreaterThan(0);
      expect(pausedTotal).toBeGreaterThan(0);
      expect(counts.other).toBe(0);
      expect(counts.accepted + counts.tooMany).toBeGreaterThan(0);
      expect(sampler.max()).toBeLessThanOrEqual(PARKED);
      expect([...polite.values()]).toEqual(['accepted', 'accepted', 'accepted', 'accepted', 'accepted']);
      expectStoredOnce(storedByNote(sys, 'pause-'), flooding.outcomes);
      expect(flooding.client.connected).toBe(true);
      await flooding.client.endAsync();
    } finally {
      await sampler.stop();
      await sys.stop();
    }
  });
  it('drops the parked uplinks of a connection that closed, unprocessed, and serves the next car', {
    timeout: 90_000,
  }, async () => {
    const N = 1_000;
    const sys = await startTestSystem({ ...SMALL_CORE, maxUplinksParked: 4_096 }, CORE);
    const sampler = sampleParked(sys);
    try {
      const flooding = await flood(sys, 'gone-', N);
      await waitFor('requests parked', () => sampler.max() > 100, 30_000);
      // The car goes away without waiting: nothing it sent was acknowledged past this point.
      flooding.client.end(true);
      const pending = async () =>
        (await sys.gateway.metrics.uplinksPending.get()).values.reduce((sum, v) => sum + v.value, 0);
      for (let i = 0; i < 500 && (await pending()) > 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(await pending()).toBe(0);
      const dropped = await sys.gateway.metrics.uplinksDropped.get();
      const closed = dropped.values.find((v) => v.labels.reason === 'connection_closed')?.value ?? 0;
      const stored = storedByNote(sys, 'gone-');
      console.log(
        `overload gone: ${JSON.stringify({ closed, stored: stored.size, answered: flooding.outcomes.size })}`,
      );

      // Dropped before the core: far fewer stored than sent, none twice, every accepted one kept.
      expect(closed).toBeGreaterThan(0);
      expect(stored.size + closed).toBeLessThanOrEqual(N);
      for (const [messageId, outcome] of flooding.outcomes) {
        if (outcome === 'accepted') expect(stored.get(messageId), messageId).toBe(1);
      }
      expect([...stored.values()].every((n) => n === 1)).toBe(true);
      const polite = await politeCar(sys, 3);
      expect([...polite.values()]).toEqual(['accepted', 'accepted', 'accepted']);
    } finally {
      await sampler.stop();
      await sys.stop();
    }
  });
});

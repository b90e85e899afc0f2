/**
 * The downlink ledger's rules (pure) and its store operations on a real SQLite file and a real
 * PostgreSQL server: supersede, expiry, backoff, the per-car cap, per-VIN isolation of receipts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { CarMessage } from '../src/index.ts';
import {
  DEFAULT_REDELIVERY,
  downlinkPolicyOf,
  nextAttemptAt,
  redeliveryOnClock,
} from '../src/service/downlink-ledger.ts';
import { stopTestPostgres, TEST_STORES, withStoreOf } from './stores.ts';

afterAll(stopTestPostgres);

const dealer = {
  dealerId: 'd1',
  name: 'Workshop',
  phone: '+46 31 00 00 00',
  address: { street: 'Road 1', postalCode: '41101', city: 'Göteborg', countryCode: 'SE' },
  location: { latitude: 57.7, longitude: 11.97 },
};
const T = Date.UTC(2026, 4, 4, 8, 0, 0);
const VIN = 'YV1LEDGER00000001';
const OTHER = 'YV1LEDGER00000002';

const proposal = (appointmentId: string, proposalId: string, start: number): CarMessage => ({
  kind: 'proposal',
  appointmentId,
  proposalId,
  dealer,
  start,
  durationMinutes: 60,
  price: { currencyCode: 'SEK', amountMinor: 1000 },
});
const list = (generatedAt: number): CarMessage => ({
  kind: 'appointment-list',
  generatedAt,
  appointments: [],
});
const cancelled = (appointmentId: string): CarMessage => ({
  kind: 'appointment-cancelled',
  appointmentId,
  cancelledBy: 'dealer',
  reason: 'x',
});

let seq = 0;
const row = (vin: string, message: CarMessage, createdAt = T) => ({
  id: `dl-${++seq}`,
  vin,
  createdAt,
  message,
});

describe('ledger rules', () => {
  it('keys proposals per appointment, lists per car, and lets a cancellation close the proposal', () => {
    expect(downlinkPolicyOf(proposal('a1', 'p1', T)).supersedeKey).toBe('proposal:a1');
    expect(downlinkPolicyOf(list(T)).supersedeKey).toBe('appointment-list');
    expect(downlinkPolicyOf(list(T)).validUntil).toBeNull();
    expect(downlinkPolicyOf(cancelled('a1')).alsoSupersedes).toContain('proposal:a1');
    expect(
      downlinkPolicyOf({
        kind: 'reminder',
        appointmentId: 'a1',
        dealer,
        start: T + 5,
        reminderKind: 'day-of',
      }).validUntil,
    ).toBe(T + 5);
  });

  it('backs off exponentially from the base and caps at the maximum', () => {
    const policy = { baseMs: 1_000, maxMs: 5_000 };
    expect([1, 2, 3, 4, 5].map((n) => nextAttemptAt(0, n, policy))).toEqual([
      1_000, 2_000, 4_000, 5_000, 5_000,
    ]);
    expect(nextAttemptAt(T, 1, DEFAULT_REDELIVERY)).toBe(T + DEFAULT_REDELIVERY.baseMs);
    expect(nextAttemptAt(0, 10_000, policy)).toBe(5_000);
  });
});

describe('redelivery under an accelerated clock', () => {
  it('keeps the waits in wall time: the clock-ms policy is the wall policy times the speed', () => {
    const onClock = redeliveryOnClock(12_960);
    expect(onClock).toEqual({
      baseMs: DEFAULT_REDELIVERY.baseMs * 12_960,
      maxMs: DEFAULT_REDELIVERY.maxMs * 12_960,
    });
    // The first resend, 10 s of wall later, is 10 s x speed later on the booking clock.
    expect(nextAttemptAt(T, 1, onClock) - T).toBe(10_000 * 12_960);
    expect(redeliveryOnClock(1)).toEqual(DEFAULT_REDELIVERY);
    for (const speed of [0, -1, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => redeliveryOnClock(speed), String(speed)).toThrow(RangeError);
  });
});

describe.each(TEST_STORES)('ledger store on %s', (kind) => {
  const withStore = (work: Parameters<typeof withStoreOf>[1]) => withStoreOf(kind, work);

  it('supersedes older proposals of the same appointment and older lists, not other appointments', async () => {
    await withStore((store) =>
      store.transaction(async (s) => {
        await s.enqueueCarDownlinks([row(VIN, proposal('a1', 'p1', T + 1e9)), row(VIN, list(T))]);
        await s.enqueueCarDownlinks([row(VIN, proposal('a2', 'q1', T + 1e9))]);
        const result = await s.enqueueCarDownlinks([
          row(VIN, proposal('a1', 'p2', T + 1e9)),
          row(VIN, list(T + 1)),
        ]);
        expect(result.superseded).toBe(2);
        const states = (await s.listCarDownlinks(VIN)).map((d) => [d.message.kind, d.state]);
        expect(states).toEqual([
          ['proposal', 'superseded'],
          ['appointment-list', 'superseded'],
          ['proposal', 'queued'],
          ['proposal', 'queued'],
          ['appointment-list', 'queued'],
        ]);
        // A cancellation closes the open proposal of its appointment.
        await s.enqueueCarDownlinks([row(VIN, cancelled('a2'))]);
        expect((await s.listAppointmentDownlinks('a2')).map((d) => d.state)).toEqual([
          'superseded',
          'queued',
        ]);
      }),
    );
  });

  it('within one batch a later message supersedes an earlier one, per car, as written one by one', async () => {
    await withStore((store) =>
      store.transaction(async (s) => {
        await s.enqueueCarDownlinks([row(VIN, proposal('a1', 'p0', T + 1e9))]);
        const result = await s.enqueueCarDownlinks([
          row(VIN, proposal('a1', 'p1', T + 1e9), T + 1),
          row(VIN, list(T), T + 1),
          row(OTHER, list(T), T + 1),
          row(VIN, cancelled('a1'), T + 2),
          row(VIN, list(T), T + 2),
        ]);
        // p0 (stored) and p1 by the cancellation, the VIN's first list by its second: not OTHER's.
        expect(result.superseded).toBe(3);
        const views = await s.listCarDownlinks(VIN);
        expect(views.map((d) => [d.message.kind, d.state])).toEqual([
          ['proposal', 'superseded'],
          ['proposal', 'superseded'],
          ['appointment-list', 'superseded'],
          ['appointment-cancelled', 'queued'],
          ['appointment-list', 'queued'],
        ]);
        expect((await s.listCarDownlinks(OTHER)).map((d) => d.state)).toEqual(['queued']);
      }),
    );
  });

  it('moves only forward: a receipt for a row never marked sent still shows it sent once', async () => {
    await withStore((store) =>
      store.transaction(async (s) => {
        const message = row(VIN, proposal('a9', 'p9', T + 1e9));
        await s.enqueueCarDownlinks([message]);
        await s.markCarDownlinkDelivered(VIN, message.id, T + 500);
        expect((await s.listAppointmentDownlinks('a9'))[0]).toMatchObject({
          state: 'delivered',
          sentAt: T + 500,
          attempts: 1,
          deliveredAt: T + 500,
        });
        // A late "sent" mark of the same hand-over changes nothing of a delivered row (and
        // schedules nothing: it marked no row).
        expect(await s.markCarDownlinksSent([message.id], T + 600)).toBeNull();
        expect((await s.listAppointmentDownlinks('a9'))[0]).toMatchObject({
          state: 'delivered',
          sentAt: T + 500,
          attempts: 1,
        });
      }),
    );
  });

  it('expires what passed its validity, hands out due rows in order, and schedules the next attempt', async () => {
    await withStore((store) =>
      store.transaction(async (s) => {
        const stale = row(VIN, proposal('a1', 'p1', T + 1_000));
        const fresh = row(VIN, proposal('a2', 'p2', T + 1e9));
        await s.enqueueCarDownlinks([stale, fresh]);
        const due = await s.dueCarDownlinks(VIN, T + 2_000, 10);
        expect(due.map((d) => d.id)).toEqual([fresh.id]);
        expect((await s.listCarDownlinks(VIN)).map((d) => d.state)).toEqual(['expired', 'queued']);
        const policy = { baseMs: 1_000, maxMs: 60_000 };
        // The mark answers the next attempt time it wrote (the dispatcher arms its timer from it).
        expect(await s.markCarDownlinksSent([fresh.id], T + 2_000, policy)).toBe(T + 3_000);
        expect(await s.carDownlinkWakeAt(VIN)).toBe(T + 3_000);
        expect(await s.dueCarDownlinks(VIN, T + 2_999, 10)).toEqual([]);
        expect((await s.dueCarDownlinks(VIN, T + 3_000, 10)).map((d) => d.id)).toEqual([fresh.id]);
        expect(await s.markCarDownlinksSent([fresh.id], T + 3_000, policy)).toBe(T + 5_000);
        expect(await s.carDownlinkWakeAt(VIN)).toBe(T + 5_000);
        // Another car's receipt changes nothing; the own car's closes it.
        await s.markCarDownlinkDelivered(OTHER, fresh.id, T + 4_000);
        expect((await s.listAppointmentDownlinks('a2'))[0]).toMatchObject({
          state: 'sent',
          attempts: 2,
          sentAt: T + 2_000,
        });
        await s.markCarDownlinkDelivered(VIN, fresh.id, T + 4_000);
        expect((await s.listAppointmentDownlinks('a2'))[0]).toMatchObject({
          state: 'delivered',
          deliveredAt: T + 4_000,
        });
        expect(await s.carDownlinkWakeAt(VIN)).toBeNull();
        expect(await s.countOpenCarDownlinks()).toEqual({ queued: 0, sent: 0 });
      }),
    );
  });

  it('bounds the open messages per car: the oldest open ones expire, other cars untouched', async () => {
    await withStore((store) =>
      store.transaction(async (s) => {
        await s.enqueueCarDownlinks([row(OTHER, cancelled('b0'))], { maxOpenPerCar: 3 });
        const rows = Array.from({ length: 5 }, (_, i) => row(VIN, cancelled(`a${i}`)));
        const result = await s.enqueueCarDownlinks(rows, { maxOpenPerCar: 3 });
        expect(result.capped).toBe(2);
        expect((await s.listCarDownlinks(VIN)).map((d) => d.state)).toEqual([
          'expired',
          'expired',
          'queued',
          'queued',
          'queued',
        ]);
        expect((await s.listCarDownlinks(OTHER)).map((d) => d.state)).toEqual(['queued']);
      }),
    );
  });

  it('marks a batch sent in one call: each row one attempt more, its next attempt by the capped backoff', async () => {
    await withStore((store) =>
      store.transaction(async (s) => {
        const policy = { baseMs: 1_000, maxMs: 60_000 };
        const a = row(VIN, proposal('b1', 'p1', T + 1e12));
        const b = row(VIN, proposal('b2', 'p2', T + 1e12));
        await s.enqueueCarDownlinks([a, b]);
        await s.markCarDownlinksSent([a.id], T, policy); // a: one attempt ahead of b
        // Marked together from here on, far past the cap (2^6 s > 60 s) and past the exponent's clamp.
        for (let send = 1; send <= 35; send++) {
          const at = T + send * 1_000_000;
          await s.markCarDownlinksSent([a.id, b.id, a.id], at, policy);
          const views = await s.listCarDownlinks(VIN);
          expect(views.map((d) => d.state)).toEqual(['sent', 'sent']);
          const [viewA, viewB] = [
            (await s.listAppointmentDownlinks('b1'))[0],
            (await s.listAppointmentDownlinks('b2'))[0],
          ];
          expect(viewA).toMatchObject({ attempts: send + 1, sentAt: T });
          expect(viewB).toMatchObject({ attempts: send, sentAt: T + 1_000_000 });
          // The earliest next attempt of the car: b's, which has one attempt fewer.
          expect(await s.carDownlinkWakeAt(VIN)).toBe(
            Math.min(nextAttemptAt(at, send + 1, policy), nextAttemptAt(at, send, policy)),
          );
        }
        // A closed row is not marked again.
        await s.markCarDownlinkDelivered(VIN, a.id, T + 1e9);
        await s.markCarDownlinksSent([a.id], T + 2e9, policy);
        expect((await s.listAppointmentDownlinks('b1'))[0]).toMatchObject({
          state: 'delivered',
          attempts: 36,
        });
      }),
    );
  });

  it('deletes finished rows by when they finished, at most `limit` a call, never open ones', async () => {
    const DAY = 86_400_000;
    await withStore((store) =>
      store.transaction(async (s) => {
        // Five rows created at T: superseded at T, expired at T + 1 day, delivered 40 days later, open.
        const [old, late, open] = [
          row(VIN, list(T)),
          row(VIN, proposal('c1', 'p1', T + 1e12)),
          row(OTHER, list(T)),
        ];
        const superseding = row(VIN, list(T), T);
        const expiring = row(OTHER, proposal('c2', 'p2', T + DAY));
        await s.enqueueCarDownlinks([old, late, superseding, open, expiring]);
        await s.dueCarDownlinks(OTHER, T + DAY, 10); // expires `expiring`, closed at T + 1 day
        await s.markCarDownlinkDelivered(VIN, late.id, T + 40 * DAY);
        await s.markCarDownlinkDelivered(VIN, superseding.id, T);
        const states = async () =>
          Object.fromEntries(
            [...(await s.listCarDownlinks(VIN)), ...(await s.listCarDownlinks(OTHER))].map((d) => [
              d.id,
              d.state,
            ]),
          );
        expect(await states()).toEqual({
          [old.id]: 'superseded',
          [late.id]: 'delivered',
          [superseding.id]: 'delivered',
          [open.id]: 'queued',
          [expiring.id]: 'expired',
        });
        // Finished before T + 1 day: the superseded and the early delivered row, one per call here.
        expect(await s.deleteFinishedCarDownlinks(T + DAY, 1)).toBe(1);
        expect(await s.deleteFinishedCarDownlinks(T + DAY, 1)).toBe(1);
        expect(await s.deleteFinishedCarDownlinks(T + DAY, 1)).toBe(0);
        // The late delivery counts from its receipt, not from its creation.
        expect(await s.deleteFinishedCarDownlinks(T + 39 * DAY, 10)).toBe(1);
        expect(await states()).toEqual({ [late.id]: 'delivered', [open.id]: 'queued' });
        expect(await s.deleteFinishedCarDownlinks(T + 1000 * DAY, 10)).toBe(1);
        expect(await states()).toEqual({ [open.id]: 'queued' });
      }),
    );
  });
});

/**
 * The service over a real SQLite file: scenario 1 through the car channel and the dealer commands,
 * idempotency, routing rejections, the transactional outbox and restart durability.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CarMessage, DemoData } from '../src/index.ts';
import { seedDemoData } from '../src/index.ts';
import {
  bookingRequest,
  carMessage,
  oilWarning,
  openTestCore,
  proposalInput,
  type TestCore,
} from './support.ts';

let t: TestCore;
let demo: DemoData;

beforeEach(async () => {
  t = await openTestCore();
  demo = await seedDemoData(t.core);
});
afterEach(async () => {
  await t.remove();
});

function car(index: number) {
  const found = demo.cars[index];
  if (!found) throw new Error(`no demo car ${index}`);
  return found;
}

async function outboxKinds(vin: string): Promise<CarMessage['kind'][]> {
  return (await t.core.carDownlinks(vin)).map((d) => d.message.kind);
}

async function requestAppointment(vin: string): Promise<string> {
  const outcome = await t.core.handleCarMessage(carMessage(vin, bookingRequest(oilWarning)));
  if (!outcome.ok || !outcome.appointmentId) throw new Error(`request refused: ${JSON.stringify(outcome)}`);
  return outcome.appointmentId;
}

function value<T>(result: { ok: true; value: T } | { ok: false; error: { code: string } }): T {
  if (!result.ok) throw new Error(`refused: ${result.error.code}`);
  return result.value;
}

describe('scenario 1 through the car channel and the dealer commands', () => {
  it('runs request -> propose -> another slot -> propose -> accept -> confirm -> finalize', async () => {
    const { vin, dealerId } = car(0);
    if (!dealerId) throw new Error('car 0 has a dealer');
    const queued: number[] = [];
    t.core.onCarDownlinksQueued(() => queued.push(t.clock.now()));

    const appointmentId = await requestAppointment(vin);
    const requested = value(await t.core.getAppointment(dealerId, appointmentId));
    expect(requested).toMatchObject({ status: 'requested', list: 'actions', origin: 'car' });
    expect(requested.flags).toEqual({ customerRequested: true, warningsActive: true, connectedCar: true });
    expect(requested.healthStatus).toEqual(oilWarning);
    expect(await outboxKinds(vin)).toEqual(['appointment-list']);
    expect(queued).toHaveLength(1);

    t.clock.advance(60_000);
    const first = value(await t.core.propose(dealerId, appointmentId, proposalInput));
    expect(first).toMatchObject({ status: 'proposed', list: 'pending', start: proposalInput.start });
    const firstId = first.currentProposal?.proposalId ?? '';
    expect(await outboxKinds(vin)).toEqual(['appointment-list', 'proposal', 'appointment-list']);

    // The customer asks for another slot: back to Requested in Actions with the new wishes.
    const wishes = [
      { earliest: proposalInput.start + 86_400_000, latest: proposalInput.start + 2 * 86_400_000 },
    ];
    const another = await t.core.handleCarMessage(
      carMessage(vin, {
        kind: 'proposal-response',
        appointmentId,
        proposalId: firstId,
        answer: { kind: 'another-slot', preferredWindows: wishes, note: 'Thursday works better' },
      }),
    );
    expect(another).toEqual({ ok: true, appointmentId });
    expect(value(await t.core.getAppointment(dealerId, appointmentId))).toMatchObject({
      status: 'requested',
      list: 'actions',
      preferredWindows: wishes,
      customerNote: 'Thursday works better',
      currentProposal: null,
    });

    const second = value(
      await t.core.propose(dealerId, appointmentId, { ...proposalInput, start: wishes[0]?.earliest ?? 0 }),
    );
    const secondId = second.currentProposal?.proposalId ?? '';
    expect(secondId).not.toBe(firstId);

    // An answer to the first proposal is refused now; the second is accepted.
    const stale = await t.core.handleCarMessage(
      carMessage(vin, {
        kind: 'proposal-response',
        appointmentId,
        proposalId: firstId,
        answer: { kind: 'accept' },
      }),
    );
    expect(stale).toMatchObject({ ok: false, code: 'PROPOSAL_SUPERSEDED', retryable: false });
    const accepted = await t.core.handleCarMessage(
      carMessage(vin, {
        kind: 'proposal-response',
        appointmentId,
        proposalId: secondId,
        answer: { kind: 'accept' },
      }),
    );
    expect(accepted).toEqual({ ok: true, appointmentId });
    expect(value(await t.core.getAppointment(dealerId, appointmentId))).toMatchObject({
      status: 'accepted',
      list: 'actions',
    });

    expect(value(await t.core.confirm(dealerId, appointmentId))).toMatchObject({
      status: 'confirmed',
      list: 'planned',
    });
    const closed = value(await t.core.finalize(dealerId, appointmentId));
    expect(closed).toMatchObject({ status: 'closed', list: null });
    expect(closed.history.map((h) => [h.command, h.status, h.actor.kind])).toEqual([
      ['request', 'requested', 'car'],
      ['propose', 'proposed', 'dealer'],
      ['ask-another-slot', 'requested', 'car'],
      ['propose', 'proposed', 'dealer'],
      ['accept', 'accepted', 'car'],
      ['confirm', 'confirmed', 'dealer'],
      ['finalize', 'closed', 'dealer'],
    ]);
    expect(closed.version).toBe(7);
    for (const list of ['actions', 'pending', 'planned'] as const) {
      expect((await t.core.listAppointments(dealerId, list)).map((a) => a.appointmentId)).not.toContain(
        appointmentId,
      );
    }
  });

  it('writes exactly the car messages each transition calls for', async () => {
    const { vin, dealerId } = car(0);
    if (!dealerId) throw new Error('car 0 has a dealer');
    const appointmentId = await requestAppointment(vin);
    const seen = async () => (await t.core.carDownlinks(vin)).length;

    const step = async (action: () => Promise<unknown>): Promise<CarMessage[]> => {
      const before = await seen();
      await action();
      return (await t.core.carDownlinks(vin)).slice(before).map((d) => d.message);
    };

    const proposed = await step(() => t.core.propose(dealerId, appointmentId, proposalInput));
    expect(proposed.map((m) => m.kind)).toEqual(['proposal', 'appointment-list']);
    const proposal = proposed[0];
    if (proposal?.kind !== 'proposal') throw new Error('expected a proposal first');
    // Time and price only: the work description never goes to the car.
    expect(proposal).toMatchObject({
      start: proposalInput.start,
      durationMinutes: 90,
      price: proposalInput.price,
    });
    expect(JSON.stringify(proposed)).not.toContain('cylinder');
    expect(proposal.dealer).toMatchObject({ dealerId, name: 'Göteborg Bil AB' });

    const accepted = await step(() =>
      t.core.handleCarMessage(
        carMessage(vin, {
          kind: 'proposal-response',
          appointmentId,
          proposalId: proposal.proposalId,
          answer: { kind: 'accept' },
        }),
      ),
    );
    expect(accepted.map((m) => m.kind)).toEqual(['confirmation', 'appointment-list']);
    expect(accepted[0]).toMatchObject({ status: 'accepted', start: proposalInput.start });

    // [ST-7]: confirming sends nothing new to the customer; the list is a silent sync.
    const confirmed = await step(() => t.core.confirm(dealerId, appointmentId));
    expect(confirmed.map((m) => m.kind)).toEqual(['appointment-list']);
    expect(confirmed[0]).toMatchObject({
      appointments: [{ appointmentId, status: 'confirmed', start: proposalInput.start }],
    });

    const finalized = await step(() => t.core.finalize(dealerId, appointmentId));
    expect(finalized).toEqual([{ kind: 'appointment-list', generatedAt: t.clock.now(), appointments: [] }]);

    // Older appointment lists and the answered proposal's predecessors are superseded in the
    // downlink ledger: only the rows still queued are handed out.
    const pending = await t.core.pendingCarDownlinks(100);
    const queued = (await t.core.carDownlinks(vin)).filter((d) => d.state === 'queued');
    expect(pending.map((d) => d.message.kind)).toEqual(queued.map((d) => d.message.kind));
    expect(queued.filter((d) => d.message.kind === 'appointment-list')).toHaveLength(1);
  });

  it('cancels by customer (then finalize closes) and by dealer (no list)', async () => {
    const { vin, dealerId } = car(0);
    if (!dealerId) throw new Error('car 0 has a dealer');
    const byCustomer = await requestAppointment(vin);
    value(await t.core.propose(dealerId, byCustomer, proposalInput));
    const before = (await t.core.carDownlinks(vin)).length;
    const cancelled = await t.core.handleCarMessage(
      carMessage(vin, { kind: 'cancellation', appointmentId: byCustomer, reason: 'sold the car' }),
    );
    expect(cancelled).toEqual({ ok: true, appointmentId: byCustomer });
    const messages = (await t.core.carDownlinks(vin)).slice(before).map((d) => d.message);
    expect(messages.map((m) => m.kind)).toEqual(['appointment-cancelled', 'appointment-list']);
    expect(messages[0]).toMatchObject({ cancelledBy: 'customer', reason: 'sold the car' });
    expect(
      (await t.core.listAppointments(dealerId, 'actions')).map((a) => [a.appointmentId, a.status]),
    ).toContainEqual([byCustomer, 'cancelled-by-customer']);
    expect(value(await t.core.finalize(dealerId, byCustomer))).toMatchObject({
      status: 'closed',
      list: null,
    });

    const byDealer = await requestAppointment(vin);
    value(await t.core.propose(dealerId, byDealer, proposalInput));
    const dealerCancelled = value(await t.core.cancel(dealerId, byDealer, 'workshop closed that week'));
    expect(dealerCancelled).toMatchObject({ status: 'cancelled-by-dealer', list: null });
    const last = (await t.core.carDownlinks(vin)).slice(-2).map((d) => d.message);
    expect(last[0]).toMatchObject({
      kind: 'appointment-cancelled',
      cancelledBy: 'dealer',
      appointmentId: byDealer,
    });

    // Nothing follows a dealer cancellation: a typed refusal naming the status and the command.
    const refused = await t.core.finalize(dealerId, byDealer);
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'BOOKING_INVALID_TRANSITION',
        extensions: { appointmentStatus: 'cancelled-by-dealer', command: 'finalize' },
      },
    });
  });
});

describe('car messages', () => {
  it('applies a repeated (vin, messageId) once and answers it with the stored outcome', async () => {
    const { vin, dealerId } = car(0);
    if (!dealerId) throw new Error('car 0 has a dealer');
    const message = carMessage(vin, bookingRequest());
    const first = await t.core.handleCarMessage(message);
    const downlinks = (await t.core.carDownlinks(vin)).length;
    const second = await t.core.handleCarMessage({ ...message, sentAt: message.sentAt + 5_000 });
    expect(second).toEqual(first);
    expect(await t.core.listAppointments(dealerId)).toHaveLength(1);
    expect(await t.core.carDownlinks(vin)).toHaveLength(downlinks);
    // The same message id from another car is another message.
    const other = await t.core.handleCarMessage({ ...message, vin: car(1).vin });
    expect(other.ok && other.appointmentId).not.toBe(first.ok && first.appointmentId);
  });

  it('applies the same message once even when its copies arrive at the same time', async () => {
    const message = carMessage(car(0).vin, bookingRequest());
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => t.core.handleCarMessage(message)));
    expect(new Set(outcomes.map((o) => JSON.stringify(o))).size).toBe(1);
    expect(await t.core.listAppointments('dealer-gbg')).toHaveLength(1);
  });

  it('refuses a request when the driver has no preferred dealer, and remembers the refusal', async () => {
    const orphan = demo.cars.find((c) => c.dealerId === null && c.connected);
    if (!orphan) throw new Error('demo data has a car without a preferred dealer');
    const message = carMessage(orphan.vin, bookingRequest());
    const outcome = await t.core.handleCarMessage(message);
    expect(outcome).toMatchObject({ ok: false, code: 'NO_PREFERRED_DEALER', retryable: false });
    expect(await t.core.handleCarMessage(message)).toEqual(outcome);
    expect(await t.core.carDownlinks(orphan.vin)).toEqual([]);
  });

  it('refuses a request from a car without a primary driver', async () => {
    const created = await t.core.createVehicles([
      { vin: 'YV1NDRVR000000001', model: 'EX30', modelYear: 2025, connected: true },
    ]);
    expect(created.ok).toBe(true);
    const outcome = await t.core.handleCarMessage(carMessage('YV1NDRVR000000001', bookingRequest()));
    expect(outcome).toMatchObject({ ok: false, code: 'NO_PRIMARY_DRIVER', retryable: false });
  });

  it("refuses to touch another car's appointment as if it did not exist", async () => {
    const appointmentId = await requestAppointment(car(0).vin);
    const outcome = await t.core.handleCarMessage(
      carMessage(car(1).vin, { kind: 'cancellation', appointmentId, reason: 'not mine' }),
    );
    expect(outcome).toMatchObject({ ok: false, code: 'APPOINTMENT_NOT_FOUND' });
    const invalid = await t.core.handleCarMessage(
      carMessage(car(0).vin, {
        kind: 'proposal-response',
        appointmentId,
        proposalId: 'x',
        answer: { kind: 'accept' },
      }),
    );
    expect(invalid).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
  });

  it('stores "Send car data" uploads without creating an appointment, newest capture first', async () => {
    const { vin, dealerId } = car(0);
    if (!dealerId) throw new Error('car 0 has a dealer');
    const newer = { ...oilWarning, capturedAt: oilWarning.capturedAt + 3_600_000, odometerKm: 48_300 };
    // The newer snapshot arrives first: ordering is by capture time, not arrival.
    expect(
      await t.core.handleCarMessage(carMessage(vin, { kind: 'health-status-upload', healthStatus: newer })),
    ).toEqual({
      ok: true,
    });
    expect(
      await t.core.handleCarMessage(
        carMessage(vin, { kind: 'health-status-upload', healthStatus: oilWarning }),
      ),
    ).toEqual({ ok: true });
    expect(await t.core.listAppointments(dealerId)).toEqual([]);
    expect(await t.core.carDownlinks(vin)).toEqual([]);
    const latest = value(await t.core.healthStatuses('dealer-lyon', vin));
    expect(latest.map((r) => r.healthStatus.odometerKm)).toEqual([48_300]);
    const all = value(await t.core.healthStatuses('dealer-lyon', vin, { all: true }));
    expect(all.map((r) => r.healthStatus.odometerKm)).toEqual([48_300, 48_210]);
    expect(await t.core.handleCarMessage(carMessage(vin, { kind: 'engine-start', startedAt: 1 }))).toEqual({
      ok: true,
    });
  });

  it('refuses MQTT access to a car without cloud connection, whatever its secret', async () => {
    const offline = demo.cars.find((c) => !c.connected);
    if (!offline) throw new Error('demo data has a car without connection');
    expect(await t.core.authenticateCar(offline.vin, offline.secret)).toBe(false);
  });
});

describe('outbox', () => {
  it('hands out queued rows oldest first and marks them sent and delivered, per VIN only', async () => {
    const a = car(0).vin;
    const b = car(1).vin;
    await requestAppointment(a);
    t.clock.advance(1_000);
    await requestAppointment(b);
    const pending = await t.core.pendingCarDownlinks(10);
    expect(pending.map((d) => d.vin)).toEqual([a, b]);
    const [rowA, rowB] = pending;
    if (!rowA || !rowB) throw new Error('two rows');
    expect(await t.core.pendingCarDownlinks(1)).toEqual([rowA]);

    await t.core.markCarDownlinksSent([rowA.id, rowB.id], t.clock.now());
    expect(await t.core.pendingCarDownlinks(10)).toEqual([]);

    // Car B sends a receipt for car A's downlink id: nothing changes.
    await t.core.recordCarDelivery(b, rowA.id, t.clock.now());
    expect((await t.core.carDownlinks(a))[0]?.state).toBe('sent');
    await t.core.recordCarDelivery(a, rowA.id, t.clock.now());
    expect((await t.core.carDownlinks(a))[0]?.state).toBe('delivered');
    // A late "sent" does not undo a delivery; unknown ids are ignored.
    await t.core.markCarDownlinksSent([rowA.id], t.clock.now());
    expect((await t.core.carDownlinks(a))[0]?.state).toBe('delivered');
    await t.core.recordCarDelivery(a, 'no-such-id', t.clock.now());
  });
});

describe('durability and credentials', () => {
  it('finds an acknowledged request after close and reopen, and the repeat still answers the same', async () => {
    const message = carMessage(car(0).vin, bookingRequest(oilWarning));
    const outcome = await t.core.handleCarMessage(message);
    if (!outcome.ok || !outcome.appointmentId) throw new Error('accepted');
    const core = await t.reopen();
    expect(value(await core.getAppointment('dealer-gbg', outcome.appointmentId))).toMatchObject({
      status: 'requested',
      healthStatus: oilWarning,
    });
    expect(await core.handleCarMessage(message)).toEqual(outcome);
    expect(await seedDemoData(core)).toEqual(demo);
  });

  it('authenticates cars by scrypt hash and dealers by key', async () => {
    const { vin, secret } = car(0);
    expect(await t.core.authenticateCar(vin, secret)).toBe(true);
    expect(await t.core.authenticateCar(vin, `${secret}x`)).toBe(false);
    expect(await t.core.authenticateCar('YV1UNKNWN00000000', secret)).toBe(false);
    expect(await t.core.authenticateDealer('demo-key-dealer-gbg')).toBe('dealer-gbg');
    expect(await t.core.authenticateDealer('demo-key-dealer-gbg ')).toBeNull();
  });

  it('keeps dealers apart: another dealer sees nothing and cannot act', async () => {
    const appointmentId = await requestAppointment(car(0).vin);
    expect(await t.core.listAppointments('dealer-lyon')).toEqual([]);
    expect(await t.core.getAppointment('dealer-lyon', appointmentId)).toMatchObject({
      ok: false,
      error: { code: 'BOOKING_NOT_FOUND' },
    });
    expect(await t.core.propose('dealer-lyon', appointmentId, proposalInput)).toMatchObject({
      ok: false,
      error: { code: 'BOOKING_NOT_FOUND' },
    });
  });
});

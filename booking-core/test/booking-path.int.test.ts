/**
 * The booking path's bounds over a real SQLite file: the car's "My appointments" built from its
 * open appointments only (migration 007's narrow columns), the open-appointment bound per vehicle,
 * and every message id remembered with its first outcome, refusals included.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BookingCore, CarMessage } from '../src/index.ts';
import { openBookingCore, seedDemoData } from '../src/index.ts';
import { undoLedgerIndexMigration, undoMigrationsAfter007 } from './migration-undo.ts';
import { bookingRequest, carMessage, oilWarning, proposalInput, TestClock } from './support.ts';

const VIN = 'YV1DEMCAR00000001'; // demo car of customer-anna, preferred dealer dealer-gbg, connected
const CUSTOMER = 'customer-anna';
const BOUND = 3;

let dir: string;
let path: string;
let clock: TestClock;
let core: BookingCore;

async function open(): Promise<BookingCore> {
  return openBookingCore({ databasePath: path, clock, maxOpenAppointmentsPerVehicle: BOUND });
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'csb-booking-path-'));
  path = join(dir, 'csb.sqlite');
  clock = new TestClock();
  core = await open();
  await seedDemoData(core);
});
afterEach(async () => {
  await core.close();
  rmSync(dir, { recursive: true, force: true });
});

async function book(messageId?: string) {
  return core.handleCarMessage(carMessage(VIN, bookingRequest(oilWarning), messageId));
}

async function bookOk(): Promise<string> {
  const outcome = await book();
  if (!outcome.ok || !outcome.appointmentId) throw new Error(`refused: ${JSON.stringify(outcome)}`);
  return outcome.appointmentId;
}

async function cancel(appointmentId: string) {
  const outcome = await core.handleCarMessage(
    carMessage(VIN, { kind: 'cancellation', appointmentId, reason: 'changed my mind' }),
  );
  expect(outcome).toEqual({ ok: true, appointmentId });
}

/** The newest appointment list written for the car. */
async function latestList(): Promise<Extract<CarMessage, { kind: 'appointment-list' }>> {
  const lists = (await core.carDownlinks(VIN))
    .map((d) => d.message)
    .filter((m): m is Extract<CarMessage, { kind: 'appointment-list' }> => m.kind === 'appointment-list');
  const last = lists.at(-1);
  if (!last) throw new Error('no appointment list');
  return last;
}

describe('the car appointment list', () => {
  it('holds the open appointments only, in request order, with proposal and pre-booking times', async () => {
    for (let i = 0; i < 5; i++) await cancel(await bookOk());
    const requested = await bookOk();
    clock.advance(1000);
    const proposed = await bookOk();
    const shown = (await core.propose('dealer-gbg', proposed, proposalInput)).ok;
    expect(shown).toBe(true);
    clock.advance(1000);
    const pre = await core.createPreBooking('dealer-gbg', {
      vin: VIN,
      start: proposalInput.start + 86_400_000,
      durationMinutes: 60,
      workDescription: 'Yearly service',
      price: { currencyCode: 'SEK', amountMinor: 199_000 },
    });
    if (!pre.ok) throw new Error(JSON.stringify(pre.error));
    const list = await latestList();
    expect(list.appointments.map((a) => [a.appointmentId, a.status])).toEqual([
      [requested, 'requested'],
      [proposed, 'proposed'],
      [pre.value.appointmentId, 'pre-booked'],
    ]);
    const [first, second, third] = list.appointments;
    expect(first?.start).toBeUndefined();
    expect(second).toMatchObject({
      start: proposalInput.start,
      durationMinutes: proposalInput.durationMinutes,
      price: proposalInput.price,
    });
    expect(second?.proposalId).toMatch(/.+/);
    expect(third).toMatchObject({
      start: proposalInput.start + 86_400_000,
      durationMinutes: 60,
      price: { currencyCode: 'SEK', amountMinor: 199_000 },
    });
    expect(first?.dealer.dealerId).toBe('dealer-gbg');
    // Never the work description (time and price only).
    expect(JSON.stringify(list)).not.toContain('Yearly service');
  });

  it('shows a pre-booking stored before migration 007 (its column filled from the stored document)', async () => {
    const pre = await core.createPreBooking('dealer-gbg', {
      vin: VIN,
      start: proposalInput.start,
      durationMinutes: 45,
      workDescription: 'Tyre change',
    });
    if (!pre.ok) throw new Error(JSON.stringify(pre.error));
    await core.close();
    const raw = new DatabaseSync(path);
    try {
      undoLedgerIndexMigration(raw);
      raw.exec('DROP INDEX appointments_vin_status');
      raw.exec('CREATE INDEX appointments_vin ON appointments (vin)');
      raw.exec('ALTER TABLE appointments DROP COLUMN pre_booking_json');
      raw.prepare('DELETE FROM kysely_migration WHERE name = ?').run('007_vehicle_list_columns');
      // And before 008, 009 and 010, which come after it (kysely runs migrations in order only).
      undoMigrationsAfter007(raw);
    } finally {
      raw.close();
    }
    core = await open();
    await bookOk();
    const shownPre = (await latestList()).appointments.find(
      (a) => a.appointmentId === pre.value.appointmentId,
    );
    expect(shownPre).toMatchObject({ status: 'pre-booked', start: proposalInput.start, durationMinutes: 45 });
  });
});

describe('open appointments per vehicle', () => {
  it('refuses a booking request beyond the bound with TOO_MANY_OPEN_APPOINTMENTS, and takes one again after a cancellation', async () => {
    const open: string[] = [];
    for (let i = 0; i < BOUND; i++) open.push(await bookOk());
    const refused = await book();
    expect(refused).toMatchObject({ ok: false, code: 'TOO_MANY_OPEN_APPOINTMENTS', retryable: false });
    expect((await latestList()).appointments).toHaveLength(BOUND);
    await cancel(open[0] as string);
    expect((await book()).ok).toBe(true);
  });

  it('refuses a website request beyond the bound with VEHICLE_TOO_MANY_OPEN_APPOINTMENTS', async () => {
    for (let i = 0; i < BOUND; i++) await bookOk();
    const refused = await core.createWebsiteRequest(CUSTOMER, {
      vin: VIN,
      note: 'Strange noise',
      preferredWindows: [{ earliest: proposalInput.start, latest: proposalInput.start + 86_400_000 }],
      odometerKm: 50_000,
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('VEHICLE_TOO_MANY_OPEN_APPOINTMENTS');
  });

  it('does not refuse a dealer pre-booking, and the list stays within its cap', async () => {
    for (let i = 0; i < BOUND; i++) await bookOk();
    const pre = await core.createPreBooking('dealer-gbg', {
      vin: VIN,
      start: proposalInput.start,
      durationMinutes: 60,
      workDescription: 'Yearly service',
    });
    expect(pre.ok).toBe(true);
    expect((await latestList()).appointments).toHaveLength(BOUND + 1);
  });
});

describe('message ids', () => {
  it('remember a refusal the gateway decided: the same id resent, now valid, gets the refusal again and changes nothing', async () => {
    const first = await core.rememberCarRejection(VIN, 'consentless-1', {
      code: 'CONSENT_MISSING',
      message: 'consent.granted: must be true',
    });
    expect(first).toEqual({
      ok: false,
      code: 'CONSENT_MISSING',
      message: 'consent.granted: must be true',
      retryable: false,
    });
    const resent = await book('consentless-1');
    expect(resent).toEqual(first);
    expect(await core.carDownlinks(VIN)).toEqual([]);
    // A new id is a new request.
    expect((await book('consentless-2')).ok).toBe(true);
  });

  it('keep the first outcome: a refusal reported for an id already accepted answers the acceptance', async () => {
    const accepted = await book('accepted-id-1');
    expect(accepted.ok).toBe(true);
    const again = await core.rememberCarRejection(VIN, 'accepted-id-1', {
      code: 'INVALID_MESSAGE',
      message: 'sent_at: required',
    });
    expect(again).toEqual(accepted);
  });

  it('are per car: the same id of another car is its own', async () => {
    await core.rememberCarRejection(VIN, 'shared-id-1', { code: 'UNKNOWN_BODY', message: 'no body' });
    const other = await core.handleCarMessage(
      carMessage('YV1DEMCAR00000002', bookingRequest(oilWarning), 'shared-id-1'),
    );
    expect(other.ok).toBe(true);
  });
});

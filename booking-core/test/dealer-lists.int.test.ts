/**
 * The dealer lists (benchmark 7): one narrow query with the vehicle and customer joined, the list's
 * own serializer, and rendered lists reused by the dealer's list generation. Each list must show
 * exactly what the appointment's details say, in the same order, and never an older state.
 */
import { DatabaseSync } from 'node:sqlite';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { appointmentSummarySchema } from '../src/http/schemas.ts';
import type { AppointmentList, AppointmentSummary, DemoData } from '../src/index.ts';
import { buildHttpApp, openBookingCore, seedDemoData } from '../src/index.ts';
import { undoLedgerIndexMigration, undoMigrationsAfter007 } from './migration-undo.ts';
import {
  bookingRequest,
  carMessage,
  oilWarning,
  openTestCore,
  proposalInput,
  type TestCore,
} from './support.ts';

const GBG = { authorization: 'Bearer demo-key-dealer-gbg' };
const LYON = { authorization: 'Bearer demo-key-dealer-lyon' };
const DAY = 86_400_000;
const listBody = z.object({ items: z.array(appointmentSummarySchema) });

let t: TestCore;
let demo: DemoData;
let app: FastifyInstance;

beforeEach(async () => {
  t = await openTestCore();
  demo = await seedDemoData(t.core);
  app = buildHttpApp(t.core, { logger: pino({ level: 'silent' }) });
  await app.ready();
});
afterEach(async () => {
  await app.close();
  await t.remove();
});

function gbgCar() {
  const car = demo.cars.find((c) => c.dealerId === 'dealer-gbg' && c.connected);
  if (!car) throw new Error('no connected demo car of dealer-gbg');
  return car;
}

async function request(vin: string, withWarning: boolean): Promise<string> {
  const outcome = await t.core.handleCarMessage(
    carMessage(vin, bookingRequest(withWarning ? oilWarning : undefined)),
  );
  if (!outcome.ok || !outcome.appointmentId) throw new Error(`request refused: ${JSON.stringify(outcome)}`);
  return outcome.appointmentId;
}

function ok<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

/** The summary fields of an appointment's details: what every list row must show. */
async function expectedSummary(dealerId: string, appointmentId: string): Promise<AppointmentSummary> {
  const d = ok(await t.core.getAppointment(dealerId, appointmentId));
  const summary: AppointmentSummary = {
    appointmentId: d.appointmentId,
    status: d.status,
    list: d.list,
    flags: d.flags,
    attention: d.attention,
    vehicle: d.vehicle,
    customer: d.customer,
    requestedAt: d.requestedAt,
    updatedAt: d.updatedAt,
  };
  if (d.start !== undefined) summary.start = d.start;
  return summary;
}

async function getList(headers: Record<string, string>, list?: AppointmentList) {
  const response = await app.inject({
    method: 'GET',
    url: `/dealer/v1/appointments${list ? `?list=${list}` : ''}`,
    headers,
  });
  expect(response.statusCode).toBe(200);
  expect(String(response.headers['content-type'])).toBe('application/json; charset=utf-8');
  return response;
}

describe('migration 005', () => {
  it('fills the list columns of appointments written before it', async () => {
    const { vin } = gbgCar();
    const warned = await request(vin, true);
    const proposed = await request(vin, false);
    ok(await t.core.propose('dealer-gbg', proposed, proposalInput));
    const before = await t.core.listAppointments('dealer-gbg');
    await t.core.close();
    // Back to the schema before 005, with its columns, table and triggers gone (and before 006, 007).
    const raw = new DatabaseSync(t.path);
    try {
      undoLedgerIndexMigration(raw);
      for (const trigger of raw
        .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_list_%'")
        .all()) {
        raw.exec(`DROP TRIGGER ${String(trigger.name)}`);
      }
      raw.exec('DROP TABLE list_generations');
      for (const column of [
        'warnings_active',
        'awaiting_follow_up_since',
        'service_level_breached_at',
        'proposal_start',
      ]) {
        raw.exec(`ALTER TABLE appointments DROP COLUMN ${column}`);
      }
      raw.prepare('DELETE FROM kysely_migration WHERE name = ?').run('005_appointment_list_columns');
      // And before 006, which comes after it (kysely runs migrations in order only).
      raw.exec('DROP INDEX car_outbox_vin_state_valid_until');
      raw.exec('CREATE INDEX car_outbox_vin ON car_outbox (vin)');
      raw.prepare('DELETE FROM kysely_migration WHERE name = ?').run('006_car_outbox_per_car_indexes');
      // And before 008, 009 and 010, which come after it (kysely runs migrations in order only).
      undoMigrationsAfter007(raw);
      // And before 007.
      raw.exec('DROP INDEX appointments_vin_status');
      raw.exec('CREATE INDEX appointments_vin ON appointments (vin)');
      raw.exec('ALTER TABLE appointments DROP COLUMN pre_booking_json');
      raw.prepare('DELETE FROM kysely_migration WHERE name = ?').run('007_vehicle_list_columns');
    } finally {
      raw.close();
    }
    t.core = await openBookingCore({ databasePath: t.path, clock: t.clock });
    const after = await t.core.listAppointments('dealer-gbg');
    expect(after).toEqual(before);
    expect(after.find((a) => a.appointmentId === warned)?.flags.warningsActive).toBe(true);
    expect(after.find((a) => a.appointmentId === proposed)?.start).toBe(proposalInput.start);
  });
});

describe('dealer lists', () => {
  it('show each appointment as its details do, in every list, in order, byte for byte as documented', async () => {
    const { vin } = gbgCar();
    const requested = await request(vin, true);
    const proposed = await request(vin, false);
    const followUp = await request(vin, false);
    const confirmed = await request(vin, true);
    const closed = await request(vin, false);
    const inquired = await request(vin, false);
    ok(await t.core.propose('dealer-gbg', followUp, proposalInput));
    t.clock.advance(5 * DAY);
    // Pending timeout (4 days) for the proposal, service level (2 working days) for the request.
    await t.core.runDueWork();
    // Five days on, a proposal must start after the new now (the core refuses past starts).
    const later = { ...proposalInput, start: t.clock.now() + 3 * DAY };
    ok(await t.core.propose('dealer-gbg', proposed, later));
    const accepted = ok(await t.core.propose('dealer-gbg', confirmed, later));
    const proposalId = accepted.currentProposal?.proposalId ?? '';
    const answer = await t.core.handleCarMessage(
      carMessage(vin, {
        kind: 'proposal-response',
        appointmentId: confirmed,
        proposalId,
        answer: { kind: 'accept' },
      }),
    );
    expect(answer.ok).toBe(true);
    ok(await t.core.confirm('dealer-gbg', confirmed));
    ok(await t.core.cancel('dealer-gbg', closed, 'customer called'));
    ok(await t.core.inquire('dealer-gbg', inquired, 'Which tyres?'));

    const all = [requested, proposed, followUp, confirmed, closed, inquired];
    const expected = await Promise.all(all.map((id) => expectedSummary('dealer-gbg', id)));
    expected.sort((a, b) => b.updatedAt - a.updatedAt || (a.appointmentId < b.appointmentId ? -1 : 1));
    // The states this test means to cover.
    const byId = new Map(expected.map((s) => [s.appointmentId, s]));
    expect(byId.get(requested)).toMatchObject({
      list: 'actions',
      flags: { warningsActive: true },
      attention: { serviceLevelBreached: true },
    });
    expect(byId.get(followUp)).toMatchObject({ list: 'actions', attention: { awaitingFollowUp: true } });
    expect(byId.get(proposed)).toMatchObject({ list: 'pending' });
    expect(byId.get(inquired)).toMatchObject({ status: 'inquired', list: 'pending' });
    expect(byId.get(confirmed)).toMatchObject({ list: 'planned', start: later.start });
    expect(byId.get(closed)).toMatchObject({ list: null });

    for (const list of [undefined, 'actions', 'pending', 'planned'] as const) {
      const want = expected.filter((s) => list === undefined || s.list === list);
      expect(await t.core.listAppointments('dealer-gbg', list)).toEqual(want);
      const response = await getList(GBG, list);
      const body = listBody.parse(response.json());
      expect(body.items.map((i) => i.appointmentId)).toEqual(want.map((s) => s.appointmentId));
      // What the zod serializer wrote before: the same keys, order and values.
      expect(response.body).toBe(JSON.stringify(body));
      // Served twice from the same generation: the same bytes.
      expect((await getList(GBG, list)).body).toBe(response.body);
    }
  });

  it('dates a pre-booking in the Planned list by its start', async () => {
    const { vin } = gbgCar();
    const start = t.clock.now() + 10 * DAY;
    const pre = ok(
      await t.core.createPreBooking('dealer-gbg', {
        vin,
        start,
        durationMinutes: 60,
        workDescription: 'Annual service',
      }),
    );
    const planned = await t.core.listAppointments('dealer-gbg', 'planned');
    expect(planned.find((s) => s.appointmentId === pre.appointmentId)).toMatchObject({
      status: 'pre-booked',
      start,
    });
    const body = listBody.parse((await getList(GBG, 'planned')).json());
    expect(body.items.find((s) => s.appointmentId === pre.appointmentId)?.start).toBe(
      new Date(start).toISOString(),
    );
  });

  it('never serves a list older than the data, whichever code or connection changed it', async () => {
    const { vin, customerName } = gbgCar();
    const first = await request(vin, false);
    const before = await getList(GBG, 'actions');
    expect(listBody.parse(before.json()).items.map((i) => i.appointmentId)).toEqual([first]);
    expect((await getList(GBG, 'actions')).body).toBe(before.body);

    // A dealer command moves it to Pending (and moves only its dealer's generation).
    const generations = [
      await t.core.dealerListGeneration('dealer-gbg'),
      await t.core.dealerListGeneration('dealer-lyon'),
    ];
    ok(await t.core.propose('dealer-gbg', first, proposalInput));
    expect(await t.core.dealerListGeneration('dealer-gbg')).not.toBe(generations[0]);
    expect(await t.core.dealerListGeneration('dealer-lyon')).toBe(generations[1]);
    expect(listBody.parse((await getList(GBG, 'actions')).json()).items).toEqual([]);
    expect(listBody.parse((await getList(GBG, 'pending')).json()).items.map((i) => i.appointmentId)).toEqual([
      first,
    ]);

    // A change outside the store's code (another connection): the triggers count it as well.
    const other = new DatabaseSync(t.path);
    try {
      other.prepare('UPDATE customers SET name = ? WHERE name = ?').run('Renamed Driver', customerName);
      other.prepare('UPDATE vehicles SET model = ? WHERE vin = ?').run('Renamed Model', vin);
    } finally {
      other.close();
    }
    const [row] = listBody.parse((await getList(GBG, 'pending')).json()).items;
    expect(row).toMatchObject({ customer: { name: 'Renamed Driver' }, vehicle: { model: 'Renamed Model' } });

    // A car request reaches the list at once; the other dealer never sees any of it.
    const second = await request(vin, false);
    expect(listBody.parse((await getList(GBG, 'actions')).json()).items.map((i) => i.appointmentId)).toEqual([
      second,
    ]);
    for (const list of [undefined, 'actions', 'pending', 'planned'] as const) {
      expect(listBody.parse((await getList(LYON, list)).json()).items).toEqual([]);
    }
  });
});

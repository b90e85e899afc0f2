/**
 * The bulk seed of the scheduler benchmark (src/bench-seed.ts) over real SQLite files: it writes
 * row for row what `POST /dealer/v1/pre-bookings` writes (compared with an API-made twin, ids
 * aside), and the system treats its appointments like API-made ones (the sweep makes the due ones
 * Requested and re-sends the car's list, as it does for the API path).
 */
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { runBenchSeed, seedDemoData } from '../src/index.ts';
import { openTestCore, T0, type TestCore } from './support.ts';

const DAY = 86_400_000;
const DEALER = 'dealer-gbg';

const open: TestCore[] = [];
afterEach(async () => {
  for (const t of open.splice(0)) await t.remove();
});

async function demoCore(): Promise<TestCore> {
  const t = await openTestCore();
  open.push(t);
  await seedDemoData(t.core);
  return t;
}

/** Every row a pre-booking leaves, in a fixed order, with each UUID replaced by its order of appearance. */
function rowsOf(path: string): string {
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    const dump = {
      appointments: db.prepare('SELECT * FROM appointments ORDER BY requested_at, vin').all(),
      history: db.prepare('SELECT * FROM appointment_history ORDER BY at, version').all(),
      timers: db.prepare('SELECT * FROM due_work ORDER BY due_at, kind').all(),
      mails: db.prepare('SELECT * FROM mail_outbox ORDER BY created_at, kind').all(),
      downlinks: db.prepare('SELECT * FROM car_outbox ORDER BY seq').all(),
    };
    const ids = new Map<string, string>();
    return JSON.stringify(dump).replace(
      /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
      (id) => {
        if (!ids.has(id)) ids.set(id, `<id${ids.size}>`);
        return ids.get(id) ?? id;
      },
    );
  } finally {
    db.close();
  }
}

describe('bulk pre-booking seed (bench tool)', () => {
  it('writes exactly the rows of an API-made pre-booking (appointment, history, timer, mail, car messages)', async () => {
    const api = await demoCore();
    const seeded = await demoCore();
    // The seed's first due pre-booking: the first workshop car, a third of the 30-day lead time ahead.
    const made = await api.core.createPreBooking(DEALER, {
      vin: 'YV1DEMCAR00000001',
      start: T0 + 10 * DAY,
      durationMinutes: 60,
      workDescription: 'Yearly service',
    });
    expect(made.ok).toBe(true);
    await api.core.close();
    await seeded.core.close();
    const result = await runBenchSeed({
      databasePath: seeded.path,
      dealerId: DEALER,
      count: 1,
      due: 1,
      now: T0,
      vinPrefix: 'YV1DEMCAR00000001',
    });
    expect(result).toMatchObject({ stored: 1, due: 1, vins: 1 });
    const rows = rowsOf(seeded.path);
    expect(rows).toContain('pre-booking-confirmation');
    expect(rows).toContain('appointment-list');
    expect(rows).toBe(rowsOf(api.path));
    await api.reopen();
    await seeded.reopen();
  });

  it('stores 50 with 10 due; the sweep makes exactly those 10 Requested and tells their cars', async () => {
    const t = await demoCore();
    await t.core.close();
    const result = await runBenchSeed({
      databasePath: t.path,
      dealerId: DEALER,
      count: 50,
      due: 10,
      now: T0,
      batchSize: 7,
    });
    // dealer-gbg's workshop cars: two connected, one without cloud connection (seed.ts).
    expect(result).toMatchObject({ stored: 50, due: 10, batches: 8, vins: 3 });
    const core = await t.reopen();

    t.clock.advance(60_000);
    const sweep = await core.runDueWork();
    expect(sweep.fired).toBe(10);
    expect(sweep.durationMs).toBeGreaterThanOrEqual(0);
    expect((await core.runDueWork()).fired).toBe(0);

    const all = await core.listAppointments(DEALER);
    expect(all).toHaveLength(50);
    const requested = all.filter((a) => a.status === 'requested');
    const preBooked = all.filter((a) => a.status === 'pre-booked');
    expect(requested).toHaveLength(10);
    expect(preBooked).toHaveLength(40);

    for (const appointment of requested) {
      const history = await core.appointmentHistory(DEALER, appointment.appointmentId);
      if (!history.ok) throw new Error(history.error.code);
      expect(history.value.map((h) => [h.command, h.status])).toEqual([
        ['pre-book', 'pre-booked'],
        ['pre-booking-due', 'requested'],
      ]);
    }
    // A connected car's open list (the last one, not superseded) shows its due appointments as requested.
    for (const vin of ['YV1DEMCAR00000001', 'YV1DEMCAR00000002']) {
      const lists = (await core.carDownlinks(vin)).filter((d) => d.message.kind === 'appointment-list');
      const open = lists.filter((d) => d.state === 'queued');
      expect(open).toHaveLength(1);
      const message = open[0]?.message;
      if (message?.kind !== 'appointment-list') throw new Error('no list');
      const mine = requested.filter((a) => a.vehicle.vin === vin).map((a) => a.appointmentId);
      expect(mine.length).toBeGreaterThan(0);
      const shown = message.appointments.filter((a) => mine.includes(a.appointmentId));
      expect(shown).toHaveLength(mine.length);
      expect(message.appointments).toHaveLength(all.filter((a) => a.vehicle.vin === vin).length);
    }
    // The car without cloud connection gets no car messages, as through the API.
    expect(await core.carDownlinks('YV1DEMCAR00000005')).toEqual([]);
    // One confirmation mail per pre-booking, none for becoming Requested (notifications.ts).
    expect(await core.listMails({})).toHaveLength(50);
  });

  it('refuses a dealer without workshop cars with a code', async () => {
    const t = await demoCore();
    await t.core.close();
    await expect(
      runBenchSeed({ databasePath: t.path, dealerId: 'dealer-none', count: 5, now: T0 }),
    ).rejects.toMatchObject({ code: 'VEHICLE_NOT_FOUND' });
    await t.reopen();
  });
});

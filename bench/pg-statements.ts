/**
 * Named prepared statements on PostgreSQL, measured: the same transactions on two stores of one
 * server, one sending hot-statements.ts's texts as named prepared statements (the default), one
 * unnamed (parsed and planned on every call), alternating rounds in one invocation.
 *
 * Each transaction is the store side of a proposal response's hot reads and writes: the vehicle,
 * the appointment, its version-checked update, a history entry, and the car's open-appointment
 * list (5 statements of hot-statements.ts). One car, one appointment (history grows by one row per
 * transaction), `--lanes` transactions in flight, `--transactions` per round.
 *
 *   node bench/pg-statements.ts [--transactions 3000] [--lanes 4] [--rounds 2]
 *
 * Starts its own throwaway server (test/support/postgres.ts: initdb and pg_ctl, fsync off).
 */
import { parseArgs } from 'node:util';
import type { Appointment } from '../booking-core/src/index.ts';
import type { BookingStore } from '../booking-core/src/service/store-port.ts';
import { openPostgresStore } from '../booking-core/src/store/postgres-store.ts';
import { startTestPostgres } from '../test/support/postgres.ts';

const { values } = parseArgs({
  options: {
    transactions: { type: 'string', default: '3000' },
    lanes: { type: 'string', default: '4' },
    rounds: { type: 'string', default: '2' },
  },
});
const TRANSACTIONS = Number(values.transactions);
const LANES = Number(values.lanes);
const ROUNDS = Number(values.rounds);
const T = Date.UTC(2026, 4, 4, 8);
const VIN = 'YV1BENCH000000001';

async function seed(store: BookingStore): Promise<Appointment> {
  const appointment: Appointment = {
    appointmentId: 'a1',
    vin: VIN,
    customerId: 'c1',
    dealerId: 'd1',
    origin: 'car',
    status: 'requested',
    customerNote: 'bench',
    preferredWindows: [],
    healthStatus: null,
    currentProposal: null,
    requestedAt: T,
    updatedAt: T,
    statusSince: T,
    inquiries: [],
    preBooking: null,
    awaitingFollowUpSince: null,
    serviceLevelBreachedAt: null,
    navigationMode: null,
    reportedOdometerKm: null,
    version: 1,
  };
  await store.transaction(async (s) => {
    await s.insertDealer({
      dealerId: 'd1',
      name: 'Bench',
      phone: '0',
      address: { street: 's', postalCode: '1', city: 'c', countryCode: 'SE' },
      location: { latitude: 0, longitude: 0 },
      createdAt: T,
    });
    await s.insertCustomer({
      customerId: 'c1',
      name: 'C',
      email: 'c@example.invalid',
      phone: null,
      preferredDealerId: 'd1',
      createdAt: T,
    });
    await s.insertVehicles([
      {
        vin: VIN,
        model: 'XC60',
        modelYear: 2024,
        connected: true,
        primaryDriverCustomerId: 'c1',
        secretHash: 'x',
        createdAt: T,
      },
    ]);
    await s.insertAppointment(appointment);
  });
  return appointment;
}

/** Runs `TRANSACTIONS` transactions, `LANES` at a time; returns transactions per second. */
async function round(store: BookingStore): Promise<number> {
  let next = 0;
  const started = performance.now();
  const lane = async () => {
    while (next < TRANSACTIONS) {
      next += 1;
      for (;;) {
        const done = await store.transaction(async (s) => {
          await s.getVehicle(VIN);
          const current = await s.getAppointment('a1');
          if (!current) throw new Error('appointment missing');
          const changed = { ...current, version: current.version + 1, updatedAt: current.updatedAt + 1 };
          if (!(await s.updateAppointment(changed, current.version))) return false;
          await s.appendHistory({
            appointmentId: 'a1',
            version: changed.version,
            at: changed.updatedAt,
            actor: { kind: 'car', id: VIN },
            command: 'bench',
            status: changed.status,
            snapshot: changed,
          });
          await s.listVehicleAppointmentRecords(VIN, 20);
          return true;
        });
        if (done) break; // another lane's update won this version: try again, as the service does
      }
    }
  };
  await Promise.all(Array.from({ length: LANES }, lane));
  return TRANSACTIONS / ((performance.now() - started) / 1000);
}

const server = await startTestPostgres();
try {
  const named = await openPostgresStore({ url: await server.createDatabase('bench_named') });
  const unnamed = await openPostgresStore({
    url: await server.createDatabase('bench_unnamed'),
    namedStatements: false,
  });
  await seed(named);
  await seed(unnamed);
  const results: Record<'named' | 'unnamed', number[]> = { named: [], unnamed: [] };
  for (let r = 0; r < ROUNDS; r++) {
    // Alternate which goes first, so drift of the machine hits both alike.
    const order = r % 2 === 0 ? (['unnamed', 'named'] as const) : (['named', 'unnamed'] as const);
    for (const which of order) results[which].push(await round(which === 'named' ? named : unnamed));
  }
  await named.close();
  await unnamed.close();
  const fmt = (xs: number[]) => xs.map((x) => Math.round(x)).join(', ');
  process.stdout.write(
    `PostgreSQL transactions/s (5 hot statements each, ${LANES} lanes, ${TRANSACTIONS} per round):\n` +
      `  unnamed: ${fmt(results.unnamed)}\n  named:   ${fmt(results.named)}\n`,
  );
} finally {
  server.stop();
}

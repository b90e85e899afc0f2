/**
 * The downlink ledger's and the car's appointment indexes (migrations 011 and 012) on a real
 * SQLite file: every statement of the car's hot path finds its rows through an index, the car's
 * open rows and the sweeps through the partial indexes made for them (SQLite uses a partial index
 * only when the statement's WHERE holds the index's terms, so a reworded statement would silently
 * read the car's whole history or scan the whole table), in order without a sort, and no index
 * holds `state` or `status` in its key, so a state change between open states moves no index
 * entry.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  hotStatements,
  markDownlinksSentSql,
  OPEN_APPOINTMENT_STATUSES,
  supersedeDownlinksSql,
  vehicleAppointmentsSql,
} from '../src/store/hot-statements.ts';
import { openPlanDatabase, type PlanDatabase } from './stores.ts';

let plans: PlanDatabase;
let database: PlanDatabase['database'];
beforeAll(async () => {
  plans = await openPlanDatabase();
  database = plans.database;
});
afterAll(() => plans.remove());

/** The plan's lines of a statement, its parameters all 1. */
function planOf(sql: string): string {
  return plans.planOf(sql).join(' | ');
}

describe('car_outbox indexes', () => {
  const hot = hotStatements('sqlite');

  it('serves the sweeps from their partial indexes', () => {
    expect(planOf(hot.expireOpenDownlinks)).toContain('USING INDEX car_outbox_open_valid_until');
    expect(planOf(hot.deleteFinishedDownlinks)).toContain('USING INDEX car_outbox_finished_created');
  });

  it("serves the per-car statements from the car's open rows, in order, and never scans the ledger", () => {
    const perCar = [
      hot.openDownlinkBeyondCap,
      hot.expireDownlinksUpTo,
      hot.expireStaleDownlinksOf,
      hot.dueDownlinksOf,
      hot.undeliveredDownlinksOf,
      hot.downlinkWakeAt,
      supersedeDownlinksSql(2, 'sqlite'),
    ];
    for (const sql of perCar) {
      expect(planOf(sql)).toContain('car_outbox_open_vin_seq');
      expect(planOf(sql)).not.toContain('TEMP B-TREE');
    }
    for (const sql of [...perCar, hot.markDownlinkDelivered, markDownlinksSentSql(3, 'sqlite')])
      expect(planOf(sql)).not.toMatch(/SCAN car_outbox\b/);
  });

  it('keeps state out of every index key', () => {
    const indexes = indexesOf('car_outbox');
    expect(indexes.filter((index) => /\(([^)]*"state"[^)]*)\)/.test(index.sql))).toEqual([]);
    expect(indexes.map((index) => index.name).sort()).toEqual([
      'car_outbox_appointment',
      'car_outbox_finished_created',
      'car_outbox_open_valid_until',
      'car_outbox_open_vin_seq',
      'car_outbox_vin_seq',
    ]);
  });
});

describe("a car's appointments", () => {
  const hot = hotStatements('sqlite');

  it("reads only the car's open appointments, in list order, for the car's list, its count, its dealers and engine start", () => {
    for (const sql of [
      hot.vehicleList,
      hot.countOpenVehicleAppointments,
      hot.openVehicleDealers,
      vehicleAppointmentsSql(['confirmed'], 'sqlite'),
    ])
      expect(planOf(sql)).toContain('appointments_open_vin');
    expect(planOf(hot.vehicleList)).not.toContain('TEMP B-TREE');
    expect(planOf(vehicleAppointmentsSql(['closed', 'confirmed'], 'sqlite'))).toContain(
      'USING INDEX appointments_vin ',
    );
  });

  it('has the open statuses of the domain in the partial index, and no status in an index key', () => {
    const indexes = indexesOf('appointments');
    const open = indexes.find((index) => index.name === 'appointments_open_vin');
    const listed = [...(open?.sql.match(/'([a-z-]+)'/g) ?? [])].map((literal) => literal.slice(1, -1));
    expect(listed).toEqual([...OPEN_APPOINTMENT_STATUSES]);
    expect(indexes.filter((index) => /\(([^)]*"status"[^)]*)\)/.test(index.sql)).map((i) => i.name)).toEqual([
      'appointments_dealer_status',
    ]);
  });
});

function indexesOf(table: string): { name: string; sql: string }[] {
  return database
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL")
    .all(table) as { name: string; sql: string }[];
}

/**
 * The downlink ledger's indexes (migration 011) on a real SQLite file: every statement of the
 * ledger's hot path finds its rows through an index, the sweeps through the partial indexes made
 * for them (SQLite uses a partial index only when the statement's WHERE holds the index's terms,
 * so a reworded statement would silently scan the whole ledger), and no index but the car's own
 * holds `state`, so a state change moves one index entry, not four.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hotStatements, markDownlinksSentSql, supersedeDownlinksSql } from '../src/store/hot-statements.ts';
import { openSqliteStore } from '../src/store/sqlite-store.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'csb-outbox-indexes-'));
const file = path.join(dir, 'csb.sqlite');
let database: DatabaseSync;

beforeAll(async () => {
  const store = await openSqliteStore({ path: file, checkpointIntervalMs: 0 });
  await store.close();
  database = new DatabaseSync(file);
});
afterAll(() => {
  database.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The plan's lines of a statement, its parameters all 1. */
function planOf(sql: string): string {
  const parameters = Array.from({ length: (sql.match(/\?/g) ?? []).length }, () => 1);
  const rows = database.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...parameters) as { detail: string }[];
  return rows.map((row) => row.detail).join(' | ');
}

describe('car_outbox indexes', () => {
  const hot = hotStatements('sqlite');

  it('serves the sweeps from their partial indexes', () => {
    expect(planOf(hot.expireOpenDownlinks)).toContain('USING INDEX car_outbox_open_valid_until');
    expect(planOf(hot.deleteFinishedDownlinks)).toContain('USING INDEX car_outbox_finished_created');
  });

  it("serves the per-car statements from the car's index and never scans the ledger", () => {
    const perCar = [
      hot.openDownlinkBeyondCap,
      hot.expireDownlinksUpTo,
      hot.expireStaleDownlinksOf,
      hot.dueDownlinksOf,
      hot.downlinkWakeAt,
      supersedeDownlinksSql(2, 'sqlite'),
    ];
    for (const sql of perCar) expect(planOf(sql)).toContain('car_outbox_vin_state_seq');
    for (const sql of [...perCar, hot.markDownlinkDelivered, markDownlinksSentSql(3, 'sqlite')])
      expect(planOf(sql)).not.toMatch(/SCAN car_outbox\b/);
  });

  it('keeps state in one index only', () => {
    const indexes = database
      .prepare(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'car_outbox' AND sql IS NOT NULL",
      )
      .all() as { name: string; sql: string }[];
    const keyed = indexes
      .filter((index) => /\(([^)]*"state"[^)]*)\)/.test(index.sql))
      .map((index) => index.name);
    expect(keyed).toEqual(['car_outbox_vin_state_seq']);
    expect(indexes.map((index) => index.name).sort()).toEqual([
      'car_outbox_appointment',
      'car_outbox_finished_created',
      'car_outbox_open_valid_until',
      'car_outbox_vin_state_seq',
    ]);
  });
});

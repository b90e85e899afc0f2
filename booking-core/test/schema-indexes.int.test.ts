/**
 * The migrated SQLite schema carries no index that another one makes redundant: every index is
 * written on every insert into its table (at a random place for random keys: a WAL page each),
 * so an index whose columns lead another index or the primary key costs writes and serves nothing.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPlanDatabase, type PlanDatabase } from './stores.ts';

interface IndexInfo {
  name: string;
  columns: string[];
  unique: boolean;
  partial: boolean;
}

let plans: PlanDatabase;
beforeAll(async () => {
  plans = await openPlanDatabase();
});
afterAll(() => plans.remove());

function indexesOf(table: string): IndexInfo[] {
  const list = plans.database.prepare(`PRAGMA index_list(${JSON.stringify(table)})`).all() as {
    name: string;
    unique: number;
    partial: number;
  }[];
  return list.map((index) => ({
    name: index.name,
    unique: index.unique === 1,
    partial: index.partial === 1,
    columns: (
      plans.database.prepare(`PRAGMA index_info(${JSON.stringify(index.name)})`).all() as { name: string }[]
    ).map((column) => column.name),
  }));
}

describe('schema indexes', () => {
  it('has no plain index whose columns lead another index of the same table', () => {
    const tables = (
      plans.database
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        .all() as { name: string }[]
    ).map((row) => row.name);
    expect(tables).toContain('appointment_history');
    const redundant: string[] = [];
    for (const table of tables) {
      const indexes = indexesOf(table);
      for (const index of indexes) {
        // A unique index is a constraint, a partial one holds fewer rows: both earn their writes.
        if (index.unique || index.partial) continue;
        const coveredBy = indexes.find(
          (other) =>
            other !== index &&
            !other.partial &&
            other.columns.length >= index.columns.length &&
            index.columns.every((column, i) => other.columns[i] === column),
        );
        if (coveredBy) redundant.push(`${table}.${index.name} leads ${coveredBy.name}`);
      }
    }
    expect(redundant).toEqual([]);
  });

  it("reads an appointment's history in version order through its primary key", () => {
    const plan = plans.planOf('SELECT * FROM appointment_history WHERE appointment_id = ? ORDER BY version');
    expect(plan).toEqual([
      'SEARCH appointment_history USING INDEX sqlite_autoindex_appointment_history_1 (appointment_id=?)',
    ]);
  });
});

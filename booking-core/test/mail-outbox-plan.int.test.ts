/**
 * The mail claim on a real SQLite file: the claimed rows are found through their primary key,
 * never by reading every queued mail through the state index (which SQLite's planner chose for
 * the earlier statements, so that each claim grew with the mails waiting).
 */

import type { SQLInputValue } from 'node:sqlite';
import { DummyDriver, Kysely, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimMailsStatement } from '../src/store/booking-domain-queries.ts';
import type { Database } from '../src/store/schema.ts';
import { openPlanDatabase, type PlanDatabase } from './stores.ts';

/** Compiles SQLite statements without a connection (kysely's documented compile-only setup). */
const compiler = new Kysely<Database>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  },
});

let plans: PlanDatabase;
beforeAll(async () => {
  plans = await openPlanDatabase();
});
afterAll(() => plans.remove());

describe('mail claim', () => {
  it('finds the rows it claims through the primary key, and the oldest free ones through the state index', () => {
    const compiled = claimMailsStatement(compiler, 'sqlite', {
      claim: 'c',
      freeBefore: 1,
      claimUntil: 2,
      limit: 10,
    }).compile();
    const plan = plans.planOf(compiled.sql, compiled.parameters as SQLInputValue[]);
    expect(plan[0]).toMatch(/^SEARCH mail_outbox USING INTEGER PRIMARY KEY/);
    expect(plan.join(' | ')).toContain('SEARCH mail_outbox USING INDEX mail_outbox_state_created (state=?)');
  });
});

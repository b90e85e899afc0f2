/**
 * The booking store under test on each dialect: a SQLite file in a temp directory, or a fresh
 * database on this test file's PostgreSQL server (test/support/postgres.ts, started on first use;
 * a file that uses it stops it with `afterAll(stopTestPostgres)`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync, type SQLInputValue } from 'node:sqlite';
import { type TestStore, testPostgres } from '../../test/support/stores.ts';
import type { BookingStore } from '../src/service/store-port.ts';
import { openPostgresStore } from '../src/store/postgres-store.ts';
import { openSqliteStore } from '../src/store/sqlite-store.ts';

export { stopTestPostgres, TEST_STORES, type TestStore } from '../../test/support/stores.ts';

/** A migrated SQLite file opened bare (node:sqlite), to read statement plans on the real schema. */
export interface PlanDatabase {
  database: DatabaseSync;
  /** The plan's lines of `sql`; its parameters default to 1 each. */
  planOf(sql: string, parameters?: readonly SQLInputValue[]): string[];
  remove(): void;
}

export async function openPlanDatabase(): Promise<PlanDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'csb-plans-'));
  const file = join(dir, 'csb.sqlite');
  const store = await openSqliteStore({ path: file, checkpointIntervalMs: 0 });
  await store.close();
  const database = new DatabaseSync(file);
  return {
    database,
    planOf(sql, parameters) {
      const values = parameters ?? Array.from({ length: (sql.match(/\?/g) ?? []).length }, () => 1);
      const rows = database.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...values) as { detail: string }[];
      return rows.map((row) => row.detail);
    },
    remove() {
      database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface OpenedStore {
  store: BookingStore;
  /** Closes the store and removes what it was on. */
  remove(): Promise<void>;
}

export async function openStoreUnderTest(kind: TestStore): Promise<OpenedStore> {
  if (kind === 'postgres') {
    const url = await (await testPostgres()).createDatabase();
    const store = await openPostgresStore({ url });
    return { store, remove: () => store.close() };
  }
  const dir = mkdtempSync(join(tmpdir(), 'csb-store-'));
  const store = await openSqliteStore({ path: join(dir, 'csb.sqlite') });
  return {
    store,
    async remove() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Runs `work` on a fresh store of `kind`, then removes it. */
export async function withStoreOf(
  kind: TestStore,
  work: (store: BookingStore) => Promise<void>,
): Promise<void> {
  const { store, remove } = await openStoreUnderTest(kind);
  try {
    await work(store);
  } finally {
    await remove();
  }
}

/**
 * Where cores of `kind` open (`openBookingCore`'s database options, shared by every node on it):
 * a SQLite file in a temp directory, or, for PostgreSQL, a fresh database on this file's server.
 * `onCleanup` receives the directory's removal.
 */
export async function coreDatabaseOf(
  kind: TestStore,
  onCleanup: (remove: () => Promise<void>) => void,
): Promise<{ databasePath: string; databaseUrl?: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'csb-core-'));
  onCleanup(async () => rmSync(dir, { recursive: true, force: true }));
  const databasePath = join(dir, 'csb.sqlite');
  if (kind === 'sqlite') return { databasePath };
  return { databasePath, databaseUrl: await (await testPostgres()).createDatabase() };
}

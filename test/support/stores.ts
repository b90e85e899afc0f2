/**
 * The stores the end-to-end tests run on: the embedded SQLite file and a PostgreSQL server
 * (postgres.ts). A file runs its scenarios once per store with `describe.each(TEST_STORES)`, gets
 * the CSB_* keys of a store from `storeEnv`, and stops the server with `afterAll(stopTestPostgres)`.
 * One server per test file, started on first use; one fresh database per `storeEnv` call.
 */
import { startTestPostgres, type TestPostgres } from './postgres.ts';

export const TEST_STORES = ['sqlite', 'postgres'] as const;
export type TestStore = (typeof TEST_STORES)[number];

let server: Promise<TestPostgres> | undefined;

/** This file's PostgreSQL server, started on first use. */
export function testPostgres(): Promise<TestPostgres> {
  server ??= startTestPostgres();
  return server;
}

/** The environment that puts `csb` on `store`: nothing for SQLite, a new database's URL for PostgreSQL. */
export async function storeEnv(store: TestStore): Promise<NodeJS.ProcessEnv> {
  if (store === 'sqlite') return {};
  return { CSB_DATABASE_URL: await (await testPostgres()).createDatabase() };
}

export async function stopTestPostgres(): Promise<void> {
  const started = server;
  server = undefined;
  if (started) (await started).stop();
}

/**
 * Adapts `node:sqlite`'s DatabaseSync to the shape kysely's SqliteDialect expects (the
 * better-sqlite3 interface): `prepare(sql)` returning `{ reader, all, run, iterate }`.
 */
import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';
import { type SqliteDatabase, SqliteDialect, type SqliteStatement } from 'kysely';

/** node:sqlite binds numbers, strings, bigints, null and bytes; booleans become 0/1, undefined null. */
function toSqlValue(value: unknown): SQLInputValue {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value === undefined) return null;
  return value as SQLInputValue;
}

/** Only a plain SELECT is taken for a statement that cannot change the database. */
const READ_ONLY_STATEMENT = /^\s*select\b/i;

function adaptStatement(stmt: StatementSync, sql: string, onWrite: () => void): SqliteStatement {
  const bind = (parameters: ReadonlyArray<unknown>): SQLInputValue[] => parameters.map(toSqlValue);
  // Every other statement (INSERT, UPDATE, DELETE, COMMIT, ...) is reported before it runs: a
  // reader that saw the write epoch before a COMMIT sees it changed after (BookingStore.writeEpoch).
  const writes = !READ_ONLY_STATEMENT.test(sql);
  const noted = writes
    ? <T>(run: () => T): T => {
        onWrite();
        return run();
      }
    : <T>(run: () => T): T => run();
  return {
    // A statement that returns columns (SELECT, or ... RETURNING) is a reader.
    reader: stmt.columns().length > 0,
    all: (parameters) => noted(() => stmt.all(...bind(parameters))),
    run: (parameters) => noted(() => stmt.run(...bind(parameters))),
    iterate: (parameters) => noted(() => stmt.iterate(...bind(parameters))),
  };
}

/**
 * Prepared statements kept by SQL text. Preparing was 8% of the csb process's CPU on the uplink
 * path (docs/benchmarks.md, profile of benchmark 1): kysely asks for a fresh statement on every
 * query. Bounded, because `IN (?, ?, ...)` lists of varying length make distinct texts.
 */
const MAX_CACHED_STATEMENTS = 512;

/**
 * `onWrite` is called before every statement that may change the database (all but a plain
 * SELECT), on this connection; sqlite-store.ts counts them into the store's write epoch.
 */
export function nodeSqliteDialect(database: DatabaseSync, onWrite: () => void = () => {}): SqliteDialect {
  const statements = new Map<string, SqliteStatement>();
  const adapted: SqliteDatabase = {
    close: () => {
      statements.clear();
      database.close();
    },
    prepare: (sql) => {
      const cached = statements.get(sql);
      if (cached) return cached;
      const statement = adaptStatement(database.prepare(sql), sql, onWrite);
      if (statements.size >= MAX_CACHED_STATEMENTS) {
        // Drop the oldest entry (Map keeps insertion order): hot statements are re-added at once.
        const oldest = statements.keys().next();
        if (!oldest.done) statements.delete(oldest.value);
      }
      statements.set(sql, statement);
      return statement;
    },
  };
  return new SqliteDialect({ database: adapted });
}

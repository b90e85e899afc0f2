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

function adaptStatement(stmt: StatementSync): SqliteStatement {
  const bind = (parameters: ReadonlyArray<unknown>): SQLInputValue[] => parameters.map(toSqlValue);
  return {
    // A statement that returns columns (SELECT, or ... RETURNING) is a reader.
    reader: stmt.columns().length > 0,
    all: (parameters) => stmt.all(...bind(parameters)),
    run: (parameters) => stmt.run(...bind(parameters)),
    iterate: (parameters) => stmt.iterate(...bind(parameters)),
  };
}

/**
 * Prepared statements kept by SQL text. Preparing was 8% of the csb process's CPU on the uplink
 * path (docs/benchmarks.md, profile of benchmark 1): kysely asks for a fresh statement on every
 * query. Bounded, because `IN (?, ?, ...)` lists of varying length make distinct texts.
 */
const MAX_CACHED_STATEMENTS = 512;

export function nodeSqliteDialect(database: DatabaseSync): SqliteDialect {
  const statements = new Map<string, SqliteStatement>();
  const adapted: SqliteDatabase = {
    close: () => {
      statements.clear();
      database.close();
    },
    prepare: (sql) => {
      const cached = statements.get(sql);
      if (cached) return cached;
      const statement = adaptStatement(database.prepare(sql));
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

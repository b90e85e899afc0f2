/**
 * Adapts `node:sqlite`'s DatabaseSync to the shape kysely's SqliteDialect expects (the
 * better-sqlite3 interface): `prepare(sql)` returning `{ reader, all, run, iterate }`; and runs
 * hot statements straight on the same prepared statements (`directRunner`).
 */
import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';
import { type SqliteDatabase, SqliteDialect, type SqliteStatement } from 'kysely';
import type { HotRunner } from './hot-statements.ts';

/** node:sqlite binds numbers, strings, bigints, null and bytes; booleans become 0/1, undefined null. */
function toSqlValue(value: unknown): SQLInputValue {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value === undefined) return null;
  return value as SQLInputValue;
}
const bind = (parameters: ReadonlyArray<unknown>): SQLInputValue[] => parameters.map(toSqlValue);

function adaptStatement(stmt: StatementSync): SqliteStatement {
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

interface Prepared {
  readonly statement: StatementSync;
  readonly adapted: SqliteStatement;
}

/** One connection's prepared statements, shared by kysely's dialect and the direct runner. */
export interface StatementCache {
  readonly database: DatabaseSync;
  prepared(sql: string): Prepared;
  clear(): void;
}

export function statementCache(database: DatabaseSync): StatementCache {
  const statements = new Map<string, Prepared>();
  return {
    database,
    prepared(sql) {
      const cached = statements.get(sql);
      if (cached) return cached;
      const statement = database.prepare(sql);
      const entry = { statement, adapted: adaptStatement(statement) };
      if (statements.size >= MAX_CACHED_STATEMENTS) {
        // Drop the oldest entry (Map keeps insertion order): hot statements are re-added at once.
        const oldest = statements.keys().next();
        if (!oldest.done) statements.delete(oldest.value);
      }
      statements.set(sql, entry);
      return entry;
    },
    clear: () => statements.clear(),
  };
}

export function nodeSqliteDialect(cache: StatementCache): SqliteDialect {
  const adapted: SqliteDatabase = {
    close: () => {
      cache.clear();
      cache.database.close();
    },
    prepare: (sql) => cache.prepared(sql).adapted,
  };
  return new SqliteDialect({ database: adapted });
}

/**
 * Hot statements run on the prepared statement itself, skipping kysely. Only for a session whose
 * caller holds the connection for the whole time the session is used (a group-commit batch,
 * group-commit.ts): kysely's connection lock is what keeps a read outside a batch from seeing the
 * batch's uncommitted writes, and this runner does not take it.
 */
export function directRunner(cache: StatementCache): HotRunner {
  return {
    async rows<R>(sql: string, parameters: readonly unknown[]): Promise<R[]> {
      return cache.prepared(sql).statement.all(...bind(parameters)) as R[];
    },
    async changes(sql: string, parameters: readonly unknown[]): Promise<number> {
      return Number(cache.prepared(sql).statement.run(...bind(parameters)).changes);
    },
  };
}

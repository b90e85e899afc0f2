/**
 * The booking store on a PostgreSQL server (`pg` through kysely's PostgresDialect). The session is
 * store-session.ts's, shared with the SQLite store; what is PostgreSQL's own is here: the pool,
 * the type parsers, and one pool connection per transaction.
 *
 * No group commit (SQLite's group-commit.ts): concurrent transactions on the pool, each on its own
 * connection, replace it, and the server commits them concurrently itself; how durable a COMMIT is
 * (fsync or not before it returns) is the server's `synchronous_commit` setting, not ours.
 * Transactions run at the server's default isolation, READ COMMITTED: the appointment's optimistic
 * version check (`updateAppointment ... AND version = ?`) makes a concurrent update lose cleanly,
 * and due work is claimed by a conditional UPDATE (exactly one caller moves a row).
 */
import {
  CompiledQuery,
  Kysely,
  PostgresDialect,
  type PostgresPool,
  type PostgresPoolClient,
  type PostgresQueryResult,
} from 'kysely';
import pg from 'pg';
import type { BookingStore } from '../service/store-port.ts';
import { postgresStatementName } from './hot-statements.ts';
import { migrateToLatest } from './migrations.ts';
import type { Database } from './schema.ts';
import { createSession } from './store-session.ts';

export interface PostgresStoreOptions {
  /** `postgres://user:password@host:port/database` (libpq connection URL). */
  url: string;
  /** Connections at most (CSB_DATABASE_POOL_SIZE); a transaction holds one until it ends. Default 10. */
  poolSize?: number;
  /** How long a statement waits for a free pool connection or a new connection (ms). Default 5,000. */
  connectTimeoutMs?: number;
  /** Told when an idle pooled connection fails (the server went away); the pool replaces it. */
  onWarning?: (message: string) => void;
  /**
   * hot-statements.ts's statements as named prepared statements (default true); false sends every
   * statement unnamed (parsed and planned each time), for comparison (docs/benchmarks.md).
   */
  namedStatements?: boolean;
}

/**
 * The pool as kysely sees it, sending hot-statements.ts's texts as named prepared statements
 * (`{ name, text, values }`): each connection parses and plans one once, then only binds. kysely's
 * PostgresDialect sends `query(text, values)` only, so the pool's clients are wrapped, once each.
 */
function namingPool(pool: pg.Pool): PostgresPool {
  const wrapped = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  const wrap = (client: pg.PoolClient): PostgresPoolClient => ({
    query: ((textOrCursor: string, values: readonly unknown[]) => {
      const name = typeof textOrCursor === 'string' ? postgresStatementName(textOrCursor) : undefined;
      return name === undefined
        ? client.query(textOrCursor, values as unknown[])
        : (client.query({ name, text: textOrCursor, values: [...values] }) as Promise<
            PostgresQueryResult<unknown>
          >);
    }) as PostgresPoolClient['query'],
    release: () => client.release(),
  });
  return {
    async connect() {
      const client = await pool.connect();
      let own = wrapped.get(client);
      if (!own) {
        own = wrap(client);
        wrapped.set(client, own);
      }
      return own;
    },
    end: () => pool.end(),
  };
}

const INT8_OID = 20;
const PING = CompiledQuery.raw('SELECT 1');

/**
 * int8 (bigint: our epoch-ms times, count(*), identity `seq`) as a JS number, not pg's default
 * string: every value we store is below 2^53 (times in ms, counters).
 */
const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID && format !== 'binary'
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format ?? 'text')) as pg.CustomTypesConfig['getTypeParser'],
};

/** The URL without its password, for messages and logs. */
export function redactDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://(unparsable URL)';
  }
}

export async function openPostgresStore(options: PostgresStoreOptions): Promise<BookingStore> {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    types,
  });
  // A connection whose server went away (stopped, restarted, network cut) emits 'error': on the
  // pool while idle, on the client while a statement or transaction holds it. Unhandled, either
  // would end the process. The statement fails (the caller answers TEMPORARILY_UNAVAILABLE or
  // 503), the pool drops the broken connection on release and opens a new one on demand.
  const warn = (error: Error) => options.onWarning?.(`PostgreSQL connection failed: ${error.message}`);
  pool.on('error', warn);
  pool.on('connect', (client) => client.on('error', warn));
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: options.namedStatements === false ? pool : namingPool(pool) }),
  });
  try {
    await migrateToLatest(db as Kysely<unknown>, 'postgres');
  } catch (error) {
    await db.destroy();
    throw error;
  }
  // Each statement of a read takes a pool connection for itself and sees what was committed before it.
  const readSession = createSession(db, 'postgres');
  return {
    transaction: (work) => db.transaction().execute((trx) => work(createSession(trx, 'postgres'))),
    read: (work) => work(readSession),
    async ping() {
      await db.executeQuery(PING);
    },
    async close() {
      await db.destroy();
    },
  };
}

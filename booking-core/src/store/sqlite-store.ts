/**
 * The booking store on one SQLite file (node:sqlite through kysely), the embedded default: the
 * session is store-session.ts's, shared with the PostgreSQL store (postgres-store.ts); what is
 * SQLite's own is here: the connection's pragmas, group commit (group-commit.ts) and WAL
 * checkpoints on a worker (checkpointer.ts).
 */
import { closeSync, mkdirSync, openSync, readSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { CompiledQuery, Kysely } from 'kysely';
import type { BookingStore } from '../service/store-port.ts';
import { startCheckpointer } from './checkpointer.ts';
import { groupCommit } from './group-commit.ts';
import { migrateToLatest } from './migrations.ts';
import { directRunner, nodeSqliteDialect, statementCache } from './node-sqlite-dialect.ts';
import type { Database } from './schema.ts';
import { createSession } from './store-session.ts';

export interface SqliteStoreOptions {
  /** The database file; its directory is created when missing. */
  path: string;
  /** NORMAL (default) may lose the last commits on power loss, never on a process crash; FULL loses none. */
  synchronous?: 'NORMAL' | 'FULL';
  /** How long a writer waits for another connection's lock before failing (ms). */
  busyTimeoutMs?: number;
  /** SQLite page cache of this connection in KiB (SQLite's default is 2,000 KiB); bulk writers raise it. */
  cacheSizeKiB?: number;
  /**
   * WAL checkpoints on a worker thread every this many ms (checkpointer.ts); 0 leaves them to
   * SQLite's automatic checkpoint inside a COMMIT, on the event loop. Default 1,000: each
   * checkpoint that reaches the WAL's end costs the next COMMIT a WAL rewind with an fsync on the
   * event loop (checkpointer.ts), so fewer are better as long as the WAL stays well below the
   * backstop.
   */
  checkpointIntervalMs?: number;
  /** Told when the checkpoint worker fails (the store goes on with automatic checkpoints). */
  onWarning?: (message: string) => void;
}

const PING = CompiledQuery.raw('SELECT 1');

/** The wal-index header: its first copy (sqlite.org/walformat.html, "The WAL-Index Header"). */
const WAL_INDEX_HEADER_BYTES = 48;

/**
 * The store's write epoch (BookingStore.writeEpoch) from the WAL index: every commit, by any
 * connection or process, rewrites the wal-index header at the start of the `-shm` file (its change
 * counter and last frame), so the header's bytes change with every commit and the epoch with them.
 * One 48-byte read of a file SQLite keeps mapped in memory: no SQLite read transaction, whose locks
 * cost about as much as the dealer API key look-up itself (docs/benchmarks.md, benchmark 7). A WAL
 * checkpoint that restarts the log changes the header too: an epoch more, never one less.
 */
function walIndexEpoch(shmPath: string): { epoch: () => number; close: () => void } | undefined {
  let fd: number;
  try {
    fd = openSync(shmPath, 'r');
  } catch {
    // No WAL index (not a WAL file on disk): no epoch, and every read goes to the database.
    return undefined;
  }
  const seen = Buffer.alloc(WAL_INDEX_HEADER_BYTES);
  const now = Buffer.alloc(WAL_INDEX_HEADER_BYTES);
  readSync(fd, seen, 0, WAL_INDEX_HEADER_BYTES, 0);
  let epoch = 0;
  return {
    epoch(): number {
      readSync(fd, now, 0, WAL_INDEX_HEADER_BYTES, 0);
      if (!now.equals(seen)) {
        now.copy(seen);
        epoch += 1;
      }
      return epoch;
    },
    close: () => closeSync(fd),
  };
}

/** See `checkpointIntervalMs`. */
const DEFAULT_CHECKPOINT_INTERVAL_MS = 1_000;

export async function openSqliteStore(options: SqliteStoreOptions): Promise<BookingStore> {
  mkdirSync(dirname(options.path), { recursive: true });
  const database = new DatabaseSync(options.path);
  try {
    database.exec('PRAGMA journal_mode = WAL');
    database.exec(`PRAGMA synchronous = ${options.synchronous === 'FULL' ? 'FULL' : 'NORMAL'}`);
    database.exec(`PRAGMA busy_timeout = ${Math.trunc(options.busyTimeoutMs ?? 5000)}`);
    database.exec('PRAGMA foreign_keys = ON');
    // Negative: a size in KiB rather than in pages (sqlite.org/pragma.html#pragma_cache_size).
    if (options.cacheSizeKiB !== undefined)
      database.exec(`PRAGMA cache_size = -${Math.trunc(options.cacheSizeKiB)}`);
  } catch (error) {
    database.close();
    throw error;
  }
  const statements = statementCache(database);
  const db = new Kysely<Database>({ dialect: nodeSqliteDialect(statements) });
  try {
    await migrateToLatest(db as Kysely<unknown>, 'sqlite');
  } catch (error) {
    await db.destroy();
    throw error;
  }
  // After the migrations: the first statement in WAL mode created the -shm file.
  const walIndex = walIndexEpoch(`${options.path}-shm`);
  const interval = options.checkpointIntervalMs ?? DEFAULT_CHECKPOINT_INTERVAL_MS;
  const checkpointer =
    interval > 0
      ? startCheckpointer(database, options.path, {
          intervalMs: interval,
          ...(options.onWarning ? { onError: options.onWarning } : {}),
          // kysely's driver lends its one connection to one user at a time: a batch holds it
          // from BEGIN to COMMIT, so this runs between two batches.
          betweenTransactions: (work) => db.connection().execute(async () => work()),
        })
      : null;
  // One session for every read: a session holds no state, and building one per read showed in the
  // dealer list's profile (benchmark 7).
  const readSession = createSession(db, 'sqlite');
  const inBatch = directRunner(statements);
  return {
    // Inside a batch the connection is held throughout, so hot statements may skip kysely.
    transaction: groupCommit(db, (connection) => createSession(connection, 'sqlite', inBatch), {
      statements: inBatch,
    }),
    // kysely's SQLite driver holds its one connection per statement and for a whole batch of
    // transaction() above, so a read never sees a batch's uncommitted writes.
    read: (work) => work(readSession),
    ...(walIndex ? { writeEpoch: walIndex.epoch } : {}),
    async ping() {
      await db.executeQuery(PING);
    },
    async close() {
      await checkpointer?.stop();
      await db.destroy();
      walIndex?.close();
    },
  };
}

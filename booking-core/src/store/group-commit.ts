/**
 * Group commit: the transactions asked for while the event loop polls its sockets share one
 * SQLite COMMIT, each inside its own SAVEPOINT.
 *
 * Why: a COMMIT appends the changed pages to the WAL and, every ~1,000 pages, checkpoints with
 * an fsync. With one transaction per uplink the commit was the single largest cost of the uplink
 * pipeline (docs/benchmarks.md, benchmarks 1 and 4: ~90,000 commits at 75-170 us for 4,000 cars).
 * Uplinks that arrive together (many cars' sockets ready in one poll) now pay for one.
 *
 * Semantics kept, per unit of work:
 * - atomic: a unit that throws is rolled back to its savepoint alone; the others commit;
 * - durable before answered: a unit's promise settles only after the COMMIT that holds it
 *   (the gateway's PUBACK and UplinkResult follow it, so "accepted" still means "on disk");
 * - serial: units run one after the other in the order asked, each sees the ones before it;
 * - a failed COMMIT fails every unit of the batch (none of them is durable), never a subset.
 * A unit must use only the session it is given: another `transaction()` or `read()` from inside
 * it waits for the connection its own batch holds (as a nested kysely transaction did before).
 *
 * The batch starts on `setImmediate`, i.e. after the poll phase in which the first unit was
 * asked: node:sqlite is synchronous, so a unit started at once would run to its end inside its
 * own socket's callback and no other unit could ever join its commit. The cost for a lone unit
 * is one turn of the event loop.
 */
import { CompiledQuery, type Kysely } from 'kysely';
import type { HotRunner } from './hot-statements.ts';

/** Bounds a batch so one unit's answer never waits behind an unbounded queue. */
export interface GroupCommitLimits {
  /** Units per COMMIT at most. */
  readonly maxUnits: number;
  /** A batch takes no new unit after running this long (ms); the rest go to the next batch. */
  readonly maxBatchMs: number;
}

export const DEFAULT_GROUP_COMMIT_LIMITS: GroupCommitLimits = Object.freeze({ maxUnits: 64, maxBatchMs: 5 });

interface Unit<S> {
  readonly work: (session: S) => Promise<unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

// IMMEDIATE: the write lock at the start, so that another process on the same file (cluster nodes
// on one SQLite file, docs/deployment.md) makes this wait (busy_timeout) instead of failing the
// batch with SQLITE_BUSY when a read inside it would later have to become a write.
const BEGIN = CompiledQuery.raw('begin immediate');
const COMMIT = CompiledQuery.raw('commit');
const ROLLBACK = CompiledQuery.raw('rollback');
const SAVEPOINT = CompiledQuery.raw('savepoint csb_unit');
const RELEASE = CompiledQuery.raw('release csb_unit');
const ROLLBACK_TO = CompiledQuery.raw('rollback to csb_unit');

/**
 * Returns a `transaction(work)` function over `db` (a single-connection SQLite kysely instance):
 * `makeSession` wraps the connection the batch holds.
 */
export function groupCommit<DB, S>(
  db: Kysely<DB>,
  makeSession: (connection: Kysely<DB>) => S,
  options: {
    limits?: GroupCommitLimits;
    /**
     * Runs the savepoint statements on the connection the batch holds without kysely
     * (node-sqlite-dialect.ts `directRunner`): three of them per unit, as cheap as a statement
     * gets, where kysely's executor cost more than SQLite.
     */
    statements?: HotRunner;
  } = {},
): <T>(work: (session: S) => Promise<T>) => Promise<T> {
  const limits = options.limits ?? DEFAULT_GROUP_COMMIT_LIMITS;
  const queue: Unit<S>[] = [];
  let scheduled = false;

  async function runBatch(connection: Kysely<DB>): Promise<void> {
    const session = makeSession(connection);
    const direct = options.statements;
    const exec = async (query: CompiledQuery): Promise<void> => {
      if (direct) await direct.changes(query.sql, []);
      else await connection.executeQuery(query);
    };
    const done: { unit: Unit<S>; result: unknown }[] = [];
    const startedAt = performance.now();
    try {
      await connection.executeQuery(BEGIN);
    } catch (error) {
      // Nothing of this batch ran: fail the units it would have taken, keep the rest queued.
      for (const unit of queue.splice(0, limits.maxUnits)) unit.reject(error);
      return;
    }
    try {
      while (
        queue.length > 0 &&
        done.length < limits.maxUnits &&
        performance.now() - startedAt < limits.maxBatchMs
      ) {
        const unit = queue.shift() as Unit<S>; // length checked above
        await exec(SAVEPOINT);
        let result: unknown;
        try {
          result = await unit.work(session);
        } catch (error) {
          unit.reject(error);
          await exec(ROLLBACK_TO);
          await exec(RELEASE);
          continue;
        }
        await exec(RELEASE);
        done.push({ unit, result });
      }
      await connection.executeQuery(COMMIT);
    } catch (error) {
      // A savepoint statement or the COMMIT failed: nothing of this batch is durable.
      await connection.executeQuery(ROLLBACK).catch(() => undefined);
      for (const { unit } of done) unit.reject(error);
      return;
    }
    for (const { unit, result } of done) unit.resolve(result);
  }

  async function drain(): Promise<void> {
    scheduled = false;
    // One batch per turn of the loop: sockets get read between batches.
    await db.connection().execute(runBatch);
    if (queue.length > 0) schedule();
  }

  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => {
      drain().catch((error: unknown) => {
        // Only acquiring the connection can fail here (the store is closed): fail what waits.
        for (const unit of queue.splice(0)) unit.reject(error);
      });
    });
  }

  return <T>(work: (session: S) => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      schedule();
    });
}

/**
 * WAL checkpoints off the request path.
 *
 * node:sqlite runs on the event loop, and SQLite's automatic checkpoint runs inside the COMMIT
 * that crosses 1,000 WAL pages: it copies the pages into the database file and fsyncs both, and
 * every car's uplink waits meanwhile (60-200 ms stalls, the p99 of benchmark 2 in
 * docs/benchmarks.md). Here a worker thread with its own connection runs PASSIVE checkpoints on
 * a timer, and the connection on the event loop checkpoints only as a backstop when the WAL
 * passes ~160 MB (see below). Should the worker die, SQLite's default automatic checkpoint
 * (1,000 pages) is switched back on.
 *
 * The timer is not short: once a checkpoint has reached the end of the WAL, the next COMMIT on
 * the event loop starts the WAL again from its beginning and fsyncs its new header (SQLite does so
 * at any sync level short of OFF; 4-20 ms on a busy disk, docs/benchmarks.md "What bounds these
 * figures"). Every such rewind is a stall of every uplink, so they should be rare: one per
 * checkpoint cycle (the interval plus the catch-up), not five a second.
 */
import type { DatabaseSync } from 'node:sqlite';
import { Worker } from 'node:worker_threads';

export interface Checkpointer {
  stop(): Promise<void>;
}

/** SQLite's default `wal_autocheckpoint`, restored if the worker fails. */
const SQLITE_DEFAULT_AUTOCHECKPOINT_PAGES = 1000;
/**
 * 40,000 pages of 4 KiB (~160 MB): the WAL size at which the event loop checkpoints itself after
 * all; the bound of the WAL. Well above what one checkpoint cycle of the worker lets in at the
 * booking path's maximum rate (~20 pages per booking request, ~2,000 a second, a cycle of ~1 s).
 */
const BACKSTOP_AUTOCHECKPOINT_PAGES = 40_000;
/**
 * After a rewind, the first COMMIT cuts the WAL file back to this size, on the event loop: at the
 * backstop's size, so that a WAL within its bound is never cut (cutting ~100 MB took a 73 ms COMMIT).
 */
const WAL_SIZE_LIMIT_BYTES = BACKSTOP_AUTOCHECKPOINT_PAGES * 4096;

export function startCheckpointer(
  database: DatabaseSync,
  path: string,
  options: {
    intervalMs: number;
    onError?: (message: string) => void;
    /**
     * Runs `work` on the event loop's connection when no transaction holds it (between two
     * group-commit batches): the tail copy below must not run inside a batch's transaction.
     */
    betweenTransactions: (work: () => void) => Promise<void>;
  },
): Checkpointer {
  const worker = new Worker(new URL('./checkpoint-worker.ts', import.meta.url), {
    workerData: { path, intervalMs: options.intervalMs },
  });
  // The worker must not keep a finished process (or test run) alive.
  worker.unref();
  // Not 0: under writes that never pause (a bulk seed) the worker may never catch up with the
  // end of the WAL, and SQLite rewinds the WAL only when a checkpoint reached its end; the
  // automatic checkpoint at ~160 MB is the backstop that bounds it (cheap then: the worker has
  // already copied most of its pages). In normal operation the worker keeps the WAL far below.
  database.exec(`PRAGMA wal_autocheckpoint = ${BACKSTOP_AUTOCHECKPOINT_PAGES}`);
  // After a rewind past the bound, the WAL file is cut back to it: the disk space comes back.
  database.exec(`PRAGMA journal_size_limit = ${WAL_SIZE_LIMIT_BYTES}`);
  let stopping = false;
  let exited = false;
  worker.once('exit', () => {
    exited = true;
  });
  const fallBack = (why: string): void => {
    if (stopping) return;
    try {
      database.exec(`PRAGMA wal_autocheckpoint = ${SQLITE_DEFAULT_AUTOCHECKPOINT_PAGES}`);
    } catch {
      // The connection is closed already: nothing left to checkpoint for.
    }
    options.onError?.(`checkpoint worker ended (${why}); automatic checkpoints are back on`);
  };
  worker.on('error', (error) => fallBack(error.message));
  worker.on('exit', (code) => fallBack(`exit code ${code}`));
  // The last frames, copied by the writer's own connection between two of its COMMITs: the
  // worker copied all it saw, but steady COMMITs keep the WAL's end ahead of it, and SQLite
  // rewinds the WAL only at a COMMIT that finds every frame copied. Without this the WAL grew to
  // the backstop and the event loop copied ~15,000 frames itself (a 20-60 ms stall every ~2 s at
  // half the booking path's maximum rate, docs/benchmarks.md "What bounds these figures"); the
  // tail is the few frames of the last ~5 ms.
  const tail = database.prepare('PRAGMA wal_checkpoint(PASSIVE)');
  let copyingTail = false;
  const copyTail = (): void => {
    if (copyingTail || stopping) return;
    copyingTail = true;
    options
      .betweenTransactions(() => {
        if (!stopping) tail.get();
      })
      .catch((error: unknown) => {
        options.onError?.(
          `checkpoint of the WAL's tail failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      })
      .finally(() => {
        copyingTail = false;
      });
  };
  worker.on('message', (message: { kind: string; message?: string }) => {
    if (message.kind === 'error') options.onError?.(`checkpoint failed: ${message.message ?? ''}`);
    if (message.kind === 'tail') copyTail();
  });
  return {
    async stop() {
      if (stopping) return;
      stopping = true;
      if (exited) return;
      // Unref'd while it runs; referenced now so a process with nothing else to do waits for it.
      worker.ref();
      const gone = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      worker.postMessage('stop');
      // A checkpoint in progress finishes first; one stuck on a dead disk must not hang close().
      const timer = setTimeout(() => void worker.terminate(), 5_000);
      await gone;
      clearTimeout(timer);
    },
  };
}

/**
 * WAL checkpoints off the request path.
 *
 * node:sqlite runs on the event loop, and SQLite's automatic checkpoint runs inside the COMMIT
 * that crosses 1,000 WAL pages: it copies the pages into the database file and fsyncs both, and
 * every car's uplink waits meanwhile (60-200 ms stalls, the p99 of benchmark 2 in
 * docs/benchmarks.md). Here the connection on the event loop never checkpoints
 * (`wal_autocheckpoint = 0`) and a worker thread with its own connection runs PASSIVE
 * checkpoints on a timer. Should the worker die, automatic checkpoints are switched back on, so
 * the WAL never grows without bound.
 */
import type { DatabaseSync } from 'node:sqlite';
import { Worker } from 'node:worker_threads';

export interface Checkpointer {
  stop(): Promise<void>;
}

/** SQLite's default `wal_autocheckpoint`, restored if the worker fails. */
const SQLITE_DEFAULT_AUTOCHECKPOINT_PAGES = 1000;

export function startCheckpointer(
  database: DatabaseSync,
  path: string,
  options: { intervalMs: number; onError?: (message: string) => void },
): Checkpointer {
  const worker = new Worker(new URL('./checkpoint-worker.ts', import.meta.url), {
    workerData: { path, intervalMs: options.intervalMs },
  });
  // The worker must not keep a finished process (or test run) alive.
  worker.unref();
  database.exec('PRAGMA wal_autocheckpoint = 0');
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
  worker.on('message', (message: { kind: string; message?: string }) => {
    if (message.kind === 'error') options.onError?.(`checkpoint failed: ${message.message ?? ''}`);
  });
  return {
    async stop() {
      if (stopping) return;
      stopping = true;
      if (exited) return;
      const gone = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      worker.postMessage('stop');
      // A checkpoint in progress finishes first; one stuck on a dead disk must not hang close().
      const timer = setTimeout(() => void worker.terminate(), 5_000);
      await gone;
      clearTimeout(timer);
    },
  };
}

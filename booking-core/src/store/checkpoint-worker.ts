/**
 * Worker thread body of the WAL checkpointer (checkpointer.ts): its own connection to the file,
 * a PASSIVE checkpoint every `intervalMs`, and then every few ms (at most CATCH_UP_TRIES times)
 * until it has reached the WAL's end (under steady writes it would otherwise never catch up, the
 * WAL would never rewind, and the event loop's backstop checkpoint would do the work after all). PASSIVE never waits for, nor blocks, the writer on the
 * main thread; the fsyncs of the checkpoint happen here, off the event loop.
 */
import { DatabaseSync } from 'node:sqlite';
import { parentPort, workerData } from 'node:worker_threads';

interface CheckpointWorkerData {
  readonly path: string;
  readonly intervalMs: number;
}

const { path, intervalMs } = workerData as CheckpointWorkerData;
const database = new DatabaseSync(path);
database.exec('PRAGMA busy_timeout = 1000');
const checkpoint = database.prepare('PRAGMA wal_checkpoint(PASSIVE)');

/** Again soon while behind: the WAL rewinds only once a checkpoint has reached its end. */
const CATCH_UP_MS = 5;
/**
 * At most this many catch-up checkpoints after each timed one: under writes that never pause
 * the worker would otherwise checkpoint (and fsync the database file) every 5 ms for good, a CPU
 * of the event loop's machine. Not caught up by then, it tries again at the next interval; the
 * event loop's backstop (checkpointer.ts) bounds the WAL meanwhile.
 */
const CATCH_UP_TRIES = 10;
let timer: NodeJS.Timeout | undefined;
let stopped = false;
/** Frames in the WAL at the previous checkpoint of this catch-up (-1: none yet). */
let previousLog = -1;
let tries = 0;

function run(): void {
  let behind = false;
  try {
    // PRAGMA wal_checkpoint answers (busy, log, checkpointed): frames in the WAL, frames copied,
    // both as of the checkpoint's start. Caught up only when a checkpoint copied everything and
    // no COMMIT added frames since the one before: under steady writes every checkpoint "copies
    // all" it saw while the WAL grows behind it, and never rewinds.
    const result = checkpoint.get() as { log: number; checkpointed: number } | undefined;
    behind = result !== undefined && (result.checkpointed < result.log || result.log !== previousLog);
    tries = behind ? tries + 1 : 0;
    if (tries > CATCH_UP_TRIES) {
      behind = false;
      tries = 0;
    }
    previousLog = behind && result ? result.log : -1;
  } catch (error) {
    // SQLITE_BUSY from another checkpointer (a second process on the file): try again next time.
    parentPort?.postMessage({
      kind: 'error',
      message: error instanceof Error ? error.message : String(error),
    });
  }
  if (!stopped) timer = setTimeout(run, behind ? CATCH_UP_MS : intervalMs);
}
timer = setTimeout(run, intervalMs);

parentPort?.on('message', (message: unknown) => {
  if (message !== 'stop') return;
  stopped = true;
  clearTimeout(timer);
  database.close();
  parentPort?.postMessage({ kind: 'stopped' });
  parentPort?.close();
});

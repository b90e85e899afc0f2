/**
 * Worker thread body of the WAL checkpointer (checkpointer.ts): its own connection to the file,
 * a PASSIVE checkpoint every `intervalMs`, then one more a few ms later to see whether it reached
 * the WAL's end; when the writer kept writing meanwhile, up to CONVERGE_ROUNDS more at once, each
 * copying what the one before left, and only then does it ask the event loop to copy the last few
 * frames (see `verdict`). PASSIVE never waits for, nor blocks, the writer on the main thread;
 * the bulk of the copying and its fsyncs happen here, off the event loop.
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
/**
 * Rounds run right after a `moving` one before the event loop is asked to copy the tail. Each
 * round copies what COMMITs added during the round before, so the rounds shrink (a round of
 * 40-80 ms leaves ~1,000 frames, its successor copies them in a few ms and leaves tens): the
 * event loop then copies a few ms of writes, not the writes of a whole worker round (13.5 ms
 * tail copies on the event loop under Health Status uploads with none, docs/benchmarks.md).
 */
const CONVERGE_ROUNDS = 3;
let converging = 0;
let timer: NodeJS.Timeout | undefined;
let stopped = false;
/** Frames in the WAL at the previous checkpoint of this catch-up (-1: none yet). */
let previousLog = -1;
let tries = 0;

/**
 * What one checkpoint found. PRAGMA wal_checkpoint answers (busy, log, checkpointed): frames in
 * the WAL and frames copied, both as of the checkpoint's start.
 * - `behind`: frames were left (a reader's snapshot held them): try again soon;
 * - `moving`: it copied everything it saw, but COMMITs added frames since the checkpoint before:
 *   under steady writes every checkpoint "copies all" it saw while the WAL grows behind it, and
 *   the WAL never rewinds. Only the writer's own connection can copy the last frames between two
 *   of its COMMITs: the event loop is asked to (checkpointer.ts `copyTail`);
 * - `done`: copied all, nothing new: the next COMMIT rewinds the WAL.
 */
function verdict(result: { log: number; checkpointed: number } | undefined): 'behind' | 'moving' | 'done' {
  if (result === undefined || result.log === 0) return 'done';
  if (result.checkpointed < result.log) return 'behind';
  return result.log === previousLog ? 'done' : previousLog === -1 ? 'behind' : 'moving';
}

function run(): void {
  let again = false;
  /** The wait before the next round when `again`: a catch-up's, or none for a converging round. */
  let at = CATCH_UP_MS;
  try {
    const result = checkpoint.get() as { log: number; checkpointed: number } | undefined;
    const found = verdict(result);
    tries = found === 'behind' ? tries + 1 : 0;
    again = found === 'behind' && tries <= CATCH_UP_TRIES;
    converging = found === 'moving' ? converging + 1 : 0;
    if (found === 'moving' && converging <= CONVERGE_ROUNDS) {
      again = true;
      at = 0;
    } else if (found === 'moving') parentPort?.postMessage({ kind: 'tail' });
    previousLog = again && result ? result.log : -1;
    if (!again) {
      tries = 0;
      converging = 0;
    }
  } catch (error) {
    // SQLITE_BUSY from another checkpointer (a second process on the file): try again next time.
    parentPort?.postMessage({
      kind: 'error',
      message: error instanceof Error ? error.message : String(error),
    });
  }
  if (!stopped) timer = setTimeout(run, again ? at : intervalMs);
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

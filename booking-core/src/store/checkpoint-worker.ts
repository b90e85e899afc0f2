/**
 * Worker thread body of the WAL checkpointer (checkpointer.ts): its own connection to the file,
 * a PASSIVE checkpoint every `intervalMs`. PASSIVE never waits for, nor blocks, the writer on the
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

const timer = setInterval(() => {
  try {
    checkpoint.get();
  } catch (error) {
    // SQLITE_BUSY from another checkpointer (a second process on the file): try again next time.
    parentPort?.postMessage({
      kind: 'error',
      message: error instanceof Error ? error.message : String(error),
    });
  }
}, intervalMs);

parentPort?.on('message', (message: unknown) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  database.close();
  parentPort?.postMessage({ kind: 'stopped' });
  parentPort?.close();
});

/**
 * The WAL checkpointer (src/store/checkpointer.ts) on a real SQLite file: the connection on the
 * event loop never checkpoints, and the worker thread moves the WAL into the database file.
 */

/** The WAL header's checkpoint sequence number: one more at every rewind of the WAL (sqlite.org/fileformat.html). */
function walRewinds(wal: string): number {
  const fd = openSync(wal, 'r');
  try {
    const header = Buffer.alloc(16);
    return readSync(fd, header, 0, 16, 0) === 16 ? header.readUInt32BE(12) : 0;
  } finally {
    closeSync(fd);
  }
}

import { closeSync, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { startCheckpointer } from '../src/store/checkpointer.ts';

/** A fresh WAL-mode SQLite file with one table `t`, closed and removed after `work`. */
async function withWalDatabase(work: (database: DatabaseSync, file: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'csb-checkpoint-'));
  const file = path.join(dir, 'test.sqlite');
  const database = new DatabaseSync(file);
  try {
    database.exec('PRAGMA journal_mode = WAL');
    database.exec('PRAGMA synchronous = NORMAL');
    database.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
    await work(database, file);
  } finally {
    database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('WAL checkpointer', () => {
  it('checkpoints from its worker while the main connection checkpoints only past ~160 MB', () =>
    withWalDatabase(async (database, file) => {
      const warnings: string[] = [];
      const checkpointer = startCheckpointer(database, file, {
        intervalMs: 20,
        onError: (m) => warnings.push(m),
        betweenTransactions: async (work) => work(),
      });
      try {
        expect(database.prepare('PRAGMA wal_autocheckpoint').get()).toEqual({ wal_autocheckpoint: 40_000 });
        const before = statSync(file).size;
        const insert = database.prepare('INSERT INTO t (body) VALUES (?)');
        for (let i = 0; i < 2_000; i++) insert.run('x'.repeat(200));
        // ~100 pages written to the WAL only (below the backstop); the database file grows when the
        // worker copies them.
        let after = before;
        for (let i = 0; i < 250 && after <= before; i++) {
          await sleep(20);
          after = statSync(file).size;
        }
        expect(after).toBeGreaterThan(before + 100 * 1024);
        expect(warnings).toEqual([]);
      } finally {
        await checkpointer.stop();
      }
    }));

  it('rewinds the WAL under COMMITs that never pause, long before the backstop', () =>
    withWalDatabase(async (database, file) => {
      const warnings: string[] = [];
      let inTransaction = false;
      const checkpointer = startCheckpointer(database, file, {
        intervalMs: 20,
        onError: (m) => warnings.push(m),
        betweenTransactions: async (work) => {
          // As the store's connection lock does: never inside one of the writer's transactions.
          expect(inTransaction).toBe(false);
          work();
        },
      });
      try {
        const insert = database.prepare('INSERT INTO t (body) VALUES (?)');
        const first = walRewinds(`${file}-wal`);
        // A writer that commits at every turn of the event loop, as the group commit does under
        // load: no pause in which the worker could reach the WAL's end by itself. Bounded: 4,000
        // transactions of ~3 pages (~12,000 pages, far below the 40,000-page backstop).
        for (let i = 0; i < 4_000; i++) {
          inTransaction = true;
          database.exec('BEGIN IMMEDIATE');
          for (let j = 0; j < 40; j++) insert.run('x'.repeat(200));
          database.exec('COMMIT');
          inTransaction = false;
          await new Promise<void>((resolve) => setImmediate(resolve));
        }
        // The WAL rewound: by the worker's converging rounds reaching its end, or by a tail copy
        // on this connection (each checked above to run outside a transaction). Which of
        // the two gets there first depends on scheduling, so only the rewind is asserted.
        expect(walRewinds(`${file}-wal`)).toBeGreaterThan(first);
        expect(warnings).toEqual([]);
      } finally {
        await checkpointer.stop();
      }
    }));
});

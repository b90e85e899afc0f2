/**
 * The WAL checkpointer (src/store/checkpointer.ts) on a real SQLite file: the connection on the
 * event loop never checkpoints, and the worker thread moves the WAL into the database file.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { startCheckpointer } from '../src/store/checkpointer.ts';

describe('WAL checkpointer', () => {
  it('checkpoints from its worker while the main connection checkpoints only past ~160 MB', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'csb-checkpoint-'));
    const file = path.join(dir, 'test.sqlite');
    const database = new DatabaseSync(file);
    try {
      database.exec('PRAGMA journal_mode = WAL');
      database.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
      const warnings: string[] = [];
      const checkpointer = startCheckpointer(database, file, {
        intervalMs: 20,
        onError: (m) => warnings.push(m),
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
    } finally {
      database.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

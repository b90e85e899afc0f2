/**
 * Group commit (src/store/group-commit.ts) on a real SQLite file: units asked together share one
 * COMMIT, each stays atomic on its own, and none is answered before it is durable.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { groupCommit } from '../src/store/group-commit.ts';
import { directRunner, nodeSqliteDialect, statementCache } from '../src/store/node-sqlite-dialect.ts';

interface TestDb {
  parent: { id: number };
  child: { id: number; parent_id: number };
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

// No time bound by default: a cold first unit (JIT, statement preparation) can take longer than
// the production 5 ms, and these tests assert which units share a batch.
function open(limits = { maxUnits: 64, maxBatchMs: 60_000 }) {
  const dir = mkdtempSync(path.join(tmpdir(), 'csb-group-commit-'));
  const file = path.join(dir, 'test.sqlite');
  const database = new DatabaseSync(file);
  database.exec('PRAGMA journal_mode = WAL');
  database.exec('PRAGMA foreign_keys = ON');
  // A deferred foreign key is checked at COMMIT: the way to make a COMMIT itself fail.
  database.exec(`CREATE TABLE parent (id INTEGER PRIMARY KEY);
    CREATE TABLE child (id INTEGER PRIMARY KEY,
      parent_id INTEGER NOT NULL REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED)`);
  const statements = statementCache(database);
  const db = new Kysely<TestDb>({ dialect: nodeSqliteDialect(statements) });
  // As the store runs it (sqlite-store.ts): savepoints straight on the prepared statements.
  const transaction = groupCommit(db, (connection) => connection, {
    limits,
    statements: directRunner(statements),
  });
  // Another connection, as another process would have: sees only what is committed.
  const observer = new DatabaseSync(file, { readOnly: true });
  const committedParents = (): number =>
    Number((observer.prepare('SELECT count(*) AS n FROM parent').get() as { n: number }).n);
  cleanups.push(async () => {
    observer.close();
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });
  return { transaction, committedParents };
}

describe('group commit', () => {
  it('commits units asked together at once, in order, each seeing the ones before it', async () => {
    const { transaction, committedParents } = open();
    const seenBefore: number[] = [];
    const seenByOthers: number[] = [];
    const units = Array.from({ length: 10 }, (_, i) =>
      transaction(async (db) => {
        const row = await db
          .selectFrom('parent')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow();
        seenBefore.push(Number(row.n));
        seenByOthers.push(committedParents());
        await db.insertInto('parent').values({ id: i }).execute();
        return i;
      }),
    );
    expect(await Promise.all(units)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(seenBefore).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // One batch: no unit was committed while the others ran.
    expect(seenByOthers).toEqual(Array(10).fill(0));
    expect(committedParents()).toBe(10);
  });

  it('rolls back a unit that throws alone; the others of its batch commit', async () => {
    const { transaction, committedParents } = open();
    const failure = new Error('domain refusal');
    const results = await Promise.allSettled([
      transaction((db) => db.insertInto('parent').values({ id: 1 }).execute()),
      transaction(async (db) => {
        await db.insertInto('parent').values({ id: 2 }).execute();
        throw failure;
      }),
      transaction((db) => db.insertInto('parent').values({ id: 3 }).execute()),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(results[1]?.status === 'rejected' && results[1].reason).toBe(failure);
    expect(committedParents()).toBe(2);
  });

  it('fails every unit of a batch whose COMMIT fails, keeps none, and goes on', async () => {
    const { transaction, committedParents } = open();
    const results = await Promise.allSettled([
      transaction((db) => db.insertInto('parent').values({ id: 1 }).execute()),
      // Passes its savepoint, fails the COMMIT (deferred foreign key to a missing parent).
      transaction((db) => db.insertInto('child').values({ id: 1, parent_id: 99 }).execute()),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(committedParents()).toBe(0);
    await transaction((db) => db.insertInto('parent').values({ id: 5 }).execute());
    expect(committedParents()).toBe(1);
  });

  it('splits a long queue into bounded batches, none lost', async () => {
    const { transaction, committedParents } = open({ maxUnits: 3, maxBatchMs: 60_000 });
    const seenByOthers: number[] = [];
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        transaction(async (db) => {
          seenByOthers.push(committedParents());
          await db.insertInto('parent').values({ id: i }).execute();
        }),
      ),
    );
    // Batches of 3: the 4th, 7th and 10th units see the batches before them committed.
    expect(seenByOthers).toEqual([0, 0, 0, 3, 3, 3, 6, 6, 6, 9]);
    expect(committedParents()).toBe(10);
  });
});

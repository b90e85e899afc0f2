/**
 * Dealer API keys between requests (service/dealer-key-cache.ts) and conditional list requests
 * (ETag / If-None-Match), on each store and on real sockets: a rotated key is refused at the very
 * next request, on this node and on another node of the same PostgreSQL database; a list answered
 * 304 only while nothing it shows changed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../src/index.ts';
import { dealerKeyCache } from '../src/service/dealer-key-cache.ts';
import { openSqliteStore } from '../src/store/sqlite-store.ts';
import { type NodeDatabase, type TestNode, testNodes } from './nodes.ts';
import { stopTestPostgres, TEST_STORES } from './stores.ts';
import { bookOn } from './support.ts';

afterAll(stopTestPostgres);

const ADMIN_KEY = 'admin-key-of-this-test';
const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

const nodes = testNodes();
const database = nodes.database;

/** One csb node with the admin API: a core on the database and its HTTP app on a loopback port. */
const startNode = (db: NodeDatabase): Promise<TestNode> => nodes.start(db, { adminKey: ADMIN_KEY });

const actions = (node: TestNode, key: string, headers: Record<string, string> = {}) =>
  fetch(`${node.url}/dealer/v1/appointments?list=actions`, { headers: { ...bearer(key), ...headers } });

async function rotate(node: TestNode, dealerId: string): Promise<string> {
  const response = await fetch(`${node.url}/admin/v1/dealers/${dealerId}/api-key`, {
    method: 'POST',
    headers: bearer(ADMIN_KEY),
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { dealerId: string; apiKey: string };
  expect(body.dealerId).toBe(dealerId);
  return body.apiKey;
}

const ids = async (response: Response) =>
  ((await response.json()) as { items: { appointmentId: string }[] }).items.map((i) => i.appointmentId);

describe.each(TEST_STORES)('dealer API keys and conditional lists on %s', (kind) => {
  it('refuses a rotated key at the next request and accepts the new one at once', async () => {
    const node = await startNode(await database(kind));
    await seedDemoData(node.core);
    // Twice, so a key kept between requests would be kept by now.
    expect((await actions(node, 'demo-key-dealer-gbg')).status).toBe(200);
    expect((await actions(node, 'demo-key-dealer-gbg')).status).toBe(200);

    const fresh = await rotate(node, 'dealer-gbg');
    const refused = await actions(node, 'demo-key-dealer-gbg');
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { code: string }).code).toBe('AUTH_INVALID_KEY');
    expect((await actions(node, fresh)).status).toBe(200);
    // The other dealer's key is untouched.
    expect((await actions(node, 'demo-key-dealer-lyon')).status).toBe(200);
    // An unknown dealer gets no key.
    const unknown = await fetch(`${node.url}/admin/v1/dealers/dealer-nowhere/api-key`, {
      method: 'POST',
      headers: bearer(ADMIN_KEY),
    });
    expect(unknown.status).toBe(422);
  });

  it('answers 304 to If-None-Match while the list is unchanged, and the new list after a change', async () => {
    const node = await startNode(await database(kind));
    const demo = await seedDemoData(node.core);
    const first = await actions(node, 'demo-key-dealer-gbg');
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^W\/"[0-9a-f]{32}"$/);
    expect(first.headers.get('cache-control')).toBe('private, no-cache');
    const before = await ids(first);

    const unchanged = await actions(node, 'demo-key-dealer-gbg', { 'if-none-match': etag });
    expect(unchanged.status).toBe(304);
    expect(unchanged.headers.get('etag')).toBe(etag);
    expect(await unchanged.text()).toBe('');
    // Among other tags, and compared weakly.
    const listed = await actions(node, 'demo-key-dealer-gbg', {
      'if-none-match': `"other", ${etag.slice(2)}`,
    });
    expect(listed.status).toBe(304);

    // Another dealer's tag for its own list differs: no 304 across dealers.
    const lyon = await actions(node, 'demo-key-dealer-lyon', { 'if-none-match': etag });
    expect(lyon.status).toBe(200);
    expect(lyon.headers.get('etag')).not.toBe(etag);

    const appointmentId = await bookOn(node.core, demo, 'dealer-gbg');
    const changed = await actions(node, 'demo-key-dealer-gbg', { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(await ids(changed)).toEqual(expect.arrayContaining([...before, appointmentId]));
  });
});

describe('two nodes on one PostgreSQL database', () => {
  it('a key rotated on one node is refused on the other at its next request; lists stay current', async () => {
    const db = await database('postgres');
    const a = await startNode(db);
    const b = await startNode(db);
    const demo = await seedDemoData(a.core);
    const first = await actions(b, 'demo-key-dealer-gbg');
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag') ?? '';
    expect((await actions(b, 'demo-key-dealer-gbg', { 'if-none-match': etag })).status).toBe(304);

    // A change committed by node A is in node B's next answer.
    const appointmentId = await bookOn(a.core, demo, 'dealer-gbg');
    const changed = await actions(b, 'demo-key-dealer-gbg', { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(await ids(changed)).toContain(appointmentId);

    const fresh = await rotate(a, 'dealer-gbg');
    expect((await actions(b, 'demo-key-dealer-gbg')).status).toBe(401);
    expect((await actions(b, fresh)).status).toBe(200);
  });
});

describe('the SQLite store write epoch', () => {
  it('moves with every commit, of this store or of another connection, and not with reads', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csb-epoch-'));
    const store = await openSqliteStore({ path: join(dir, 'csb.sqlite') });
    try {
      const epoch = () => store.writeEpoch?.() ?? Number.NaN;
      const start = epoch();
      expect(Number.isFinite(start)).toBe(true);
      await store.read((s) => s.findDealerApiKey('nothing'));
      expect(epoch()).toBe(start);
      await store.transaction(async (s) => {
        await s.insertDealer({
          dealerId: 'd1',
          name: 'Dealer',
          phone: '+46 31 00 00 00',
          address: { street: 'Road 1', postalCode: '41101', city: 'Gothenburg', countryCode: 'SE' },
          location: { latitude: 57.7, longitude: 11.97 },
          createdAt: 1,
        });
        await s.insertDealerApiKey('d1', 'hash-1', 1);
      });
      const afterWrite = epoch();
      expect(afterWrite).toBeGreaterThan(start);
      await store.transaction((s) => s.deleteDealerApiKeys('d1'));
      const afterDelete = epoch();
      expect(afterDelete).toBeGreaterThan(afterWrite);
      expect(epoch()).toBe(afterDelete);
      // Another connection (another process would do the same): its commit moves the epoch too.
      const other = new DatabaseSync(join(dir, 'csb.sqlite'));
      try {
        other.prepare("UPDATE dealers SET name = 'Renamed' WHERE dealer_id = 'd1'").run();
      } finally {
        other.close();
      }
      expect(epoch()).toBeGreaterThan(afterDelete);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('dealerKeyCache', () => {
  const session = { dealerId: 'd1', listGeneration: '1.0' };

  it('reuses a key only while the epoch is unchanged, and never keeps unknown keys', async () => {
    let epoch = 0;
    let reads = 0;
    const cache = dealerKeyCache({ writeEpoch: () => epoch, maxEntries: 10 });
    const read = async () => {
      reads += 1;
      return session;
    };
    await cache.session('h1', read);
    await cache.session('h1', read);
    expect(reads).toBe(1);
    epoch += 1;
    await cache.session('h1', read);
    expect(reads).toBe(2);

    expect(await cache.session('unknown', async () => null)).toBeNull();
    expect(cache.size()).toBe(1);
  });

  it('holds at most maxEntries keys, and reads every time without a write epoch', async () => {
    const cache = dealerKeyCache({ writeEpoch: () => 0, maxEntries: 3 });
    for (let i = 0; i < 10; i++) await cache.session(`h${i}`, async () => session);
    expect(cache.size()).toBe(3);

    let reads = 0;
    const uncached = dealerKeyCache({ writeEpoch: undefined, maxEntries: 3 });
    for (let i = 0; i < 3; i++)
      await uncached.session('h', async () => {
        reads += 1;
        return session;
      });
    expect(reads).toBe(3);
    expect(uncached.size()).toBe(0);
  });
});

import { DatabaseSync } from 'node:sqlite';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../src/index.ts';
import { epochAfterNow } from '../src/service/dealer-key-cache.ts';
import { type NodeDatabase, type TestNode, testNodes } from './nodes.ts';
import { stopTestPostgres, TEST_STORES } from './stores.ts';
import { bookOn, proposalInput } from './support.ts';

afterAll(stopTestPostgres);

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
const LISTS = [undefined, 'actions', 'pending', 'planned'] as const;

const nodes = testNodes();
const database = nodes.database;

function startNode(
  db: NodeDatabase,
  options: { listCacheBytes?: number; logger?: pino.Logger } = {},
): Promise<TestNode> {
  return nodes.start(db, {
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.listCacheBytes === undefined ? {} : { dealerListCacheBytes: options.listCacheBytes }),
  });
}

async function list(node: TestNode, key: string, which?: (typeof LISTS)[number]) {
  const response = await fetch(`${node.url}/dealer/v1/appointments${which ? `?list=${which}` : ''}`, {
    headers: bearer(key),
  });
  expect(response.status).toBe(200);
  const body = await response.text();
  const ids = (JSON.parse(body) as { items: { appointmentId: string }[] }).items.map((i) => i.appointmentId);
  return { body, ids, etag: response.headers.get('etag') };
}

/** A metric's value (summed over its label sets, or the one with `source`). */
async function metric(node: TestNode, name: string, source?: string): Promise<number> {
  const found = node.metrics.getSingleMetric(name);
  if (!found) throw new Error(`no metric ${name}`);
  const { values } = await found.get();
  return values
    .filter((v) => source === undefined || v.labels.source === source)
    .reduce((sum, v) => sum + v.value, 0);
}

describe.each(TEST_STORES)('rendered dealer lists on %s', (kind) => {
  it('shows a change to one appointment in the next list request, whoever made it', async () => {
    const db = await database(kind);
    const node = await startNode(db);
    const demo = await seedDemoData(node.core);
    const first = await bookOn(node.core, demo, 'dealer-gbg');
    const key = 'demo-key-dealer-gbg';

    const rendered = await list(node, key, 'actions');
    expect(rendered.ids).toEqual([first]);
    const reused = await list(node, key, 'actions');
    expect(reused.body).toBe(rendered.body);
    expect(await metric(node, 'csb_dealer_list_answers_total', 'cache')).toBe(1);

    // A dealer command over the API moves it from Actions to Pending.
    const proposed = await fetch(`${node.url}/dealer/v1/appointments/${first}/proposals`, {
      method: 'POST',
      headers: { ...bearer(key), 'content-type': 'application/json' },
      body: JSON.stringify({ ...proposalInput, start: new Date(proposalInput.start).toISOString() }),
    });
    expect(proposed.status).toBe(201);
    expect((await list(node, key, 'actions')).ids).toEqual([]);
    expect((await list(node, key, 'pending')).ids).toEqual([first]);

    // A car's request reaches the next list.
    const second = await bookOn(node.core, demo, 'dealer-gbg');
    expect((await list(node, key, 'actions')).ids).toEqual([second]);

    // A change this node's code did not make: another connection (SQLite) or node (PostgreSQL).
    if (kind === 'sqlite') {
      const other = new DatabaseSync(db.databasePath);
      try {
        other
          .prepare('UPDATE vehicles SET model = ? WHERE vin IN (SELECT vin FROM appointments)')
          .run('Other');
      } finally {
        other.close();
      }
      const models = JSON.parse((await list(node, key, 'actions')).body) as {
        items: { vehicle: { model: string } }[];
      };
      expect(models.items.map((i) => i.vehicle.model)).toEqual(['Other']);
    } else {
      const other = await startNode(db);
      const result = await other.core.propose('dealer-gbg', second, proposalInput);
      expect(result.ok).toBe(true);
      expect((await list(node, key, 'actions')).ids).toEqual([]);
      expect((await list(node, key, 'pending')).ids.sort()).toEqual([first, second].sort());
    }
  });

  it("never serves one dealer's list to another, and keeps no more bytes than its bound", async () => {
    const db = await database(kind);
    // Room for a few lists only: each counts its body plus 256 bytes.
    const bound = 2_000;
    const node = await startNode(db, { listCacheBytes: bound });
    const demo = await seedDemoData(node.core);
    const own = new Map<string, string[]>([
      ['demo-key-dealer-gbg', [await bookOn(node.core, demo, 'dealer-gbg')]],
      ['demo-key-dealer-lyon', [await bookOn(node.core, demo, 'dealer-lyon')]],
    ]);
    for (let i = 0; i < 8; i++) {
      const created = await node.core.createDealer({
        name: `Dealer ${i}`,
        phone: '+46 31 00 00 00',
        address: { street: 'Road 1', postalCode: '41101', city: 'Gothenburg', countryCode: 'SE' },
        location: { latitude: 57.7, longitude: 11.97 },
      });
      if (!created.ok) throw new Error(JSON.stringify(created.error));
      own.set(created.value.apiKey, []);
    }
    const etags = new Set<string>();
    let requests = 0;
    // Round after round over every dealer and list: more distinct lists than the bound holds.
    for (let round = 0; round < 3; round++) {
      for (const [key, ids] of own) {
        for (const which of LISTS) {
          // Twice in a row: the second may be the kept rendering, never another dealer's.
          for (let again = 0; again < 2; again++) {
            const answer = await list(node, key, which);
            requests += 1;
            for (const id of answer.ids) expect(ids).toContain(id);
            if (which === undefined || which === 'actions') expect(answer.ids).toEqual(ids);
            if (round === 0 && answer.etag) etags.add(answer.etag);
            expect(await metric(node, 'csb_dealer_list_cache_bytes')).toBeLessThanOrEqual(bound);
          }
        }
      }
    }
    // Every dealer's every list has an entity tag of its own.
    expect(etags.size).toBe(own.size * LISTS.length);
    const entries = await metric(node, 'csb_dealer_list_cache_entries');
    expect(entries).toBeGreaterThan(0);
    expect(entries).toBeLessThan(own.size * LISTS.length);
    // Lists pushed out by the bound were rendered again; the ones kept were reused.
    const rendered = await metric(node, 'csb_dealer_list_answers_total', 'rendered');
    const cached = await metric(node, 'csb_dealer_list_answers_total', 'cache');
    expect(rendered).toBeGreaterThan(own.size * LISTS.length);
    expect(cached).toBeGreaterThan(0);
    expect(rendered + cached).toBe(requests);
  });
});

describe('the write epoch of a dealer API request', () => {
  it('is read once for every request of an event-loop turn, and after each asked', async () => {
    let value = 0;
    let reads = 0;
    const epoch = epochAfterNow(() => {
      reads += 1;
      return value;
    });
    const asked = [epoch(), epoch(), epoch()];
    // A commit after the requests arrived but before the turn ended: each of them sees it.
    value = 7;
    expect(await Promise.all(asked)).toEqual([7, 7, 7]);
    expect(reads).toBe(1);
    value = 8;
    expect(await epoch()).toBe(8);
    expect(reads).toBe(2);
  });
});

describe('request log lines', () => {
  it("carry the request's own dealer, never another request's", async () => {
    const raw: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n')) if (line) raw.push(line);
        done();
      },
    });
    const node = await startNode(await database('sqlite'), { logger: pino({ level: 'info' }, sink) });
    await seedDemoData(node.core);
    const keys = { 'dealer-gbg': 'demo-key-dealer-gbg', 'dealer-lyon': 'demo-key-dealer-lyon' };
    const order = ['dealer-gbg', 'dealer-lyon', 'dealer-gbg', 'dealer-lyon', 'dealer-lyon'] as const;
    const ids: string[] = [];
    for (const dealerId of order) {
      const response = await fetch(`${node.url}/dealer/v1/appointments?list=actions`, {
        headers: bearer(keys[dealerId]),
      });
      expect(response.status).toBe(200);
      ids.push(response.headers.get('x-request-id') ?? '');
    }
    // Without a key: the request line has no dealer.
    expect((await fetch(`${node.url}/dealer/v1/appointments`)).status).toBe(401);
    await new Promise((resolve) => setImmediate(resolve));
    const requestRaw = raw.filter((l) => l.includes('"msg":"request"'));
    const requestLines = requestRaw.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(requestLines.map((l) => l.dealerId)).toEqual([...order, undefined]);
    expect(requestLines.slice(0, order.length).map((l) => l.requestId)).toEqual(ids);
    // One binding per line, not one more per request (a shared logger would pile them up).
    for (const line of requestRaw.slice(0, order.length)) expect(line.split('"dealerId"').length).toBe(2);
  });
});

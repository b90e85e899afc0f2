/**
 * A caught-up long poll of a dealer's event feed (docs/api.md "Events and webhooks") on a real
 * SQLite store: woken only by its own dealer's events. The test plays the core's part of telling
 * the listeners which dealers a COMMIT wrote events for, and counts the feed's reads of the store.
 */
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BookingStore } from '../src/service/store-port.ts';
import { DEFAULT_WEBHOOK_SETTINGS, type DealerEventListener } from '../src/service/webhook-delivery.ts';
import { webhookApi } from '../src/service/webhooks.ts';
import { type OpenedStore, openStoreUnderTest } from './stores.ts';

let opened: OpenedStore;
beforeAll(async () => {
  opened = await openStoreUnderTest('sqlite');
});
afterAll(() => opened.remove());

describe('dealer event feed, long poll', () => {
  it("is not woken by other dealers' events", async () => {
    let reads = 0;
    const store: BookingStore = {
      ...opened.store,
      read: (work) => {
        reads += 1;
        return opened.store.read(work);
      },
    };
    const listeners = new Set<DealerEventListener>();
    const api = webhookApi({
      store,
      clock: { now: () => Date.now() },
      logger: pino({ level: 'silent' }),
      settings: DEFAULT_WEBHOOK_SETTINGS,
      eventListeners: listeners,
      stoppers: new Set(),
    });
    const stop = new AbortController();
    const waiting = api.dealerEvents('dealer-a', '', 10, { waitMs: 20_000, signal: stop.signal });
    // The first read found nothing: the request waits (its next look is a second away).
    for (let i = 0; i < 100 && listeners.size === 0; i++) await new Promise((r) => setTimeout(r, 5));
    expect(listeners.size).toBe(1);
    const before = reads;
    for (let i = 0; i < 50; i++) for (const listener of listeners) listener(new Set(['dealer-b']));
    await new Promise((r) => setTimeout(r, 100));
    // Fifty COMMITs of another dealer's events: not one read of dealer-a's feed.
    expect(reads).toBe(before);
    // Its own dealer's event: it reads again (and, finding nothing new here, waits on).
    for (const listener of [...listeners]) listener(new Set(['dealer-b', 'dealer-a']));
    for (let i = 0; i < 100 && reads === before; i++) await new Promise((r) => setTimeout(r, 5));
    expect(reads).toBe(before + 1);
    stop.abort();
    const answer = await waiting;
    expect(answer).toMatchObject({ ok: true, value: { items: [] } });
  });
});

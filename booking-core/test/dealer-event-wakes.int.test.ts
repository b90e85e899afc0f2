/**
 * What dealer events wake, on a real SQLite store (docs/api.md "Events and webhooks"): a caught-up
 * long poll of a dealer's feed only by its own dealer's events, the webhook worker at most every
 * 25 ms. The test plays the core's part of telling the listeners which dealers a COMMIT wrote
 * events for, and counts the store calls the wakes cost.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BookingStore } from '../src/service/store-port.ts';
import {
  createWorker,
  DEFAULT_WEBHOOK_SETTINGS,
  type DealerEventListener,
  type WebhookDeps,
} from '../src/service/webhook-delivery.ts';
import { webhookApi } from '../src/service/webhooks.ts';
import { type OpenedStore, openStoreUnderTest } from './stores.ts';

let opened: OpenedStore;
beforeAll(async () => {
  opened = await openStoreUnderTest('sqlite');
});
afterAll(() => opened.remove());

/** The webhook services' dependencies on the real store, its reads and transactions counted. */
function countedDeps(): {
  deps: WebhookDeps;
  listeners: Set<DealerEventListener>;
  calls: { reads: number; transactions: number };
} {
  const calls = { reads: 0, transactions: 0 };
  const store: BookingStore = {
    ...opened.store,
    read: (work) => {
      calls.reads += 1;
      return opened.store.read(work);
    },
    transaction: (work) => {
      calls.transactions += 1;
      return opened.store.transaction(work);
    },
  };
  const listeners = new Set<DealerEventListener>();
  const deps: WebhookDeps = {
    store,
    clock: { now: () => Date.now() },
    logger: pino({ level: 'silent' }),
    settings: DEFAULT_WEBHOOK_SETTINGS,
    eventListeners: listeners,
    stoppers: new Set(),
  };
  return { deps, listeners, calls };
}

/** The core's part: tells every listener that a COMMIT wrote events of `dealerIds`. */
function committed(listeners: Set<DealerEventListener>, ...dealerIds: string[]): void {
  for (const listener of [...listeners]) listener(new Set(dealerIds));
}

describe('dealer event feed, long poll', () => {
  it("is not woken by other dealers' events", async () => {
    const { deps, listeners, calls } = countedDeps();
    const api = webhookApi(deps);
    const stop = new AbortController();
    const waiting = api.dealerEvents('dealer-a', '', 10, { waitMs: 20_000, signal: stop.signal });
    // The first read found nothing: the request waits (its next look is a second away).
    for (let i = 0; i < 100 && listeners.size === 0; i++) await sleep(5);
    expect(listeners.size).toBe(1);
    const before = calls.reads;
    for (let i = 0; i < 50; i++) committed(listeners, 'dealer-b');
    await sleep(100);
    // Fifty COMMITs of another dealer's events: not one read of dealer-a's feed.
    expect(calls.reads).toBe(before);
    // Its own dealer's event: it reads again (and, finding nothing new here, waits on).
    committed(listeners, 'dealer-b', 'dealer-a');
    for (let i = 0; i < 100 && calls.reads === before; i++) await sleep(5);
    expect(calls.reads).toBe(before + 1);
    stop.abort();
    const answer = await waiting;
    expect(answer).toMatchObject({ ok: true, value: { items: [] } });
  });

  it('starts a webhook round at most every 25 ms however often events are committed', async () => {
    const { deps, listeners, calls } = countedDeps();
    const worker = createWorker(deps, { intervalMs: 600_000 });
    try {
      // The first round (with its hourly housekeeping) runs at the start; then each round is one
      // claim transaction (no endpoint exists, so nothing else).
      await worker.drain();
      const before = calls.transactions;
      const started = performance.now();
      const EVENTS = 40;
      for (let i = 0; i < EVENTS; i++) {
        committed(listeners, 'dealer-a');
        await sleep(5);
      }
      // The trailing round of the last events, then what it started.
      await sleep(60);
      await worker.drain();
      const rounds = calls.transactions - before - 1; // the drain above ran one round of its own
      const elapsedMs = performance.now() - started;
      // One event every ~5 ms; unspaced, each would start a round of its own (~EVENTS).
      expect(rounds).toBeGreaterThan(0);
      expect(rounds).toBeLessThanOrEqual(Math.floor(elapsedMs / 25) + 2);
    } finally {
      await worker.stop();
    }
  });
});

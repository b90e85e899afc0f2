/**
 * Webhooks, the dealer's side (docs/api.md "Events and webhooks"): the event feed read, the
 * endpoints a dealer registers, their deliveries, replay and the test event. Delivery itself is
 * webhook-delivery.ts.
 */
import { fail, ok, type Result } from '../errors.ts';
import { cursorOf, type DealerEventType, newEventId, seqOfCursor } from './dealer-events.ts';
import { newRowId } from './ids.ts';
import type {
  DealerEventRecord,
  StoreSession,
  WebhookAttemptRecord,
  WebhookDeliveryRecord,
  WebhookEndpointRecord,
} from './store-port.ts';
import {
  bodyOf,
  createWorker,
  type DealerEventListener,
  deliveryOf,
  newWebhookSecret,
  type WebhookDeps,
  type WebhookWorker,
  type WebhookWorkerOptions,
} from './webhook-delivery.ts';
import { checkEndpointUrl } from './webhook-destinations.ts';

export {
  DEFAULT_RETRY_SCHEDULE_MS,
  DEFAULT_WEBHOOK_SETTINGS,
  type WebhookDeps,
  type WebhookMetrics,
  type WebhookSettings,
  type WebhookWorker,
  type WebhookWorkerOptions,
} from './webhook-delivery.ts';

/** Bounds (docs/api.md): endpoints per dealer, one replay, one page of the feed. */
export const MAX_ENDPOINTS_PER_DEALER = 10;
export const MAX_REPLAY_EVENTS = 1000;
export const MAX_EVENTS_PAGE = 500;

// ---------------------------------------------------------------- views

export interface WebhookEndpointView {
  endpointId: string;
  url: string;
  eventTypes: string[] | null;
  description: string;
  state: 'active' | 'disabled';
  disabledReason: string | null;
  createdAt: number;
  failingSince: number | null;
  previousSecretValidUntil: number | null;
}

export interface WebhookDeliveryView {
  deliveryId: string;
  messageId: string;
  eventType: string;
  state: 'pending' | 'delivered' | 'dead';
  attempts: number;
  nextAttemptAt: number | null;
  createdAt: number;
  finishedAt: number | null;
  lastStatusCode: number | null;
  lastLatencyMs: number | null;
  lastError: string | null;
  attemptLog: WebhookAttemptRecord[];
}

export interface DealerEventView {
  cursor: string;
  eventId: string;
  type: string;
  occurredAt: number;
  data: Record<string, unknown>;
}

const endpointView = (e: WebhookEndpointRecord, now: number): WebhookEndpointView => ({
  endpointId: e.endpointId,
  url: e.url,
  eventTypes: e.eventTypes,
  description: e.description,
  state: e.state,
  disabledReason: e.disabledReason,
  createdAt: e.createdAt,
  failingSince: e.failingSince,
  previousSecretValidUntil:
    e.previousSecretUntil !== null && e.previousSecretUntil > now ? e.previousSecretUntil : null,
});

const deliveryView = (d: WebhookDeliveryRecord, attempts: WebhookAttemptRecord[]): WebhookDeliveryView => ({
  deliveryId: d.deliveryId,
  messageId: d.messageId,
  eventType: d.eventType,
  state: d.state,
  attempts: d.attempts,
  nextAttemptAt: d.state === 'pending' ? d.nextAttemptAt : null,
  createdAt: d.createdAt,
  finishedAt: d.finishedAt,
  lastStatusCode: d.lastStatusCode,
  lastLatencyMs: d.lastLatencyMs,
  lastError: d.lastError,
  attemptLog: attempts,
});

const eventView = (e: DealerEventRecord): DealerEventView => ({
  cursor: cursorOf(e.seq),
  eventId: e.eventId,
  type: e.type,
  occurredAt: e.occurredAt,
  data: e.data,
});

/** The webhook body of an event: `{ type, timestamp, data }` as Standard Webhooks suggests. */
// ---------------------------------------------------------------- the dealer API

export interface EndpointInput {
  url: string;
  eventTypes?: DealerEventType[] | null;
  description?: string;
}

export interface DealerEventsApi {
  /** The dealer's feed after the cursor (absent: from the oldest retained event). */
  /**
   * The feed after `after`. With `waitMs`, an empty page is held open until an event arrives or
   * the wait ends (long polling; `signal` ends it early, e.g. when the client went away).
   */
  dealerEvents(
    dealerId: string,
    after: string | undefined,
    limit: number,
    wait?: { waitMs: number; signal?: AbortSignal },
  ): Promise<Result<{ items: DealerEventView[]; nextCursor: string | null }>>;
  createWebhookEndpoint(
    dealerId: string,
    input: EndpointInput,
  ): Promise<Result<{ endpoint: WebhookEndpointView; secret: string }>>;
  webhookEndpoints(dealerId: string): Promise<WebhookEndpointView[]>;
  webhookEndpoint(dealerId: string, endpointId: string): Promise<Result<WebhookEndpointView>>;
  /** `enabled: true` re-enables a disabled endpoint (its pending deliveries resume). */
  updateWebhookEndpoint(
    dealerId: string,
    endpointId: string,
    patch: Partial<EndpointInput> & { enabled?: boolean },
  ): Promise<Result<WebhookEndpointView>>;
  deleteWebhookEndpoint(dealerId: string, endpointId: string): Promise<Result<null>>;
  rotateWebhookSecret(
    dealerId: string,
    endpointId: string,
    overlapMs?: number,
  ): Promise<Result<{ endpoint: WebhookEndpointView; secret: string }>>;
  webhookDeliveries(
    dealerId: string,
    endpointId: string,
    limit: number,
  ): Promise<Result<WebhookDeliveryView[]>>;
  webhookDelivery(
    dealerId: string,
    endpointId: string,
    deliveryId: string,
  ): Promise<Result<WebhookDeliveryView>>;
  /** Queues one event, or every event of `[from, to)`, again to the endpoint (same webhook-ids). */
  replayWebhook(
    dealerId: string,
    endpointId: string,
    what: { eventId: string } | { from: number; to: number },
  ): Promise<Result<{ queued: number; truncated: boolean }>>;
  sendWebhookTest(dealerId: string, endpointId: string): Promise<Result<WebhookDeliveryView>>;
  /** Pending deliveries per endpoint with the oldest one's creation time (the metrics). */
  webhookQueueDepths(): Promise<{ endpointId: string; pending: number; oldestCreatedAt: number }[]>;
  /** Starts delivering; the returned function (and close) stops it. */
  startWebhookDelivery(options?: WebhookWorkerOptions): WebhookWorker;
}

/** The longest a feed request may wait for an event (`waitSeconds`). */
export const MAX_EVENTS_WAIT_MS = 30_000;
/** Long-polling requests held open at once per node; beyond it a request answers at once. */
export const MAX_EVENT_WAITERS = 1_000;
/** While waiting, the feed is read again this often: events committed on other nodes. */
const EVENT_WAIT_POLL_MS = 1_000;

export function webhookApi(deps: WebhookDeps): DealerEventsApi {
  const { store, clock, settings } = deps;
  let waiters = 0;

  /**
   * Resolves when this node commits an event of `dealerId` (the caller reads again), after `ms`,
   * or when `signal` aborts. Events committed on another node are seen at the next tick. Only the
   * dealer's own events wake it: with every waiter woken by any dealer's event, each event cost a
   * feed read per waiting dealer (the fleet's 20 dealers: ~20 reads per event).
   */
  function nextEventOrTick(dealerId: string, ms: number, signal: AbortSignal | undefined): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        deps.eventListeners.delete(onEvents);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const onEvents: DealerEventListener = (dealerIds) => {
        if (dealerIds.has(dealerId)) done();
      };
      const timer = setTimeout(done, Math.max(1, ms));
      deps.eventListeners.add(onEvents);
      signal?.addEventListener('abort', done, { once: true });
    });
  }

  async function ownEndpoint(
    s: StoreSession,
    dealerId: string,
    endpointId: string,
  ): Promise<Result<WebhookEndpointRecord>> {
    const endpoint = await s.getWebhookEndpoint(endpointId);
    // Another dealer's endpoint is answered exactly like a missing one.
    if (!endpoint || endpoint.dealerId !== dealerId)
      return fail('WEBHOOK_ENDPOINT_NOT_FOUND', `webhook endpoint ${endpointId} not found`);
    return ok(endpoint);
  }

  async function withAttempts(s: StoreSession, d: WebhookDeliveryRecord) {
    return deliveryView(d, await s.listWebhookAttempts(d.deliveryId));
  }

  /** The workers started on this core (one per process in practice); kicked by replays and tests. */
  const workers = new Set<{ kick(): void }>();
  const kick = () => {
    for (const worker of workers) worker.kick();
  };

  return {
    async dealerEvents(dealerId, after, limit, wait) {
      const seq = seqOfCursor(after);
      if (seq === null) return fail('EVENT_CURSOR_INVALID', 'the cursor is not one this API handed out');
      const n = Math.min(Math.max(1, Math.trunc(limit)), MAX_EVENTS_PAGE);
      const page = async () => (await store.read((s) => s.listDealerEvents(dealerId, seq, n))).map(eventView);
      let items = await page();
      // A cursor past the dealer's newest event was never handed out: a client holding it would
      // skip every event up to it without a word. Only a page with nothing after the cursor can
      // be one (the counter never goes back, not even when old events are deleted).
      if (items.length === 0 && seq > 0 && seq > (await store.read((s) => s.lastDealerEventSeq(dealerId))))
        return fail('EVENT_CURSOR_INVALID', 'the cursor is not one this API handed out');
      const waitMs = Math.min(Math.max(0, wait?.waitMs ?? 0), MAX_EVENTS_WAIT_MS);
      if (items.length === 0 && waitMs > 0 && waiters < MAX_EVENT_WAITERS) {
        // Real time, not the booking clock: this is a client's HTTP request.
        const until = Date.now() + waitMs;
        waiters += 1;
        try {
          while (items.length === 0 && !wait?.signal?.aborted && Date.now() < until) {
            await nextEventOrTick(dealerId, Math.min(EVENT_WAIT_POLL_MS, until - Date.now()), wait?.signal);
            items = await page();
          }
        } finally {
          waiters -= 1;
        }
      }
      return ok({ items, nextCursor: items.at(-1)?.cursor ?? (after || null) });
    },

    createWebhookEndpoint: (dealerId, input) =>
      store.transaction(async (s) => {
        const url = checkEndpointUrl(input.url, settings);
        if (!url.ok) return url;
        if ((await s.listWebhookEndpoints(dealerId)).length >= MAX_ENDPOINTS_PER_DEALER)
          return fail('WEBHOOK_ENDPOINT_LIMIT', `at most ${MAX_ENDPOINTS_PER_DEALER} endpoints per dealer`);
        const now = clock.now();
        const endpoint: WebhookEndpointRecord = {
          endpointId: `ep_${newRowId(now).replaceAll('-', '')}`,
          dealerId,
          url: url.value,
          eventTypes: input.eventTypes ?? null,
          description: input.description ?? '',
          secret: newWebhookSecret(),
          previousSecret: null,
          previousSecretUntil: null,
          state: 'active',
          disabledReason: null,
          createdAt: now,
          // From now on: older events reach it by replay.
          fanoutSeq: await s.lastDealerEventSeq(dealerId),
          failingSince: null,
        };
        await s.insertWebhookEndpoint(endpoint);
        return ok({ endpoint: endpointView(endpoint, now), secret: endpoint.secret });
      }),

    webhookEndpoints: (dealerId) =>
      store.read(async (s) =>
        (await s.listWebhookEndpoints(dealerId)).map((e) => endpointView(e, clock.now())),
      ),

    webhookEndpoint: (dealerId, endpointId) =>
      store.read(async (s) => {
        const found = await ownEndpoint(s, dealerId, endpointId);
        return found.ok ? ok(endpointView(found.value, clock.now())) : found;
      }),

    updateWebhookEndpoint: (dealerId, endpointId, patch) =>
      store.transaction(async (s) => {
        const found = await ownEndpoint(s, dealerId, endpointId);
        if (!found.ok) return found;
        let url: string | undefined;
        if (patch.url !== undefined) {
          const checked = checkEndpointUrl(patch.url, settings);
          if (!checked.ok) return checked;
          url = checked.value;
        }
        await s.updateWebhookEndpoint(endpointId, {
          ...(url !== undefined ? { url } : {}),
          ...(patch.eventTypes !== undefined ? { eventTypes: patch.eventTypes } : {}),
          ...(patch.description !== undefined ? { description: patch.description } : {}),
          ...(patch.enabled === true ? { state: 'active', disabledReason: null, failingSince: null } : {}),
          ...(patch.enabled === false ? { state: 'disabled', disabledReason: 'by the dealer' } : {}),
        });
        const updated = await s.getWebhookEndpoint(endpointId);
        return updated
          ? ok(endpointView(updated, clock.now()))
          : fail('WEBHOOK_ENDPOINT_NOT_FOUND', endpointId);
      }),

    deleteWebhookEndpoint: (dealerId, endpointId) =>
      store.transaction(async (s) => {
        const found = await ownEndpoint(s, dealerId, endpointId);
        if (!found.ok) return found;
        await s.deleteWebhookEndpoint(endpointId);
        return ok(null);
      }),

    rotateWebhookSecret: (dealerId, endpointId, overlapMs) =>
      store.transaction(async (s) => {
        const found = await ownEndpoint(s, dealerId, endpointId);
        if (!found.ok) return found;
        const now = clock.now();
        const secret = newWebhookSecret();
        await s.updateWebhookEndpoint(endpointId, {
          secret,
          previousSecret: found.value.secret,
          previousSecretUntil: now + (overlapMs ?? settings.secretOverlapMs),
        });
        const updated = (await s.getWebhookEndpoint(endpointId)) ?? found.value;
        return ok({ endpoint: endpointView(updated, now), secret });
      }),

    webhookDeliveries: (dealerId, endpointId, limit) =>
      store.read(async (s) => {
        const found = await ownEndpoint(s, dealerId, endpointId);
        if (!found.ok) return found;
        const rows = await s.listWebhookDeliveries(endpointId, Math.min(Math.max(1, limit), 500));
        const views: WebhookDeliveryView[] = [];
        for (const d of rows) views.push(await withAttempts(s, d));
        return ok(views);
      }),

    webhookDelivery: (dealerId, endpointId, deliveryId) =>
      store.read(async (s) => {
        const found = await ownEndpoint(s, dealerId, endpointId);
        if (!found.ok) return found;
        const d = await s.getWebhookDelivery(deliveryId);
        if (!d || d.endpointId !== endpointId)
          return fail('WEBHOOK_DELIVERY_NOT_FOUND', `delivery ${deliveryId} not found`);
        return ok(await withAttempts(s, d));
      }),

    async replayWebhook(dealerId, endpointId, what) {
      const result = await store.transaction(async (s) => {
        const found = await ownEndpoint(s, dealerId, endpointId);
        if (!found.ok) return found;
        const now = clock.now();
        // Only what the endpoint takes: a replay delivers no event its `eventTypes` leaves out.
        const types = found.value.eventTypes;
        let events: DealerEventRecord[];
        if ('eventId' in what) {
          const event = await s.getDealerEvent(dealerId, what.eventId);
          if (!event) return fail('EVENT_NOT_FOUND', `event ${what.eventId} not found`);
          events = types === null || types.includes(event.type) ? [event] : [];
        } else {
          events = await s.listDealerEventsBetween(
            dealerId,
            what.from,
            what.to,
            MAX_REPLAY_EVENTS + 1,
            types,
          );
        }
        const truncated = events.length > MAX_REPLAY_EVENTS;
        const replayed = events.slice(0, MAX_REPLAY_EVENTS);
        await s.queueWebhookDeliveries(
          endpointId,
          replayed.map((e) => deliveryOf(e, now)),
        );
        return ok({ queued: replayed.length, truncated });
      });
      if (result.ok) kick();
      return result;
    },

    async sendWebhookTest(dealerId, endpointId) {
      const result = await store.transaction(async (s) => {
        const found = await ownEndpoint(s, dealerId, endpointId);
        if (!found.ok) return found;
        const now = clock.now();
        const eventId = newEventId(now);
        const delivery = {
          deliveryId: newRowId(now),
          messageId: eventId,
          eventType: 'webhook.test',
          body: bodyOf({ eventId, type: 'webhook.test', occurredAt: now, data: { endpointId } }),
          createdAt: now,
        };
        await s.queueWebhookDeliveries(endpointId, [delivery]);
        const stored = await s.getWebhookDelivery(delivery.deliveryId);
        return stored
          ? ok(deliveryView(stored, []))
          : fail('WEBHOOK_DELIVERY_NOT_FOUND', delivery.deliveryId);
      });
      if (result.ok) kick();
      return result;
    },

    webhookQueueDepths: () => store.read((s) => s.webhookQueueDepths()),

    startWebhookDelivery(options = {}) {
      const worker = createWorker(deps, options);
      workers.add(worker);
      const stop = () => {
        void worker.stop();
      };
      deps.stoppers.add(stop);
      return {
        drain: worker.drain,
        async stop() {
          deps.stoppers.delete(stop);
          workers.delete(worker);
          await worker.stop();
        },
      };
    },
  };
}

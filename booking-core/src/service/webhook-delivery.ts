/**
 * Webhook delivery (docs/api.md "Events and webhooks"): the settings, the Standard Webhooks
 * signature, and the worker that sends each endpoint's queue.
 *
 * Delivery model. Each endpoint has a queue of deliveries (webhook_deliveries, in queue order).
 * A worker leases an endpoint (a conditional UPDATE of `claimed_until`, so one node at a time
 * holds it, and a dead node's lease simply runs out), copies the feed's new events into its queue
 * (fan-out, off the booking path), and sends the queue's head; one request in flight per endpoint,
 * so an endpoint receives its events in feed order. A head that fails waits for its next attempt
 * (the retry schedule) and holds the ones behind it; after the last attempt it is dead-lettered
 * and the next one goes. The attempt's result is written after the request: a crash in between
 * sends the same delivery again after the lease ends, with the same `webhook-id`.
 */
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Logger } from 'pino';
import { fetch } from 'undici';
import type { Clock } from '../clock.ts';
import { newRowId } from './ids.ts';
import type {
  BookingStore,
  DealerEventRecord,
  MailRecord,
  NewWebhookDelivery,
  StoreSession,
  WebhookAttemptRecord,
  WebhookDeliveryRecord,
  WebhookEndpointRecord,
} from './store-port.ts';
import { checkEndpointUrl, guardedDispatcher } from './webhook-destinations.ts';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Waits after the first attempt, the second, ...: 8 attempts over about 27.6 hours. */
export const DEFAULT_RETRY_SCHEDULE_MS: readonly number[] = [
  5 * SECOND,
  5 * MINUTE,
  30 * MINUTE,
  2 * HOUR,
  5 * HOUR,
  10 * HOUR,
  10 * HOUR,
];

export interface WebhookSettings {
  /** Waits between attempts; after the last one fails the delivery is dead-lettered. */
  retryScheduleMs: readonly number[];
  /** One request's time limit (connect to response headers). */
  timeoutMs: number;
  /** An endpoint whose attempts all failed for this long is disabled and its dealer mailed. */
  disableAfterMs: number;
  /** Events and finished deliveries are kept this long, then deleted. */
  retentionMs: number;
  /** http:// to 127.0.0.1, ::1 or localhost, and loopback addresses, are allowed (tests); otherwise https only (webhook-destinations.ts). */
  allowLoopbackHttp: boolean;
  /** Endpoints in private, link-local and carrier-grade NAT networks are allowed (webhook-destinations.ts). */
  allowPrivateNetworks: boolean;
  /** How long the old secret keeps signing after a rotation, unless the call says otherwise. */
  secretOverlapMs: number;
}

export const DEFAULT_WEBHOOK_SETTINGS: WebhookSettings = {
  retryScheduleMs: DEFAULT_RETRY_SCHEDULE_MS,
  timeoutMs: 15 * SECOND,
  disableAfterMs: 5 * DAY,
  retentionMs: 30 * DAY,
  allowLoopbackHttp: false,
  allowPrivateNetworks: false,
  secretOverlapMs: 24 * HOUR,
};

/** Pending deliveries per endpoint at most; the feed holds the rest until the queue drains. */
export const MAX_QUEUED_PER_ENDPOINT = 1000;
/** A Retry-After longer than this is cut to it. */
const MAX_RETRY_AFTER_MS = 24 * HOUR;

// ---------------------------------------------------------------- signing (Standard Webhooks)

/** A new secret: `whsec_` and 32 random bytes in base64. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/** `v1,<base64 HMAC-SHA256 over "id.timestamp.body">` with the secret's key (the base64 after `whsec_`). */
export function signatureOf(
  secret: string,
  messageId: string,
  timestampSeconds: number,
  body: string,
): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const mac = createHmac('sha256', key).update(`${messageId}.${timestampSeconds}.${body}`).digest('base64');
  return `v1,${mac}`;
}

/** The secrets that sign now: the current one, and the previous one during its overlap. */
function signingSecrets(endpoint: WebhookEndpointRecord, now: number): string[] {
  const previous =
    endpoint.previousSecret && endpoint.previousSecretUntil !== null && endpoint.previousSecretUntil > now
      ? [endpoint.previousSecret]
      : [];
  return [endpoint.secret, ...previous];
}

export function bodyOf(event: {
  eventId: string;
  type: string;
  occurredAt: number;
  data: Record<string, unknown>;
}) {
  return JSON.stringify({
    type: event.type,
    timestamp: new Date(event.occurredAt).toISOString(),
    data: { eventId: event.eventId, ...event.data },
  });
}

export const deliveryOf = (event: DealerEventRecord, now: number): NewWebhookDelivery => ({
  deliveryId: newRowId(),
  messageId: event.eventId,
  eventType: event.type,
  body: bodyOf(event),
  createdAt: now,
});

export interface WebhookWorkerOptions {
  /** Wall-time ms between rounds when nothing kicks the worker (default 1 s). */
  intervalMs?: number;
  /** Endpoints served at once per round (default 16). */
  concurrency?: number;
  /** How long a node's lease of an endpoint lasts without renewal (default: timeout + 5 s). */
  leaseMs?: number;
  metrics?: WebhookMetrics;
}

/** Hooks the composition root turns into Prometheus metrics (docs/operations.md). */
export interface WebhookMetrics {
  attempt(outcome: 'delivered' | 'retry' | 'dead' | 'gone', latencySeconds: number): void;
}

export interface WebhookWorker {
  /** Runs rounds until nothing is due now; resolves with the attempts made (tests and shutdown). */
  drain(): Promise<number>;
  stop(): Promise<void>;
}

/** Told after a COMMIT that wrote dealer events, with the dealers they belong to. */
export type DealerEventListener = (dealerIds: ReadonlySet<string>) => void;

export interface WebhookDeps {
  store: BookingStore;
  clock: Clock;
  logger: Logger;
  settings: WebhookSettings;
  /** The listeners told when a command wrote dealer events (the worker kicks on them). */
  eventListeners: Set<DealerEventListener>;
  /** Stopped by the core's close(). */
  stoppers: Set<() => void>;
  /** The real time for `webhook-timestamp` (receivers compare it with their clocks). */
  wallClock?: () => number;
}

// ---------------------------------------------------------------- the worker

type AttemptOutcome =
  | { kind: 'delivered'; statusCode: number }
  | { kind: 'gone'; statusCode: number }
  | { kind: 'failed'; statusCode: number | null; error: string; retryAfterMs: number | null };

/** Retry-After as seconds or an HTTP date; null when absent or not understood. */
function retryAfterMs(header: string | null, wallNow: number): number | null {
  if (header === null) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * SECOND;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - wallNow);
}

/** See `kickOnEvents` in createWorker: the least wall time between two rounds started by events. */
const EVENT_KICK_SPACING_MS = 25;

export function createWorker(deps: WebhookDeps, options: WebhookWorkerOptions) {
  const { store, clock, settings } = deps;
  const logger = deps.logger.child({ component: 'webhooks' });
  const wallClock = deps.wallClock ?? Date.now;
  const concurrency = options.concurrency ?? 16;
  // Longer than one attempt (at most the timeout) and its write; a dead node's endpoints wait this long.
  const leaseMs = options.leaseMs ?? settings.timeoutMs + 5 * SECOND;
  const maxAttempts = settings.retryScheduleMs.length + 1;
  let running: Promise<number> | undefined;
  let again = false;
  let stopped = false;
  let lastHousekeeping = Number.NEGATIVE_INFINITY;
  const inFlight = new Set<AbortController>();
  const dispatcher = guardedDispatcher(settings);

  async function attempt(
    endpoint: WebhookEndpointRecord,
    delivery: WebhookDeliveryRecord,
  ): Promise<AttemptOutcome> {
    const timestamp = Math.floor(wallClock() / SECOND);
    const signature = signingSecrets(endpoint, clock.now())
      .map((secret) => signatureOf(secret, delivery.messageId, timestamp, delivery.body))
      .join(' ');
    const controller = new AbortController();
    inFlight.add(controller);
    const timer = setTimeout(
      () => controller.abort(new Error(`timed out after ${settings.timeoutMs} ms`)),
      settings.timeoutMs,
    );
    try {
      // A literal address skips DNS (and so guardedLookup): checked here, before each attempt.
      const allowed = checkEndpointUrl(endpoint.url, settings);
      if (!allowed.ok) throw new Error(`webhook destination refused: ${allowed.error.detail}`);
      const response = await fetch(endpoint.url, {
        dispatcher,
        method: 'POST',
        body: delivery.body,
        redirect: 'manual',
        signal: controller.signal,
        headers: {
          'content-type': 'application/json',
          'user-agent': 'csb-webhooks/1',
          'webhook-id': delivery.messageId,
          'webhook-timestamp': String(timestamp),
          'webhook-signature': signature,
        },
      });
      // The answer's body means nothing to us: not read, so a huge one costs nothing.
      await response.body?.cancel().catch(() => undefined);
      if (response.status >= 200 && response.status < 300)
        return { kind: 'delivered', statusCode: response.status };
      if (response.status === 410) return { kind: 'gone', statusCode: 410 };
      const honoured =
        response.status === 429 || response.status === 503
          ? retryAfterMs(response.headers.get('retry-after'), wallClock())
          : null;
      return {
        kind: 'failed',
        statusCode: response.status,
        error: `HTTP ${response.status}`,
        retryAfterMs: honoured === null ? null : Math.min(honoured, MAX_RETRY_AFTER_MS),
      };
    } catch (error) {
      const reason = controller.signal.aborted ? controller.signal.reason : error;
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      const message = reason instanceof Error ? reason.message : String(reason);
      return {
        kind: 'failed',
        statusCode: null,
        error: cause ? `${message} (${cause})` : message,
        retryAfterMs: null,
      };
    } finally {
      clearTimeout(timer);
      inFlight.delete(controller);
    }
  }

  /** Copies the feed's new events into the endpoint's queue (bounded per endpoint). */
  async function fanOut(s: StoreSession, endpoint: WebhookEndpointRecord, now: number): Promise<void> {
    const room = MAX_QUEUED_PER_ENDPOINT - (await s.countPendingWebhookDeliveries(endpoint.endpointId));
    if (room <= 0) return;
    const events = await s.listDealerEvents(endpoint.dealerId, endpoint.fanoutSeq, Math.min(room, 200));
    const last = events.at(-1);
    if (!last) return;
    const wanted = events.filter((e) => endpoint.eventTypes === null || endpoint.eventTypes.includes(e.type));
    await s.queueWebhookDeliveries(
      endpoint.endpointId,
      wanted.map((e) => deliveryOf(e, now)),
    );
    await s.updateWebhookEndpoint(endpoint.endpointId, { fanoutSeq: last.seq });
    endpoint.fanoutSeq = last.seq;
  }

  function disableMail(endpoint: WebhookEndpointRecord, to: string, now: number, reason: string): MailRecord {
    return {
      id: newRowId(),
      kind: 'webhook-endpoint-disabled',
      to,
      subject: `Webhook endpoint disabled: ${endpoint.url}`,
      body: [
        `The webhook endpoint ${endpoint.endpointId} (${endpoint.url}) was disabled: ${reason}.`,
        'Events keep arriving in the feed (GET /dealer/v1/events); re-enable the endpoint with',
        `PATCH /dealer/v1/webhook-endpoints/${endpoint.endpointId} {"enabled": true} once it answers again.`,
        '',
      ].join('\n'),
      customerId: null,
      dealerId: endpoint.dealerId,
      appointmentId: null,
      createdAt: now,
    };
  }

  /** Serves one leased endpoint: fan-out, then its queue's head, one at a time (bounded per round). */
  async function serve(endpoint: WebhookEndpointRecord, token: string): Promise<number> {
    let made = 0;
    try {
      for (let step = 0; step < 50 && !stopped; step += 1) {
        const head = await store.transaction(async (s) => {
          if (!(await s.renewWebhookEndpoint(endpoint.endpointId, token, clock.now() + leaseMs))) return null;
          await fanOut(s, endpoint, clock.now());
          return (await s.headWebhookDelivery(endpoint.endpointId)) ?? null;
        });
        if (!head || head.nextAttemptAt > clock.now()) break;
        const started = performance.now();
        const outcome = await attempt(endpoint, head);
        const latencyMs = Math.round(performance.now() - started);
        // Shutting down aborted the request: not an attempt; the delivery goes again after restart.
        if (stopped) break;
        made += 1;
        const keepGoing = await record(endpoint, token, head, outcome, latencyMs);
        if (!keepGoing) break;
      }
    } finally {
      await store
        .transaction((s) => s.releaseWebhookEndpoint(endpoint.endpointId, token))
        .catch((error: unknown) => logger.warn({ err: error }, 'webhook lease not released; it runs out'));
    }
    return made;
  }

  /** Writes one attempt's result; false when the endpoint should not be served further this round. */
  async function record(
    endpoint: WebhookEndpointRecord,
    token: string,
    head: WebhookDeliveryRecord,
    outcome: AttemptOutcome,
    latencyMs: number,
  ): Promise<boolean> {
    const now = clock.now();
    const attempts = head.attempts + 1;
    const log = logger.child({
      endpointId: endpoint.endpointId,
      messageId: head.messageId,
      attempt: attempts,
    });
    const statusCode = outcome.statusCode;
    const error = outcome.kind === 'failed' ? outcome.error : null;
    let metric: 'delivered' | 'retry' | 'dead' | 'gone';
    return store
      .transaction(async (s) => {
        // A lease lost meanwhile (this node stalled past it): another node owns the endpoint now.
        if (!(await s.renewWebhookEndpoint(endpoint.endpointId, token, now + leaseMs))) return false;
        const entry: WebhookAttemptRecord = {
          deliveryId: head.deliveryId,
          attempt: attempts,
          at: now,
          statusCode,
          latencyMs,
          error,
        };
        let keepGoing = true;
        if (outcome.kind === 'delivered') {
          metric = 'delivered';
          await s.recordWebhookAttempt(entry, {
            state: 'delivered',
            attempts,
            nextAttemptAt: now,
            finishedAt: now,
          });
          if (endpoint.failingSince !== null)
            await s.updateWebhookEndpoint(endpoint.endpointId, { failingSince: null });
          endpoint.failingSince = null;
          log.debug({ statusCode }, 'webhook delivered');
        } else if (outcome.kind === 'gone') {
          metric = 'gone';
          // 410: the receiver says the endpoint is gone; the message waits for a re-enable.
          await s.recordWebhookAttempt(entry, {
            state: 'pending',
            attempts,
            nextAttemptAt: now,
            finishedAt: null,
          });
          await disable(s, endpoint, now, 'the receiver answered 410 Gone');
          keepGoing = false;
        } else {
          const dead = attempts >= maxAttempts;
          metric = dead ? 'dead' : 'retry';
          const wait = outcome.retryAfterMs ?? settings.retryScheduleMs[attempts - 1] ?? 0;
          await s.recordWebhookAttempt(entry, {
            state: dead ? 'dead' : 'pending',
            attempts,
            nextAttemptAt: now + wait,
            finishedAt: dead ? now : null,
          });
          const failingSince = endpoint.failingSince ?? now;
          if (endpoint.failingSince === null)
            await s.updateWebhookEndpoint(endpoint.endpointId, { failingSince });
          endpoint.failingSince = failingSince;
          if (now - failingSince >= settings.disableAfterMs) {
            await disable(
              s,
              endpoint,
              now,
              `every attempt failed for ${Math.round((now - failingSince) / HOUR)} hours`,
            );
            keepGoing = false;
          } else keepGoing = dead;
          (dead ? log.warn.bind(log) : log.info.bind(log))(
            { statusCode, error, dead },
            dead ? 'webhook dead-lettered' : 'webhook attempt failed; retried',
          );
        }
        return keepGoing;
      })
      .finally(() => {
        if (metric) options.metrics?.attempt(metric, latencyMs / SECOND);
      });
  }

  async function disable(s: StoreSession, endpoint: WebhookEndpointRecord, now: number, reason: string) {
    await s.updateWebhookEndpoint(endpoint.endpointId, { state: 'disabled', disabledReason: reason });
    endpoint.state = 'disabled';
    const dealer = await s.getDealer(endpoint.dealerId);
    if (dealer?.email) await s.enqueueMails([disableMail(endpoint, dealer.email, now, reason)]);
    logger.warn(
      { endpointId: endpoint.endpointId, dealerId: endpoint.dealerId, reason },
      'webhook endpoint disabled',
    );
  }

  /** Events and finished deliveries past the retention go, in small batches (at most 20,000 a run). */
  async function housekeeping(now: number): Promise<void> {
    const before = now - settings.retentionMs;
    for (let i = 0; i < 20; i += 1) {
      const n = await store.transaction((s) => s.deleteDealerEventsBefore(before, 500));
      if (n < 500) break;
    }
    for (let i = 0; i < 20; i += 1) {
      const n = await store.transaction((s) => s.deleteFinishedWebhookDeliveriesBefore(before, 500));
      if (n < 500) break;
    }
  }

  async function round(): Promise<number> {
    const now = clock.now();
    if (now - lastHousekeeping > HOUR) {
      lastHousekeeping = now;
      await housekeeping(now);
    }
    const token = randomUUID();
    const endpoints = await store.transaction((s) =>
      s.claimWebhookEndpoints(now, now + leaseMs, token, concurrency),
    );
    const made = await Promise.all(endpoints.map((e) => serve(e, token)));
    return made.reduce((a, b) => a + b, 0);
  }

  function drain(): Promise<number> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let total = 0;
      // Bounded: a busy system gets at most 20 rounds per drain; the timer starts the next.
      for (let i = 0; i < 20 && !stopped; i += 1) {
        again = false;
        const made = await round();
        total += made;
        if (made === 0 && !again) break;
      }
      return total;
    })().finally(() => {
      running = undefined;
    });
    return running;
  }

  const kick = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    drain().catch((error: unknown) => logger.error({ err: error }, 'webhook round failed'));
  };
  // Dealer events start a round at most every EVENT_KICK_SPACING_MS, the last of a run of events
  // included (trailing): each round is a store transaction with a claim query, and a booking
  // request writes a dealer event, so at a few hundred requests a second (small group-commit
  // batches) kicking at every commit cost more than any other statement of the booking path
  // (docs/benchmarks.md "What bounds these figures"). A webhook leaves at most that much later.
  let lastEventKick = Number.NEGATIVE_INFINITY;
  let spacedKick: NodeJS.Timeout | undefined;
  const kickOnEvents = () => {
    if (stopped || spacedKick) return;
    const wait = lastEventKick + EVENT_KICK_SPACING_MS - performance.now();
    if (wait <= 0) {
      lastEventKick = performance.now();
      kick();
      return;
    }
    spacedKick = setTimeout(() => {
      spacedKick = undefined;
      lastEventKick = performance.now();
      kick();
    }, wait);
  };
  deps.eventListeners.add(kickOnEvents);
  const timer = setInterval(kick, options.intervalMs ?? SECOND);
  timer.unref();
  kick();

  return {
    kick,
    drain,
    async stop() {
      stopped = true;
      deps.eventListeners.delete(kickOnEvents);
      clearInterval(timer);
      clearTimeout(spacedKick);
      for (const controller of inFlight) controller.abort(new Error('shutting down'));
      await running?.catch(() => undefined);
      await dispatcher.close().catch(() => undefined);
    },
  };
}

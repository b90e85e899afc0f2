/**
 * Dealer events and webhooks end to end (docs/api.md "Events and webhooks"): the whole system in
 * this process, a real HTTP receiver on loopback that verifies every signature with the
 * `standardwebhooks` package and misbehaves on purpose (500, a closed socket, a timeout, 429 with
 * Retry-After, 410), the dealer API over HTTP. Retry waits are shortened by configuration
 * (CSB_WEBHOOK_RETRY_SCHEDULE); nothing here asserts how fast anything is.
 */
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSystem } from '../bin/system.ts';
import { Dealer, eventually } from './support/dealer.ts';
import { stopTestPostgres, storeEnv, TEST_STORES } from './support/stores.ts';
import { startInProcess, tempDataDir } from './support/system.ts';
import { WebhookReceiver } from './support/webhook-receiver.ts';

afterAll(stopTestPostgres);

describe.each(TEST_STORES)('on %s', (store) => {
  const data = tempDataDir();
  let system: RunningSystem;
  let receiver: WebhookReceiver;
  let gbg: Dealer;
  let lyon: Dealer;
  let endpointId: string;
  let secret: string;
  const VIN = 'YV1DEMCAR00000001'; // Anna's car; her preferred dealer is dealer-gbg
  const RETRIES = 5; // the schedule below: 6 attempts at most

  interface FeedPage {
    items: {
      cursor: string;
      eventId: string;
      type: string;
      occurredAt: string;
      data: Record<string, unknown>;
    }[];
    nextCursor: string | null;
  }
  interface Delivery {
    deliveryId: string;
    messageId: string;
    eventType: string;
    state: string;
    attempts: number;
    attemptLog: { attempt: number; statusCode: number | null; error: string | null }[];
  }

  beforeAll(async () => {
    receiver = await WebhookReceiver.start();
    system = await startInProcess(data.dir, {
      ...(await storeEnv(store)),
      CSB_WEBHOOK_ALLOW_LOOPBACK_HTTP: 'true',
      CSB_WEBHOOK_RETRY_SCHEDULE: '0.05,0.05,0.1,0.1,0.2',
      CSB_WEBHOOK_INTERVAL_MS: '50',
      CSB_WEBHOOK_TIMEOUT_MS: '300',
      CSB_MAIL_TRANSPORT: 'none',
    });
    gbg = new Dealer(`http://127.0.0.1:${system.httpPort}`, 'demo-key-dealer-gbg');
    lyon = new Dealer(`http://127.0.0.1:${system.httpPort}`, 'demo-key-dealer-lyon');
  });
  afterAll(async () => {
    await system?.stop();
    await receiver?.close();
    data.remove();
  });

  /** Dealer changes that write two events: a pre-booking (pre-booked), then its cancellation. */
  async function preBookAndCancel(): Promise<string> {
    const start = new Date(Date.now() + 60 * 86_400_000).toISOString();
    const created = await gbg.ok<{ appointmentId: string }>('POST', '/dealer/v1/pre-bookings', {
      vin: VIN,
      start,
      durationMinutes: 60,
      workDescription: 'Annual service',
    });
    const id = created.appointmentId;
    await gbg.ok('POST', `/dealer/v1/appointments/${id}/cancel`, { reason: 'test' });
    return id;
  }

  const feedOf = async (dealer: Dealer, after = '') =>
    dealer.ok<FeedPage>('GET', `/dealer/v1/events?limit=500${after ? `&after=${after}` : ''}`);
  const deliveries = async () =>
    (
      await gbg.ok<{ items: Delivery[] }>(
        'GET',
        `/dealer/v1/webhook-endpoints/${endpointId}/deliveries?limit=500`,
      )
    ).items;

  describe('dealer events and webhooks', () => {
    it('refuses an endpoint that is not https (outside loopback)', async () => {
      const refused = await gbg.request('POST', '/dealer/v1/webhook-endpoints', {
        url: 'http://example.com/hook',
      });
      expect(refused.status).toBe(422);
      expect(refused.body).toMatchObject({ code: 'WEBHOOK_URL_NOT_ALLOWED' });
    });

    it('delivers every event in feed order, signed, through a 500, a closed socket, a timeout and a 429', async () => {
      const created = await gbg.ok<{ endpointId: string; secret: string; state: string }>(
        'POST',
        '/dealer/v1/webhook-endpoints',
        { url: receiver.url, description: 'DMS' },
      );
      expect(created.secret).toMatch(/^whsec_/);
      expect(created.state).toBe('active');
      ({ endpointId, secret } = created);
      receiver.secrets = [secret];
      // The secret is shown once: never in a read.
      expect(JSON.stringify(await gbg.ok('GET', `/dealer/v1/webhook-endpoints/${endpointId}`))).not.toContain(
        secret,
      );
      receiver.script.push(
        { kind: 'status', status: 500 },
        { kind: 'destroy' },
        { kind: 'hang' },
        { kind: 'status', status: 429, retryAfter: '1' },
      );
      const appointmentId = await preBookAndCancel();
      const feed = (await feedOf(gbg)).items.filter((e) => e.data.appointmentId === appointmentId);
      expect(feed.map((e) => e.type)).toEqual(['appointment.pre-booked', 'appointment.cancelled']);
      expect(feed[1]?.data).toMatchObject({ cancelledBy: 'dealer', status: 'cancelled-by-dealer' });
      const ids = feed.map((e) => e.eventId);
      await eventually(
        async () => (receiver.deliveredIds().length >= 2 ? true : undefined),
        'two deliveries',
        20_000,
      );
      expect(receiver.deliveredIds()).toEqual(ids);
      expect(receiver.received.every((r) => r.verified)).toBe(true);
      // The first event: five attempts, one webhook-id; the one after the 429 waited for Retry-After.
      const first = receiver.received.filter((r) => r.id === ids[0]);
      expect(first.map((r) => r.answer)).toEqual(['500', 'destroy', 'hang', '429', '204']);
      expect((first[4]?.at ?? 0) - (first[3]?.at ?? 0)).toBeGreaterThanOrEqual(900);
      const log = (await deliveries()).find((d) => d.messageId === ids[0]);
      expect(log).toMatchObject({ state: 'delivered', attempts: 5 });
      expect(log?.attemptLog.map((a) => a.statusCode)).toEqual([500, null, null, 429, 204]);
      expect(log?.attemptLog[2]?.error).toMatch(/timed out/);
      const body = JSON.parse(first[4]?.body ?? '{}') as {
        type: string;
        data: { links: { appointment: string } };
      };
      expect(body).toMatchObject({ type: 'appointment.pre-booked' });
      expect(body.data.links.appointment).toBe(`/dealer/v1/appointments/${appointmentId}`);
    });

    it('dead-letters a message after the retry schedule and goes on with the next', async () => {
      receiver.fallback = (r) =>
        r.type === 'webhook.test' ? { kind: 'status', status: 500 } : { kind: 'status', status: 204 };
      const test = await gbg.ok<Delivery>('POST', `/dealer/v1/webhook-endpoints/${endpointId}/test`);
      expect(test).toMatchObject({ eventType: 'webhook.test', state: 'pending' });
      const appointmentId = await preBookAndCancel();
      const dead = await eventually(
        async () => (await deliveries()).find((d) => d.deliveryId === test.deliveryId && d.state === 'dead'),
        'the test message dead-lettered',
        20_000,
      );
      expect(dead.attempts).toBe(RETRIES + 1);
      expect(receiver.received.filter((r) => r.id === test.messageId)).toHaveLength(RETRIES + 1);
      const later = (await feedOf(gbg)).items
        .filter((e) => e.data.appointmentId === appointmentId)
        .map((e) => e.eventId);
      await eventually(
        async () => (later.every((id) => receiver.deliveredIds().includes(id)) ? true : undefined),
        'the events after the dead letter',
        20_000,
      );
      receiver.fallback = () => ({ kind: 'status', status: 204 });
    });

    it('replays one event, and a time range, with the same webhook-ids', async () => {
      const feed = (await feedOf(gbg)).items;
      const one = feed[0];
      if (!one) throw new Error('no event');
      const before = receiver.received.filter((r) => r.id === one.eventId).length;
      const replayed = await gbg.ok<{ queued: number }>(
        'POST',
        `/dealer/v1/webhook-endpoints/${endpointId}/replay`,
        {
          eventId: one.eventId,
        },
      );
      expect(replayed.queued).toBe(1);
      await eventually(
        async () =>
          receiver.received.filter((r) => r.id === one.eventId).length > before ? true : undefined,
        'the replay',
      );
      const range = await gbg.ok<{ queued: number; truncated: boolean }>(
        'POST',
        `/dealer/v1/webhook-endpoints/${endpointId}/replay`,
        {
          from: new Date(Date.now() - 3_600_000).toISOString(),
          to: new Date(Date.now() + 1000).toISOString(),
        },
      );
      expect(range).toEqual({ queued: feed.length, truncated: false });
      const count = receiver.deliveredIds().length;
      await eventually(
        async () => (receiver.deliveredIds().length >= count + feed.length ? true : undefined),
        'the range replay',
        20_000,
      );
      expect(receiver.deliveredIds().slice(-feed.length)).toEqual(feed.map((e) => e.eventId));
    });

    it('replays only the event types the endpoint takes', async () => {
      const other = await WebhookReceiver.start();
      let base = '';
      try {
        const cancelledOnly = await gbg.ok<{ endpointId: string; secret: string }>(
          'POST',
          '/dealer/v1/webhook-endpoints',
          { url: other.url, eventTypes: ['appointment.cancelled'], description: 'cancellations only' },
        );
        other.secrets = [cancelledOnly.secret];
        base = `/dealer/v1/webhook-endpoints/${cancelledOnly.endpointId}`;
        const feed = (await feedOf(gbg)).items;
        const cancelled = feed.filter((e) => e.type === 'appointment.cancelled');
        const otherType = feed.find((e) => e.type !== 'appointment.cancelled');
        if (cancelled.length === 0 || !otherType) throw new Error('the feed has no mix of types');
        const range = await gbg.ok<{ queued: number; truncated: boolean }>('POST', `${base}/replay`, {
          from: new Date(Date.now() - 3_600_000).toISOString(),
          to: new Date(Date.now() + 1000).toISOString(),
        });
        expect(range).toEqual({ queued: cancelled.length, truncated: false });
        expect(
          await gbg.ok<{ queued: number }>('POST', `${base}/replay`, { eventId: otherType.eventId }),
        ).toEqual({ queued: 0, truncated: false });
        await eventually(
          async () => (other.deliveredIds().length >= cancelled.length ? true : undefined),
          'the cancellations replayed',
          20_000,
        );
        expect(other.deliveredIds()).toEqual(cancelled.map((e) => e.eventId));
        expect(other.received.every((r) => r.type === 'appointment.cancelled' && r.verified)).toBe(true);
      } finally {
        // Gone whatever happened: the tests after this one count what the main endpoint received.
        if (base) await gbg.ok('DELETE', base);
        await other.close();
      }
    });

    it('rotates the secret: two signatures during the overlap, one after it', async () => {
      const rotated = await gbg.ok<{ secret: string; previousSecretValidUntil: string | null }>(
        'POST',
        `/dealer/v1/webhook-endpoints/${endpointId}/rotate-secret`,
        { overlapSeconds: 3600 },
      );
      expect(rotated.secret).not.toBe(secret);
      expect(rotated.previousSecretValidUntil).not.toBeNull();
      receiver.secrets = [rotated.secret];
      const during = await gbg.ok<Delivery>('POST', `/dealer/v1/webhook-endpoints/${endpointId}/test`);
      const got = await eventually(
        async () => receiver.received.find((r) => r.id === during.messageId && r.answer === '204'),
        'the test event during the overlap',
      );
      expect(got.signatures).toHaveLength(2);
      const headers = (r: typeof got) => ({
        'webhook-id': r.id,
        'webhook-timestamp': r.timestamp,
        'webhook-signature': r.signatures.join(' '),
      });
      // Each secret alone verifies it: receivers may switch at any time in the overlap.
      expect(() => new Webhook(secret).verify(got.body, headers(got))).not.toThrow();
      expect(() => new Webhook(rotated.secret).verify(got.body, headers(got))).not.toThrow();

      const again = await gbg.ok<{ secret: string }>(
        'POST',
        `/dealer/v1/webhook-endpoints/${endpointId}/rotate-secret`,
        {
          overlapSeconds: 0,
        },
      );
      receiver.secrets = [again.secret];
      const after = await gbg.ok<Delivery>('POST', `/dealer/v1/webhook-endpoints/${endpointId}/test`);
      const single = await eventually(
        async () => receiver.received.find((r) => r.id === after.messageId && r.answer === '204'),
        'the test event after the overlap',
      );
      expect(single.signatures).toHaveLength(1);
      expect(single.verified).toBe(true);
      expect(() => new Webhook(rotated.secret).verify(single.body, headers(single))).toThrow();
      secret = again.secret;
    });

    it('410 Gone disables the endpoint; re-enabling it delivers what waited', async () => {
      receiver.script.push({ kind: 'status', status: 410 });
      const test = await gbg.ok<Delivery>('POST', `/dealer/v1/webhook-endpoints/${endpointId}/test`);
      const disabled = await eventually(async () => {
        const e = await gbg.ok<{ state: string; disabledReason: string }>(
          'GET',
          `/dealer/v1/webhook-endpoints/${endpointId}`,
        );
        return e.state === 'disabled' ? e : undefined;
      }, 'the endpoint disabled');
      expect(disabled.disabledReason).toMatch(/410/);
      expect((await deliveries()).find((d) => d.deliveryId === test.deliveryId)?.state).toBe('pending');
      await gbg.ok('PATCH', `/dealer/v1/webhook-endpoints/${endpointId}`, { enabled: true });
      await eventually(
        async () =>
          (await deliveries()).find((d) => d.deliveryId === test.deliveryId)?.state === 'delivered'
            ? true
            : undefined,
        'the waiting message delivered',
      );
    });

    it('pages the pull feed with an opaque cursor and refuses a forged one', async () => {
      const all = (await feedOf(gbg)).items;
      expect(all.length).toBeGreaterThanOrEqual(4);
      const page1 = await gbg.ok<FeedPage>('GET', '/dealer/v1/events?limit=2');
      expect(page1.items.map((e) => e.eventId)).toEqual(all.slice(0, 2).map((e) => e.eventId));
      const page2 = await feedOf(gbg, page1.nextCursor ?? '');
      expect(page2.items.map((e) => e.eventId)).toEqual(all.slice(2).map((e) => e.eventId));
      // Caught up: the same cursor comes back, nothing new.
      const end = await feedOf(gbg, page2.nextCursor ?? '');
      expect(end).toEqual({ items: [], nextCursor: page2.nextCursor });
      const forged = await gbg.request('GET', '/dealer/v1/events?after=not-a-cursor');
      expect(forged.status).toBe(400);
      expect(forged.body).toMatchObject({ code: 'EVENT_CURSOR_INVALID' });
      // Well formed but past the dealer's newest event (built, never handed out): refused too, or
      // a client holding it would skip every event up to it. Even while waiting for the next one.
      const past = Buffer.from('s99999', 'utf8').toString('base64url');
      for (const query of [`after=${past}`, `after=${past}&waitSeconds=5`]) {
        const ahead = await gbg.request('GET', `/dealer/v1/events?${query}`);
        expect(ahead.status, query).toBe(400);
        expect(ahead.body).toMatchObject({ code: 'EVENT_CURSOR_INVALID' });
      }
    });

    it('holds a caught-up feed request open until the next event (long polling)', async () => {
      const tail = (await feedOf(gbg)).nextCursor ?? '';
      // Nothing follows the cursor: the request waits, then the change's event answers it.
      const waiting = gbg.ok<FeedPage>('GET', `/dealer/v1/events?after=${tail}&waitSeconds=20`);
      let answered = false;
      void waiting.then(() => {
        answered = true;
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(answered).toBe(false);
      const id = await preBookAndCancel();
      const page = await waiting;
      expect(page.items[0]?.type).toBe('appointment.pre-booked');
      expect(page.items[0]?.data.appointmentId).toBe(id);
      // Another dealer's change does not answer it with anything of that dealer's.
      const lyonTail = (await feedOf(lyon)).nextCursor ?? '';
      const lyonWait = await lyon.ok<FeedPage>('GET', `/dealer/v1/events?after=${lyonTail}&waitSeconds=1`);
      expect(lyonWait.items).toEqual([]);
      // Out of range: a typed error.
      const tooLong = await gbg.request('GET', '/dealer/v1/events?waitSeconds=31');
      expect(tooLong.status).toBe(400);
      expect(tooLong.body).toMatchObject({ code: 'REQUEST_INVALID' });
    });

    it("never shows, changes or replays another dealer's endpoints and events", async () => {
      const theirs = new Set((await feedOf(gbg)).items.map((e) => e.eventId));
      const own = (await feedOf(lyon)).items;
      expect(own.filter((e) => theirs.has(e.eventId))).toEqual([]);
      expect(await lyon.ok('GET', '/dealer/v1/webhook-endpoints')).toEqual({ items: [] });
      const base = `/dealer/v1/webhook-endpoints/${endpointId}`;
      for (const [method, path, body] of [
        ['GET', base, undefined],
        ['PATCH', base, { enabled: false }],
        ['GET', `${base}/deliveries`, undefined],
        ['POST', `${base}/replay`, { eventId: [...theirs][0] }],
        ['POST', `${base}/test`, undefined],
        ['POST', `${base}/rotate-secret`, {}],
        ['DELETE', base, undefined],
      ] as const) {
        const answer = await lyon.request(method, path, body);
        expect(answer.status, `${method} ${path}`).toBe(404);
        expect(answer.body).toMatchObject({ code: 'WEBHOOK_ENDPOINT_NOT_FOUND' });
      }
      expect(await gbg.ok('GET', base)).toMatchObject({ state: 'active' });
    });

    it('counts every attempt by outcome and loses nothing', async () => {
      const metrics = await fetch(`http://127.0.0.1:${system.opsPort}/metrics`).then((r) => r.text());
      const count = (outcome: string) =>
        Number(
          new RegExp(`csb_webhook_attempts_total\\{outcome="${outcome}"\\} (\\d+)`).exec(metrics)?.[1] ?? 0,
        );
      expect(count('delivered')).toBeGreaterThan(0);
      expect(count('dead')).toBe(1);
      expect(count('gone')).toBe(1);
      expect(metrics).toMatch(/csb_webhook_oldest_undelivered_seconds 0/);
      const feed = (await feedOf(gbg)).items.map((e) => e.eventId);
      const delivered = new Set(receiver.deliveredIds());
      const lost = feed.filter((id) => !delivered.has(id));
      const all = await deliveries();
      console.log(
        `webhooks: events produced ${feed.length}, deliveries ${all.length}, delivered ${count('delivered')}, ` +
          `retried ${count('retry')}, dead-lettered ${count('dead')}, gone ${count('gone')}, lost ${lost.length}`,
      );
      expect(lost).toEqual([]);
    });
  });
});

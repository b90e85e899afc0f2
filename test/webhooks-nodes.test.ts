/**
 * Webhooks with two csb nodes on one database, an SQLite file or a PostgreSQL server (two whole systems in this process, each with
 * its own delivery worker): every event reaches the receiver exactly once, in order, because one
 * node at a time holds an endpoint's lease. And an endpoint that fails every attempt for
 * CSB_WEBHOOK_DISABLE_AFTER_DAYS (shortened here to about 2 s) is disabled and its dealer mailed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSystem } from '../bin/system.ts';
import { Dealer, eventually } from './support/dealer.ts';
import { stopTestPostgres, storeEnv, TEST_STORES } from './support/stores.ts';
import { ADMIN_KEY, startInProcess, tempDataDir } from './support/system.ts';
import { WebhookReceiver } from './support/webhook-receiver.ts';

afterAll(stopTestPostgres);

describe.each(TEST_STORES)('on %s', (store) => {
  const data = tempDataDir();
  const nodes: RunningSystem[] = [];
  let receiver: WebhookReceiver;
  const ENV = {
    CSB_WEBHOOK_ALLOW_LOOPBACK_HTTP: 'true',
    CSB_WEBHOOK_INTERVAL_MS: '20',
    CSB_WEBHOOK_TIMEOUT_MS: '1000',
    CSB_WEBHOOK_RETRY_SCHEDULE: '0.3,0.3,0.3,0.3,0.3,0.3,0.3,0.3,0.3,0.3',
    CSB_WEBHOOK_DISABLE_AFTER_DAYS: '0.00002',
    CSB_MAIL_TRANSPORT: 'none',
  };

  beforeAll(async () => {
    receiver = await WebhookReceiver.start();
    const env = { ...ENV, ...(await storeEnv(store)) };
    nodes.push(await startInProcess(data.dir, env));
    nodes.push(await startInProcess(data.dir, env));
  });
  afterAll(async () => {
    for (const node of nodes) await node.stop();
    await receiver?.close();
    data.remove();
  });

  const dealerOn = (node: RunningSystem | undefined, key = 'demo-key-dealer-gbg') =>
    new Dealer(`http://127.0.0.1:${node?.httpPort ?? 0}`, key);

  describe('webhooks on two nodes', () => {
    it('delivers each event once, in order, whichever node wrote it', { timeout: 60_000 }, async () => {
      const created = await dealerOn(nodes[0]).ok<{ secret: string }>(
        'POST',
        '/dealer/v1/webhook-endpoints',
        {
          url: receiver.url,
        },
      );
      receiver.secrets = [created.secret];
      for (let i = 0; i < 10; i += 1) {
        const dealer = dealerOn(nodes[i % 2]);
        const { appointmentId } = await dealer.ok<{ appointmentId: string }>(
          'POST',
          '/dealer/v1/pre-bookings',
          {
            vin: 'YV1DEMCAR00000001',
            start: new Date(Date.now() + (60 + i) * 86_400_000).toISOString(),
            durationMinutes: 60,
            workDescription: `service ${i}`,
          },
        );
        await dealer.ok('POST', `/dealer/v1/appointments/${appointmentId}/cancel`, { reason: 'test' });
      }
      const feed = (
        await dealerOn(nodes[1]).ok<{ items: { eventId: string }[] }>('GET', '/dealer/v1/events?limit=500')
      ).items.map((e) => e.eventId);
      expect(feed).toHaveLength(20);
      await eventually(
        async () => (receiver.received.length >= 20 ? true : undefined),
        'twenty deliveries',
        30_000,
      );
      // A moment more, so that a second delivery of any of them would have arrived too.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(receiver.received.map((r) => r.id)).toEqual(feed);
      expect(receiver.received.every((r) => r.verified)).toBe(true);
    });

    it('disables an endpoint that failed every attempt for the configured time and mails its dealer', async () => {
      const lyon = dealerOn(nodes[1], 'demo-key-dealer-lyon');
      const hook = await WebhookReceiver.start();
      hook.fallback = () => ({ kind: 'status', status: 500 });
      try {
        const { endpointId } = await lyon.ok<{ endpointId: string }>('POST', '/dealer/v1/webhook-endpoints', {
          url: hook.url,
        });
        await lyon.ok('POST', `/dealer/v1/webhook-endpoints/${endpointId}/test`);
        const disabled = await eventually(
          async () => {
            const e = await lyon.ok<{ state: string; disabledReason: string }>(
              'GET',
              `/dealer/v1/webhook-endpoints/${endpointId}`,
            );
            return e.state === 'disabled' ? e : undefined;
          },
          'the failing endpoint disabled',
          30_000,
        );
        expect(disabled.disabledReason).toMatch(/every attempt failed/);
        const mail = await fetch(
          `http://127.0.0.1:${nodes[0]?.httpPort}/admin/v1/mail?to=${encodeURIComponent('atelier@lyonauto.example.fr')}`,
          { headers: { authorization: `Bearer ${ADMIN_KEY}` } },
        ).then((r) => r.json() as Promise<{ items: { kind: string; body: string }[] }>);
        const notice = mail.items.find((m) => m.kind === 'webhook-endpoint-disabled');
        expect(notice?.body).toContain(endpointId);
        const attempts = hook.received.length;
        await new Promise((resolve) => setTimeout(resolve, 800));
        expect(hook.received.length).toBe(attempts);
      } finally {
        await hook.close();
      }
    });
  });
});

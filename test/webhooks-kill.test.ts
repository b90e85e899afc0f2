/**
 * Webhooks survive kill -9 of csb: the system (`node bin/csb.ts start`, a child process) is
 * killed with SIGKILL while a delivery is in flight (the receiver holds the request open), and
 * again the moment a delivery reached the receiver (before csb could write its result). After
 * each restart every event of the feed reaches the receiver, in order; the only repeats are
 * retries of the same `webhook-id`.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { Dealer, eventually } from './support/dealer.ts';
import { type ChildSystem, killChild, startChild, tempDataDir } from './support/system.ts';
import { WebhookReceiver } from './support/webhook-receiver.ts';

const data = tempDataDir();
let running: ChildSystem | undefined;
let receiver: WebhookReceiver | undefined;
const ENV = {
  CSB_WEBHOOK_ALLOW_LOOPBACK_HTTP: 'true',
  CSB_WEBHOOK_INTERVAL_MS: '100',
  CSB_WEBHOOK_TIMEOUT_MS: '1000',
  CSB_WEBHOOK_RETRY_SCHEDULE: '0.2,0.2,0.2,0.2,0.2',
  CSB_MAIL_TRANSPORT: 'none',
};

afterAll(async () => {
  if (running) await killChild(running.child, 'SIGKILL');
  await receiver?.close();
  data.remove();
});

const dealerOf = (system: ChildSystem) =>
  new Dealer(`http://127.0.0.1:${system.httpPort}`, 'demo-key-dealer-gbg');

async function preBookAndCancel(dealer: Dealer): Promise<void> {
  const { appointmentId } = await dealer.ok<{ appointmentId: string }>('POST', '/dealer/v1/pre-bookings', {
    vin: 'YV1DEMCAR00000001',
    start: new Date(Date.now() + 60 * 86_400_000).toISOString(),
    durationMinutes: 60,
    workDescription: 'Annual service',
  });
  await dealer.ok('POST', `/dealer/v1/appointments/${appointmentId}/cancel`, { reason: 'test' });
}

describe('webhooks across kill -9', () => {
  it('loses no event and repeats only the same webhook-id', { timeout: 120_000 }, async () => {
    const hook = await WebhookReceiver.start();
    receiver = hook;
    running = await startChild(data.dir, 20_000, ENV);
    const created = await dealerOf(running).ok<{ endpointId: string; secret: string }>(
      'POST',
      '/dealer/v1/webhook-endpoints',
      { url: hook.url },
    );
    hook.secrets = [created.secret];

    // Kill 1: while the first delivery is in flight (the receiver never answers it).
    hook.script.push({ kind: 'hang' });
    await preBookAndCancel(dealerOf(running));
    await eventually(async () => (hook.received.length >= 1 ? true : undefined), 'the first request');
    await killChild(running.child, 'SIGKILL');
    running = await startChild(data.dir, 20_000, ENV);

    // Kill 2: the moment a delivery arrives, answered 204, before csb can record it.
    const system = running;
    let arrived = false;
    hook.onRequest = () => {
      if (arrived) return;
      arrived = true;
      system.child.kill('SIGKILL');
    };
    await preBookAndCancel(dealerOf(system));
    await eventually(async () => (arrived ? true : undefined), 'a delivery to kill on', 30_000);
    await killChild(system.child, 'SIGKILL');
    hook.onRequest = () => undefined;
    running = await startChild(data.dir, 20_000, ENV);

    const dealer = dealerOf(running);
    const feed = (await dealer.ok<{ items: { eventId: string }[] }>('GET', '/dealer/v1/events?limit=500'))
      .items;
    const ids = feed.map((e) => e.eventId);
    expect(ids).toHaveLength(4);
    await eventually(
      async () => (ids.every((id) => hook.deliveredIds().includes(id)) ? true : undefined),
      'every event delivered after the restarts',
      40_000,
    );
    // In order: the first 2xx of each id follows the feed.
    const firsts = [...new Set(hook.deliveredIds())];
    expect(firsts).toEqual(ids);
    // Nothing but the feed's ids arrived, every one signed by the endpoint's secret.
    expect(hook.received.filter((r) => !ids.includes(r.id))).toEqual([]);
    expect(hook.received.every((r) => r.verified)).toBe(true);
    const repeats = hook.received.length - ids.length;
    console.log(
      `webhooks across kill -9: ${ids.length} events, ${hook.received.length} requests (${repeats} repeats of the same webhook-id), lost 0`,
    );
    expect(hook.received.filter((r) => r.id === ids[0]).length).toBeGreaterThanOrEqual(2);
  });
});

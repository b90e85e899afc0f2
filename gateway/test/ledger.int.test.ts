/**
 * The downlink ledger end to end: the real core on a temp SQLite file and the real gateway on a
 * manual clock shared by both, real MQTT.js cars. Offline cars get only what is still valid and
 * newest; connected cars get unreceipted messages again with backoff; the dealer API shows states.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type BookingCore,
  buildHttpApp,
  type DemoData,
  openBookingCore,
  seedDemoData,
} from '@csb/booking-core';
import { decodeDownlink, encodeUplink, toTimestamp } from '@csb/proto';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway, type Gateway } from '../src/index.ts';
import { connectCar } from './helpers.ts';

const HOUR = 3_600_000;
let now = Date.UTC(2026, 10, 23, 8, 0, 0);
const clock = { now: () => now };
let dir: string;
let core: BookingCore;
let demo: DemoData;
let gateway: Gateway;
let mqttPort: number;
let counter = 0;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'csb-ledger-'));
  core = await openBookingCore({ databasePath: join(dir, 'csb.sqlite'), clock });
  demo = await seedDemoData(core);
  gateway = createGateway({
    carChannel: core,
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    clock,
    // A fast safety poll: the redelivery test moves the manual clock and lets the poll notice.
    config: { host: '127.0.0.1', mqttPort: 0, opsPort: null, downlinkPollIntervalMs: 20 },
  });
  mqttPort = (await gateway.start()).mqttPort;
});
afterAll(async () => {
  await gateway?.stop();
  await core?.close();
  await rm(dir, { recursive: true, force: true });
});

function demoCar(index: number) {
  const car = demo.cars[index];
  if (!car?.dealerId) throw new Error(`demo car ${index} with a dealer missing`);
  return { vin: car.vin, secret: car.secret, dealerId: car.dealerId };
}

async function book(vin: string): Promise<string> {
  counter += 1;
  const outcome = await core.handleCarMessage({
    vin,
    messageId: `ledger-test-${counter.toString().padStart(4, '0')}`,
    sentAt: now,
    command: {
      kind: 'booking-request',
      origin: 'manual',
      consentGrantedAt: now,
      customerNote: 'ledger test',
      preferredWindows: [],
    },
  });
  if (!outcome.ok || !outcome.appointmentId) throw new Error(`booking refused: ${JSON.stringify(outcome)}`);
  return outcome.appointmentId;
}

async function propose(dealerId: string, appointmentId: string, start: number, amountMinor: number) {
  const result = await core.propose(dealerId, appointmentId, {
    start,
    durationMinutes: 60,
    price: { currencyCode: 'SEK', amountMinor },
    workDescription: 'Service',
  });
  if (!result.ok) throw new Error(`propose refused: ${result.error.code}`);
  return result.value.currentProposal?.proposalId ?? '';
}

const states = async (vin: string, kind: string) =>
  (await core.carDownlinks(vin)).filter((d) => d.message.kind === kind).map((d) => d.state);

async function until(probe: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 250; i++) {
    if (await probe()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('downlink ledger', () => {
  it('gives a car back from days offline only the newest proposal and list, in order', async () => {
    const { vin, secret, dealerId } = demoCar(0);
    const appointmentId = await book(vin);
    now += HOUR;
    await propose(dealerId, appointmentId, now + 10 * 24 * HOUR, 100_000);
    now += HOUR;
    const newest = await propose(dealerId, appointmentId, now + 11 * 24 * HOUR, 120_000);
    expect(await states(vin, 'proposal')).toEqual(['superseded', 'queued']);
    expect(await states(vin, 'appointment-list')).toEqual(['superseded', 'superseded', 'queued']);

    now += 7 * 24 * HOUR; // a week in a garage; both proposals still in the future
    const car = await connectCar(mqttPort, vin, secret, { clean: false });
    await car.client.subscribeAsync(`csb/v1/vehicles/${vin}/down/#`, { qos: 1 });
    const proposal = await car.inbox.next(`csb/v1/vehicles/${vin}/down/proposal`);
    expect(proposal.envelope?.proposal?.proposalId).toBe(newest);
    expect(proposal.envelope?.proposal?.price?.amountMinor).toBe(120_000);
    const list = await car.inbox.next(`csb/v1/vehicles/${vin}/down/appointments`);
    // The newest list only, after the proposal (ledger order).
    expect(car.inbox.all.indexOf(list)).toBeGreaterThan(car.inbox.all.indexOf(proposal));
    expect(car.inbox.all.filter((m) => m.topic.endsWith('/down/proposal'))).toHaveLength(1);
    expect(car.inbox.all.filter((m) => m.topic.endsWith('/down/appointments'))).toHaveLength(1);
    await until(async () => (await states(vin, 'proposal'))[1] === 'sent', 'the proposal marked sent');

    // Receipts close them; the dealer API shows the state on the appointment.
    for (const m of [proposal, list]) {
      const receipt = encodeUplink({
        messageId: `receipt-${m.envelope?.messageId}`.slice(0, 64),
        sentAt: toTimestamp(now),
        deliveryReceipt: { downlinkMessageId: m.envelope?.messageId ?? '', receivedAt: toTimestamp(now) },
      });
      await car.client.publishAsync(`csb/v1/vehicles/${vin}/up/delivery-receipt`, Buffer.from(receipt), {
        qos: 1,
      });
    }
    await until(async () => (await states(vin, 'proposal'))[1] === 'delivered', 'the receipt recorded');
    const http = buildHttpApp(core, { logger: pino({ level: 'silent' }) });
    try {
      const dealerKey = demo.dealers.find((d) => d.dealerId === dealerId)?.apiKey ?? '';
      const response = await http.inject({
        url: `/dealer/v1/appointments/${appointmentId}`,
        headers: { authorization: `Bearer ${dealerKey}` },
      });
      expect(response.statusCode).toBe(200);
      const deliveries = (response.json() as { deliveries: { kind: string; state: string }[] }).deliveries;
      expect(deliveries.map((d) => [d.kind, d.state])).toEqual([
        ['proposal', 'superseded'],
        ['proposal', 'delivered'],
      ]);
    } finally {
      await http.close();
    }
    await car.client.endAsync(true);
  });

  it('expires a proposal whose time passed while the car was away: never sent', async () => {
    const { vin, secret, dealerId } = demoCar(1);
    const appointmentId = await book(vin);
    await propose(dealerId, appointmentId, now + 2 * HOUR, 90_000);
    now += 3 * HOUR;
    const car = await connectCar(mqttPort, vin, secret, { clean: false });
    await car.client.subscribeAsync(`csb/v1/vehicles/${vin}/down/#`, { qos: 1 });
    await car.inbox.next(`csb/v1/vehicles/${vin}/down/appointments`);
    expect(await states(vin, 'proposal')).toEqual(['expired']);
    expect(car.inbox.all.filter((m) => m.topic.endsWith('/down/proposal'))).toHaveLength(0);
    await car.client.endAsync(true);
  });

  it('closes an expired message of a car that never returns at the scheduler sweep, not at a scrape', async () => {
    const { vin, dealerId } = demoCar(0);
    const appointmentId = await book(vin);
    await propose(dealerId, appointmentId, now + 2 * HOUR, 70_000);
    now += 3 * HOUR;
    const open = (counts: Record<string, number>) => (counts.queued ?? 0) + (counts.sent ?? 0);
    const before = open(await core.downlinkCounts());
    expect(await states(vin, 'proposal')).not.toContain('expired'); // reading counts changed nothing
    const sweep = await core.runDueWork();
    expect(sweep.expiredDownlinks).toBeGreaterThanOrEqual(1);
    expect((await states(vin, 'proposal')).at(-1)).toBe('expired');
    // Expired messages leave the open count (the gauge counts open rows only).
    expect(open(await core.downlinkCounts())).toBe(before - sweep.expiredDownlinks);
  });

  it('sends an unreceipted message again while the car stays connected, with backoff', async () => {
    const { vin, secret, dealerId } = demoCar(2);
    const car = await connectCar(mqttPort, vin, secret, { clean: false });
    await car.client.subscribeAsync(`csb/v1/vehicles/${vin}/down/#`, { qos: 1 });
    const appointmentId = await book(vin);
    await propose(dealerId, appointmentId, now + 5 * 24 * HOUR, 50_000);
    const first = await car.inbox.next(`csb/v1/vehicles/${vin}/down/proposal`);
    // No receipt. Before the first backoff (10 s by default) nothing comes again...
    now += 5_000;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(car.inbox.all.filter((m) => m.topic.endsWith('/down/proposal'))).toHaveLength(1);
    // ...after it, the same message id again.
    now += 6_000;
    const again = await car.inbox.next(`csb/v1/vehicles/${vin}/down/proposal`);
    expect(again.envelope?.messageId).toBe(first.envelope?.messageId);
    // Each copy says when the message was first sent (downlink.proto), byte for byte the same.
    expect(again.envelope?.sentAt).toEqual(first.envelope?.sentAt);
    expect(Buffer.from(again.payload).equals(Buffer.from(first.payload))).toBe(true);
    // The second wait is twice as long (20 s): not after 11 s more, but after 21 s.
    now += 11_000;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(car.inbox.all.filter((m) => m.topic.endsWith('/down/proposal'))).toHaveLength(2);
    now += 10_000;
    await until(
      async () => car.inbox.all.filter((m) => m.topic.endsWith('/down/proposal')).length === 3,
      'the third send',
    );
    const row = (await core.carDownlinks(vin)).find((d) => d.id === first.envelope?.messageId);
    expect(row?.state).toBe('sent');
    await car.client.endAsync(true);
  });

  it('shows a message the car has as sent at least, never queued, and a receipted one with its sentAt', async () => {
    const { vin, secret, dealerId } = demoCar(0);
    const car = await connectCar(mqttPort, vin, secret);
    // What the ledger said at the moment each proposal reached the car (read in the message event).
    const seen: Promise<{ state: string } | undefined>[] = [];
    car.client.on('message', (topic, payload) => {
      if (!topic.endsWith('/down/proposal')) return;
      const id = decodeDownlink(payload);
      const messageId = id.ok ? id.message.messageId : '';
      seen.push(core.carDownlinks(vin).then((rows) => rows.find((r) => r.id === messageId)));
    });
    await car.client.subscribeAsync(`csb/v1/vehicles/${vin}/down/#`, { qos: 1 });
    for (let i = 0; i < 5; i++) {
      const appointmentId = await book(vin);
      await propose(dealerId, appointmentId, now + 5 * 24 * HOUR, 10_000 + i);
    }
    await until(async () => seen.length === 5, 'five proposals');
    for (const row of await Promise.all(seen)) expect(row?.state).toBe('sent');
    const first = car.inbox.all.find((m) => m.topic.endsWith('/down/proposal'));
    const messageId = first?.envelope?.messageId as string;
    await car.client.publishAsync(
      `csb/v1/vehicles/${vin}/up/delivery-receipt`,
      Buffer.from(
        encodeUplink({
          messageId: 'ledger-receipt-0001',
          sentAt: toTimestamp(now),
          deliveryReceipt: { downlinkMessageId: messageId, receivedAt: toTimestamp(now) },
        }),
      ),
      { qos: 1 },
    );
    const receipted = (await core.carDownlinks(vin)).find((d) => d.id === messageId);
    expect(receipted?.state).toBe('delivered');
    const appointmentId = (receipted?.message as { appointmentId?: string } | undefined)?.appointmentId ?? '';
    const views = await core.appointmentDeliveries(dealerId, appointmentId);
    if (!views.ok) throw new Error(views.error.code);
    expect(views.value.find((v) => v.messageId === messageId)).toMatchObject({
      state: 'delivered',
      attempts: 1,
    });
    expect(views.value.find((v) => v.messageId === messageId)?.sentAt).not.toBeNull();
    await car.client.endAsync(true);
  });
});

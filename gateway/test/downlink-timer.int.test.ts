/**
 * The dispatcher's redelivery timer without a ledger read per flush: the real core on a temp
 * SQLite file, the real gateway, a real MQTT.js car on the real clock. The safety poll is set to
 * ten minutes, so only the per-car timer can send a message again within the test.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BookingCore, type DemoData, openBookingCore, seedDemoData } from '@csb/booking-core';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway, type Gateway } from '../src/index.ts';
import { connectCar } from './helpers.ts';

let dir: string;
let core: BookingCore;
let demo: DemoData;
let gateway: Gateway;
let mqttPort: number;
/** How often the gateway asked the ledger for a car's next attempt time. */
let wakeReads = 0;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'csb-downlink-timer-'));
  core = await openBookingCore({ databasePath: join(dir, 'csb.sqlite') });
  demo = await seedDemoData(core);
  // The real core, with its wake-up read counted (every other call goes straight through).
  const counted: BookingCore = Object.create(core, {
    carDownlinkWakeAt: {
      value: (vin: string) => {
        wakeReads += 1;
        return core.carDownlinkWakeAt(vin);
      },
    },
  });
  gateway = createGateway({
    carChannel: counted,
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    config: { host: '127.0.0.1', mqttPort: 0, opsPort: null, downlinkPollIntervalMs: 600_000 },
  });
  mqttPort = (await gateway.start()).mqttPort;
});
afterAll(async () => {
  await gateway?.stop();
  await core?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('downlink redelivery timer', () => {
  it('arms the timer from the rows it marked sent: no ledger read after a subscribe or a flush, the message still comes again', async () => {
    const car = demo.cars[0];
    if (!car?.dealerId) throw new Error('demo car 0 with a dealer missing');
    const { vin, secret } = car;
    const request = (id: string) =>
      core.handleCarMessage({
        vin,
        messageId: id,
        sentAt: Date.now(),
        command: {
          kind: 'booking-request',
          origin: 'manual',
          consentGrantedAt: Date.now(),
          customerNote: 'timer test',
          preferredWindows: [],
        },
      });
    // A list waits in the ledger before the car comes: the subscribe's flush hands it over, which
    // shows that flush ran (a flush with nothing to send would show nothing).
    expect((await request('timer-test-before')).ok).toBe(true);
    const client = await connectCar(mqttPort, vin, secret);
    await client.client.subscribeAsync(`csb/v1/vehicles/${vin}/down/#`, { qos: 1 });
    const listTopic = `csb/v1/vehicles/${vin}/down/appointments`;
    await client.inbox.next(listTopic);
    // The subscribe's flush read every open message of the car and marked each one sent, so it
    // knows the next attempt time without reading it (the timer would be armed right after the
    // hand-over: a moment's settling before looking).
    await new Promise((r) => setTimeout(r, 300));
    const readsAfterSubscribe = wakeReads;
    expect(readsAfterSubscribe).toBe(0);
    for (let i = 0; i < 3; i++) {
      const outcome = await request(`timer-test-${i}`);
      expect(outcome.ok).toBe(true);
      await client.inbox.next(listTopic);
    }
    // Three flushes handed a list each over and read nothing to arm the timer.
    expect(wakeReads).toBe(readsAfterSubscribe);
    const sent = client.inbox.all.filter((m) => m.topic === listTopic);
    const first = sent[0]?.envelope?.messageId;
    // No receipt: the first list is sent again after the first backoff (10 s), by the timer
    // alone, or the newest list superseded it and the newest comes again.
    const again = await client.inbox.next(listTopic, 20_000);
    const ids = sent.map((m) => m.envelope?.messageId);
    expect(ids).toContain(again.envelope?.messageId);
    expect(first).toBeDefined();
    // The fired timer reads the next attempt time anew, after its flush handed the message over
    // (so the car may have it a moment before the read).
    for (let i = 0; i < 100 && wakeReads <= readsAfterSubscribe; i++)
      await new Promise((r) => setTimeout(r, 20));
    expect(wakeReads).toBeGreaterThan(readsAfterSubscribe);
    await client.client.endAsync(true);
  }, 40_000);
});

/**
 * No retained message and no broker-internal topic can carry anything across VINs: a car's
 * retained uplink is never stored, downlinks are never retained, `$SYS` and wildcard filters are
 * refused, and the broker's own `$SYS` announcements never reach a car.
 */
import { encodeUplink, toTimestamp } from '@csb/proto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectCar, startTestSystem, subscribeCodes, type TestSystem } from './helpers.ts';

let sys: TestSystem;
beforeAll(async () => {
  sys = await startTestSystem();
});
afterAll(async () => {
  await sys?.stop();
});

const demoCar = (index: number) => {
  const car = sys.demo.cars[index];
  if (!car) throw new Error(`demo car ${index} missing`);
  return car;
};

describe('retained messages and internal topics', () => {
  it('never stores a retained uplink nor retains a downlink, for any car', async () => {
    const a = demoCar(0);
    const b = demoCar(1);
    const carA = await connectCar(sys.mqttPort, a.vin, a.secret);
    await carA.client.subscribeAsync(`csb/v1/vehicles/${a.vin}/down/#`, { qos: 1 });
    const payload = encodeUplink({
      messageId: 'retained-uplink-1',
      sentAt: toTimestamp(Date.now()),
      engineStart: { startedAt: toTimestamp(Date.now()) },
    });
    await carA.client.publishAsync(`csb/v1/vehicles/${a.vin}/up/engine-start`, Buffer.from(payload), {
      qos: 1,
      retain: true,
    });
    await carA.inbox.result(a.vin, 'retained-uplink-1');
    await carA.client.endAsync();

    // The broker's retained store holds nothing under csb/ ...
    const stored: string[] = [];
    // aedes' persistence is public at runtime (aedes.js) but missing from its typings.
    const { persistence } = sys.gateway.broker as unknown as {
      persistence: { createRetainedStreamCombi(patterns: string[]): AsyncIterable<unknown> };
    };
    for await (const packet of persistence.createRetainedStreamCombi(['#'])) {
      stored.push((packet as { topic: string }).topic);
    }
    expect(stored.filter((t) => t.startsWith('csb/'))).toEqual([]);

    // ... and car B, subscribing to everything it may, gets nothing flagged retained.
    const carB = await connectCar(sys.mqttPort, b.vin, b.secret);
    const retained: string[] = [];
    carB.client.on('message', (topic, _payload, packet) => {
      if (packet.retain) retained.push(topic);
    });
    await carB.client.subscribeAsync(`csb/v1/vehicles/${b.vin}/down/#`, { qos: 1 });
    const again = await connectCar(sys.mqttPort, a.vin, a.secret);
    await again.client.subscribeAsync(`csb/v1/vehicles/${a.vin}/down/#`, { qos: 1 });
    again.client.on('message', (topic, _payload, packet) => {
      if (packet.retain) retained.push(topic);
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(retained).toEqual([]);
    await carB.client.endAsync();
    await again.client.endAsync();
  });

  it('refuses $SYS and broad filters, and lets no $SYS announcement reach a car', async () => {
    const a = demoCar(2);
    const car = await connectCar(sys.mqttPort, a.vin, a.secret);
    const received: string[] = [];
    car.client.on('message', (topic) => received.push(topic));
    const codes = await subscribeCodes(car.client, [
      '$SYS/#',
      `$SYS/${sys.gateway.broker.id}/new/clients`,
      '#',
      '+/+/+/+/down/#',
      `csb/v1/vehicles/${a.vin}/#`,
      `csb/v1/vehicles/${a.vin}/down/#`,
    ]);
    expect(Object.values(codes)).toEqual([0x80, 0x80, 0x80, 0x80, 0x80, 1]);
    // aedes announces every new client on $SYS/<id>/new/clients: another car connecting now.
    const other = demoCar(0);
    const otherCar = await connectCar(sys.mqttPort, other.vin, other.secret);
    await otherCar.client.endAsync();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(received.filter((t) => !t.startsWith(`csb/v1/vehicles/${a.vin}/down/`))).toEqual([]);
    expect(car.client.connected).toBe(true);
    await car.client.endAsync();
  });
});

/**
 * What a car can and cannot do, over the real broker: authentication, topic ACL (wildcards
 * included), bad payloads answered without losing the connection, duplicates without effect.
 */
import { csb, toTimestamp, uplinkTopic } from '@csb/proto';
import mqtt from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSystem } from '../bin/system.ts';
import { TestCar } from './support/car.ts';
import { Dealer } from './support/dealer.ts';
import { startInProcess, tempDataDir } from './support/system.ts';

let system: RunningSystem;
let data: ReturnType<typeof tempDataDir>;
let url: string;
let demo: NonNullable<RunningSystem['demo']>;

beforeAll(async () => {
  data = tempDataDir();
  system = await startInProcess(data.dir);
  if (!system.demo) throw new Error('demo data was not seeded');
  demo = system.demo;
  url = `mqtt://127.0.0.1:${system.mqttPort}`;
});

afterAll(async () => {
  await system?.stop();
  data?.remove();
});

function connectedCars() {
  const withDealer = demo.cars.filter((c) => c.dealerId === 'dealer-gbg');
  const [a, b] = withDealer;
  if (!a || !b) throw new Error('need two demo cars of dealer-gbg');
  return { a, b };
}

const request = () => ({
  bookingRequest: {
    origin: csb.v1.RequestOrigin.REQUEST_ORIGIN_MANUAL,
    consent: { granted: true, grantedAt: toTimestamp(Date.now()) },
    customerNote: 'Squeaking brakes',
  },
});

function connackCode(vin: string, username: string, password: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const client = mqtt.connect(url, {
      clientId: vin,
      username,
      password,
      protocolVersion: 4,
      reconnectPeriod: 0,
      connectTimeout: 5_000,
    });
    const timer = setTimeout(() => reject(new Error('no CONNACK')), 5_000);
    client.once('connect', () => {
      clearTimeout(timer);
      client.end(true);
      resolve(0);
    });
    client.once('error', (error: Error & { code?: number }) => {
      clearTimeout(timer);
      client.end(true);
      resolve(error.code ?? -1);
    });
  });
}

describe('authentication', () => {
  it('refuses a wrong secret and an unknown VIN with CONNACK 4, a foreign client id with 2', async () => {
    const { a } = connectedCars();
    expect(await connackCode(a.vin, a.vin, 'not-the-secret')).toBe(4);
    expect(await connackCode('YV1ZZZZZZZZ999999', 'YV1ZZZZZZZZ999999', 'whatever')).toBe(4);
    expect(await connackCode('not-a-vin', 'not-a-vin', a.secret)).toBe(2);
    expect(await connackCode(a.vin, a.vin, a.secret)).toBe(0);
  });
});

describe('topic ACL', () => {
  it("never lets car A subscribe to car B's downlinks, by name or wildcard", async () => {
    const { a, b } = connectedCars();
    const carA = await TestCar.connect(url, a.vin, a.secret, { subscribe: false });
    const carB = await TestCar.connect(url, b.vin, b.secret);
    try {
      const filters = [
        `csb/v1/vehicles/${b.vin}/down/#`,
        `csb/v1/vehicles/${b.vin}/down/result`,
        'csb/v1/vehicles/+/down/#',
        'csb/v1/vehicles/#',
        'csb/#',
        '#',
        '+/+/+/+/+/+',
        '$SYS/#',
        `csb/v1/vehicles/${a.vin}/up/#`,
      ];
      expect(await carA.subscribeCodes(filters)).toEqual(filters.map(() => 0x80));
      // Its own downlinks it may have.
      expect(await carA.subscribeCodes([`csb/v1/vehicles/${a.vin}/down/#`])).toEqual([1]);

      // B's traffic flows; A receives none of it.
      const id = await carB.send('booking-request', request());
      await carB.resultFor(id);
      expect(carA.received).toEqual([]);
    } finally {
      await carA.close();
      await carB.close();
    }
  });

  it("disconnects car A when it publishes on car B's topic, and B is untouched", async () => {
    const { a, b } = connectedCars();
    const carA = await TestCar.connect(url, a.vin, a.secret);
    const closed = new Promise<void>((resolve) => carA.client.once('close', () => resolve()));
    carA.client.publish(uplinkTopic(b.vin, 'booking-request'), Buffer.from([1, 2, 3]), { qos: 1 });
    await closed;
    expect(carA.received.filter((r) => r.envelope.body === 'uplinkResult')).toEqual([]);
    await carA.close();
  });
});

describe('bad input', () => {
  it('answers an undecodable payload with a typed rejection and keeps the car connected', async () => {
    const { a } = connectedCars();
    const car = await TestCar.connect(url, a.vin, a.secret);
    try {
      await car.sendRaw(
        uplinkTopic(a.vin, 'booking-request'),
        Buffer.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]),
      );
      const rejected = await car.waitFor((r) => r.envelope.uplinkResult?.rejected != null, 'a rejection');
      expect(rejected.envelope.uplinkResult?.rejected?.code).toBe(
        csb.v1.RejectionCode.REJECTION_CODE_UNDECODABLE,
      );
      expect(car.client.connected).toBe(true);
      const id = await car.send('booking-request', request());
      expect((await car.resultFor(id)).envelope.uplinkResult?.accepted?.appointmentId).toBeTruthy();
    } finally {
      await car.close();
    }
  });

  it('makes one appointment of a message id sent twice, and answers both with it', async () => {
    const { b } = connectedCars();
    const dealer = new Dealer(
      `http://127.0.0.1:${system.httpPort}`,
      demo.dealers.find((d) => d.dealerId === 'dealer-gbg')?.apiKey ?? '',
    );
    const car = await TestCar.connect(url, b.vin, b.secret);
    try {
      const before = await dealer.ok<{ items: unknown[] }>('GET', '/dealer/v1/appointments?list=actions');
      const messageId = 'dup-0000-1111-2222';
      await car.send('booking-request', request(), messageId);
      const first = await car.resultFor(messageId);
      car.received.length = 0;
      await car.send('booking-request', request(), messageId);
      const second = await car.resultFor(messageId);
      expect(second.envelope.uplinkResult?.accepted?.appointmentId).toBe(
        first.envelope.uplinkResult?.accepted?.appointmentId,
      );
      const after = await dealer.ok<{ items: unknown[] }>('GET', '/dealer/v1/appointments?list=actions');
      expect(after.items.length).toBe(before.items.length + 1);
    } finally {
      await car.close();
    }
  });

  it('rejects a request from a car whose driver has no preferred dealer', async () => {
    const orphan = demo.cars.find((c) => c.dealerId === null);
    if (!orphan) throw new Error('demo data needs a car without a preferred dealer');
    const car = await TestCar.connect(url, orphan.vin, orphan.secret);
    try {
      const id = await car.send('booking-request', request());
      const result = await car.resultFor(id);
      expect(result.envelope.uplinkResult?.rejected?.code).toBe(
        csb.v1.RejectionCode.REJECTION_CODE_NO_PREFERRED_DEALER,
      );
    } finally {
      await car.close();
    }
  });
});

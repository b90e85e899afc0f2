import { decodeDownlink, encodeUplink, toTimestamp } from '@csb/proto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectCar, startTestSystem, type TestSystem } from './helpers.ts';

// A burst far above one car's normal rate, pipelined without waiting for PUBACKs: aedes 1.2 has
// died here with "Maximum call stack size exceeded" when publishes completed synchronously
// (docs/benchmarks.md, benchmark 4). Every message must be answered exactly once.
const BURST = Number(process.env.CSB_BURST ?? 1_000);

let sys: TestSystem;
beforeAll(async () => {
  // The per-car rate limit is not what this test is about (limits.int.test.ts is): lifted here.
  sys = await startTestSystem({ carRatePerSecond: 1_000_000, carRateBurst: 1_000_000 });
});
afterAll(async () => {
  await sys?.stop();
});

describe('burst', () => {
  it(`answers ${BURST} pipelined uplinks from one car exactly once and keeps it connected`, async () => {
    const car = sys.demo.cars[0];
    if (!car) throw new Error('no demo car');
    const c = await connectCar(sys.mqttPort, car.vin, car.secret);
    await c.client.subscribeAsync(`csb/v1/vehicles/${car.vin}/down/result`, { qos: 1 });
    const answered = new Map<string, number>();
    const all = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`only ${answered.size} of ${BURST} answered`)), 20_000);
      c.client.on('message', (_topic, payload) => {
        const decoded = decodeDownlink(payload);
        const id = (decoded.ok && decoded.message.uplinkResult?.uplinkMessageId) || 'unreadable';
        answered.set(id, (answered.get(id) ?? 0) + 1);
        if (answered.size === BURST) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    const now = Date.now();
    const pubacks: Promise<unknown>[] = [];
    for (let i = 0; i < BURST; i++) {
      const payload = encodeUplink({
        messageId: `burst-${i.toString().padStart(6, '0')}`,
        sentAt: toTimestamp(now),
        engineStart: { startedAt: toTimestamp(now + i) },
      });
      pubacks.push(
        c.client.publishAsync(`csb/v1/vehicles/${car.vin}/up/engine-start`, Buffer.from(payload), { qos: 1 }),
      );
    }
    await Promise.all(pubacks);
    await all;
    expect([...answered.values()].every((n) => n === 1)).toBe(true);
    expect(c.inbox.all.every((m) => m.envelope?.uplinkResult?.outcome === 'accepted')).toBe(true);
    expect(c.client.connected).toBe(true);
    await c.client.endAsync();
  });

  it('survives a flood of publishes that complete synchronously (no subscriber), the shape of that crash', async () => {
    // Publishes to a car topic (the uplink sink defers its done) keep mqemitter busy while
    // thousands of publishes nobody subscribes to pile up: with a bounded mqemitter queue their
    // synchronous completion recursed until "Maximum call stack size exceeded" (bench 4, storm).
    const FLOOD = 30_000;
    const broker = sys.gateway.broker;
    let completed = 0;
    const done = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`only ${completed} of ${FLOOD} completed`)), 20_000);
      for (let i = 0; i < FLOOD; i++) {
        // The first few hundred fill mqemitter's in-flight slots (the sink completes later); the
        // rest queue behind them and complete synchronously once released.
        const topic = i < 300 ? 'csb/v1/vehicles/YV1NVLL0000000000/up/engine-start' : `nobody/listens/${i}`;
        broker.publish(
          { cmd: 'publish', topic, payload: Buffer.alloc(8), qos: 0, retain: false, dup: false },
          () => {
            completed += 1;
            if (completed === FLOOD) {
              clearTimeout(timer);
              resolve();
            }
          },
        );
      }
    });
    await done;
    // Still serving cars afterwards.
    const car = sys.demo.cars[0];
    if (!car) throw new Error('no demo car');
    const c = await connectCar(sys.mqttPort, car.vin, car.secret);
    expect(c.client.connected).toBe(true);
    await c.client.endAsync();
  });
});

import { csb, encodeUplink, toTimestamp } from '@csb/proto';
import { describe, expect, it } from 'vitest';
import { carOptions, closed, connectCar, refusedConnack, startTestSystem } from './helpers.ts';

describe('gateway lifecycle', () => {
  it('stops gracefully: car connections and listeners close; stop is idempotent', async () => {
    const sys = await startTestSystem();
    const car = sys.demo.cars[0];
    if (!car) throw new Error('no demo car');
    try {
      const base = `http://127.0.0.1:${sys.opsPort}`;
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
      const c = await connectCar(sys.mqttPort, car.vin, car.secret);
      const gone = closed(c.client);
      await sys.gateway.stop();
      await gone;
      expect(sys.gateway.broker.closed).toBe(true);
      // Nothing listens any more: neither MQTT nor ops HTTP.
      expect(await refusedConnack(sys.mqttPort, carOptions(car.vin, car.secret))).toBe('ECONNREFUSED');
      await expect(fetch(`${base}/healthz`)).rejects.toThrow();
      await sys.gateway.stop();
      c.client.end(true);
    } finally {
      await sys.stop();
    }
  });

  it('answers TEMPORARILY_UNAVAILABLE (retryable) when the core fails, and keeps the car connected', async () => {
    const sys = await startTestSystem();
    const car = sys.demo.cars[0];
    if (!car) throw new Error('no demo car');
    try {
      const c = await connectCar(sys.mqttPort, car.vin, car.secret);
      await c.client.subscribeAsync(`csb/v1/vehicles/${car.vin}/down/result`, { qos: 1 });
      // The real core, closed under the gateway: its calls now fail with an exception.
      await sys.core.close();
      const now = Date.now();
      const payload = encodeUplink({
        messageId: 'core-down-0001',
        sentAt: toTimestamp(now),
        engineStart: { startedAt: toTimestamp(now) },
      });
      await c.client.publishAsync(`csb/v1/vehicles/${car.vin}/up/engine-start`, Buffer.from(payload), {
        qos: 1,
      });
      const result = await c.inbox.result(car.vin, 'core-down-0001');
      expect(result.rejected?.code).toBe(csb.v1.RejectionCode.REJECTION_CODE_TEMPORARILY_UNAVAILABLE);
      expect(result.rejected?.retryable).toBe(true);
      expect(c.client.connected).toBe(true);
      const metrics = await (await fetch(`http://127.0.0.1:${sys.opsPort}/metrics`)).text();
      expect(metrics).toContain('csb_gateway_core_errors_total{operation="handleCarMessage"} 1');
      await c.client.endAsync();
    } finally {
      await sys.stop();
    }
  });
});

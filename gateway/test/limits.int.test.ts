/**
 * Hostile-input limits over real sockets: packet size at the MQTT layer, messages per car per
 * second (RATE_LIMITED, then a disconnect for a flood), a second connection with the same VIN
 * taking over, failed authentications per source address. Each breach: a typed answer or a clean
 * disconnect, and a counter.
 */
import { connect as tcpConnect } from 'node:net';
import { csb, encodeUplink, toTimestamp } from '@csb/proto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  carOptions,
  closed,
  connectCar,
  refusedConnack,
  startTestSystem,
  type TestSystem,
} from './helpers.ts';

let sys: TestSystem | undefined;
afterEach(async () => {
  await sys?.stop();
  sys = undefined;
});

const metricsText = () => (sys as TestSystem).gateway.metrics.registry.metrics();
const demoCar = (index: number) => {
  const car = sys?.demo.cars[index];
  if (!car) throw new Error(`demo car ${index} missing`);
  return car;
};
const engineStart = (messageId: string) =>
  Buffer.from(
    encodeUplink({
      messageId,
      sentAt: toTimestamp(Date.now()),
      engineStart: { startedAt: toTimestamp(Date.now()) },
    }),
  );

describe('limits', () => {
  it('closes a connection whose packet header announces more than the packet limit, before the body', async () => {
    sys = await startTestSystem({ maxPacketBytes: 4_096 });
    // A CONNECT-less PUBLISH header claiming 200 MB: the guard reads the length and closes at once.
    const socket = tcpConnect(sys.mqttPort, '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    const closedPromise = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    socket.write(Buffer.from([0x30, 0xff, 0xff, 0xff, 0x7f]));
    await closedPromise;
    expect(await metricsText()).toContain('csb_gateway_limit_breaches_total{limit="packet_size"} 1');

    // A connected car sending a 10 KB packet over a 4 KB limit is disconnected; a small one works.
    const { vin, secret } = demoCar(0);
    const car = await connectCar(sys.mqttPort, vin, secret);
    await car.client.subscribeAsync(`csb/v1/vehicles/${vin}/down/#`, { qos: 1 });
    await car.client.publishAsync(`csb/v1/vehicles/${vin}/up/engine-start`, engineStart('small-message-1'), {
      qos: 1,
    });
    car.client.publish(`csb/v1/vehicles/${vin}/up/engine-start`, Buffer.alloc(10_000, 1), { qos: 1 });
    await closed(car.client);
    expect(await metricsText()).toContain('csb_gateway_limit_breaches_total{limit="packet_size"} 2');
    car.client.end(true);
  });

  it('answers RATE_LIMITED (retryable) over the rate and disconnects a car that keeps flooding', async () => {
    sys = await startTestSystem({ carRatePerSecond: 0.001, carRateBurst: 3, floodDisconnectAfter: 4 });
    const { vin, secret } = demoCar(0);
    const car = await connectCar(sys.mqttPort, vin, secret);
    await car.client.subscribeAsync(`csb/v1/vehicles/${vin}/down/result`, { qos: 1 });
    const ids = Array.from({ length: 7 }, (_, i) => `rate-test-${i}`);
    for (const id of ids.slice(0, 7)) {
      await car.client.publishAsync(`csb/v1/vehicles/${vin}/up/engine-start`, engineStart(id), { qos: 1 });
    }
    const results = [];
    for (const id of ids) results.push(await car.inbox.result(vin, id));
    expect(results.slice(0, 3).every((r) => r.accepted)).toBe(true);
    for (const r of results.slice(3)) {
      expect(r.rejected?.code).toBe(csb.v1.RejectionCode.REJECTION_CODE_RATE_LIMITED);
      expect(r.rejected?.retryable).toBe(true);
    }
    expect(car.client.connected).toBe(true);
    // The 5th refusal in a row is a flood: the connection is closed.
    car.client.publish(`csb/v1/vehicles/${vin}/up/engine-start`, engineStart('rate-test-flood'), { qos: 1 });
    await closed(car.client);
    const text = await metricsText();
    expect(text).toContain('csb_gateway_uplink_rejections_total{code="RATE_LIMITED"} 4');
    expect(text).toContain('csb_gateway_limit_breaches_total{limit="flood_disconnect"} 1');
    car.client.end(true);
  });

  it('lets a second connection with the same VIN take over the first [MQTT-3.1.4-2]', async () => {
    sys = await startTestSystem();
    const { vin, secret } = demoCar(1);
    const first = await connectCar(sys.mqttPort, vin, secret, { clean: false });
    const firstClosed = closed(first.client);
    const second = await connectCar(sys.mqttPort, vin, secret, { clean: false });
    await firstClosed;
    await second.client.subscribeAsync(`csb/v1/vehicles/${vin}/down/result`, { qos: 1 });
    await second.client.publishAsync(`csb/v1/vehicles/${vin}/up/engine-start`, engineStart('takeover-1'), {
      qos: 1,
    });
    expect((await second.inbox.result(vin, 'takeover-1')).accepted).toBeTruthy();
    expect(first.client.connected).toBe(false);
    expect(sys.gateway.broker.connectedClients).toBe(1);
    await second.client.endAsync(true);
    first.client.end(true);
  });

  it('refuses an address after repeated failed CONNECTs, even with the right secret (CONNACK 3)', async () => {
    sys = await startTestSystem({ authFailuresBeforeBackoff: 3, authBackoffMs: 60_000 });
    const { vin, secret } = demoCar(0);
    for (let i = 0; i < 3; i++) {
      expect(await refusedConnack(sys.mqttPort, carOptions(vin, 'wrong-secret'))).toBe(4);
    }
    expect(await refusedConnack(sys.mqttPort, carOptions(vin, secret))).toBe(3);
    const text = await metricsText();
    expect(text).toContain('csb_gateway_auth_failures_total{reason="AUTH_BACKOFF"} 1');
    expect(text).toContain('csb_gateway_limit_breaches_total{limit="auth_backoff"} 1');
  });
});

/**
 * The car's MQTT behaviour against a real in-process aedes broker on 127.0.0.1 (port 0), with the
 * real mqtt client and real protobuf bytes. Bare aedes on purpose: the gateway is not under test,
 * the car is - what it subscribes to, what it publishes where, and how it comes back.
 */
import { once } from 'node:events';
import net, { type AddressInfo } from 'node:net';
import {
  carDownlinkFilter,
  csb,
  type DownlinkEnvelopeInit,
  type DownlinkKind,
  decodeUplink,
  downlinkTopic,
  encodeDownlink,
  toTimestamp,
  type UplinkEnvelope,
  uplinkTopic,
} from '@csb/proto';
import { Aedes, type AuthenticateError, type Client } from 'aedes';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type CarClient,
  type CarEvent,
  createCarClient,
  HeadUnitError,
  proposalPolicies,
} from '../src/index.ts';

const VIN = 'YV1DZ8256C1234567';
const SECRET = 'car-secret-1234';

interface Uplink {
  topic: string;
  qos: number;
  retain: boolean;
  envelope: UplinkEnvelope;
}

let broker: Aedes;
/** When set, every CONNECT is refused with this CONNACK return code. */
let refuseWith: number | undefined;
let server: net.Server;
let brokerUrl: string;
let uplinks: Uplink[];
let subscriptions: Array<{ clientId: string; topic: string; qos: number }>;
const clients = new Map<string, Client>();
const cars: CarClient[] = [];

beforeEach(async () => {
  refuseWith = undefined;
  uplinks = [];
  subscriptions = [];
  broker = await Aedes.createBroker({
    authenticate: (_client, username, password, done) => {
      if (refuseWith !== undefined) {
        const error = new Error('refused by the test') as AuthenticateError;
        error.returnCode = refuseWith as AuthenticateError['returnCode'];
        return done(error, false);
      }
      if (username === VIN && password?.toString() === SECRET) return done(null, true);
      const error = new Error('bad user name or password') as AuthenticateError;
      error.returnCode = 4;
      done(error, false);
    },
  });
  broker.on('client', (client) => clients.set(client.id, client));
  broker.on('subscribe', (subs, client) => {
    for (const s of subs) subscriptions.push({ clientId: client.id, topic: s.topic, qos: s.qos });
  });
  broker.on('publish', (packet, client) => {
    if (client === null) return; // the broker's own publishes ($SYS, our downlinks)
    const decoded = decodeUplink(packet.payload as Buffer);
    if (!decoded.ok) throw new Error(`car sent an undecodable payload: ${decoded.error}`);
    uplinks.push({ topic: packet.topic, qos: packet.qos, retain: packet.retain, envelope: decoded.message });
  });
  server = net.createServer((socket) => {
    socket.setNoDelay(true);
    broker.handle(socket);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  brokerUrl = `mqtt://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  for (const car of cars.splice(0)) await car.stop();
  clients.clear();
  await new Promise<void>((resolve) => broker.close(() => resolve()));
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function newCar(
  events: CarEvent[] = [],
  overrides: Partial<Parameters<typeof createCarClient>[0]> = {},
): CarClient {
  const car = createCarClient({
    vin: VIN,
    secret: SECRET,
    brokerUrl,
    random: { next: () => 0.5 },
    tickIntervalMs: 20,
    connection: { reconnectBaseMs: 20, reconnectMaxMs: 100 },
    ...overrides,
  });
  car.on((event) => events.push(event));
  cars.push(car);
  return car;
}

/** Polls until `check` returns a value; bounded in time (no timing assertion, just a limit). */
async function waitFor<T>(check: () => T | undefined | false, what: string, timeoutMs = 5000): Promise<T> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const value = check();
    if (value !== undefined && value !== false) return value;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function publishDownlink(kind: DownlinkKind, envelope: DownlinkEnvelopeInit): Promise<void> {
  return new Promise((resolve, reject) => {
    broker.publish(
      {
        cmd: 'publish',
        topic: downlinkTopic(VIN, kind),
        payload: Buffer.from(encodeDownlink(envelope)),
        qos: 1,
        retain: false,
        dup: false,
      },
      (error) => (error ? reject(error) : resolve()),
    );
  });
}

function proposal(messageId: string): DownlinkEnvelopeInit {
  return {
    messageId,
    sentAt: toTimestamp(Date.now()),
    proposal: {
      appointmentId: 'appt-1',
      proposalId: 'prop-1',
      dealer: { dealerId: 'dealer-gbg', name: 'Göteborg Bil AB' },
      start: toTimestamp(Date.UTC(2026, 10, 25, 8, 0)),
      durationMinutes: 60,
      price: { currencyCode: 'SEK', amountMinor: 123_450 },
    },
  };
}

const receiptFor = (id: string) => () =>
  uplinks.find((u) => u.envelope.deliveryReceipt?.downlinkMessageId === id);

describe('car connection against aedes', () => {
  it('connects as the car with a persistent session and subscribes QoS 1 to its downlink filter', async () => {
    const car = newCar();
    const { sessionPresent } = await car.start();
    expect(sessionPresent).toBe(false);
    const subscription = await waitFor(
      () => subscriptions.find((s) => s.clientId === VIN),
      'the subscription',
    );
    expect(subscription).toEqual({ clientId: VIN, topic: carDownlinkFilter(VIN), qos: 1 });
    expect(clients.get(VIN)?.clean).toBe(false);
  });

  it('publishes a booking request QoS 1, retain false, as protobuf on its topic', async () => {
    const car = newCar();
    await car.start();
    const [out] = car.perform({
      type: 'request-booking',
      origin: csb.v1.RequestOrigin.REQUEST_ORIGIN_MANUAL,
      note: 'hi',
    });
    const uplink = await waitFor(() => uplinks[0], 'the booking request');
    expect(uplink.topic).toBe(uplinkTopic(VIN, 'booking-request'));
    expect(uplink.qos).toBe(1);
    expect(uplink.retain).toBe(false);
    expect(uplink.envelope.body).toBe('bookingRequest');
    expect(out?.type === 'publish' && out.messageId).toBe(uplink.envelope.messageId);
  });

  it('sends a delivery receipt for a downlink and answers a proposal by its policy', async () => {
    const events: CarEvent[] = [];
    const car = newCar(events, { proposalPolicy: proposalPolicies.accept() });
    await car.start();
    await publishDownlink('proposal', proposal('down-proposal-1'));
    const receipt = await waitFor(receiptFor('down-proposal-1'), 'the delivery receipt');
    expect(receipt.topic).toBe(uplinkTopic(VIN, 'delivery-receipt'));
    const response = await waitFor(
      () => uplinks.find((u) => u.envelope.body === 'proposalResponse'),
      'the answer',
    );
    expect(response.topic).toBe(uplinkTopic(VIN, 'proposal-response'));
    expect(response.envelope.proposalResponse?.accept).toBeDefined();
    expect(events.some((e) => e.type === 'proposal')).toBe(true);
  });

  it('resends the same message id until the result comes, then stops', async () => {
    const events: CarEvent[] = [];
    const car = newCar(events, { resultTimeoutMs: 50, maxAttempts: 10 });
    await car.start();
    car.perform({ type: 'engine-start', odometerKm: 1200 });
    const sends = await waitFor(() => {
      const s = uplinks.filter((u) => u.envelope.body === 'engineStart');
      return s.length >= 2 && s;
    }, 'a resend');
    const id = sends[0]?.envelope.messageId ?? '';
    expect(sends.map((s) => s.envelope.messageId)).toEqual([id, id]);
    await publishDownlink('result', {
      messageId: 'down-result-1',
      uplinkResult: { uplinkMessageId: id, accepted: {} },
    });
    await waitFor(() => events.find((e) => e.type === 'result-accepted'), 'the result');
    expect(car.headUnit.snapshot().pendingUplinks).toEqual([]);
    // No receipt for a result (uplink.proto DeliveryReceipt).
    expect(receiptFor('down-result-1')()).toBeUndefined();
  });

  it('gets downlinks queued while it was offline when it returns (persistent session)', async () => {
    const first = newCar();
    await first.start();
    await first.stop();
    await publishDownlink('proposal', proposal('down-while-offline'));

    const events: CarEvent[] = [];
    const second = newCar(events);
    const { sessionPresent } = await second.start();
    expect(sessionPresent).toBe(true);
    await waitFor(receiptFor('down-while-offline'), 'the receipt of the queued downlink');
    expect(events.filter((e) => e.type === 'proposal')).toHaveLength(1);
  });

  it('reconnects with backoff after the broker drops it, and keeps receiving', async () => {
    const events: CarEvent[] = [];
    const car = newCar(events);
    await car.start();
    clients.get(VIN)?.conn.destroy();
    await waitFor(() => events.find((e) => e.type === 'offline'), 'going offline');
    const back = await waitFor(
      () => events.find((e) => e.type === 'connected' && e.reconnects === 1),
      'the reconnection',
    );
    expect(back).toMatchObject({ sessionPresent: true });
    expect(events.some((e) => e.type === 'reconnect-scheduled')).toBe(true);
    await publishDownlink('reminder', {
      messageId: 'down-after-reconnect',
      reminder: {
        appointmentId: 'appt-1',
        kind: csb.v1.ReminderKind.REMINDER_KIND_DAYS_BEFORE,
        daysBefore: 1,
      },
    });
    await waitFor(receiptFor('down-after-reconnect'), 'the receipt after reconnecting');
  });

  it('fails to start with a coded error on bad credentials (CONNACK 4)', async () => {
    const car = newCar([], { secret: 'wrong' });
    const error = await car.start().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HeadUnitError);
    expect((error as HeadUnitError).code).toBe('HU_CONNECT_BAD_CREDENTIALS');
  });

  it('retries a reconnect refused with CONNACK 3 with growing, jittered delays and comes back [CONN-4]', async () => {
    const events: CarEvent[] = [];
    const car = newCar(events);
    await car.start();
    refuseWith = 3;
    car.connection.drop();
    // Three refusals in a row: each one schedules the next attempt instead of giving up.
    await waitFor(
      () => (events.filter((e) => e.type === 'reconnect-scheduled').length >= 3 ? true : undefined),
      'three reconnect attempts',
    );
    const delays = events.flatMap((e) => (e.type === 'reconnect-scheduled' ? [e.delayMs] : []));
    expect(delays[1]).toBeGreaterThan(delays[0] ?? 0);
    expect(events.some((e) => e.type === 'error' && e.error.code === 'HU_CONNECT_FAILED')).toBe(true);
    refuseWith = undefined;
    await waitFor(
      () => events.find((e) => e.type === 'connected' && e.reconnects >= 1),
      'the connection after the refusals',
    );
  });

  it('reports an undecodable downlink as a coded error and keeps going', async () => {
    const events: CarEvent[] = [];
    const car = newCar(events);
    await car.start();
    await new Promise<void>((resolve, reject) =>
      broker.publish(
        {
          cmd: 'publish',
          topic: downlinkTopic(VIN, 'proposal'),
          payload: Buffer.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]),
          qos: 1,
          retain: false,
          dup: false,
        },
        (e) => (e ? reject(e) : resolve()),
      ),
    );
    const error = await waitFor(() => events.find((e) => e.type === 'error'), 'the error event');
    expect(error.type === 'error' && error.error.code).toBe('HU_DOWNLINK_UNDECODABLE');
    await publishDownlink('proposal', proposal('down-after-garbage'));
    await waitFor(receiptFor('down-after-garbage'), 'the next receipt');
  });

  it('names a connection that closes before the SUBACK as dropped, not as a refused subscription', async () => {
    // The broker closes the connection instead of answering the SUBSCRIBE (a network drop).
    broker.authorizeSubscribe = (client) => client.close();
    const error = await newCar()
      .start()
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(HeadUnitError);
    expect((error as HeadUnitError).code).toBe('HU_CONNECTION_DROPPED');
  });

  it('names a SUBACK 0x80 a refused subscription', async () => {
    broker.authorizeSubscribe = (_client, _subscription, done) => done(null, null);
    const error = await newCar()
      .start()
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect((error as HeadUnitError).code).toBe('HU_SUBSCRIBE_REFUSED');
  });
});

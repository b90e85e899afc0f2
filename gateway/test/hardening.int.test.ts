/**
 * Protocol-edge defects, each reproduced on a real broker over a real socket: overlapping
 * subscriptions, denied filters in a persistent session, MQTT 3.1, empty kinds, NUL and
 * invalid UTF-8 in topics, QoS 2 grants, empty UNSUBSCRIBE, and the flood counter.
 */
import { connect as tcpConnect } from 'node:net';
import { csb, encodeUplink, toTimestamp, type UplinkEnvelopeInit } from '@csb/proto';
import mqttPacket from 'mqtt-packet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closed, connectCar, startTestSystem, subscribeCodes, type TestSystem, WAIT_MS } from './helpers.ts';

let sys: TestSystem;
let counter = 0;
const newMessageId = () => `hard-msg-${(++counter).toString().padStart(6, '0')}`;
const up = (vin: string, kind: string) => `csb/v1/vehicles/${vin}/up/${kind}`;
const down = (vin: string, kind: string) => `csb/v1/vehicles/${vin}/down/${kind}`;

function bookingRequest(messageId = newMessageId()): UplinkEnvelopeInit {
  const now = Date.now();
  return {
    messageId,
    sentAt: toTimestamp(now),
    bookingRequest: {
      origin: csb.v1.RequestOrigin.REQUEST_ORIGIN_WARNINGS,
      consent: { granted: true, grantedAt: toTimestamp(now - 5_000) },
      healthStatus: { capturedAt: toTimestamp(now - 60_000), odometerKm: 1_000 },
    },
  };
}

function demoCar(index: number) {
  const car = sys.demo.cars[index];
  if (!car) throw new Error(`demo car ${index} missing`);
  return car;
}

async function metric(line: string): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${sys.opsPort}/metrics`)).text();
  const found = text.split('\n').find((l) => l.startsWith(`${line} `));
  return found === undefined ? 0 : Number(found.slice(line.length + 1));
}

/**
 * A raw MQTT conversation: writes the first packet, and the others once the server answered it;
 * returns every packet the server sent until it closed the connection or `settleMs` passed, and
 * whether it closed.
 */
async function rawSession(
  packets: Buffer[],
  settleMs = 300,
): Promise<{ received: mqttPacket.Packet[]; closedByServer: boolean }> {
  const socket = tcpConnect(sys.mqttPort, '127.0.0.1');
  const parser = mqttPacket.parser({ protocolVersion: 4 });
  const received: mqttPacket.Packet[] = [];
  parser.on('packet', (packet) => received.push(packet));
  socket.on('data', (chunk) => parser.parse(chunk));
  let closedByServer = false;
  const closedNow = new Promise<void>((resolve) =>
    socket.once('close', () => {
      closedByServer = true;
      resolve();
    }),
  );
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  const [first, ...rest] = packets;
  if (first) {
    socket.write(first);
    const deadline = Date.now() + WAIT_MS;
    while (received.length === 0 && !socket.closed && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
  for (const packet of rest) socket.write(packet);
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([closedNow, new Promise((resolve) => (timer = setTimeout(resolve, settleMs)))]);
  clearTimeout(timer);
  socket.destroy();
  return { received, closedByServer };
}

function connectPacket(
  vin: string,
  secret: string,
  protocol: { protocolId: 'MQTT' | 'MQIsdp'; protocolVersion: 3 | 4 } = {
    protocolId: 'MQTT',
    protocolVersion: 4,
  },
): Buffer {
  return mqttPacket.generate({
    cmd: 'connect',
    ...protocol,
    clientId: vin,
    username: vin,
    password: Buffer.from(secret),
    clean: true,
    keepalive: 30,
  });
}

beforeAll(async () => {
  sys = await startTestSystem({ carRatePerSecond: 5, carRateBurst: 5, floodDisconnectAfter: 3 });
});

afterAll(async () => {
  await sys?.stop();
});

describe('hardening', () => {
  it.each([[false], [true]])(
    'answers a car subscribed to down/+ and down/# (clean session %s) once, and keeps it connected',
    async (clean) => {
      const { vin, secret } = demoCar(0);
      const car = await connectCar(sys.mqttPort, vin, secret, { clean });
      const codes = await subscribeCodes(car.client, [down(vin, '+'), down(vin, '#')]);
      expect(Object.values(codes)).toEqual([1, 1]);
      const request = bookingRequest();
      // publishAsync resolves on the PUBACK (which follows the result).
      await car.client.publishAsync(up(vin, 'booking-request'), Buffer.from(encodeUplink(request)), {
        qos: 1,
      });
      const result = await car.inbox.result(vin, request.messageId as string);
      expect(result.outcome).toBe('accepted');
      // The appointment list of the new request comes once too.
      await car.inbox.next(down(vin, 'appointments'));
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(car.client.connected).toBe(true);
      const results = car.inbox.all.filter(
        (m) => m.envelope?.uplinkResult?.uplinkMessageId === request.messageId,
      );
      expect(results).toHaveLength(1);
      // Every downlink (result, lists) arrived once: no message id twice.
      const ids = car.inbox.all.map((m) => m.envelope?.messageId);
      expect(new Set(ids).size).toBe(ids.length);
      await car.client.endAsync();
    },
  );

  it('stores no denied filter in a persistent session: nothing is re-checked at reconnect', async () => {
    const { vin, secret } = demoCar(1);
    const deniedBefore = await metric(
      'csb_gateway_acl_denials_total{action="subscribe",reason="NOT_OWN_DOWNLINK"}',
    );
    const first = await connectCar(sys.mqttPort, vin, secret, { clean: false });
    const deniedFilters = Array.from({ length: 15 }, (_, i) => `csb/v1/vehicles/${vin}/down/nope-${i}`);
    const codes = await subscribeCodes(first.client, [down(vin, '#'), ...deniedFilters]);
    expect(Object.values(codes)).toEqual([1, ...deniedFilters.map(() => 0x80)]);
    await first.client.endAsync();
    const again = await connectCar(sys.mqttPort, vin, secret, { clean: false });
    expect(again.sessionPresent).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const deniedAfter = await metric(
      'csb_gateway_acl_denials_total{action="subscribe",reason="NOT_OWN_DOWNLINK"}',
    );
    // 15 at the SUBSCRIBE; restoring the session checked none of them again.
    expect(deniedAfter - deniedBefore).toBe(15);
    // The allowed filter stayed: the session still delivers.
    const request = bookingRequest();
    await again.client.publishAsync(up(vin, 'booking-request'), Buffer.from(encodeUplink(request)), {
      qos: 1,
    });
    expect((await again.inbox.result(vin, request.messageId as string)).outcome).toBeDefined();
    await again.client.endAsync();
  });

  it('closes a connection whose SUBSCRIBE carries more filters than a car can be granted', async () => {
    const { vin, secret } = demoCar(1);
    const car = await connectCar(sys.mqttPort, vin, secret);
    const before = await metric('csb_gateway_protocol_violations_total{violation="TOO_MANY_FILTERS"}');
    const filters = Array.from({ length: 1_000 }, (_, i) => `csb/v1/vehicles/${vin}/down/nope-${i}`);
    car.client.subscribe(filters, { qos: 1 }, () => {});
    await closed(car.client);
    expect(await metric('csb_gateway_protocol_violations_total{violation="TOO_MANY_FILTERS"}')).toBe(
      before + 1,
    );
    car.client.end(true);
  });

  it('refuses MQTT 3.1 (MQIsdp, level 3) and a level-4 CONNECT named MQIsdp with CONNACK 1', async () => {
    const { vin, secret } = demoCar(2);
    for (const protocol of [
      { protocolId: 'MQIsdp', protocolVersion: 3 },
      { protocolId: 'MQIsdp', protocolVersion: 4 },
    ] as const) {
      const { received, closedByServer } = await rawSession([connectPacket(vin, secret, protocol)], WAIT_MS);
      expect(received.map((p) => [p.cmd, (p as { returnCode?: number }).returnCode])).toEqual([
        ['connack', 1],
      ]);
      expect(closedByServer).toBe(true);
    }
    // MQTT 3.1.1 itself is accepted.
    const ok = await rawSession([connectPacket(vin, secret)]);
    expect(ok.received.map((p) => [p.cmd, (p as { returnCode?: number }).returnCode])).toEqual([
      ['connack', 0],
    ]);
  });

  it('answers an uplink on an empty kind (up/) with TOPIC_MISMATCH and keeps the car', async () => {
    const { vin, secret } = demoCar(2);
    const car = await connectCar(sys.mqttPort, vin, secret);
    await car.client.subscribeAsync(down(vin, '#'), { qos: 1 });
    const request = bookingRequest();
    await car.client.publishAsync(`csb/v1/vehicles/${vin}/up/`, Buffer.from(encodeUplink(request)), {
      qos: 1,
    });
    const result = await car.inbox.result(vin, request.messageId as string);
    expect(result.rejected?.code).toBe(csb.v1.RejectionCode.REJECTION_CODE_TOPIC_MISMATCH);
    expect(car.client.connected).toBe(true);
    await car.client.endAsync();
  });

  it('closes the connection on a topic with U+0000 or invalid UTF-8 [MQTT-1.5.3-1/2]', async () => {
    const { vin, secret } = demoCar(2);
    const before = await metric('csb_gateway_protocol_violations_total{violation="INVALID_STRING"}');
    const publishWithTopicBytes = (topicBytes: Buffer) => {
      // PUBLISH QoS 0 built by hand: mqtt-packet would encode the string as valid UTF-8.
      const body = Buffer.concat([
        Buffer.from([topicBytes.length >> 8, topicBytes.length & 0xff]),
        topicBytes,
        Buffer.from('x'),
      ]);
      return Buffer.concat([Buffer.from([0x30, body.length]), body]);
    };
    const prefix = Buffer.from(`csb/v1/vehicles/${vin}/up/`);
    for (const bad of [Buffer.from([0x00]), Buffer.from([0xc3, 0x28])]) {
      const { received, closedByServer } = await rawSession(
        [
          connectPacket(vin, secret),
          publishWithTopicBytes(Buffer.concat([prefix, Buffer.from('booking'), bad])),
        ],
        WAIT_MS,
      );
      expect(received.map((p) => p.cmd)).toEqual(['connack']);
      expect(closedByServer).toBe(true);
    }
    expect(await metric('csb_gateway_protocol_violations_total{violation="INVALID_STRING"}')).toBe(
      before + 2,
    );
  });

  it('grants QoS 1 for a filter asked at QoS 2', async () => {
    const { vin, secret } = demoCar(2);
    const subscribe = mqttPacket.generate({
      cmd: 'subscribe',
      messageId: 7,
      subscriptions: [{ topic: down(vin, '#'), qos: 2 }],
    });
    const { received } = await rawSession([connectPacket(vin, secret), subscribe]);
    const suback = received.find((p) => p.cmd === 'suback') as { granted?: number[] } | undefined;
    expect(suback?.granted).toEqual([1]);
  });

  it('closes the connection on an UNSUBSCRIBE without filters [MQTT-3.10.3-2]', async () => {
    const { vin, secret } = demoCar(2);
    // UNSUBSCRIBE (0xa2), remaining length 2: the packet id and no filter.
    const { received, closedByServer } = await rawSession(
      [connectPacket(vin, secret), Buffer.from([0xa2, 0x02, 0x00, 0x09])],
      WAIT_MS,
    );
    expect(received.map((p) => p.cmd)).toEqual(['connack']);
    expect(closedByServer).toBe(true);
  });

  it('counts one flood_disconnect per disconnected car, however many uplinks were pipelined', async () => {
    const { vin, secret } = demoCar(0);
    const before = await metric('csb_gateway_limit_breaches_total{limit="flood_disconnect"}');
    const car = await connectCar(sys.mqttPort, vin, secret);
    const payload = Buffer.from(encodeUplink(bookingRequest()));
    // Burst 5, 3 refusals allowed: the 9th uplink is a flood; 200 are in flight by then.
    for (let i = 0; i < 200; i++) car.client.publish(up(vin, 'health-status'), payload, { qos: 1 });
    await closed(car.client);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await metric('csb_gateway_limit_breaches_total{limit="flood_disconnect"}')).toBe(before + 1);
    car.client.end(true);
  });

  it('answers the pipelined uplinks of one connection in the order sent, PUBACKs included [REQ-1]', async () => {
    const { vin, secret } = demoCar(0);
    const publish = (messageId: number, topic: string, payload: Buffer) =>
      mqttPacket.generate({ cmd: 'publish', topic, payload, qos: 1, messageId, retain: false, dup: false });
    const subscribe = mqttPacket.generate({
      cmd: 'subscribe',
      messageId: 100,
      subscriptions: [{ topic: down(vin, '#'), qos: 1 }],
    });
    const booking = bookingRequest();
    const badId = { ...bookingRequest(), messageId: 'x' };
    // A booking request the core stores, then three refused at once (undecodable bytes, an
    // unknown kind, an invalid message id) that must not overtake it; all in one TCP write.
    const { received } = await rawSession(
      [
        connectPacket(vin, secret),
        Buffer.concat([
          subscribe,
          publish(1, up(vin, 'booking-request'), Buffer.from(encodeUplink(booking))),
          publish(2, up(vin, 'booking-request'), Buffer.from([0xff, 0xff])),
          publish(3, up(vin, 'zzz'), Buffer.from(encodeUplink(bookingRequest()))),
          publish(4, up(vin, 'booking-request'), Buffer.from(encodeUplink(badId))),
        ]),
      ],
      2_000,
    );
    const pubacks = received
      .filter((p) => p.cmd === 'puback')
      .map((p) => (p as { messageId?: number }).messageId);
    expect(pubacks).toEqual([1, 2, 3, 4]);
    // The results, where the subscription was in place in time, in the same order.
    const results = received
      .filter((p): p is mqttPacket.IPublishPacket => p.cmd === 'publish' && p.topic === down(vin, 'result'))
      .map((p) => csb.v1.DownlinkEnvelope.decode(p.payload as Buffer).uplinkResult);
    const outcomes = results.map((r) => (r?.accepted ? 'accepted' : (r?.rejected?.code ?? 0)));
    const order = [
      'accepted',
      csb.v1.RejectionCode.REJECTION_CODE_UNDECODABLE,
      csb.v1.RejectionCode.REJECTION_CODE_TOPIC_MISMATCH,
      csb.v1.RejectionCode.REJECTION_CODE_INVALID_MESSAGE,
    ];
    expect(order.slice(order.length - outcomes.length)).toEqual(outcomes);
  });
});

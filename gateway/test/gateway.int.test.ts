import {
  csb,
  encodeUplink,
  MAX_UPLINK_PAYLOAD_BYTES,
  toTimestamp,
  type UplinkEnvelopeInit,
} from '@csb/proto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Car,
  carOptions,
  closed,
  connectCar,
  refusedConnack,
  startTestSystem,
  subscribeCodes,
  type TestSystem,
} from './helpers.ts';

/** An enum number this server does not know, as a newer car would send (typed `number` on purpose). */
const fromNewerCar = (n: number): number => n;

const RejectionCode = csb.v1.RejectionCode;
let sys: TestSystem;
let counter = 0;

/** A fresh valid message id per call (8..64 of [A-Za-z0-9._:-]). */
function newMessageId(): string {
  counter += 1;
  return `test-msg-${counter.toString().padStart(6, '0')}`;
}

function bookingRequest(messageId = newMessageId()): UplinkEnvelopeInit {
  const now = Date.now();
  return {
    messageId,
    sentAt: toTimestamp(now),
    bookingRequest: {
      origin: csb.v1.RequestOrigin.REQUEST_ORIGIN_WARNINGS,
      consent: { granted: true, grantedAt: toTimestamp(now - 5_000) },
      customerNote: 'Oil warning since yesterday',
      healthStatus: {
        capturedAt: toTimestamp(now - 60_000),
        odometerKm: 48_210,
        warnings: [
          {
            type: csb.v1.WarningType.WARNING_TYPE_ENGINE_OIL_LEVEL_LOW,
            severity: csb.v1.Severity.SEVERITY_WARNING,
          },
          {
            type: csb.v1.WarningType.WARNING_TYPE_TYRE_PRESSURE_LOW,
            severity: csb.v1.Severity.SEVERITY_INFO,
            location: 'FRONT_LEFT',
          },
        ],
        dtcs: [{ code: 'P0301', ecu: 'ECM', status: csb.v1.DtcStatus.DTC_STATUS_ACTIVE }],
      },
    },
  };
}

const up = (vin: string, kind: string) => `csb/v1/vehicles/${vin}/up/${kind}`;
const down = (vin: string, kind: string) => `csb/v1/vehicles/${vin}/down/${kind}`;

function credentials(index: number) {
  const car = sys.demo.cars[index];
  if (!car) throw new Error(`demo car ${index} missing`);
  return car;
}

async function car(index: number): Promise<Car> {
  const { vin, secret } = credentials(index);
  const c = await connectCar(sys.mqttPort, vin, secret);
  const granted = await c.client.subscribeAsync(down(vin, '#'), { qos: 1 });
  expect(granted.map((g) => g.qos)).toEqual([1]);
  return c;
}

async function send(c: Car, kind: string, envelope: UplinkEnvelopeInit | Uint8Array) {
  const payload = envelope instanceof Uint8Array ? envelope : encodeUplink(envelope);
  // publishAsync resolves on the PUBACK.
  await c.client.publishAsync(up(c.vin, kind), Buffer.from(payload), { qos: 1 });
}

beforeAll(async () => {
  sys = await startTestSystem();
});

afterAll(async () => {
  await sys?.stop();
});

describe('gateway with the real booking core', () => {
  it('accepts a booking request with warnings, answers with the appointment id, then sends the list', async () => {
    const anna = await car(0);
    const envelope = bookingRequest();
    await send(anna, 'booking-request', envelope);
    // The PUBACK is sent only after the core committed and the result was handed to the
    // broker: by the time publishAsync resolved, the result is already in the inbox.
    const resultNow = anna.inbox.all.find((m) => m.topic === down(anna.vin, 'result'));
    expect(resultNow?.envelope?.uplinkResult?.uplinkMessageId).toBe(envelope.messageId);
    const result = await anna.inbox.result(anna.vin, envelope.messageId as string);
    expect(result.outcome).toBe('accepted');
    const appointmentId = result.accepted?.appointmentId;
    expect(appointmentId).toBeTruthy();

    const list = await anna.inbox.next(down(anna.vin, 'appointments'));
    const rows = list.envelope?.appointmentList?.appointments ?? [];
    expect(rows.map((r) => [r.appointmentId, r.status])).toContainEqual([
      appointmentId,
      csb.v1.AppointmentStatus.APPOINTMENT_STATUS_REQUESTED,
    ]);
    // The downlink's message id is the core's outbox id; the receipt closes it there.
    const downlinkId = list.envelope?.messageId as string;
    const receiptId = newMessageId();
    await send(anna, 'delivery-receipt', {
      messageId: receiptId,
      sentAt: toTimestamp(Date.now()),
      deliveryReceipt: { downlinkMessageId: downlinkId, receivedAt: toTimestamp(Date.now()) },
    });
    const outbox = await sys.core.carDownlinks(anna.vin);
    expect(outbox.find((d) => d.id === downlinkId)?.state).toBe('delivered');
    // A delivery receipt gets no result: a later request's result is the next one on the topic.
    const after = bookingRequest();
    await send(anna, 'health-status', {
      messageId: after.messageId,
      sentAt: after.sentAt,
      healthStatusUpload: { healthStatus: after.bookingRequest?.healthStatus },
    });
    const next = await anna.inbox.next(down(anna.vin, 'result'));
    expect(next.envelope?.uplinkResult?.uplinkMessageId).toBe(after.messageId);
    expect(next.envelope?.uplinkResult?.outcome).toBe('accepted');
    await anna.client.endAsync();
  });

  it('pushes a dealer proposal to the car and takes its acceptance', async () => {
    const erik = await car(1);
    const dealerId = credentials(1).dealerId as string;
    const request = bookingRequest();
    await send(erik, 'booking-request', request);
    const appointmentId = (await erik.inbox.result(erik.vin, request.messageId as string)).accepted
      ?.appointmentId as string;
    const start = Date.now() + 3 * 86_400_000;
    const proposed = await sys.core.propose(dealerId, appointmentId, {
      start,
      durationMinutes: 90,
      price: { currencyCode: 'SEK', amountMinor: 245_000 },
      workDescription: 'Oil service',
    });
    expect(proposed.ok).toBe(true);
    const proposal = (await erik.inbox.next(down(erik.vin, 'proposal'))).envelope?.proposal;
    expect(proposal?.appointmentId).toBe(appointmentId);
    expect(proposal?.price?.currencyCode).toBe('SEK');
    // int64 decodes to a Long object (see wire-to-command.ts); Number() reads it.
    expect(Number(proposal?.price?.amountMinor)).toBe(245_000);
    expect(proposal?.dealer?.dealerId).toBe(dealerId);

    const answer: UplinkEnvelopeInit = {
      messageId: newMessageId(),
      sentAt: toTimestamp(Date.now()),
      proposalResponse: { appointmentId, proposalId: proposal?.proposalId as string, accept: {} },
    };
    await send(erik, 'proposal-response', answer);
    const accepted = await erik.inbox.result(erik.vin, answer.messageId as string);
    expect(accepted.accepted?.appointmentId).toBe(appointmentId);
    const confirmation = (await erik.inbox.next(down(erik.vin, 'confirmation'))).envelope?.confirmation;
    expect(confirmation?.status).toBe(csb.v1.AppointmentStatus.APPOINTMENT_STATUS_ACCEPTED);
    await erik.client.endAsync();
  });

  it('keeps downlinks for an offline car with a persistent session and delivers them on its return', async () => {
    const { vin, secret, dealerId } = credentials(2);
    const first = await connectCar(sys.mqttPort, vin, secret, { clean: false });
    await first.client.subscribeAsync(down(vin, '#'), { qos: 1 });
    const request = bookingRequest();
    await send(first, 'booking-request', request);
    const appointmentId = (await first.inbox.result(vin, request.messageId as string)).accepted
      ?.appointmentId as string;
    await first.inbox.next(down(vin, 'appointments'));
    await first.client.endAsync();

    const proposed = await sys.core.propose(dealerId as string, appointmentId, {
      start: Date.now() + 5 * 86_400_000,
      durationMinutes: 60,
      price: { currencyCode: 'EUR', amountMinor: 18_900 },
      workDescription: 'Brake check',
    });
    expect(proposed.ok).toBe(true);
    // The ledger, not the broker's session queue, holds it while the car is away (aedes' offline queue is unbounded).
    const isProposal = (d: { message: { kind: string } }) => d.message.kind === 'proposal';
    expect((await sys.core.carDownlinks(vin)).filter(isProposal).map((d) => d.state)).toEqual(['queued']);

    const back = await connectCar(sys.mqttPort, vin, secret, { clean: false });
    expect(back.sessionPresent).toBe(true);
    const proposal = await back.inbox.next(down(vin, 'proposal'));
    expect(proposal.envelope?.proposal?.appointmentId).toBe(appointmentId);
    // Clean up the session so later tests start from an empty one.
    await back.client.endAsync();
    const cleaned = await connectCar(sys.mqttPort, vin, secret, { clean: true });
    await cleaned.client.endAsync();
  });

  it('refuses a wrong secret and an unknown VIN with CONNACK 4', async () => {
    const { vin } = credentials(0);
    expect(await refusedConnack(sys.mqttPort, carOptions(vin, 'not-the-secret'))).toBe(4);
    expect(await refusedConnack(sys.mqttPort, carOptions('YV1ZZZZZZ99999999', 'whatever'))).toBe(4);
    expect(await refusedConnack(sys.mqttPort, { ...carOptions(vin, 'x'), password: undefined })).toBe(4);
  });

  it('refuses a client id that differs from the username, or is not a VIN, with CONNACK 2', async () => {
    const a = credentials(0);
    const b = credentials(1);
    expect(await refusedConnack(sys.mqttPort, { ...carOptions(a.vin, a.secret), username: b.vin })).toBe(2);
    expect(
      await refusedConnack(sys.mqttPort, { ...carOptions(a.vin, a.secret), clientId: 'not-a-vin' }),
    ).toBe(2);
  });

  it("denies subscriptions to another car's topics with SUBACK 0x80 and delivers nothing of it", async () => {
    const a = await connectCar(sys.mqttPort, credentials(0).vin, credentials(0).secret);
    const b = await car(1);
    const codes = await subscribeCodes(a.client, [
      down(b.vin, '#'),
      down(b.vin, 'result'),
      'csb/v1/vehicles/+/down/#',
      '#',
      `csb/v1/vehicles/${b.vin}/up/#`,
      '$SYS/#',
      down(a.vin, '#'),
    ]);
    expect(codes).toEqual({
      [down(b.vin, '#')]: 128,
      [down(b.vin, 'result')]: 128,
      'csb/v1/vehicles/+/down/#': 128,
      '#': 128,
      [`csb/v1/vehicles/${b.vin}/up/#`]: 128,
      '$SYS/#': 128,
      [down(a.vin, '#')]: 1,
    });
    expect(a.client.connected).toBe(true);

    const request = bookingRequest();
    await send(b, 'booking-request', request);
    expect((await b.inbox.result(b.vin, request.messageId as string)).outcome).toBe('accepted');
    await b.inbox.next(down(b.vin, 'appointments'));
    // A round trip of A's own after B's traffic: anything of B's would have arrived before it.
    const own = bookingRequest();
    await send(a, 'booking-request', own);
    await a.inbox.result(a.vin, own.messageId as string);
    expect(a.inbox.all.filter((m) => !m.topic.startsWith(`csb/v1/vehicles/${a.vin}/`))).toEqual([]);
    await a.client.endAsync();
    await b.client.endAsync();
  });

  it("never queues another car's downlinks in a persistent session that asked for them", async () => {
    // A denied filter in the same SUBSCRIBE as an allowed one must not reach the session store:
    // aedes stores the whole SUBSCRIBE list, and a stored `+` filter would queue every car's
    // downlinks for this session (dropped again on delivery by authorizeForward, but held).
    const forwardDenials = async () =>
      (await sys.gateway.metrics.aclDenials.get()).values
        .filter((v) => v.labels.action === 'forward')
        .reduce((sum, v) => sum + v.value, 0);
    const before = await forwardDenials();
    const { vin, secret } = credentials(0);
    const a = await connectCar(sys.mqttPort, vin, secret, { clean: false });
    expect(await subscribeCodes(a.client, [down(vin, '#'), 'csb/v1/vehicles/+/down/#'])).toEqual({
      [down(vin, '#')]: 1,
      'csb/v1/vehicles/+/down/#': 128,
    });
    await a.client.endAsync();
    const b = await car(1);
    const request = bookingRequest();
    await send(b, 'booking-request', request);
    await b.inbox.result(b.vin, request.messageId as string);
    await b.inbox.next(down(b.vin, 'appointments'));
    await b.client.endAsync();

    const back = await connectCar(sys.mqttPort, vin, secret, { clean: false });
    expect(back.sessionPresent).toBe(true);
    const own = bookingRequest();
    await send(back, 'booking-request', own);
    await back.inbox.result(vin, own.messageId as string);
    expect(back.inbox.all.filter((m) => !m.topic.startsWith(`csb/v1/vehicles/${vin}/`))).toEqual([]);
    expect(await forwardDenials()).toBe(before);
    await back.client.endAsync();
    const cleaned = await connectCar(sys.mqttPort, vin, secret, { clean: true });
    await cleaned.client.endAsync();
  });

  it("disconnects a car publishing on another car's uplink topic; the other car is untouched", async () => {
    const a = await car(0);
    const b = await car(1);
    const dealerId = credentials(1).dealerId as string;
    const before = await sys.core.listAppointments(dealerId);
    const outboxBefore = (await sys.core.carDownlinks(b.vin)).length;
    const gone = closed(a.client);
    a.client.publish(up(b.vin, 'booking-request'), Buffer.from(encodeUplink(bookingRequest())), { qos: 1 });
    await gone;
    // B keeps working, and has no trace of A's attempt.
    const request = bookingRequest();
    await send(b, 'booking-request', request);
    await b.inbox.result(b.vin, request.messageId as string);
    expect((await sys.core.listAppointments(dealerId)).length).toBe(before.length + 1);
    const results = b.inbox.all.filter((m) => m.topic === down(b.vin, 'result'));
    expect(results.map((m) => m.envelope?.uplinkResult?.uplinkMessageId)).toEqual([request.messageId]);
    expect((await sys.core.carDownlinks(b.vin)).length).toBe(outboxBefore + 1);
    await b.client.endAsync();
    a.client.end(true);
  });

  it('disconnects a car publishing on its own downlink topic or $SYS', async () => {
    for (const topic of [down(credentials(0).vin, 'result'), '$SYS/fake']) {
      const a = await car(0);
      const gone = closed(a.client);
      a.client.publish(topic, Buffer.from('x'), { qos: 1 });
      await gone;
      a.client.end(true);
    }
  });

  it('answers an undecodable payload with UNDECODABLE and keeps the car connected', async () => {
    const a = await car(0);
    await send(a, 'booking-request', Uint8Array.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]));
    const rejected = await a.inbox.result(a.vin, '');
    expect(rejected.outcome).toBe('rejected');
    expect(rejected.rejected?.code).toBe(RejectionCode.REJECTION_CODE_UNDECODABLE);
    expect(rejected.rejected?.retryable).toBe(false);
    expect(a.client.connected).toBe(true);
    const valid = bookingRequest();
    await send(a, 'booking-request', valid);
    expect((await a.inbox.result(a.vin, valid.messageId as string)).outcome).toBe('accepted');
    await a.client.endAsync();
  });

  it('answers the same message id twice with the same appointment, and books once', async () => {
    const b = await car(2);
    const dealerId = credentials(2).dealerId as string;
    const before = (await sys.core.listAppointments(dealerId)).length;
    const request = bookingRequest();
    await send(b, 'booking-request', request);
    const first = await b.inbox.result(b.vin, request.messageId as string);
    await send(b, 'booking-request', request);
    const second = await b.inbox.result(b.vin, request.messageId as string);
    expect(first.accepted?.appointmentId).toBeTruthy();
    expect(second.accepted?.appointmentId).toBe(first.accepted?.appointmentId);
    expect((await sys.core.listAppointments(dealerId)).length).toBe(before + 1);
    await b.client.endAsync();
  });

  it('answers NO_PREFERRED_DEALER for a car whose driver has no preferred dealer', async () => {
    const index = sys.demo.cars.findIndex((c) => c.dealerId === null && c.connected);
    const lena = await car(index);
    const request = bookingRequest();
    await send(lena, 'booking-request', request);
    const result = await lena.inbox.result(lena.vin, request.messageId as string);
    expect(result.rejected?.code).toBe(RejectionCode.REJECTION_CODE_NO_PREFERRED_DEALER);
    await lena.client.endAsync();
  });

  it('answers PAYLOAD_TOO_LARGE, TOPIC_MISMATCH, CONSENT_MISSING and INVALID_MESSAGE, staying connected', async () => {
    const a = await car(0);
    await send(a, 'booking-request', new Uint8Array(MAX_UPLINK_PAYLOAD_BYTES + 1));
    expect((await a.inbox.result(a.vin, '')).rejected?.code).toBe(
      RejectionCode.REJECTION_CODE_PAYLOAD_TOO_LARGE,
    );

    const nope = bookingRequest();
    await send(a, 'nope', nope);
    expect((await a.inbox.result(a.vin, nope.messageId as string)).rejected?.code).toBe(
      RejectionCode.REJECTION_CODE_TOPIC_MISMATCH,
    );
    const wrongKind = bookingRequest();
    await send(a, 'engine-start', wrongKind);
    expect((await a.inbox.result(a.vin, wrongKind.messageId as string)).rejected?.code).toBe(
      RejectionCode.REJECTION_CODE_TOPIC_MISMATCH,
    );

    const noConsent = bookingRequest();
    (noConsent.bookingRequest as csb.v1.BookingRequest.$Properties).consent = { granted: false };
    await send(a, 'booking-request', noConsent);
    expect((await a.inbox.result(a.vin, noConsent.messageId as string)).rejected?.code).toBe(
      RejectionCode.REJECTION_CODE_CONSENT_MISSING,
    );

    const badWarning = bookingRequest();
    const hs = (badWarning.bookingRequest as csb.v1.BookingRequest.$Properties).healthStatus;
    if (hs) hs.warnings = [{ type: fromNewerCar(77), severity: 1 }];
    await send(a, 'booking-request', badWarning);
    const invalid = await a.inbox.result(a.vin, badWarning.messageId as string);
    expect(invalid.rejected?.code).toBe(RejectionCode.REJECTION_CODE_INVALID_MESSAGE);
    expect(invalid.rejected?.message).toContain('booking_request.health_status.warnings[0].type');
    expect(a.client.connected).toBe(true);
    await a.client.endAsync();
  });

  it('serves /healthz, /readyz and /metrics with the counts', async () => {
    const base = `http://127.0.0.1:${sys.opsPort}`;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    const a = await car(0);
    // Earlier cars' disconnects reach the broker asynchronously: poll, bounded, for the gauge.
    let metrics = '';
    for (let i = 0; i < 50; i++) {
      metrics = await (await fetch(`${base}/metrics`)).text();
      if (metrics.includes('\ncsb_gateway_connected_cars 1\n')) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(metrics).toContain('\ncsb_gateway_connected_cars 1\n');
    const value = (line: string) => {
      const found = metrics.split('\n').find((l) => l.startsWith(`${line} `));
      return found === undefined ? undefined : Number(found.slice(line.length + 1));
    };
    expect(value('csb_gateway_auth_failures_total{reason="BAD_CREDENTIALS"}')).toBe(2);
    expect(value('csb_gateway_auth_failures_total{reason="CLIENT_ID_USERNAME_MISMATCH"}')).toBe(1);
    expect(value('csb_gateway_auth_failures_total{reason="CLIENT_ID_NOT_VIN"}')).toBe(1);
    // 6 + 1 in SUBSCRIBEs; none at the persistent session's reconnect: a denied filter is not
    // stored in the session, so it is not restored and checked again.
    expect(value('csb_gateway_acl_denials_total{action="subscribe",reason="NOT_OWN_DOWNLINK"}')).toBe(7);
    expect(
      value('csb_gateway_acl_denials_total{action="forward",reason="NOT_OWN_DOWNLINK"}'),
    ).toBeUndefined();
    expect(value('csb_gateway_acl_denials_total{action="publish",reason="NOT_OWN_UPLINK"}')).toBe(3);
    expect(value('csb_gateway_uplink_rejections_total{code="UNDECODABLE"}')).toBe(1);
    expect(value('csb_gateway_uplink_rejections_total{code="PAYLOAD_TOO_LARGE"}')).toBe(1);
    expect(value('csb_gateway_uplink_rejections_total{code="NO_PREFERRED_DEALER"}')).toBe(1);
    expect(value('csb_gateway_uplink_rejections_total{code="TOPIC_MISMATCH"}')).toBe(2);
    expect(value('csb_gateway_uplinks_total{kind="unknown"}')).toBe(1);
    expect(value('csb_gateway_uplinks_total{kind="delivery-receipt"}')).toBe(1);
    expect(value('csb_gateway_delivery_receipts_total')).toBe(1);
    expect(value('csb_gateway_uplinks_total{kind="booking-request"}')).toBeGreaterThanOrEqual(10);
    expect(value('csb_gateway_downlinks_published_total{kind="appointments"}')).toBeGreaterThanOrEqual(1);
    expect(value('csb_gateway_downlinks_published_total{kind="result"}')).toBeGreaterThanOrEqual(10);
    expect(value('csb_gateway_uplink_result_seconds_count')).toBeGreaterThanOrEqual(10);
    expect(value('csb_gateway_mqtt_connections_total')).toBeGreaterThan(10);
    await a.client.endAsync();
  });
});

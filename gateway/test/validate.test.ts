// The domain vocabulary only (a pure file), not the core itself.

import { csb, decodeUplink, encodeUplink, toTimestamp, type UplinkEnvelopeInit } from '@csb/proto';
import { describe, expect, it } from 'vitest';
import {
  DTC_STATUSES,
  SERVICE_TRIGGERS,
  SEVERITIES,
  WARNING_TYPES,
} from '../../booking-core/src/domain/health-status.ts';
import { checkBodyMatchesTopic, checkSize, decode, parseUplinkTopic } from '../src/uplink/steps.ts';
import { ENUM_TABLES, toValidUplink } from '../src/uplink/wire-to-command.ts';

/** An enum number this server does not know, as a newer car would send (typed `number` on purpose). */
const fromNewerCar = (n: number): number => n;

const VIN = 'YV1DEMCAR00000001';
const T0 = Date.UTC(2026, 10, 23, 8, 0, 0);

function bookingRequest(): UplinkEnvelopeInit {
  return {
    messageId: 'msg-0001-abcdef',
    sentAt: toTimestamp(T0),
    bookingRequest: {
      origin: csb.v1.RequestOrigin.REQUEST_ORIGIN_WARNINGS,
      consent: { granted: true, grantedAt: toTimestamp(T0 - 1000) },
      customerNote: 'Rattles on cold start',
      preferredWindows: [
        { earliest: toTimestamp(T0 + 86_400_000), latest: toTimestamp(T0 + 2 * 86_400_000) },
      ],
      healthStatus: {
        capturedAt: toTimestamp(T0 - 60_000),
        odometerKm: 48_210,
        fuelLevelPercent: 40,
        service: {
          isServiceDue: true,
          distanceToServiceKm: -120,
          timeToServiceS: -86_400,
          trigger: csb.v1.ServiceTrigger.SERVICE_TRIGGER_DISTANCE,
        },
        warnings: [
          {
            type: csb.v1.WarningType.WARNING_TYPE_ENGINE_OIL_LEVEL_LOW,
            severity: csb.v1.Severity.SEVERITY_WARNING,
            code: 'OIL-12',
          },
        ],
        dtcs: [{ code: 'P0301', ecu: 'ECM', status: csb.v1.DtcStatus.DTC_STATUS_ACTIVE }],
      },
    },
  };
}

/** Through real protobuf bytes, as the gateway sees them. */
function validate(init: UplinkEnvelopeInit) {
  const decoded = decodeUplink(encodeUplink(init));
  if (!decoded.ok) throw new Error(decoded.error);
  return toValidUplink(decoded.message);
}

function mutate(change: (e: UplinkEnvelopeInit) => void): UplinkEnvelopeInit {
  const e = bookingRequest();
  change(e);
  return e;
}

const br = (e: UplinkEnvelopeInit) => e.bookingRequest as csb.v1.BookingRequest.$Properties;
const hs = (e: UplinkEnvelopeInit) => br(e).healthStatus as csb.v1.HealthStatus.$Properties;

describe('wire -> CarCommand', () => {
  it('maps a valid booking request, enums to the domain strings', () => {
    const result = validate(bookingRequest());
    expect(result).toEqual({
      ok: true,
      value: {
        kind: 'command',
        messageId: 'msg-0001-abcdef',
        sentAt: T0,
        command: {
          kind: 'booking-request',
          origin: 'warnings',
          consentGrantedAt: T0 - 1000,
          customerNote: 'Rattles on cold start',
          preferredWindows: [{ earliest: T0 + 86_400_000, latest: T0 + 2 * 86_400_000 }],
          healthStatus: {
            capturedAt: T0 - 60_000,
            odometerKm: 48_210,
            fuelLevelPercent: 40,
            service: {
              isServiceDue: true,
              distanceToServiceKm: -120,
              timeToServiceS: -86_400,
              trigger: 'DISTANCE',
            },
            warnings: [
              { type: 'ENGINE_OIL_LEVEL_LOW', severity: 'WARNING', code: 'OIL-12', location: '', text: '' },
            ],
            dtcs: [{ code: 'P0301', ecu: 'ECM', status: 'ACTIVE' }],
          },
        },
      },
    });
  });

  it.each<[string, (e: UplinkEnvelopeInit) => void, string, string]>([
    ['short message id', (e) => (e.messageId = 'abc'), 'INVALID_MESSAGE', 'message_id'],
    ['message id with a space', (e) => (e.messageId = 'abc def ghi'), 'INVALID_MESSAGE', 'message_id'],
    ['65-char message id', (e) => (e.messageId = 'a'.repeat(65)), 'INVALID_MESSAGE', 'message_id'],
    ['no sent_at', (e) => (e.sentAt = null), 'INVALID_MESSAGE', 'sent_at'],
    ['origin UNSPECIFIED', (e) => (br(e).origin = 0), 'INVALID_MESSAGE', 'booking_request.origin'],
    [
      'origin from a newer car',
      (e) => (br(e).origin = fromNewerCar(42)),
      'INVALID_MESSAGE',
      'booking_request.origin',
    ],
    ['no consent', (e) => (br(e).consent = null), 'CONSENT_MISSING', 'booking_request.consent.granted'],
    [
      'consent not granted',
      (e) => (br(e).consent = { granted: false, grantedAt: toTimestamp(T0) }),
      'CONSENT_MISSING',
      'booking_request.consent.granted',
    ],
    [
      'consent without granted_at',
      (e) => (br(e).consent = { granted: true }),
      'CONSENT_MISSING',
      'booking_request.consent.granted_at',
    ],
    [
      'note of 1001 chars',
      (e) => (br(e).customerNote = 'n'.repeat(1001)),
      'INVALID_MESSAGE',
      'booking_request.customer_note',
    ],
    [
      'three windows',
      (e) => {
        const w = { earliest: toTimestamp(T0), latest: toTimestamp(T0) };
        br(e).preferredWindows = [w, w, w];
      },
      'INVALID_MESSAGE',
      'booking_request.preferred_windows',
    ],
    [
      'window ending before it starts',
      (e) => (br(e).preferredWindows = [{ earliest: toTimestamp(T0 + 1000), latest: toTimestamp(T0) }]),
      'INVALID_MESSAGE',
      'booking_request.preferred_windows[0].latest',
    ],
    [
      'window without earliest',
      (e) => (br(e).preferredWindows = [{ latest: toTimestamp(T0) }]),
      'INVALID_MESSAGE',
      'booking_request.preferred_windows[0].earliest',
    ],
    [
      'health status without captured_at',
      (e) => (hs(e).capturedAt = null),
      'INVALID_MESSAGE',
      'booking_request.health_status.captured_at',
    ],
    [
      '65 warnings',
      (e) => {
        hs(e).warnings = Array.from({ length: 65 }, () => ({ type: 1, severity: 1 }));
      },
      'INVALID_MESSAGE',
      'booking_request.health_status.warnings',
    ],
    [
      'warning type UNSPECIFIED',
      (e) =>
        (hs(e).warnings = [
          { type: 1, severity: 1 },
          { type: 0, severity: 1 },
        ]),
      'INVALID_MESSAGE',
      'booking_request.health_status.warnings[1].type',
    ],
    [
      'warning type from a newer car',
      (e) => (hs(e).warnings = [{ type: fromNewerCar(99), severity: 1 }]),
      'INVALID_MESSAGE',
      'booking_request.health_status.warnings[0].type',
    ],
    [
      'warning without severity',
      (e) => (hs(e).warnings = [{ type: 1 }]),
      'INVALID_MESSAGE',
      'booking_request.health_status.warnings[0].severity',
    ],
    [
      'warning code of 65 chars',
      (e) => (hs(e).warnings = [{ type: 1, severity: 1, code: 'c'.repeat(65) }]),
      'INVALID_MESSAGE',
      'booking_request.health_status.warnings[0].code',
    ],
    [
      'warning text of 257 chars',
      (e) => (hs(e).warnings = [{ type: 1, severity: 1, text: 't'.repeat(257) }]),
      'INVALID_MESSAGE',
      'booking_request.health_status.warnings[0].text',
    ],
    [
      '257 trouble codes',
      (e) => (hs(e).dtcs = Array.from({ length: 257 }, () => ({ code: 'P0001' }))),
      'INVALID_MESSAGE',
      'booking_request.health_status.dtcs',
    ],
    [
      'empty trouble code',
      (e) => (hs(e).dtcs = [{ code: '' }]),
      'INVALID_MESSAGE',
      'booking_request.health_status.dtcs[0].code',
    ],
    [
      '17-char trouble code',
      (e) => (hs(e).dtcs = [{ code: 'P'.repeat(17) }]),
      'INVALID_MESSAGE',
      'booking_request.health_status.dtcs[0].code',
    ],
    [
      'dtc status from a newer car',
      (e) => (hs(e).dtcs = [{ code: 'P0001', status: fromNewerCar(7) }]),
      'INVALID_MESSAGE',
      'booking_request.health_status.dtcs[0].status',
    ],
    [
      'fuel level 140 %',
      (e) => (hs(e).fuelLevelPercent = 140),
      'INVALID_MESSAGE',
      'booking_request.health_status.fuel_level_percent',
    ],
    [
      'service trigger from a newer car',
      (e) => (hs(e).service = { trigger: fromNewerCar(9) }),
      'INVALID_MESSAGE',
      'booking_request.health_status.service.trigger',
    ],
  ])('%s -> %s at %s', (_name, change, code, path) => {
    const result = validate(mutate(change));
    expect(result.ok).toBe(false);
    if (!result.ok) expect({ code: result.error.code, path: result.error.path }).toEqual({ code, path });
  });

  it('counts characters as code points: 1,000 emoji are a note, 1,001 too many', () => {
    expect(validate(mutate((e) => (br(e).customerNote = '😀'.repeat(1000)))).ok).toBe(true);
    expect(validate(mutate((e) => (br(e).customerNote = 'é'.repeat(1000)))).ok).toBe(true);
    const over = validate(mutate((e) => (br(e).customerNote = '😀'.repeat(1001))));
    expect(over.ok).toBe(false);
    if (!over.ok) expect(over.error.path).toBe('booking_request.customer_note');
  });

  it('maps the other bodies', () => {
    const base = { messageId: 'msg-0002-abcdef', sentAt: toTimestamp(T0) };
    expect(validate({ ...base, engineStart: { startedAt: toTimestamp(T0), odometerKm: 7 } })).toMatchObject({
      ok: true,
      value: { command: { kind: 'engine-start', startedAt: T0, odometerKm: 7 } },
    });
    expect(validate({ ...base, cancellation: { appointmentId: 'apt-1', reason: 'sold' } })).toMatchObject({
      ok: true,
      value: { command: { kind: 'cancellation', appointmentId: 'apt-1', reason: 'sold' } },
    });
    expect(
      validate({ ...base, proposalResponse: { appointmentId: 'apt-1', proposalId: 'p-1', accept: {} } }),
    ).toMatchObject({ ok: true, value: { command: { answer: { kind: 'accept' } } } });
    expect(
      validate({
        ...base,
        proposalResponse: { appointmentId: 'apt-1', proposalId: 'p-1', askAnotherSlot: { note: 'mornings' } },
      }),
    ).toMatchObject({ ok: true, value: { command: { answer: { kind: 'another-slot', note: 'mornings' } } } });
    expect(
      validate({ ...base, proposalResponse: { appointmentId: 'apt-1', proposalId: 'p-1' } }),
    ).toMatchObject({
      ok: false,
      error: { path: 'proposal_response.answer' },
    });
    expect(validate({ ...base, deliveryReceipt: { downlinkMessageId: 'd-1' } })).toEqual({
      ok: true,
      value: {
        kind: 'delivery-receipt',
        messageId: base.messageId,
        sentAt: T0,
        downlinkMessageId: 'd-1',
        receivedAt: T0,
      },
    });
    expect(validate({ ...base, healthStatusUpload: {} })).toMatchObject({
      ok: false,
      error: { path: 'health_status_upload.health_status' },
    });
    expect(validate({ ...base, engineStart: {} })).toMatchObject({
      ok: false,
      error: { path: 'engine_start.started_at' },
    });
  });

  it('has an enum table entry for every domain value', () => {
    expect(Object.values(ENUM_TABLES.WARNING_TYPES).sort()).toEqual([...WARNING_TYPES].sort());
    expect(Object.values(ENUM_TABLES.SEVERITIES).sort()).toEqual([...SEVERITIES].sort());
    expect(Object.values(ENUM_TABLES.SERVICE_TRIGGERS).sort()).toEqual([...SERVICE_TRIGGERS].sort());
    expect(Object.values(ENUM_TABLES.DTC_STATUSES).sort()).toEqual([...DTC_STATUSES].sort());
  });
});

describe('pipeline steps', () => {
  it('parses the car address, keeping the VIN for an unknown kind', () => {
    expect(parseUplinkTopic(`csb/v1/vehicles/${VIN}/up/booking-request`)).toEqual({
      vin: VIN,
      kind: 'booking-request',
      rawKind: 'booking-request',
    });
    expect(parseUplinkTopic(`csb/v1/vehicles/${VIN}/up/nope`)).toEqual({
      vin: VIN,
      kind: null,
      rawKind: 'nope',
    });
    expect(parseUplinkTopic(`csb/v1/vehicles/${VIN}/down/result`)).toBeNull();
    expect(parseUplinkTopic('csb/v1/vehicles/short/up/booking-request')).toBeNull();
  });

  it('rejects oversize and undecodable payloads with typed codes', () => {
    expect(checkSize(new Uint8Array(11), 10)).toMatchObject({
      ok: false,
      rejection: { code: 'PAYLOAD_TOO_LARGE' },
    });
    expect(checkSize(new Uint8Array(10), 10).ok).toBe(true);
    expect(decode(Uint8Array.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]))).toMatchObject({
      ok: false,
      rejection: { code: 'UNDECODABLE', retryable: false },
    });
  });

  it('checks the body against the topic kind', () => {
    const env = decodeUplink(encodeUplink(bookingRequest()));
    if (!env.ok) throw new Error(env.error);
    const at = (kind: string) => {
      const address = parseUplinkTopic(`csb/v1/vehicles/${VIN}/up/${kind}`);
      if (!address) throw new Error('unparsable');
      return checkBodyMatchesTopic(env.message, address);
    };
    expect(at('booking-request')).toEqual({ ok: true, value: 'booking-request' });
    expect(at('health-status')).toMatchObject({ ok: false, rejection: { code: 'TOPIC_MISMATCH' } });
    expect(at('nope')).toMatchObject({ ok: false, rejection: { code: 'TOPIC_MISMATCH' } });
    const empty = decodeUplink(encodeUplink({ messageId: 'msg-0003-abcdef' }));
    if (!empty.ok) throw new Error(empty.error);
    const address = parseUplinkTopic(`csb/v1/vehicles/${VIN}/up/engine-start`);
    if (!address) throw new Error('unparsable');
    expect(checkBodyMatchesTopic(empty.message, address)).toMatchObject({
      ok: false,
      rejection: { code: 'UNKNOWN_BODY' },
    });
  });
});

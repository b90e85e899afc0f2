import { describe, expect, it } from 'vitest';
import {
  csb,
  decodeDownlink,
  decodeUplink,
  encodeDownlink,
  encodeUplink,
  fromTimestamp,
  toTimestamp,
} from '../src/index.ts';

describe('codec', () => {
  it('round-trips a booking request with Health Status through real protobuf bytes', () => {
    const sentAt = Date.UTC(2026, 10, 23, 8, 30, 15, 250);
    const bytes = encodeUplink({
      messageId: 'msg-0001-abcdef',
      sentAt: toTimestamp(sentAt),
      bookingRequest: {
        origin: csb.v1.RequestOrigin.REQUEST_ORIGIN_WARNINGS,
        consent: { granted: true, grantedAt: toTimestamp(sentAt) },
        healthStatus: {
          capturedAt: toTimestamp(sentAt - 60_000),
          odometerKm: 48_210,
          warnings: [
            {
              type: csb.v1.WarningType.WARNING_TYPE_ENGINE_OIL_LEVEL_LOW,
              severity: csb.v1.Severity.SEVERITY_WARNING,
            },
          ],
          dtcs: [{ code: 'P0301', ecu: 'ECM', status: csb.v1.DtcStatus.DTC_STATUS_ACTIVE }],
        },
      },
    });
    const decoded = decodeUplink(bytes);
    if (!decoded.ok) throw new Error(decoded.error);
    expect(decoded.message.body).toBe('bookingRequest');
    expect(fromTimestamp(decoded.message.sentAt)).toBe(sentAt);
    expect(decoded.message.bookingRequest?.healthStatus?.odometerKm).toBe(48_210);
    expect(decoded.message.bookingRequest?.healthStatus?.dtcs?.[0]?.code).toBe('P0301');
  });

  it('returns an error value, not an exception, for garbage', () => {
    const result = decodeUplink(Uint8Array.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]));
    expect(result.ok).toBe(false);
  });

  it('ignores unknown fields (forward compatibility)', () => {
    const known = encodeDownlink({
      messageId: 'down-1-abcdef',
      uplinkResult: { uplinkMessageId: 'x', accepted: {} },
    });
    // Field 99, varint 7: a field a newer server might add.
    const withUnknown = Uint8Array.from([...known, 0x98, 0x06, 0x07]);
    const decoded = decodeDownlink(withUnknown);
    expect(decoded.ok && decoded.message.body).toBe('uplinkResult');
  });
});

describe('64-bit integers', () => {
  it('decode as plain numbers, present or defaulted', () => {
    const bytes = encodeDownlink({
      messageId: 'down-2-abcdef',
      proposal: { appointmentId: 'a', proposalId: 'p', price: { currencyCode: 'SEK', amountMinor: 245_000 } },
    });
    const decoded = decodeDownlink(bytes);
    if (!decoded.ok) throw new Error(decoded.error);
    expect(decoded.message.proposal?.price?.amountMinor).toBe(245_000);
    const zero = decodeDownlink(
      encodeDownlink({ messageId: 'down-3-abcdef', proposal: { price: { currencyCode: 'EUR' } } }),
    );
    expect(zero.ok && zero.message.proposal?.price?.amountMinor).toBe(0);
  });
});

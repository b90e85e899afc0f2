/**
 * Encoding and decoding of the csb v1 envelopes, over the code protobufjs generates from
 * `proto/csb/v1/*.proto` (`npm run gen`). Decoding never throws: a bad payload is a value.
 */
import { csb, type google } from './generated.ts';

export type UplinkEnvelope = csb.v1.UplinkEnvelope;
export type DownlinkEnvelope = csb.v1.DownlinkEnvelope;
export type UplinkEnvelopeInit = csb.v1.UplinkEnvelope.$Properties;
export type DownlinkEnvelopeInit = csb.v1.DownlinkEnvelope.$Properties;
export type Timestamp = google.protobuf.Timestamp.$Properties;

/** Largest payload (bytes) the gateway accepts from a car; larger ones are rejected unread. */
export const MAX_UPLINK_PAYLOAD_BYTES = 32 * 1024;

export type DecodeResult<T> = { ok: true; message: T } | { ok: false; error: string };

export function encodeUplink(envelope: UplinkEnvelopeInit): Uint8Array {
  return csb.v1.UplinkEnvelope.encode(envelope).finish();
}

export function decodeUplink(payload: Uint8Array): DecodeResult<UplinkEnvelope> {
  return decodeWith(() => csb.v1.UplinkEnvelope.decode(payload));
}

export function encodeDownlink(envelope: DownlinkEnvelopeInit): Uint8Array {
  return csb.v1.DownlinkEnvelope.encode(envelope).finish();
}

export function decodeDownlink(payload: Uint8Array): DecodeResult<DownlinkEnvelope> {
  return decodeWith(() => csb.v1.DownlinkEnvelope.decode(payload));
}

function decodeWith<T>(decode: () => T): DecodeResult<T> {
  try {
    return { ok: true, message: decode() };
  } catch (error) {
    // protobufjs throws RangeError/Error on truncated or malformed input: that is data, not a bug.
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Milliseconds since the epoch -> protobuf Timestamp. */
export function toTimestamp(epochMs: number): Timestamp {
  const seconds = Math.floor(epochMs / 1000);
  return { seconds, nanos: Math.round((epochMs - seconds * 1000) * 1e6) };
}

/** protobuf Timestamp -> milliseconds since the epoch; undefined when absent. */
export function fromTimestamp(ts: Timestamp | null | undefined): number | undefined {
  if (ts == null) return undefined;
  // Generated with --force-number: int64 seconds arrive as numbers.
  return Number(ts.seconds ?? 0) * 1000 + Math.floor((ts.nanos ?? 0) / 1e6);
}

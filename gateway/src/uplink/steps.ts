/**
 * The small named steps of the uplink pipeline, in order (parse topic -> check size -> decode ->
 * check body against topic -> validate (wire-to-command.ts)). Each returns a value or a typed
 * rejection; none throws on bad input. None knows the broker.
 */
import {
  decodeUplink,
  isValidVin,
  TOPIC_ROOT,
  UPLINK_KINDS,
  type UplinkEnvelope,
  type UplinkKind,
  uplinkKindOfBody,
} from '@csb/proto';
import { permanent, type UplinkRejection } from './rejection.ts';

export type Step<T> = { ok: true; value: T } | { ok: false; rejection: UplinkRejection };

export interface UplinkAddress {
  vin: string;
  /** The topic's kind, or null when the car used a kind this server does not know. */
  kind: UplinkKind | null;
  /** The kind as written in the topic (for logs). */
  rawKind: string;
}

const UP_PREFIX = `${TOPIC_ROOT}/`;

/**
 * `csb/v1/vehicles/{VIN}/up/{kind}` -> address. Returns null when the topic is not a car's
 * uplink at all (no VIN to answer to); an unknown kind still yields the VIN so that the car can
 * be told TOPIC_MISMATCH.
 */
export function parseUplinkTopic(topic: string): UplinkAddress | null {
  if (!topic.startsWith(UP_PREFIX)) return null;
  const rest = topic.slice(UP_PREFIX.length).split('/');
  const [vin = '', direction, ...kindParts] = rest;
  if (!isValidVin(vin) || direction !== 'up' || kindParts.length === 0) return null;
  const rawKind = kindParts.join('/');
  const kind = Object.hasOwn(UPLINK_KINDS, rawKind) ? (rawKind as UplinkKind) : null;
  return { vin, kind, rawKind };
}

export function checkSize(payload: Uint8Array, maxBytes: number): Step<Uint8Array> {
  if (payload.byteLength > maxBytes) {
    return {
      ok: false,
      rejection: permanent('PAYLOAD_TOO_LARGE', `payload is ${payload.byteLength} bytes, limit ${maxBytes}`),
    };
  }
  return { ok: true, value: payload };
}

export function decode(payload: Uint8Array): Step<UplinkEnvelope> {
  const decoded = decodeUplink(payload);
  if (!decoded.ok) {
    return { ok: false, rejection: permanent('UNDECODABLE', `not an UplinkEnvelope: ${decoded.error}`) };
  }
  return { ok: true, value: decoded.message };
}

/** The body must be set, and be the one the topic's kind names (uplink.proto UplinkEnvelope). */
export function checkBodyMatchesTopic(envelope: UplinkEnvelope, address: UplinkAddress): Step<UplinkKind> {
  if (address.kind === null) {
    return {
      ok: false,
      rejection: permanent(
        'TOPIC_MISMATCH',
        `unknown uplink kind "${address.rawKind.slice(0, 64)}" in topic`,
      ),
    };
  }
  if (envelope.body === undefined) {
    return { ok: false, rejection: permanent('UNKNOWN_BODY', 'no body this server knows is set') };
  }
  const bodyKind = uplinkKindOfBody(envelope.body);
  if (bodyKind !== address.kind) {
    return {
      ok: false,
      rejection: permanent('TOPIC_MISMATCH', `body ${bodyKind} sent on topic kind ${address.kind}`),
    };
  }
  return { ok: true, value: bodyKind };
}

/**
 * The message id to echo in a rejection: the car's own id when it could be read and is not
 * absurdly long (it may itself be what was invalid), else empty.
 */
export function echoableMessageId(envelope: UplinkEnvelope | undefined): string {
  const id = envelope?.messageId ?? '';
  return id.length <= 64 ? id : '';
}

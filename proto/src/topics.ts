/**
 * Topic names of the csb v1 MQTT protocol. A car publishes on
 * `csb/v1/vehicles/{VIN}/up/{kind}` and subscribes to `csb/v1/vehicles/{VIN}/down/#`.
 * The VIN in the topic is the car's identity; the broker checks it against the
 * authenticated connection, and no payload field is trusted over it.
 */

export const TOPIC_ROOT = 'csb/v1/vehicles';

/** Uplink kinds, each carrying exactly one `UplinkEnvelope` body case. */
export const UPLINK_KINDS = {
  'booking-request': 'bookingRequest',
  'health-status': 'healthStatusUpload',
  'proposal-response': 'proposalResponse',
  cancellation: 'cancellation',
  'engine-start': 'engineStart',
  'delivery-receipt': 'deliveryReceipt',
} as const;
export type UplinkKind = keyof typeof UPLINK_KINDS;
export type UplinkBodyCase = (typeof UPLINK_KINDS)[UplinkKind];

/** Downlink kinds, each carrying exactly one `DownlinkEnvelope` body case. */
export const DOWNLINK_KINDS = {
  result: 'uplinkResult',
  proposal: 'proposal',
  confirmation: 'confirmation',
  appointments: 'appointmentList',
  reminder: 'reminder',
  navigation: 'navigationTarget',
  cancellation: 'appointmentCancelled',
} as const;
export type DownlinkKind = keyof typeof DOWNLINK_KINDS;
export type DownlinkBodyCase = (typeof DOWNLINK_KINDS)[DownlinkKind];

/** Longest topic the gateway accepts from a car (bytes); deeper or longer topics are refused. */
export const MAX_TOPIC_LENGTH = 128;

// ISO 3779: 17 characters, digits and capital letters except I, O and Q (they read as 1 and 0).
const VIN_PATTERN = /^[A-HJ-NPR-Z0-9]{17}$/;

export function isValidVin(vin: string): boolean {
  return VIN_PATTERN.test(vin);
}

export function uplinkTopic(vin: string, kind: UplinkKind): string {
  return `${TOPIC_ROOT}/${vin}/up/${kind}`;
}

export function downlinkTopic(vin: string, kind: DownlinkKind): string {
  return `${TOPIC_ROOT}/${vin}/down/${kind}`;
}

/** The one subscription a car needs: every downlink kind of its own VIN. */
export function carDownlinkFilter(vin: string): string {
  return `${TOPIC_ROOT}/${vin}/down/#`;
}

export function uplinkKindOfBody(body: UplinkBodyCase): UplinkKind {
  for (const [kind, bodyCase] of Object.entries(UPLINK_KINDS)) {
    if (bodyCase === body) return kind as UplinkKind;
  }
  throw new Error(`unknown uplink body case ${body}`); // unreachable: the map is total
}

export type ParsedTopic =
  | { ok: true; vin: string; direction: 'up'; kind: UplinkKind }
  | { ok: true; vin: string; direction: 'down'; kind: DownlinkKind }
  | { ok: false; reason: 'TOO_LONG' | 'NOT_CSB' | 'BAD_VIN' | 'UNKNOWN_KIND' };

/** Parses a concrete topic name (no wildcards) of the csb namespace. */
export function parseTopic(topic: string): ParsedTopic {
  if (topic.length > MAX_TOPIC_LENGTH) return { ok: false, reason: 'TOO_LONG' };
  const parts = topic.split('/');
  if (parts.length !== 6 || `${parts[0]}/${parts[1]}/${parts[2]}` !== TOPIC_ROOT) {
    return { ok: false, reason: 'NOT_CSB' };
  }
  const [, , , vin = '', direction, kind = ''] = parts;
  if (!isValidVin(vin)) return { ok: false, reason: 'BAD_VIN' };
  if (direction === 'up' && Object.hasOwn(UPLINK_KINDS, kind)) {
    return { ok: true, vin, direction, kind: kind as UplinkKind };
  }
  if (direction === 'down' && Object.hasOwn(DOWNLINK_KINDS, kind)) {
    return { ok: true, vin, direction, kind: kind as DownlinkKind };
  }
  return { ok: false, reason: 'UNKNOWN_KIND' };
}

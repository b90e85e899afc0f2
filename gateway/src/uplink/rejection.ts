/**
 * The one place where the gateway's rejection codes meet the wire enum
 * (`csb.v1.RejectionCode`, proto/csb/v1/downlink.proto). Codes are stable strings; the wire
 * value is the enum name without its `REJECTION_CODE_` prefix.
 */

import { csb } from '@csb/proto';
import type { CarRejectionCode } from '../core-types.ts';

/** Rejections the gateway decides itself, before or around the core. */
export type GatewayRejectionCode =
  | 'PAYLOAD_TOO_LARGE'
  | 'UNDECODABLE'
  | 'INVALID_MESSAGE'
  | 'TOPIC_MISMATCH'
  | 'UNKNOWN_BODY'
  | 'CONSENT_MISSING'
  | 'RATE_LIMITED'
  | 'TEMPORARILY_UNAVAILABLE';

export type RejectionCode = GatewayRejectionCode | CarRejectionCode;

export interface UplinkRejection {
  code: RejectionCode;
  /** English detail for logs; for INVALID_MESSAGE it starts with the field path. */
  message: string;
  /** True when the same message (same message_id) may succeed later. */
  retryable: boolean;
}

const WIRE_CODES: Record<RejectionCode, csb.v1.RejectionCode> = {
  PAYLOAD_TOO_LARGE: csb.v1.RejectionCode.REJECTION_CODE_PAYLOAD_TOO_LARGE,
  UNDECODABLE: csb.v1.RejectionCode.REJECTION_CODE_UNDECODABLE,
  INVALID_MESSAGE: csb.v1.RejectionCode.REJECTION_CODE_INVALID_MESSAGE,
  TOPIC_MISMATCH: csb.v1.RejectionCode.REJECTION_CODE_TOPIC_MISMATCH,
  UNKNOWN_BODY: csb.v1.RejectionCode.REJECTION_CODE_UNKNOWN_BODY,
  CONSENT_MISSING: csb.v1.RejectionCode.REJECTION_CODE_CONSENT_MISSING,
  RATE_LIMITED: csb.v1.RejectionCode.REJECTION_CODE_RATE_LIMITED,
  TEMPORARILY_UNAVAILABLE: csb.v1.RejectionCode.REJECTION_CODE_TEMPORARILY_UNAVAILABLE,
  NO_PRIMARY_DRIVER: csb.v1.RejectionCode.REJECTION_CODE_NO_PRIMARY_DRIVER,
  NO_PREFERRED_DEALER: csb.v1.RejectionCode.REJECTION_CODE_NO_PREFERRED_DEALER,
  APPOINTMENT_NOT_FOUND: csb.v1.RejectionCode.REJECTION_CODE_APPOINTMENT_NOT_FOUND,
  INVALID_TRANSITION: csb.v1.RejectionCode.REJECTION_CODE_INVALID_TRANSITION,
  PROPOSAL_SUPERSEDED: csb.v1.RejectionCode.REJECTION_CODE_PROPOSAL_SUPERSEDED,
  PROPOSAL_EXPIRED: csb.v1.RejectionCode.REJECTION_CODE_PROPOSAL_EXPIRED,
  TOO_MANY_OPEN_APPOINTMENTS: csb.v1.RejectionCode.REJECTION_CODE_TOO_MANY_OPEN_APPOINTMENTS,
};

export function toWireRejectionCode(code: RejectionCode): csb.v1.RejectionCode {
  return WIRE_CODES[code];
}

/** A rejection the car cannot fix by resending the same bytes. */
export function permanent(code: GatewayRejectionCode, message: string): UplinkRejection {
  return { code, message, retryable: false };
}

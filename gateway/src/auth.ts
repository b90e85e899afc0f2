/**
 * Car authentication at CONNECT. The client id is the VIN and must equal the username; the
 * password is the car's secret, checked by the core against its stored hash.
 */
import { isValidVin } from '@csb/proto';

/** CONNACK return codes of MQTT 3.1.1 (section 3.2.2.3) that the gateway uses. */
export const CONNACK = {
  IDENTIFIER_REJECTED: 2,
  SERVER_UNAVAILABLE: 3,
  BAD_USERNAME_OR_PASSWORD: 4,
} as const;
export type ConnackRefusal = (typeof CONNACK)[keyof typeof CONNACK];

export type AuthFailureReason =
  | 'CLIENT_ID_NOT_VIN'
  | 'CLIENT_ID_USERNAME_MISMATCH'
  | 'MISSING_PASSWORD'
  | 'BAD_CREDENTIALS'
  | 'CORE_UNAVAILABLE'
  /** Too many failed CONNECTs from this source address: refused unchecked for a while. */
  | 'AUTH_BACKOFF'
  /** A cluster node whose link to the other nodes (Redis) is down takes no new car (cluster.ts). */
  | 'CLUSTER_UNAVAILABLE';

export const RETURN_CODE_OF: Record<AuthFailureReason, ConnackRefusal> = {
  CLIENT_ID_NOT_VIN: CONNACK.IDENTIFIER_REJECTED,
  CLIENT_ID_USERNAME_MISMATCH: CONNACK.IDENTIFIER_REJECTED,
  MISSING_PASSWORD: CONNACK.BAD_USERNAME_OR_PASSWORD,
  BAD_CREDENTIALS: CONNACK.BAD_USERNAME_OR_PASSWORD,
  CORE_UNAVAILABLE: CONNACK.SERVER_UNAVAILABLE,
  AUTH_BACKOFF: CONNACK.SERVER_UNAVAILABLE,
  CLUSTER_UNAVAILABLE: CONNACK.SERVER_UNAVAILABLE,
};

export type IdentityCheck =
  | { ok: true; vin: string; secret: string }
  | { ok: false; reason: AuthFailureReason };

/** The checks that need no core: shape of the identity. Never returns the secret on failure. */
export function checkCarIdentity(
  clientId: string,
  username: string | undefined,
  password: Uint8Array | undefined,
): IdentityCheck {
  if (!isValidVin(clientId)) return { ok: false, reason: 'CLIENT_ID_NOT_VIN' };
  if (username !== clientId) return { ok: false, reason: 'CLIENT_ID_USERNAME_MISMATCH' };
  if (password === undefined || password.byteLength === 0) return { ok: false, reason: 'MISSING_PASSWORD' };
  return { ok: true, vin: clientId, secret: Buffer.from(password).toString('utf8') };
}

/** Bearer credentials (RFC 6750 section 2.1). */
import { digestsEqual, sha256Hex } from '../service/secrets.ts';

/** The token of an `Authorization: Bearer <token>` header, or undefined when absent or malformed. */
export function bearerToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer +([\x21-\x7e]+) *$/i.exec(header);
  return match?.[1];
}

/** Compares a presented key with the configured one in constant time (both hashed to equal length). */
export function keyMatches(presented: string, expected: string): boolean {
  return digestsEqual(sha256Hex(presented), sha256Hex(expected));
}

/**
 * Credentials: car secrets and dealer/admin API keys.
 *
 * Car secrets are random tokens csb issues (192 bits), not passwords a person chose: brute force
 * is out of reach whatever the hash costs, so a slow hash buys nothing and costs every CONNECT.
 * They are stored as HMAC-SHA-256 under a server key (`hmac-sha256$v1$<salt>$<mac>`): a stolen
 * database without the key cannot even be checked against a guess. About 2 µs per check, where
 * scrypt (N = 2^10) took ~3 ms of CPU and bounded first CONNECTs to ~500/s (docs/benchmarks.md).
 *
 * Hashes written before (`scrypt$N$r$p$salt$hash`) stay valid: they are checked with scrypt, and
 * replaced by the HMAC form at the car's first successful CONNECT (`upgradedHash`).
 *
 * API keys (sha256): random and long too; a plain digest is enough.
 */
import {
  createHmac,
  hash as oneShotHash,
  randomBytes,
  scrypt as scryptCallback,
  timingSafeEqual,
} from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(scryptCallback) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: { N: number; r: number; p: number },
) => Promise<Buffer>;

const HMAC_SCHEME = 'hmac-sha256';
const HMAC_VERSION = 'v1';
/** Server keys shorter than this are refused: the key is what protects the stored hashes. */
export const MIN_SECRET_KEY_BYTES = 32;

export interface SecretHasher {
  /** The stored form of a new secret. */
  hash(secret: string): string;
  /**
   * Checks `secret` against a stored hash (either form). `upgradedHash` is set when the secret
   * matched an old scrypt hash: store it in place of the old one.
   */
  verify(secret: string, stored: string | undefined): Promise<{ ok: boolean; upgradedHash?: string }>;
}

export function generateSecretKey(): Buffer {
  return randomBytes(MIN_SECRET_KEY_BYTES);
}

export function createSecretHasher(key: Uint8Array): SecretHasher {
  if (key.byteLength < MIN_SECRET_KEY_BYTES) {
    throw new Error(`the car secret key must be at least ${MIN_SECRET_KEY_BYTES} bytes`);
  }
  const macOf = (salt: Buffer, secret: string) =>
    createHmac('sha256', key).update(salt).update(secret, 'utf8').digest();
  const hash = (secret: string) => {
    const salt = randomBytes(16);
    return [HMAC_SCHEME, HMAC_VERSION, salt.toString('base64'), macOf(salt, secret).toString('base64')].join(
      '$',
    );
  };
  // A well-formed hash of no real secret, so an unknown VIN costs the same work as a wrong secret.
  const decoy = hash(randomBytes(24).toString('base64url'));
  return {
    hash,
    async verify(secret, stored) {
      const parts = (stored ?? decoy).split('$');
      if (parts[0] === 'scrypt') {
        const ok = (await verifyScrypt(secret, parts)) && stored !== undefined;
        return ok ? { ok, upgradedHash: hash(secret) } : { ok };
      }
      const [scheme, version, salt, mac] = parts;
      if (parts.length !== 4 || scheme !== HMAC_SCHEME || version !== HMAC_VERSION || !salt || !mac) {
        return { ok: false };
      }
      const expected = Buffer.from(mac, 'base64');
      const actual = macOf(Buffer.from(salt, 'base64'), secret);
      const ok =
        actual.length === expected.length && timingSafeEqual(actual, expected) && stored !== undefined;
      return { ok };
    },
  };
}

/** The hashes csb wrote before the HMAC form: `scrypt$N$r$p$salt$hash`. */
async function verifyScrypt(secret: string, parts: string[]): Promise<boolean> {
  const [, n, r, p, salt, hash] = parts;
  if (parts.length !== 6 || !salt || !hash) return false;
  const N = Number(n);
  // Bounds on what a stored row may ask for: a corrupt row must not cost seconds or gigabytes.
  if (!Number.isInteger(N) || N < 2 || N > 2 ** 16 || Number(r) !== 8 || Number(p) !== 1) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scrypt(secret, Buffer.from(salt, 'base64'), expected.length, { N, r: 8, p: 1 });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** An old-form hash (tests of the migration; csb no longer writes them). */
export async function legacyScryptHash(secret: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scrypt(secret, salt, 32, { N: 1024, r: 8, p: 1 });
  return ['scrypt', 1024, 8, 1, salt.toString('base64'), hash.toString('base64')].join('$');
}

export function generateSecret(): string {
  return randomBytes(24).toString('base64url');
}

export function generateApiKey(): string {
  return `csb_${randomBytes(32).toString('base64url')}`;
}

export function sha256Hex(value: string): string {
  // One-shot: a third of createHash().update().digest()'s cost (every dealer API request hashes its key).
  return oneShotHash('sha256', value, 'hex');
}

/** Constant-time equality of two hex digests of the same algorithm. */
export function digestsEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

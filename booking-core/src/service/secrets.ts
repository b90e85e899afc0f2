/**
 * Credentials: car secrets (scrypt, salted) and dealer/admin API keys (sha256: they are random
 * and long, so a fast hash is enough; a slow one only helps low-entropy secrets).
 */
import { createHash, randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(scryptCallback) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: { N: number; r: number; p: number },
) => Promise<Buffer>;

/**
 * Cost N = 2^10: generated car secrets carry 192 bits of entropy, so brute force is out of reach at
 * any cost, while the fleet simulator provisions and connects thousands of cars (~2 ms per hash).
 * The parameters are stored with each hash, so raising N later needs no migration.
 */
const SCRYPT = { N: 1024, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

export async function hashSecret(secret: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scrypt(secret, salt, KEY_LENGTH, SCRYPT);
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

/** A well-formed hash of no real secret, so unknown VINs cost the same work as known ones. */
const DECOY_HASH = `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$${Buffer.alloc(16).toString('base64')}$${Buffer.alloc(KEY_LENGTH).toString('base64')}`;

export async function verifySecret(secret: string, stored: string | undefined): Promise<boolean> {
  const parts = (stored ?? DECOY_HASH).split('$');
  const [scheme, n, r, p, salt, hash] = parts;
  if (parts.length !== 6 || scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scrypt(secret, Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected) && stored !== undefined;
}

export function generateSecret(): string {
  return randomBytes(24).toString('base64url');
}

export function generateApiKey(): string {
  return `csb_${randomBytes(32).toString('base64url')}`;
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

/** Constant-time equality of two hex digests of the same algorithm. */
export function digestsEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Car secret checks with a memory of the last good one per VIN. scrypt (~3 ms of CPU) on every
 * CONNECT bounded a reconnect storm to ~100 cars/s on 2 cores (docs/benchmarks.md, benchmark 4);
 * a car that proved its secret once is checked again against a SHA-256 digest of it, held only
 * in this process's memory and only while the stored hash is unchanged (a rotation drops it).
 * Unknown VINs and wrong secrets still pay the full scrypt.
 */
export interface SecretVerifier {
  verify(vin: string, secret: string, storedHash: string | undefined): Promise<boolean>;
}

export function createSecretVerifier(maxEntries = 200_000): SecretVerifier {
  const proven = new Map<string, { storedHash: string; digest: Buffer }>();
  const digestOf = (secret: string) => createHash('sha256').update(secret, 'utf8').digest();
  return {
    async verify(vin, secret, storedHash) {
      const known = proven.get(vin);
      if (known && storedHash !== undefined && known.storedHash === storedHash) {
        if (timingSafeEqual(known.digest, digestOf(secret))) return true;
      }
      const ok = await verifySecret(secret, storedHash);
      if (ok && storedHash !== undefined) {
        proven.delete(vin); // re-insert at the end: the Map's order is the eviction order
        if (proven.size >= maxEntries) {
          const oldest = proven.keys().next();
          if (!oldest.done) proven.delete(oldest.value);
        }
        proven.set(vin, { storedHash, digest: digestOf(secret) });
      }
      return ok;
    },
  };
}

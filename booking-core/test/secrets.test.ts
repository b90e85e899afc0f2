import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBookingCore, SECRET_KEY_FILE, seedDemoData } from '../src/index.ts';
import { createSecretHasher, generateSecretKey, legacyScryptHash } from '../src/service/secrets.ts';

describe('car secret hashes', () => {
  it('verifies the right secret only, under the same key only', async () => {
    const key = generateSecretKey();
    const hasher = createSecretHasher(key);
    const stored = hasher.hash('first-secret-123');
    expect(stored.startsWith('hmac-sha256$v1$')).toBe(true);
    expect(await hasher.verify('first-secret-123', stored)).toEqual({ ok: true });
    expect((await hasher.verify('wrong-secret-123', stored)).ok).toBe(false);
    expect((await hasher.verify('first-secret-123', undefined)).ok).toBe(false); // unknown VIN
    expect((await hasher.verify('first-secret-123', 'garbage')).ok).toBe(false);
    // The same secret salted twice gives two hashes.
    expect(hasher.hash('first-secret-123')).not.toBe(stored);
    // Another server key: the stored hash means nothing.
    expect((await createSecretHasher(generateSecretKey()).verify('first-secret-123', stored)).ok).toBe(false);
  });

  it('keeps old scrypt hashes valid and hands out their HMAC replacement', async () => {
    const hasher = createSecretHasher(generateSecretKey());
    const old = await legacyScryptHash('old-secret-456');
    const checked = await hasher.verify('old-secret-456', old);
    expect(checked.ok).toBe(true);
    expect(checked.upgradedHash?.startsWith('hmac-sha256$v1$')).toBe(true);
    expect((await hasher.verify('old-secret-456', checked.upgradedHash)).ok).toBe(true);
    expect(await hasher.verify('wrong-secret-456', old)).toEqual({ ok: false });
    // A corrupt row cannot make a check cost gigabytes.
    expect((await hasher.verify('old-secret-456', old.replace('$1024$', '$1073741824$'))).ok).toBe(false);
  });

  it('refuses a short server key', () => {
    expect(() => createSecretHasher(Buffer.alloc(16))).toThrow(/at least 32 bytes/);
  });
});

describe('server key of the car secrets', () => {
  it('is created once next to the database (mode 0600) and kept across restarts', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'csb-key-'));
    try {
      const databasePath = join(dir, 'csb.sqlite');
      const first = await openBookingCore({ databasePath });
      const demo = await seedDemoData(first);
      const car = demo.cars[0];
      if (!car) throw new Error('no demo car');
      expect(await first.authenticateCar(car.vin, car.secret)).toBe(true);
      await first.close();
      const keyFile = join(dir, SECRET_KEY_FILE);
      expect((await stat(keyFile)).mode & 0o777).toBe(0o600);
      const key = await readFile(keyFile, 'utf8');
      const again = await openBookingCore({ databasePath });
      expect(await again.authenticateCar(car.vin, car.secret)).toBe(true);
      expect(await again.authenticateCar(car.vin, 'not-the-secret')).toBe(false);
      await again.close();
      expect(await readFile(keyFile, 'utf8')).toBe(key);
      // A configured key wins over the file: the secrets stored under the file's key stop verifying.
      const other = await openBookingCore({ databasePath, secretKey: 'x'.repeat(32) });
      expect(await other.authenticateCar(car.vin, car.secret)).toBe(false);
      await other.close();
      await expect(openBookingCore({ databasePath, secretKey: 'short' })).rejects.toThrow(/at least 32/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

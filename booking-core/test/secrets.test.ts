import { describe, expect, it } from 'vitest';
import { createSecretVerifier, hashSecret } from '../src/service/secrets.ts';

describe('car secret verifier', () => {
  it('remembers a proven secret only while the stored hash is unchanged', async () => {
    const verifier = createSecretVerifier();
    const vin = 'YV1SECRET00000001';
    const first = await hashSecret('first-secret-123');
    expect(await verifier.verify(vin, 'first-secret-123', first)).toBe(true);
    expect(await verifier.verify(vin, 'first-secret-123', first)).toBe(true); // from memory
    expect(await verifier.verify(vin, 'wrong-secret-123', first)).toBe(false);

    // Rotation: the stored hash changed, so the remembered secret no longer opens the door.
    const second = await hashSecret('second-secret-456');
    expect(await verifier.verify(vin, 'first-secret-123', second)).toBe(false);
    expect(await verifier.verify(vin, 'second-secret-456', second)).toBe(true);
    expect(await verifier.verify(vin, 'second-secret-456', undefined)).toBe(false); // VIN gone
  });

  it('stays bounded', async () => {
    const verifier = createSecretVerifier(2);
    const hash = await hashSecret('shared-secret-1');
    for (const vin of ['YV1SECRET00000001', 'YV1SECRET00000002', 'YV1SECRET00000003']) {
      expect(await verifier.verify(vin, 'shared-secret-1', hash)).toBe(true);
    }
    expect(await verifier.verify('YV1SECRET00000001', 'shared-secret-1', hash)).toBe(true);
  });
});

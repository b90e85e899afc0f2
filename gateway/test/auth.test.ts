import { describe, expect, it } from 'vitest';
import { CONNACK, checkCarIdentity, RETURN_CODE_OF } from '../src/auth.ts';

const VIN = 'YV1DEMCAR00000001';
const secret = Buffer.from('demo-secret-1');

describe('checkCarIdentity', () => {
  it('accepts client id == username == a VIN, with a password', () => {
    expect(checkCarIdentity(VIN, VIN, secret)).toEqual({ ok: true, vin: VIN, secret: 'demo-secret-1' });
  });

  it.each([
    ['not-a-vin', 'not-a-vin', secret, 'CLIENT_ID_NOT_VIN'],
    ['YV1DEMCAR0000000I', 'YV1DEMCAR0000000I', secret, 'CLIENT_ID_NOT_VIN'],
    [VIN, 'YV1DEMCAR00000002', secret, 'CLIENT_ID_USERNAME_MISMATCH'],
    [VIN, undefined, secret, 'CLIENT_ID_USERNAME_MISMATCH'],
    [VIN, VIN, undefined, 'MISSING_PASSWORD'],
    [VIN, VIN, Buffer.alloc(0), 'MISSING_PASSWORD'],
  ] as const)('%s / %s -> %s', (clientId, username, password, reason) => {
    expect(checkCarIdentity(clientId, username, password)).toEqual({ ok: false, reason });
  });

  it('maps reasons to MQTT 3.1.1 CONNACK codes', () => {
    expect(RETURN_CODE_OF.CLIENT_ID_NOT_VIN).toBe(CONNACK.IDENTIFIER_REJECTED);
    expect(RETURN_CODE_OF.CLIENT_ID_USERNAME_MISMATCH).toBe(2);
    expect(RETURN_CODE_OF.BAD_CREDENTIALS).toBe(4);
    expect(RETURN_CODE_OF.MISSING_PASSWORD).toBe(4);
    expect(RETURN_CODE_OF.CORE_UNAVAILABLE).toBe(3);
  });
});

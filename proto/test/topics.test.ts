import { describe, expect, it } from 'vitest';
import { carDownlinkFilter, downlinkTopic, isValidVin, parseTopic, uplinkTopic } from '../src/index.ts';

const VIN = 'YV1DZ8256C2271234';

describe('VIN', () => {
  it('accepts 17 characters without I, O, Q', () => {
    expect(isValidVin(VIN)).toBe(true);
  });
  it.each([
    ['too short', 'YV1DZ8256C227123'],
    ['too long', 'YV1DZ8256C22712345'],
    ['contains I', 'YV1DZ8256C227123I'],
    ['contains O', 'YV1DZ8256C227123O'],
    ['contains Q', 'YV1DZ8256C227123Q'],
    ['lower case', 'yv1dz8256c2271234'],
    ['wildcard', 'YV1DZ8256C227123+'],
  ])('rejects a VIN that is %s', (_why, vin) => {
    expect(isValidVin(vin)).toBe(false);
  });
});

describe('topics', () => {
  it('round-trips uplink and downlink topics', () => {
    expect(parseTopic(uplinkTopic(VIN, 'booking-request'))).toEqual({
      ok: true,
      vin: VIN,
      direction: 'up',
      kind: 'booking-request',
    });
    expect(parseTopic(downlinkTopic(VIN, 'proposal'))).toEqual({
      ok: true,
      vin: VIN,
      direction: 'down',
      kind: 'proposal',
    });
    expect(carDownlinkFilter(VIN)).toBe(`csb/v1/vehicles/${VIN}/down/#`);
  });
  it.each([
    ['csb/v1/vehicles/YV1DZ8256C2271234/up/nope', 'UNKNOWN_KIND'],
    ['csb/v1/vehicles/YV1DZ8256C2271234/down/booking-request', 'UNKNOWN_KIND'],
    ['csb/v1/vehicles/NOTAVIN/up/booking-request', 'BAD_VIN'],
    ['csb/v2/vehicles/YV1DZ8256C2271234/up/booking-request', 'NOT_CSB'],
    ['csb/v1/vehicles/YV1DZ8256C2271234/up/booking-request/extra', 'NOT_CSB'],
    [`csb/v1/vehicles/YV1DZ8256C2271234/up/${'x'.repeat(200)}`, 'TOO_LONG'],
  ])('refuses %s', (topic, reason) => {
    expect(parseTopic(topic)).toEqual({ ok: false, reason });
  });
});

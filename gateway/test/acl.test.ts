import { describe, expect, it } from 'vitest';
import { decideCarPublish, decideCarSubscribe, mayForwardToCar } from '../src/acl.ts';

const A = 'YV1DEMCAR00000001';
const B = 'YV1DEMCAR00000002';

describe('publish ACL', () => {
  it.each([
    [`csb/v1/vehicles/${A}/up/booking-request`, true],
    [`csb/v1/vehicles/${A}/up/delivery-receipt`, true],
    // An unknown kind in the car's own namespace is let through and answered TOPIC_MISMATCH.
    [`csb/v1/vehicles/${A}/up/nope`, true],
    // So is an empty kind (it used to close the connection).
    [`csb/v1/vehicles/${A}/up/`, true],
    [`csb/v1/vehicles/${A}/up`, false],
    [`csb/v1/vehicles/${B}/up/booking-request`, false],
    [`csb/v1/vehicles/${A}/down/result`, false],
    [`csb/v1/vehicles/${B}/down/result`, false],
    ['$SYS/broker/clients', false],
    [`csb/v1/vehicles/+/up/booking-request`, false],
    [`csb/v1/vehicles/${A}/up/#`, false],
    [`csb/v1/vehicles/${A}/up/+`, false],
    ['#', false],
    [`csb/v1/vehicles/${A}/up/${'x'.repeat(200)}`, false],
    [`csb/v1/vehicles/${A.toLowerCase()}/up/booking-request`, false],
    ['other/topic', false],
  ])('%s -> %s', (topic, allowed) => {
    expect(decideCarPublish(A, topic).allow).toBe(allowed);
  });

  it('names the reason', () => {
    expect(decideCarPublish(A, `csb/v1/vehicles/${B}/up/booking-request`)).toEqual({
      allow: false,
      reason: 'NOT_OWN_UPLINK',
    });
    expect(decideCarPublish(A, `csb/v1/vehicles/${A}/up/#`)).toEqual({ allow: false, reason: 'WILDCARD' });
    expect(decideCarPublish(A, `csb/v1/vehicles/${A}/up/${'x'.repeat(200)}`)).toEqual({
      allow: false,
      reason: 'TOO_LONG',
    });
  });
});

describe('subscribe ACL', () => {
  it.each([
    [`csb/v1/vehicles/${A}/down/#`, true],
    [`csb/v1/vehicles/${A}/down/+`, true],
    [`csb/v1/vehicles/${A}/down/result`, true],
    [`csb/v1/vehicles/${A}/down/appointments`, true],
    [`csb/v1/vehicles/${A}/down/nope`, false],
    [`csb/v1/vehicles/${A}/down/result/#`, false],
    [`csb/v1/vehicles/${A}/down/+/x`, false],
    [`csb/v1/vehicles/${A}/#`, false],
    [`csb/v1/vehicles/${A}/+/result`, false],
    [`csb/v1/vehicles/${A}/up/#`, false],
    [`csb/v1/vehicles/${B}/down/#`, false],
    [`csb/v1/vehicles/${B}/down/result`, false],
    ['csb/v1/vehicles/+/down/#', false],
    ['csb/v1/vehicles/#', false],
    ['csb/#', false],
    ['#', false],
    ['+', false],
    [`+/v1/vehicles/${A}/down/#`, false],
    ['$SYS/#', false],
    [`$SYS/csb/v1/vehicles/${A}/down/#`, false],
  ])('%s -> %s', (filter, allowed) => {
    expect(decideCarSubscribe(A, filter).allow).toBe(allowed);
  });
});

describe('forward ACL', () => {
  it('delivers only the car own downlinks', () => {
    expect(mayForwardToCar(A, `csb/v1/vehicles/${A}/down/result`)).toBe(true);
    expect(mayForwardToCar(A, `csb/v1/vehicles/${B}/down/result`)).toBe(false);
    expect(mayForwardToCar(A, `csb/v1/vehicles/${A}/up/booking-request`)).toBe(false);
    expect(mayForwardToCar(A, '$SYS/x/new/clients')).toBe(false);
  });
});

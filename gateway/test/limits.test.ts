import { describe, expect, it } from 'vitest';
import { createAuthBackoff, createPacketSizeGuard, createRateLimiter } from '../src/limits.ts';

describe('packet size guard', () => {
  it('follows fixed headers across chunk boundaries and trips on the first oversize length', () => {
    const guard = createPacketSizeGuard(200);
    // PINGREQ (no body), a PUBLISH of 130 bytes (two-byte length 0x82 0x01) split mid-header and mid-body.
    expect(guard(Buffer.from([0xc0, 0x00, 0x30, 0x82]))).toBeNull();
    expect(guard(Buffer.concat([Buffer.from([0x01]), Buffer.alloc(100)]))).toBeNull();
    expect(guard(Buffer.alloc(30))).toBeNull();
    // The next header announces 16,384 bytes: tripped before any of the body.
    expect(guard(Buffer.from([0x30, 0x80, 0x80, 0x01]))).toBe(16_384);
    expect(guard(Buffer.alloc(10))).toBeNull(); // reports once
  });

  it('accepts a packet exactly at the limit', () => {
    const guard = createPacketSizeGuard(127);
    expect(
      guard(Buffer.concat([Buffer.from([0x30, 0x7f]), Buffer.alloc(127), Buffer.from([0xc0, 0x00])])),
    ).toBeNull();
  });
});

describe('rate limiter', () => {
  it('allows the burst, refills at the rate, and calls a long run of refusals a flood', () => {
    const limiter = createRateLimiter({ ratePerSecond: 2, burst: 3, floodDisconnectAfter: 2 });
    expect([0, 0, 0].map(() => limiter.take('car', 0))).toEqual(['ok', 'ok', 'ok']);
    expect(limiter.take('car', 0)).toBe('limited');
    expect(limiter.take('other', 0)).toBe('ok');
    expect(limiter.take('car', 500)).toBe('ok'); // one token after 0.5 s at 2/s
    expect(limiter.take('car', 500)).toBe('limited');
    expect(limiter.take('car', 500)).toBe('limited');
    expect(limiter.take('car', 500)).toBe('flood');
    limiter.forget('car');
    expect(limiter.take('car', 500)).toBe('ok');
  });
});

describe('auth backoff', () => {
  const options = {
    failuresBeforeBackoff: 3,
    windowMs: 60_000,
    backoffMs: 1_000,
    maxBackoffMs: 3_000,
    maxTracked: 2,
  };

  it('refuses an address after N failures, doubling up to the maximum, and forgets it on success', () => {
    const backoff = createAuthBackoff(options);
    expect([backoff.failed('a', 0), backoff.failed('a', 1)]).toEqual([0, 0]);
    expect(backoff.failed('a', 2)).toBe(1_000);
    expect(backoff.blockedFor('a', 500)).toBe(502);
    expect(backoff.blockedFor('b', 500)).toBe(0);
    expect(backoff.failed('a', 1_100)).toBe(2_000);
    expect(backoff.failed('a', 1_200)).toBe(3_000);
    expect(backoff.failed('a', 1_300)).toBe(3_000);
    backoff.succeeded('a');
    expect(backoff.blockedFor('a', 1_400)).toBe(0);
  });

  it('remembers a bounded number of addresses', () => {
    const backoff = createAuthBackoff(options);
    for (const address of ['a', 'b', 'c', 'd']) backoff.failed(address, 0);
    expect(backoff.size()).toBe(2);
  });
});

/**
 * Hostile-input limits of the MQTT edge, pure state machines with the time passed in (no timers,
 * no clock reads): a packet-size guard on the raw byte stream, a token bucket per car, and a
 * failed-authentication backoff per source address. The broker adapter turns their verdicts into
 * a typed rejection, a CONNACK refusal or a disconnect, with a counter and a log line each.
 */

/**
 * Follows MQTT fixed headers on a connection's raw bytes and reports the first packet whose
 * Remaining Length exceeds `maxBytes`, before its body is buffered (MQTT 3.1.1 section 2.2.3:
 * up to 268,435,455 bytes; mqtt-packet, under aedes, buffers a whole packet before parsing it and
 * has no size limit for 3.1.1). Returns a function to feed chunks to; it returns the oversize
 * length once, or null.
 */
export function createPacketSizeGuard(maxBytes: number): (chunk: Uint8Array) => number | null {
  let state: 'type' | 'length' | 'body' | 'tripped' = 'type';
  let length = 0;
  let multiplier = 1;
  let lengthBytes = 0;
  let bodyLeft = 0;
  return (chunk) => {
    let i = 0;
    while (i < chunk.length) {
      if (state === 'tripped') return null;
      if (state === 'body') {
        const take = Math.min(bodyLeft, chunk.length - i);
        bodyLeft -= take;
        i += take;
        if (bodyLeft === 0) state = 'type';
        continue;
      }
      const byte = chunk[i] as number;
      i += 1;
      if (state === 'type') {
        state = 'length';
        length = 0;
        multiplier = 1;
        lengthBytes = 0;
        continue;
      }
      // state === 'length': variable byte integer, 7 bits per byte, at most 4 bytes [MQTT-2.2.3].
      length += (byte & 0x7f) * multiplier;
      multiplier *= 128;
      lengthBytes += 1;
      if (length > maxBytes) {
        state = 'tripped';
        return length;
      }
      if ((byte & 0x80) === 0 || lengthBytes >= 4) {
        bodyLeft = length;
        state = bodyLeft === 0 ? 'type' : 'body';
      }
    }
    return null;
  };
}

export interface RateLimitOptions {
  /** Sustained messages per second per car. */
  ratePerSecond: number;
  /** Messages a car may send at once above the sustained rate. */
  burst: number;
  /** Refused messages in a row (no token in between) after which the car is disconnected. */
  floodDisconnectAfter: number;
}

export type RateVerdict = 'ok' | 'limited' | 'flood';

/** One token bucket per key (a car's VIN). Entries are dropped with `forget` when the car leaves. */
export function createRateLimiter(options: RateLimitOptions) {
  const buckets = new Map<string, { tokens: number; at: number; strikes: number }>();
  return {
    take(key: string, now: number): RateVerdict {
      let bucket = buckets.get(key);
      if (!bucket) {
        bucket = { tokens: options.burst, at: now, strikes: 0 };
        buckets.set(key, bucket);
      }
      const elapsed = Math.max(0, now - bucket.at) / 1000;
      bucket.tokens = Math.min(options.burst, bucket.tokens + elapsed * options.ratePerSecond);
      bucket.at = now;
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        bucket.strikes = 0;
        return 'ok';
      }
      bucket.strikes += 1;
      return bucket.strikes > options.floodDisconnectAfter ? 'flood' : 'limited';
    },
    forget(key: string): void {
      buckets.delete(key);
    },
    size: () => buckets.size,
  };
}

export interface AuthBackoffOptions {
  /** Failed CONNECTs from one address within `windowMs` before it is refused outright. */
  failuresBeforeBackoff: number;
  windowMs: number;
  /** First refusal period; doubles with every further failure during backoff, up to `maxBackoffMs`. */
  backoffMs: number;
  maxBackoffMs: number;
  /** Addresses remembered at most (the oldest is forgotten first): bounded memory under a scan. */
  maxTracked: number;
}

interface AuthRecord {
  failures: number;
  windowStart: number;
  blockedUntil: number;
  backoffMs: number;
}

/** Failed authentications per source address, with a growing refusal period once over the limit. */
export function createAuthBackoff(options: AuthBackoffOptions) {
  const records = new Map<string, AuthRecord>();
  return {
    /** Milliseconds the address is still refused, or 0. */
    blockedFor(address: string, now: number): number {
      const record = records.get(address);
      return record && record.blockedUntil > now ? record.blockedUntil - now : 0;
    },
    /** Records a failure; returns the refusal period started by it (0 when not over the limit). */
    failed(address: string, now: number): number {
      let record = records.get(address);
      if (!record || now - record.windowStart > options.windowMs + record.backoffMs) {
        records.delete(address);
        record = { failures: 0, windowStart: now, blockedUntil: 0, backoffMs: 0 };
      } else {
        records.delete(address); // re-insert: the map's order is least recently failed first
      }
      records.set(address, record);
      if (records.size > options.maxTracked) {
        const oldest = records.keys().next().value;
        if (oldest !== undefined) records.delete(oldest);
      }
      record.failures += 1;
      if (record.failures < options.failuresBeforeBackoff) return 0;
      record.backoffMs =
        record.backoffMs === 0 ? options.backoffMs : Math.min(options.maxBackoffMs, record.backoffMs * 2);
      record.blockedUntil = now + record.backoffMs;
      return record.backoffMs;
    },
    succeeded(address: string): void {
      records.delete(address);
    },
    size: () => records.size,
  };
}

/**
 * At most `perWindow` log lines per `windowMs` for one kind of event a client can cause at will
 * (a SUBSCRIBE with many denied filters, a shed uplink): `take(write)` calls `write` while within
 * the budget, with how many lines were left out since the last one written. Reads the wall clock:
 * it bounds the log, not the business.
 */
export function createLogSampler(perWindow: number, windowMs: number, now: () => number = Date.now) {
  let windowStart = 0;
  let written = 0;
  let skipped = 0;
  return {
    take(write: (skipped: number) => void): void {
      const at = now();
      if (at - windowStart >= windowMs) {
        windowStart = at;
        written = 0;
      }
      if (written >= perWindow) {
        skipped += 1;
        return;
      }
      written += 1;
      const left = skipped;
      skipped = 0;
      write(left);
    },
  };
}

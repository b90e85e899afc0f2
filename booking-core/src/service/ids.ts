/**
 * Ids of the rows the core writes (appointments, downlinks, timers, mails, Health Status
 * snapshots): UUIDs of version 7 (RFC 9562), whose first 48 bits are the wall-clock millisecond.
 *
 * Why not random (version 4) UUIDs: each of these tables has its id as a key, and a random key
 * sends every insert to a random leaf page of its index. Once the indexes outgrow the page cache
 * each insert reads and rewrites a page of its own, so the cost of an uplink grew with the size of
 * the database (docs/benchmarks.md, booking path). Time-ordered ids append to the right-hand edge
 * of each index instead. The order of ids means nothing beyond that: nobody may read a time from an
 * id (the wall clock, not the core's clock, and ids of one millisecond are in random order).
 */
import { randomFillSync } from 'node:crypto';

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
/** Entropy fetched in blocks (one syscall per 409 ids rather than per id). */
const pool = Buffer.alloc(4096);
let offset = pool.length;

export function newRowId(now: number = Date.now()): string {
  if (offset + 10 > pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const r = pool.subarray(offset, offset + 10);
  offset += 10;
  const ms = Math.max(0, Math.trunc(now));
  const high = Math.floor(ms / 2 ** 16); // the upper 32 of the 48 bits
  const low = ms % 2 ** 16;
  const h = (n: number) => HEX[n & 0xff] as string;
  return (
    `${h(high >>> 24)}${h(high >>> 16)}${h(high >>> 8)}${h(high)}-${h(low >>> 8)}${h(low)}-` +
    `${h(0x70 | ((r[0] as number) & 0x0f))}${h(r[1] as number)}-` +
    `${h(0x80 | ((r[2] as number) & 0x3f))}${h(r[3] as number)}-` +
    `${h(r[4] as number)}${h(r[5] as number)}${h(r[6] as number)}${h(r[7] as number)}${h(r[8] as number)}${h(r[9] as number)}`
  );
}

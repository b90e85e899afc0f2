/**
 * Load shedding at the gateway's door. At most `maxRunning` uplinks are in the core at once and
 * at most `maxQueued` more wait for it. When both are full an uplink is **parked**: held, in
 * arrival order behind the queue, up to `maxParked` uplinks and `maxParkedBytes` payload bytes.
 * A parked uplink's connection is not read meanwhile (the broker holds its aedes callback), so a
 * car sending faster than the core answers is slowed by TCP instead of answered with refusals.
 * Only beyond the parked bounds is an uplink refused ('full': the broker answers it
 * TEMPORARILY_UNAVAILABLE, retryable, and pauses that connection). Under any overload the work
 * csb holds is bounded by these numbers, not by what cars send.
 *
 * Pure bookkeeping: no timers, no I/O. Order: running <- queued <- parked, each a FIFO, so the
 * core sees uplinks in the order they arrived (and one car's in the order it sent them).
 */

export interface AdmissionOptions {
  maxRunning: number;
  maxQueued: number;
  /** Uplinks held behind a full queue; 0: none (refuse at once, the behaviour without parking). */
  maxParked: number;
  /** Payload bytes the parked uplinks may hold together. */
  maxParkedBytes: number;
}

export type AdmissionVerdict = 'run' | 'queued' | 'parked' | 'full';

export interface Admission<T> {
  /**
   * 'run': start it now; 'queued' / 'parked': `finished` hands it out later; 'full': refuse it.
   * `bytes` is what the job holds (its payload), counted against `maxParkedBytes` while parked.
   */
  offer(job: T, bytes: number): AdmissionVerdict;
  /**
   * A running job ended: the next waiting job to start (now counted as running), if any; the
   * oldest parked job moves up into the queue.
   */
  finished(): T | undefined;
  /** Removes and returns every waiting job, queued then parked, in order (shutdown). */
  takeWaiting(): T[];
  running(): number;
  queued(): number;
  parked(): number;
  parkedBytes(): number;
  /**
   * True while the parked jobs are below half of both bounds: room for the connections paused
   * at a full parking to be read again without refilling it at once.
   */
  belowHalf(): boolean;
}

/** A FIFO over an array with a moving head: O(1) per item, compacted when half is consumed. */
class Fifo<T> {
  private items: T[] = [];
  private head = 0;

  get size(): number {
    return this.items.length - this.head;
  }

  push(item: T): void {
    this.items.push(item);
  }

  shift(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const item = this.items[this.head] as T;
    this.items[this.head] = undefined as T;
    this.head += 1;
    if (this.head > 1_024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }

  takeAll(): T[] {
    const taken = this.items.slice(this.head);
    this.items = [];
    this.head = 0;
    return taken;
  }
}

export function createAdmission<T>(options: AdmissionOptions): Admission<T> {
  let running = 0;
  const queue = new Fifo<T>();
  const parking = new Fifo<{ job: T; bytes: number }>();
  let parkedBytes = 0;

  function unpark(): T | undefined {
    const entry = parking.shift();
    if (entry === undefined) return undefined;
    parkedBytes -= entry.bytes;
    return entry.job;
  }

  return {
    offer(job, bytes) {
      if (running < options.maxRunning) {
        running += 1;
        return 'run';
      }
      // Nothing parked means the queue has room or is full; something parked means it is full.
      if (parking.size === 0 && queue.size < options.maxQueued) {
        queue.push(job);
        return 'queued';
      }
      if (parking.size < options.maxParked && parkedBytes + bytes <= options.maxParkedBytes) {
        parking.push({ job, bytes });
        parkedBytes += bytes;
        return 'parked';
      }
      return 'full';
    },
    finished() {
      running = Math.max(0, running - 1);
      // With maxQueued 0 a parked job goes straight to running.
      const next = queue.shift() ?? unpark();
      if (queue.size < options.maxQueued) {
        const moved = unpark();
        if (moved !== undefined) queue.push(moved);
      }
      if (next === undefined) return undefined;
      running += 1;
      return next;
    },
    takeWaiting() {
      const taken = queue.takeAll();
      for (const entry of parking.takeAll()) taken.push(entry.job);
      parkedBytes = 0;
      return taken;
    },
    running: () => running,
    queued: () => queue.size,
    parked: () => parking.size,
    parkedBytes: () => parkedBytes,
    belowHalf: () =>
      parking.size === 0 ||
      (parking.size * 2 < options.maxParked && parkedBytes * 2 < options.maxParkedBytes),
  };
}

/**
 * Load shedding at the gateway's door: at most `maxRunning` uplinks are in the core at once,
 * at most `maxQueued` more wait in arrival order, and anything beyond is refused at once (the
 * broker answers it TEMPORARILY_UNAVAILABLE, retryable). Under an overload the work csb holds is
 * therefore bounded by these two numbers, not by what cars send; a car resends a refused uplink
 * with the same message id. Pure bookkeeping: no timers, no I/O.
 */

export interface AdmissionOptions {
  maxRunning: number;
  maxQueued: number;
}

export type AdmissionVerdict = 'run' | 'queued' | 'full';

export interface Admission<T> {
  /** 'run': start it now; 'queued': `finished` hands it out later; 'full': refuse it. */
  offer(job: T): AdmissionVerdict;
  /** A running job ended: the next queued job to start (now counted as running), if any. */
  finished(): T | undefined;
  /** Removes and returns every queued job (shutdown). */
  takeQueued(): T[];
  running(): number;
  queued(): number;
}

export function createAdmission<T>(options: AdmissionOptions): Admission<T> {
  let running = 0;
  // An array used as a FIFO with a moving head: O(1) per job, compacted when half is consumed.
  let queue: T[] = [];
  let head = 0;
  return {
    offer(job) {
      if (running < options.maxRunning) {
        running += 1;
        return 'run';
      }
      if (queue.length - head >= options.maxQueued) return 'full';
      queue.push(job);
      return 'queued';
    },
    finished() {
      running = Math.max(0, running - 1);
      if (head >= queue.length) return undefined;
      const next = queue[head] as T;
      queue[head] = undefined as T;
      head += 1;
      if (head > 1_024 && head * 2 > queue.length) {
        queue = queue.slice(head);
        head = 0;
      }
      running += 1;
      return next;
    },
    takeQueued() {
      const taken = queue.slice(head);
      queue = [];
      head = 0;
      return taken;
    },
    running: () => running,
    queued: () => queue.length - head,
  };
}

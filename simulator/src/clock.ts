/**
 * Time source of the simulator. Everything that stamps a message reads the injected clock, never
 * `Date.now()` directly, so a run can be replayed and accelerated (STYLE: time injected).
 */

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

export const systemClock: Clock = Object.freeze({ now: () => Date.now() });

/** A clock that moves only when told to: for tests and for accelerated fleet runs. */
export interface ManualClock extends Clock {
  set(epochMs: number): void;
  advance(ms: number): number;
}

export function createManualClock(startMs: number): ManualClock {
  let current = startMs;
  return {
    now: () => current,
    set: (epochMs) => {
      current = epochMs;
    },
    advance: (ms) => {
      current += ms;
      return current;
    },
  };
}

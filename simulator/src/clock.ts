/**
 * Time source of the simulator. Everything that stamps a message reads the injected clock, never
 * `Date.now()` directly, so a run can be replayed and accelerated.
 */
import type { Clock } from '@csb/head-unit';

// The clock interface is the head-unit library's: a simulated car reads the same kind of clock.
export type { Clock };

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

/**
 * Virtual time that runs `speed` times faster than the wall clock: at wall time `anchorMs` it reads
 * `startMs`. The system (`CSB_CLOCK_START`, `CSB_CLOCK_SPEED`, `CSB_CLOCK_ANCHOR`) and a fleet
 * (its scenario's `clock`) given the same three numbers read the same time in two processes.
 */
export interface AcceleratedClockOptions {
  startMs: number;
  /** Virtual milliseconds per wall millisecond (1 = real time). */
  speed: number;
  /** Wall time (epoch ms) at which the clock reads `startMs`. Default: when the clock is made. */
  anchorMs?: number;
  /** The wall clock underneath (tests). Default Date.now. */
  wall?: () => number;
}

export interface AcceleratedClock extends Clock {
  readonly speed: number;
  readonly startMs: number;
  readonly anchorMs: number;
  /** Wall milliseconds until the clock reads `virtualMs` (0 when it already has). */
  wallDelayUntil(virtualMs: number): number;
}

export function createAcceleratedClock(options: AcceleratedClockOptions): AcceleratedClock {
  const wall = options.wall ?? Date.now;
  const { startMs, speed } = options;
  if (!(speed > 0) || !Number.isFinite(speed)) throw new RangeError(`clock speed must be > 0, got ${speed}`);
  const anchorMs = options.anchorMs ?? wall();
  const now = (): number => Math.floor(startMs + (wall() - anchorMs) * speed);
  return {
    speed,
    startMs,
    anchorMs,
    now,
    wallDelayUntil: (virtualMs) => Math.max(0, Math.ceil((virtualMs - now()) / speed)),
  };
}

/** Time source of the booking core, injected so tests and the simulator can run days in seconds. */
export interface Clock {
  /** Milliseconds since the epoch (UTC). */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

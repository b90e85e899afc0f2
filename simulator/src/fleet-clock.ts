/**
 * The fleet runs on the system's clock, or not at all. At start the fleet reads the system's
 * `GET /clock` (time and speed) over HTTP and holds it against its own clock (the scenario's
 * `clock`): a different speed, or a time further apart than the tolerance, refuses the run with
 * a message saying what to change. A scenario clock without an `anchor` takes the system's time
 * instead (the fleet's clock is anchored so that it reads what the system reads), so the two
 * processes need no shared anchor. docs/simulator.md "Virtual time".
 */
import { type AcceleratedClock, createAcceleratedClock } from './clock.ts';
import { SimulatorError } from './errors.ts';
import type { FleetScenario } from './fleet-scenario.ts';

/** Wall milliseconds the two clocks may differ by (request time and wall clocks of two machines). */
export const CLOCK_TOLERANCE_WALL_MS = 2_000;

export interface SystemClockReading {
  /** The system's clock, epoch ms. */
  epochMs: number;
  /** Virtual ms per wall ms. */
  speed: number;
  /** Wall time (this machine) just before and just after the request. */
  wallBeforeMs: number;
  wallAfterMs: number;
}

/** Reads `GET {apiUrl}/clock`. Refuses (SIM_CLOCK_UNREADABLE) on any failure: no guessing. */
export async function readSystemClock(
  apiUrl: string,
  wall: () => number = Date.now,
  timeoutMs = 10_000,
): Promise<SystemClockReading> {
  const url = `${apiUrl}/clock`;
  const wallBeforeMs = wall();
  let body: unknown;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) {
      throw new Error(
        `HTTP ${response.status}${response.status === 404 ? ' (a system older than csb 0.2.0 has no /clock)' : ''}`,
      );
    }
    body = await response.json();
  } catch (error) {
    throw new SimulatorError(
      'SIM_CLOCK_UNREADABLE',
      `cannot read the system's clock at ${url}: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  const wallAfterMs = wall();
  const { epochMs, speed } = (body ?? {}) as { epochMs?: unknown; speed?: unknown };
  if (typeof epochMs !== 'number' || typeof speed !== 'number' || !(speed > 0)) {
    throw new SimulatorError('SIM_CLOCK_UNREADABLE', `${url} did not answer { epochMs, speed }`);
  }
  return { epochMs, speed, wallBeforeMs, wallAfterMs };
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The clock the fleet runs on, checked against (or taken from) the system's reading. `clock`:
 * one the caller built (tests share the system's anchor); otherwise the scenario's.
 */
export function alignFleetClock(options: {
  scenario: FleetScenario;
  reading: SystemClockReading;
  clock?: AcceleratedClock;
  toleranceWallMs?: number;
  log: (line: string) => void;
}): AcceleratedClock {
  const { scenario, reading, log } = options;
  const tolerance = options.toleranceWallMs ?? CLOCK_TOLERANCE_WALL_MS;
  const speed = options.clock?.speed ?? scenario.clock?.speed ?? 1;
  if (Math.abs(reading.speed - speed) > speed * 1e-9) {
    throw new SimulatorError(
      'SIM_CLOCK_MISMATCH',
      `the system's clock runs at ${reading.speed}x, this fleet's at ${speed}x: start the system with CSB_CLOCK_SPEED=${speed} (= the scenario's clock.speed)`,
    );
  }
  const midWallMs = (reading.wallBeforeMs + reading.wallAfterMs) / 2;
  const adopt =
    options.clock === undefined && scenario.clock !== undefined && scenario.clock.anchor === undefined;
  if (adopt && scenario.clock) {
    // Anchored so that the fleet reads the system's time at the moment of the reading.
    const startMs = Date.parse(scenario.clock.start);
    const clock = createAcceleratedClock({
      startMs,
      speed,
      anchorMs: Math.round(midWallMs - (reading.epochMs - startMs) / speed),
    });
    log(`clock: the system's, read from /clock: ${iso(reading.epochMs)} at ${speed}x`);
    return clock;
  }
  const clock =
    options.clock ??
    createAcceleratedClock({
      startMs: scenario.clock ? Date.parse(scenario.clock.start) : reading.wallBeforeMs,
      speed,
      ...(scenario.clock?.anchor ? { anchorMs: Date.parse(scenario.clock.anchor) } : {}),
      ...(scenario.clock ? {} : { anchorMs: reading.wallBeforeMs }),
    });
  // The system read its clock somewhere between the two wall times: the fleet's clock over that
  // interval, widened by the tolerance, must contain the reading.
  const low = clock.startMs + (reading.wallBeforeMs - clock.anchorMs) * speed;
  const high = clock.startMs + (reading.wallAfterMs - clock.anchorMs) * speed;
  const apartMs = reading.epochMs < low ? low - reading.epochMs : Math.max(0, reading.epochMs - high);
  if (apartMs > tolerance * speed) {
    const fleetNow = Math.round(clock.startMs + (midWallMs - clock.anchorMs) * speed);
    throw new SimulatorError(
      'SIM_CLOCK_MISMATCH',
      `the system's clock reads ${iso(reading.epochMs)}, this fleet's ${iso(fleetNow)} (${Math.round(apartMs / 60_000)} virtual minutes, ${(apartMs / speed / 1000).toFixed(1)} s of wall time apart; tolerance ${tolerance / 1000} s): ${
        scenario.clock
          ? "give the system CSB_CLOCK_START, CSB_CLOCK_ANCHOR equal to the scenario's clock.start, clock.anchor, or leave clock.anchor out so the fleet takes the system's time"
          : 'this scenario runs on real time: start the system without CSB_CLOCK_*, or give the scenario a clock'
      }`,
    );
  }
  log(`clock: agrees with the system's /clock (${iso(reading.epochMs)} at ${speed}x)`);
  return clock;
}

/** Refuses a run whose whole plan lies in the system's past; warns when its start does. */
export function checkPlanWindow(
  plan: { startMs: number; endMs: number },
  clock: AcceleratedClock,
  log: (line: string) => void,
): void {
  const now = clock.now();
  if (now > plan.endMs) {
    throw new SimulatorError(
      'SIM_CLOCK_MISMATCH',
      `the system's clock (${iso(now)}) is past the end of the scenario's run (${iso(plan.endMs)}): restart the system with CSB_CLOCK_START equal to the scenario's clock.start`,
    );
  }
  const behindMs = now - plan.startMs;
  if (behindMs > CLOCK_TOLERANCE_WALL_MS * clock.speed) {
    log(
      `clock: the system is ${(behindMs / 3_600_000).toFixed(1)} virtual hours past the scenario's start; actions planned before ${iso(now)} are played at once (start the fleet sooner after the system, or give both a CSB_CLOCK_ANCHOR / clock.anchor)`,
    );
  }
}

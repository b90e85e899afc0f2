/**
 * The plan of a fleet run, computed from the scenario and the seed alone (no clock, no I/O): the
 * VINs, each car's connectivity profile, and every planned driver action and connectivity change
 * in virtual time. The same seed and scenario give the same plan, byte for byte (its digest is
 * printed), so a failing run can be replayed.
 */
import { createHash } from 'node:crypto';
import {
  CONNECTIVITY_PROFILES,
  type ConnectivityProfile,
  FLEET_ACTIONS,
  type FleetAction,
  type FleetScenario,
  pickWeighted,
} from './fleet-scenario.ts';
import { createRandom, seedFromString } from './random.ts';

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

export type PlannedEvent =
  | { atMs: number; car: number; type: 'action'; action: FleetAction }
  | { atMs: number; car: number; type: 'offline' }
  | { atMs: number; car: number; type: 'online' }
  /** A tunnel: the network is lost at once and comes back by the reconnect backoff. */
  | { atMs: number; car: number; type: 'drop' };

export interface PlannedCar {
  index: number;
  vin: string;
  profile: ConnectivityProfile;
  /** Index of the run's dealer this car's driver prefers. */
  dealer: number;
  /** Offline when the run starts (a commuter at night, a parked car). */
  startsOffline: boolean;
}

export interface FleetPlan {
  seed: number;
  /** Distinguishes this run's dealers and customers from other runs' (derived from the seed). */
  runTag: string;
  startMs: number;
  endMs: number;
  cars: PlannedCar[];
  /** Every planned event, by time (ties: by car, then by insertion). */
  events: PlannedEvent[];
  /** sha256 of the plan: equal digests, equal runs of car actions. */
  digest: string;
}

// VIN characters: digits and capitals except I, O and Q (ISO 3779).
const VIN_CHARS = '0123456789ABCDEFGHJKLMNPRSTUVWXYZ';

/** 'ZZS' (a made-up manufacturer code), six characters from the seed, the car number in 8 digits. */
export function fleetVin(seed: number, index: number): string {
  let code = '';
  let n = seedFromString(`vin:${seed}`);
  for (let i = 0; i < 6; i++) {
    code += VIN_CHARS[n % VIN_CHARS.length];
    n = Math.floor(n / VIN_CHARS.length);
  }
  return `ZZS${code}${String(index).padStart(8, '0')}`;
}

export function planFleet(scenario: FleetScenario, seed: number, startMs: number): FleetPlan {
  const endMs = startMs + Math.round(scenario.durationDays * DAY_MS);
  const span = endMs - startMs;
  const cars: PlannedCar[] = [];
  const events: PlannedEvent[] = [];
  for (let index = 0; index < scenario.cars; index++) {
    // One generator per car: adding cars does not change what the first ones do.
    const random = createRandom(seedFromString(`${seed}:car:${index}`));
    const vin = fleetVin(seed, index);
    const profile = pickWeighted(CONNECTIVITY_PROFILES, scenario.connectivity, random.next());
    let startsOffline = false;

    if (profile === 'commuter') {
      // Offline 22:00 to 07:00 UTC, each day of the run.
      startsOffline = isNight(startMs);
      for (let day = startMs - (startMs % DAY_MS); day < endMs; day += DAY_MS) {
        const off = day + 22 * HOUR_MS;
        const on = day + DAY_MS + 7 * HOUR_MS;
        if (off > startMs && off < endMs) events.push({ atMs: off, car: index, type: 'offline' });
        if (on > startMs && on < endMs) events.push({ atMs: on, car: index, type: 'online' });
      }
    } else if (profile === 'tunnel') {
      // A drop every 2 to 6 virtual hours.
      for (let at = startMs + random.int(1, 6) * HOUR_MS; at < endMs; at += random.int(2, 6) * HOUR_MS) {
        events.push({ atMs: at, car: index, type: 'drop' });
      }
    } else if (profile === 'parked-week') {
      const from = startMs + Math.floor(random.next() * Math.max(1, span - DAY_MS));
      const until = from + 7 * DAY_MS;
      if (from <= startMs) startsOffline = true;
      else events.push({ atMs: from, car: index, type: 'offline' });
      if (until < endMs) events.push({ atMs: until, car: index, type: 'online' });
    }

    const count = random.int(scenario.actionsPerCar.min, scenario.actionsPerCar.max);
    for (let a = 0; a < count; a++) {
      // Actions fall in the first 90% of the run so that their answers have time to happen.
      const atMs = startMs + Math.floor(random.next() * span * 0.9);
      const action = pickWeighted(FLEET_ACTIONS, scenario.actions, random.next());
      events.push({ atMs, car: index, type: 'action', action });
    }
    cars.push({ index, vin, profile, dealer: index % scenario.dealers, startsOffline });
  }
  events.sort((a, b) => a.atMs - b.atMs || a.car - b.car);
  const digest = createHash('sha256')
    .update(JSON.stringify({ seed, startMs, endMs, cars, events }))
    .digest('hex');
  return { seed, runTag: `s${seed.toString(36)}`, startMs, endMs, cars, events, digest };
}

function isNight(ms: number): boolean {
  const hour = Math.floor((ms % DAY_MS) / HOUR_MS);
  return hour >= 22 || hour < 7;
}

/**
 * The driver's answer to the `proposalNumber`-th proposal (1-based) of the car's `requestNumber`-th
 * request: drawn from its own seed, so it does not depend on the order messages arrived in.
 */
export function answerDraw(seed: number, vin: string, requestNumber: number, proposalNumber: number): number {
  return createRandom(seedFromString(`${seed}:${vin}:answer:${requestNumber}:${proposalNumber}`)).next();
}

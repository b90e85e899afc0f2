/**
 * The fleet's automatic dealer in both modes, and the connect ramp, against the real system
 * started in-process on an accelerated clock: small fleets whose every request is proposed to,
 * every acceptance confirmed and every customer cancellation finalized through the dealer REST
 * API before the run ends. Counts only, never timings.
 */
import path from 'node:path';
import {
  createAcceleratedClock,
  type FleetScenario,
  parseFleetScenario,
  type RampResult,
  simulateFleet,
} from '@csb/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSystem } from '../bin/system.ts';
import { ADMIN_KEY, tempDataDir } from './support/system.ts';
import { startAccelerated } from './support/virtual-time.ts';

const START = '2026-12-01T06:00:00Z';
const SPEED = 17_280; // a virtual day in 5 s
let data: ReturnType<typeof tempDataDir>;

beforeAll(() => {
  data = tempDataDir();
});

afterAll(() => {
  data?.remove();
});

/** 8 cars online all day, one request each, answered by accepting or cancelling. */
function scenario(seed: number, feed: 'events' | 'actions-list'): FleetScenario {
  return parseFleetScenario({
    name: `dealer-${feed}`,
    seed,
    cars: 8,
    dealers: 2,
    durationDays: 1,
    clock: { start: START, speed: SPEED },
    ramp: { connectsPerSecond: 4 },
    actionsPerCar: { min: 1, max: 1 },
    actions: { 'warnings-request': 1, 'manual-request': 1 },
    answers: { accept: 1, cancel: 1 },
    connectivity: { 'always-online': 1 },
    dealer: { proposeAfterMinutes: 60, confirmAfterMinutes: 30, finalizeAfterMinutes: 30, feed, pollMs: 100 },
    drainSeconds: 20,
  });
}

/** One run on a system of its own (each run needs the clock at the scenario's start). */
async function run(seed: number, feed: 'events' | 'actions-list') {
  const anchorMs = Date.now();
  const dir = path.join(data.dir, String(seed));
  const system: RunningSystem = await startAccelerated(dir, {
    start: START,
    speed: SPEED,
    anchor: new Date(anchorMs).toISOString(),
  });
  const ramps: RampResult[] = [];
  try {
    const { report } = await simulateFleet({
      scenario: scenario(seed, feed),
      brokerUrl: `mqtt://127.0.0.1:${system.mqttPort}`,
      apiUrl: `http://127.0.0.1:${system.httpPort}`,
      adminKey: ADMIN_KEY,
      provisionFile: path.join(dir, 'fleet.json'),
      reportDir: path.join(dir, 'reports'),
      clock: createAcceleratedClock({ startMs: Date.parse(START), speed: SPEED, anchorMs }),
      log: () => {},
      onRampDone: (ramp) => ramps.push(ramp),
    });
    return { report, ramps };
  } finally {
    // Also the check that a stopped dealer leaves no connection holding the HTTP server open.
    await system.stop();
  }
}

describe('the fleet’s automatic dealer', () => {
  for (const [seed, feed] of [
    [11, 'events'],
    [12, 'actions-list'],
  ] as const) {
    it(`${feed}: proposes to every request, confirms every acceptance, finalizes every cancellation`, async () => {
      const { report, ramps } = await run(seed, feed);
      const failed = report.invariants.filter((i) => !i.ok);
      expect(failed, JSON.stringify(failed, null, 2)).toEqual([]);
      expect(report.counts.requests).toBe(8);
      const accepted = report.answers.accept ?? 0;
      const cancelled = report.answers.cancel ?? 0;
      expect(accepted + cancelled).toBe(8);
      // One proposal per request (no other slot asked), one confirm per acceptance, one finalize
      // per cancellation: each step once, none missed, none repeated.
      expect(report.dealerCommands).toEqual({ propose: 8, confirm: accepted, finalize: cancelled });
      expect(Object.keys(report.errors).filter((code) => code.startsWith('DEALER_'))).toEqual([]);
      // The ramp ended once every car was connected: all 8 start online.
      expect(ramps).toEqual([expect.objectContaining({ connected: 8, startOnline: 8 })]);
    });
  }
});

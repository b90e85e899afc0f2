/**
 * The fleet and the system agree on one clock: the system answers `GET /clock`, and a fleet on a
 * different clock refuses to run (before it provisions anything) instead of stamping its
 * messages with times the system does not share; a scenario clock without an anchor takes the
 * system's time. The real system in-process on an accelerated clock, the fleet over HTTP.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  alignFleetClock,
  type FleetScenario,
  loadFleetScenario,
  readSystemClock,
  SimulatorError,
  simulateFleet,
} from '@csb/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSystem } from '../bin/system.ts';
import { ROOT } from './support/paths.ts';
import { ADMIN_KEY, tempDataDir } from './support/system.ts';
import { startAccelerated } from './support/virtual-time.ts';

let system: RunningSystem;
let data: ReturnType<typeof tempDataDir>;
let smoke: FleetScenario;
let api: string;
const anchorMs = Date.now();
let runs = 0;

beforeAll(async () => {
  data = tempDataDir();
  smoke = await loadFleetScenario(path.join(ROOT, 'simulator/scenarios/smoke.yaml'));
  if (!smoke.clock) throw new Error('smoke.yaml has no clock');
  system = await startAccelerated(data.dir, {
    start: smoke.clock.start,
    speed: smoke.clock.speed,
    anchor: new Date(anchorMs).toISOString(),
  });
  api = `http://127.0.0.1:${system.httpPort}`;
});

afterAll(async () => {
  await system?.stop();
  data?.remove();
});

/** Runs the fleet far enough to see whether it refuses; it must, before provisioning. */
async function refusal(scenario: FleetScenario): Promise<{ error: unknown; lines: string[]; file: string }> {
  const lines: string[] = [];
  const file = path.join(data.dir, `credentials-${++runs}.json`);
  const error = await simulateFleet({
    scenario,
    brokerUrl: `mqtt://127.0.0.1:${system.mqttPort}`,
    apiUrl: api,
    adminKey: ADMIN_KEY,
    provisionFile: file,
    log: (line) => lines.push(line),
  }).then(
    () => undefined,
    (e: unknown) => e,
  );
  return { error, lines, file };
}

describe('GET /clock', () => {
  it("answers the system's virtual time and speed, without authentication", async () => {
    const before = system.clock.now();
    const response = await fetch(`${api}/clock`);
    const after = system.clock.now();
    expect(response.status).toBe(200);
    const body = (await response.json()) as { now: string; epochMs: number; speed: number };
    expect(body.speed).toBe(17280);
    expect(body.epochMs).toBeGreaterThanOrEqual(before);
    expect(body.epochMs).toBeLessThanOrEqual(after);
    expect(body.now).toBe(new Date(body.epochMs).toISOString());
  });
});

describe('a fleet on another clock', () => {
  it('refuses another speed, naming CSB_CLOCK_SPEED, and provisions nothing', async () => {
    const clock = smoke.clock ?? { start: '', speed: 1 };
    const { error, lines, file } = await refusal({ ...smoke, clock: { ...clock, speed: 8640 } });
    expect(error).toBeInstanceOf(SimulatorError);
    expect((error as SimulatorError).code).toBe('SIM_CLOCK_MISMATCH');
    expect((error as SimulatorError).message).toContain('CSB_CLOCK_SPEED=8640');
    expect(lines.filter((line) => line.startsWith('provisioning'))).toEqual([]);
    expect(existsSync(file)).toBe(false);
  });

  it('refuses an anchor a minute off the system’s (hours of virtual time apart)', async () => {
    const clock = smoke.clock ?? { start: '', speed: 1 };
    const anchor = new Date(anchorMs + 60_000).toISOString();
    const { error } = await refusal({ ...smoke, clock: { ...clock, anchor } });
    expect((error as SimulatorError).code).toBe('SIM_CLOCK_MISMATCH');
    expect((error as SimulatorError).message).toContain('CSB_CLOCK_ANCHOR');
  });

  it('refuses a real-time scenario against a system on virtual time', async () => {
    const { clock: _virtual, ...realTime } = smoke;
    const { error } = await refusal(realTime);
    expect((error as SimulatorError).code).toBe('SIM_CLOCK_MISMATCH');
  });

  it('refuses when the system cannot tell its clock', async () => {
    const lines: string[] = [];
    const error = await simulateFleet({
      scenario: smoke,
      brokerUrl: `mqtt://127.0.0.1:${system.mqttPort}`,
      apiUrl: `${api}/no-such-prefix`,
      adminKey: ADMIN_KEY,
      log: (line) => lines.push(line),
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((error as SimulatorError).code).toBe('SIM_CLOCK_UNREADABLE');
  });
});

describe('a scenario clock without an anchor', () => {
  it("takes the system's time: both read the same virtual time", async () => {
    const reading = await readSystemClock(api);
    const fleet = alignFleetClock({ scenario: smoke, reading, log: () => {} });
    // Same start and speed, so the same time exactly when the anchors agree. The system read its
    // clock somewhere within the request: the fleet's anchor is at most half of it off (+ rounding).
    expect(fleet.startMs).toBe(Date.parse(smoke.clock?.start ?? ''));
    const bound = (reading.wallAfterMs - reading.wallBeforeMs) / 2 + 2;
    expect(Math.abs(fleet.anchorMs - anchorMs)).toBeLessThanOrEqual(bound);
    expect(fleet.speed).toBe(17280);
  });
});

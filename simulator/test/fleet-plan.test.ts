import { isValidVin } from '@csb/proto';
import { describe, expect, it } from 'vitest';
import { createAcceleratedClock } from '../src/clock.ts';
import type { FleetReport } from '../src/fleet.ts';
import { fleetVin, planFleet } from '../src/fleet-plan.ts';
import { formatFleetSummary, renderFleetHtml } from '../src/fleet-report.ts';
import { parseFleetScenario, pickWeighted } from '../src/fleet-scenario.ts';

const START = Date.parse('2026-12-01T06:00:00Z');
const scenario = parseFleetScenario({
  cars: 200,
  durationDays: 30,
  actions: { 'warnings-request': 3, 'send-car-data': 1 },
  connectivity: { 'always-online': 1, commuter: 1, tunnel: 1, 'parked-week': 1, 'slow-health-status': 1 },
});

describe('fleet plan', () => {
  it('is the same for the same seed and scenario, and different for another seed', () => {
    const a = planFleet(scenario, 42, START);
    const b = planFleet(scenario, 42, START);
    const c = planFleet(scenario, 43, START);
    expect(b.digest).toBe(a.digest);
    expect(b.events).toEqual(a.events);
    expect(c.digest).not.toBe(a.digest);
    expect(c.cars[0]?.vin).not.toBe(a.cars[0]?.vin);
  });

  it('makes valid, distinct VINs and keeps every event inside the run, in order', () => {
    const plan = planFleet(scenario, 1, START);
    expect(plan.cars.every((c) => isValidVin(c.vin))).toBe(true);
    expect(new Set(plan.cars.map((c) => c.vin)).size).toBe(200);
    expect(isValidVin(fleetVin(0xffffffff, 99_999))).toBe(true);
    for (let i = 1; i < plan.events.length; i++) {
      expect(plan.events[i]?.atMs).toBeGreaterThanOrEqual(plan.events[i - 1]?.atMs ?? 0);
    }
    expect(plan.events.every((e) => e.atMs >= START && e.atMs < plan.endMs)).toBe(true);
    const profiles = new Set(plan.cars.map((c) => c.profile));
    expect(profiles.size).toBe(5);
  });

  it('picks by weight, in declared order', () => {
    expect(pickWeighted(['a', 'b'] as const, { a: 1, b: 3 }, 0.1)).toBe('a');
    expect(pickWeighted(['a', 'b'] as const, { a: 1, b: 3 }, 0.3)).toBe('b');
    expect(pickWeighted(['a', 'b'] as const, { a: 0, b: 3 }, 0)).toBe('b');
  });
});

describe('fleet scenario', () => {
  it('reports every problem with its path', () => {
    expect(() => parseFleetScenario({ cars: 0, durationDays: -1, actions: { fly: 1 } })).toThrowError(
      /cars[\s\S]*durationDays[\s\S]*actions/,
    );
    expect(() => parseFleetScenario({ cars: 1, durationDays: 1, answers: { accept: 0 } })).toThrowError(
      /at least one weight/,
    );
  });
});

describe('accelerated clock', () => {
  it('reads start at the anchor and runs speed times faster', () => {
    let wall = 1_000;
    const clock = createAcceleratedClock({ startMs: START, speed: 100, anchorMs: 1_000, wall: () => wall });
    expect(clock.now()).toBe(START);
    wall = 1_010;
    expect(clock.now()).toBe(START + 1_000);
    expect(clock.wallDelayUntil(START + 2_000)).toBe(10);
    expect(clock.wallDelayUntil(START)).toBe(0);
  });
});

describe('fleet report', () => {
  it('renders one self-contained HTML page with SVG plots', () => {
    const latency = {
      unit: 'ms',
      count: 3,
      min: 1,
      mean: 2,
      stddev: 0.8,
      p50: 2,
      p90: 3,
      p99: 3,
      p999: 3,
      max: 3,
      curve: [
        [0, 1],
        [50, 2],
        [99, 3],
      ] as [number, number][],
    };
    const report: FleetReport = {
      scenario: 'x<y>',
      seed: 1,
      planDigest: 'a'.repeat(64),
      actionsDigest: 'b'.repeat(64),
      cars: 1,
      dealers: 1,
      brokerUrl: 'mqtt://127.0.0.1:1',
      apiUrl: 'http://127.0.0.1:2',
      startedAt: '2026-01-01T00:00:00Z',
      wallMs: 1000,
      virtual: { start: 's', end: 'e', speed: 1, days: 1 },
      throughput: { uplink: { 'booking-request': { count: 1, perSecond: 1 } }, downlink: {} },
      latency: {
        uplinkToResult: latency,
        requestToFirstProposal: { ...latency, count: 0, curve: [] },
        byKind: { 'booking-request': latency },
      },
      outcomes: { 'booking-request': { ok: 1, ko: 0 } },
      timeline: {
        client: [
          { t: 1, uplinks: 1, downlinks: 1, ok: 1, ko: 0, errors: 0, connected: 1, p50: 2, p99: 3 },
          { t: 2, uplinks: 0, downlinks: 0, ok: 0, ko: 0, errors: 0, connected: 1, p50: 0, p99: 0 },
        ],
        server: [],
        metrics: null,
      },
      counts: { requests: 1 },
      answers: { accept: 1 },
      dealerCommands: { propose: 1 },
      errors: {},
      invariants: [{ name: 'n', ok: false, checked: 1, violations: ['<bad>'], violationCount: 1 }],
      thresholds: [],
      verdict: ['invariant violated: n (1 of 1)'],
      ok: false,
    };
    const page = renderFleetHtml(report);
    expect(page).toContain('<svg');
    expect(page).toContain('x&#60;y&#62;');
    expect(page).not.toMatch(/<script|\b(src|href)=/);
    expect(formatFleetSummary(report).join('\n')).toContain('INVARIANTS VIOLATED');
  });
});

describe('example scenarios', () => {
  it('every file in simulator/scenarios is valid', async () => {
    const { readdirSync } = await import('node:fs');
    const path = await import('node:path');
    const { loadFleetScenario } = await import('../src/fleet-scenario.ts');
    const dir = path.join(import.meta.dirname, '../scenarios');
    const files = readdirSync(dir);
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const file of files) await expect(loadFleetScenario(path.join(dir, file))).resolves.toBeTruthy();
  });
});

/**
 * A small fleet end to end against the real system started in-process on the same accelerated
 * clock: 50 cars over 2 simulated days, provisioned through the admin API, an automatic dealer on
 * the REST API. Checks the run's invariants and that it did what the plan says — never timings.
 */
import path from 'node:path';
import { createAcceleratedClock, loadFleetScenario, parseFleetScenario, simulateFleet } from '@csb/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSystem } from '../bin/system.ts';
import { ROOT } from './support/paths.ts';
import { ADMIN_KEY, tempDataDir } from './support/system.ts';
import { startAccelerated } from './support/virtual-time.ts';

let system: RunningSystem;
let data: ReturnType<typeof tempDataDir>;
const anchorMs = Date.now();

beforeAll(async () => {
  data = tempDataDir();
  const scenario = await loadFleetScenario(path.join(ROOT, 'simulator/scenarios/smoke.yaml'));
  if (!scenario.clock) throw new Error('smoke.yaml has no clock');
  system = await startAccelerated(data.dir, {
    start: scenario.clock.start,
    speed: scenario.clock.speed,
    anchor: new Date(anchorMs).toISOString(),
  });
});

afterAll(async () => {
  await system?.stop();
  data?.remove();
});

describe('csb simulate fleet', () => {
  it('runs 50 cars for 2 virtual days and every invariant holds', async () => {
    const scenario = await loadFleetScenario(path.join(ROOT, 'simulator/scenarios/smoke.yaml'));
    if (!scenario.clock) throw new Error('smoke.yaml has no clock');
    const clock = createAcceleratedClock({
      startMs: Date.parse(scenario.clock.start),
      speed: scenario.clock.speed,
      anchorMs,
    });
    const lines: string[] = [];
    // Thresholds no timing can break: they check that thresholds are evaluated and pass.
    const { thresholds } = parseFleetScenario({
      cars: 1,
      durationDays: 1,
      thresholds: ['throughput uplink > 0/s', 'ko uplink < 100%'],
    });
    const { report, plan, files } = await simulateFleet({
      scenario: { ...scenario, thresholds },
      metricsUrl: `http://127.0.0.1:${system.opsPort}/metrics`,
      brokerUrl: `mqtt://127.0.0.1:${system.mqttPort}`,
      apiUrl: `http://127.0.0.1:${system.httpPort}`,
      adminKey: ADMIN_KEY,
      provisionFile: path.join(data.dir, 'fleet-credentials.json'),
      reportDir: path.join(data.dir, 'reports'),
      clock,
      log: (line) => lines.push(line),
    });
    const failed = report.invariants.filter((i) => !i.ok);
    expect(failed, JSON.stringify(failed, null, 2)).toEqual([]);
    expect(report.ok).toBe(true);
    expect(lines[0]).toContain('seed 7');
    expect(report.cars).toBe(50);
    expect(plan.cars.map((c) => c.vin)).toHaveLength(new Set(plan.cars.map((c) => c.vin)).size);
    // The run did what the plan says: every planned action was played (deferred ones at the end).
    const planned = plan.events.filter((e) => e.type === 'action').length;
    expect(report.counts.actionsPlayed).toBe(planned);
    expect(report.counts.requests).toBeGreaterThan(0);
    expect(report.counts.dealerProposals).toBeGreaterThan(0);
    expect(report.throughput.uplink['booking-request']?.count).toBeGreaterThan(0);
    expect(report.throughput.downlink.proposal?.count).toBeGreaterThan(0);
    expect(report.latency.uplinkToResult.count).toBeGreaterThan(0);
    // Virtual time ran: the system's clock is days ahead of the wall clock's share of the run.
    expect(system.clock.now()).toBeGreaterThan(plan.endMs);
    expect(files?.html).toMatch(/\.html$/);
    // The report's time series: the fleet's own view and the system's /metrics beside it.
    expect(report.thresholds.map((t) => t.ok)).toEqual([true, true]);
    expect(report.verdict).toEqual([]);
    expect(report.timeline.client.length).toBeGreaterThan(0);
    expect(report.timeline.metrics?.scrapes).toBeGreaterThan(0);
    expect(report.timeline.server.length).toBeGreaterThan(0);
    expect(report.timeline.server.some((p) => p.uplinks > 0)).toBe(true);
    expect(report.outcomes['booking-request']?.ok).toBeGreaterThan(0);
  });
});

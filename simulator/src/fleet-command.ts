/**
 * One fleet run from end to end: the plan from the scenario and the seed, the credentials (a
 * provisioning file, or the admin API — and then written to that file for replays), the run, the
 * reports. `csb simulate fleet` and the tests call this.
 */
import { access } from 'node:fs/promises';
import type { Logger } from 'pino';
import type { AcceleratedClock } from './clock.ts';
import { SimulatorError } from './errors.ts';
import { type FleetProgress, type FleetReport, type RampResult, runFleet } from './fleet.ts';
import { alignFleetClock, checkPlanWindow, readSystemClock } from './fleet-clock.ts';
import { type FleetPlan, planFleet } from './fleet-plan.ts';
import {
  type FleetCredentials,
  provisionFleet,
  readCredentialsFile,
  writeCredentialsFile,
} from './fleet-provision.ts';
import { writeFleetReports } from './fleet-report.ts';
import type { FleetScenario } from './fleet-scenario.ts';

export interface SimulateFleetOptions {
  scenario: FleetScenario;
  /** Wins over the scenario's seed; without both, one is drawn (and printed). */
  seed?: number;
  brokerUrl: string;
  apiUrl: string;
  /** Needed unless `provisionFile` exists. */
  adminKey?: string;
  /** Read when it exists; written (mode 0600) after provisioning when it does not. */
  provisionFile?: string;
  reportDir?: string;
  /**
   * The clock shared with the system; default: from the scenario's `clock` (real time without
   * one). Either way checked against the system's `GET /clock` before anything else.
   */
  clock?: AcceleratedClock;
  /** How far (wall ms) the fleet's clock may be from the system's; default CLOCK_TOLERANCE_WALL_MS. */
  clockToleranceWallMs?: number;
  log: (line: string) => void;
  onProgress?: (progress: FleetProgress) => void;
  progressIntervalMs?: number;
  logger?: Logger;
  signal?: AbortSignal;
  /** The system's Prometheus `/metrics` URL: scraped during the run and plotted in the report. */
  metricsUrl?: string;
  /** Called once every car that starts online is connected (or the ramp's bound passed). */
  onRampDone?: (ramp: RampResult) => void;
}

export interface SimulateFleetResult {
  report: FleetReport;
  plan: FleetPlan;
  files: { json: string; html: string } | undefined;
}

export async function simulateFleet(options: SimulateFleetOptions): Promise<SimulateFleetResult> {
  const { scenario, log } = options;
  // The only unseeded draw of a run, printed so the run can be replayed.
  const seed = options.seed ?? scenario.seed ?? Math.floor(Math.random() * 0xffffffff);
  // The system's clock first: a fleet on another clock would stamp its messages with times the
  // system does not share, and nothing would say so. Its lines come after the seed's (the seed
  // is always the first line of a run).
  const clockLines: string[] = [];
  const clock = alignFleetClock({
    scenario,
    reading: await readSystemClock(options.apiUrl),
    log: (line) => clockLines.push(line),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.clockToleranceWallMs !== undefined ? { toleranceWallMs: options.clockToleranceWallMs } : {}),
  });
  // From the scenario's start when it has one: the plan (and its digest) must not depend on when it ran.
  const plan = planFleet(scenario, seed, scenario.clock ? Date.parse(scenario.clock.start) : clock.now());

  log(
    `fleet ${scenario.name}: seed ${seed} (replay with --seed ${seed}), ${plan.cars.length} cars, ${plan.events.length} planned events, plan ${plan.digest.slice(0, 16)}`,
  );
  log(
    `virtual time ${new Date(plan.startMs).toISOString()} to ${new Date(plan.endMs).toISOString()} at ${clock.speed}x: about ${Math.ceil((plan.endMs - plan.startMs) / clock.speed / 1000)} s`,
  );
  for (const line of clockLines) log(line);
  checkPlanWindow(plan, clock, log);

  const credentials = await credentialsFor(options, plan);
  const report = await runFleet({
    scenario,
    plan,
    credentials,
    brokerUrl: options.brokerUrl,
    apiUrl: options.apiUrl,
    clock,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.progressIntervalMs !== undefined ? { progressIntervalMs: options.progressIntervalMs } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.metricsUrl ? { metricsUrl: options.metricsUrl } : {}),
    ...(options.onRampDone ? { onRampDone: options.onRampDone } : {}),
  });
  const files = options.reportDir ? await writeFleetReports(options.reportDir, report) : undefined;
  return { report, plan, files };
}

async function credentialsFor(options: SimulateFleetOptions, plan: FleetPlan): Promise<FleetCredentials> {
  const file = options.provisionFile;
  if (file !== undefined && (await exists(file))) {
    const credentials = await readCredentialsFile(file);
    options.log(
      `credentials: ${credentials.cars.length} cars, ${credentials.dealers.length} dealers from ${file}`,
    );
    return credentials;
  }
  if (options.adminKey === undefined) {
    throw new SimulatorError(
      'SIM_PROVISION_FAILED',
      'no credentials: give --admin-key (or CSB_ADMIN_KEY) to provision the fleet, or an existing --provision-file',
    );
  }
  options.log(`provisioning ${plan.cars.length} cars through ${options.apiUrl}/admin/v1 ...`);
  const credentials = await provisionFleet({ apiUrl: options.apiUrl, adminKey: options.adminKey, plan });
  if (file !== undefined) {
    await writeCredentialsFile(file, credentials);
    options.log(`credentials written to ${file} (secrets: keep it private)`);
  }
  return credentials;
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

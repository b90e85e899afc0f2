/**
 * `csb conformance`: starts csb (handed in by the caller: embedded, temp data), the kit's proxy in
 * front of it, prints the car's credentials, starts the head unit under test (`--command`) or
 * waits for one to connect, runs every case and writes the report. Exit code 0 only when every
 * case passed; 1 when one failed; 2 on a usage error.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { humanSummary, toJson, toJUnit } from './report.ts';
import {
  type ConformanceCloud,
  type ConformanceOptions,
  type ConformanceReport,
  startConformance,
} from './run.ts';

export const CONFORMANCE_USAGE = `usage: csb conformance [options]
  --command CMD          start the head unit under test with this shell command; {url}, {vin} and
                         {secret} are replaced (also in CSB_CONFORMANCE_URL/_VIN/_SECRET); without
                         it, the kit prints them and waits for a head unit to connect on its own
  --vin VIN              the VIN of the head unit under test (default: the demo car's); the kit
                         provisions that car, its driver and preferred dealer
  --secret SECRET        the car's MQTT secret, 8 to 200 characters, with --vin (default: one the
                         kit generates and prints)
  --json FILE            write the report as JSON
  --junit FILE           write the report as JUnit XML
  --case-timeout-ms N    longest wait for one expected packet (default 45000)
  --tolerance-ms N       how long negative cases watch that nothing more happens (default 3000)
  --min-retry-delay-ms N shortest acceptable wait before resending RATE_LIMITED (default 1000)
(docs/conformance.md)`;

export interface RunningCloud extends ConformanceCloud {
  stop(): Promise<void>;
}

/** The car under test the caller names (`--vin`, `--secret`); absent: the kit's own. */
export interface CarUnderTest {
  vin: string;
  secret?: string;
}

/** ISO 3779: 17 characters, digits and capital letters except I, O and Q. */
const VIN_PATTERN = /^[A-HJ-NPR-Z0-9]{17}$/;

export async function conformanceCommand(
  args: string[],
  deps: { startCloud: (car?: CarUnderTest) => Promise<RunningCloud>; out?: (text: string) => void },
): Promise<number> {
  const out = deps.out ?? ((text: string) => process.stdout.write(text));
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        command: { type: 'string' },
        vin: { type: 'string' },
        secret: { type: 'string' },
        json: { type: 'string' },
        junit: { type: 'string' },
        'case-timeout-ms': { type: 'string' },
        'tolerance-ms': { type: 'string' },
        'min-retry-delay-ms': { type: 'string' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    out(`csb conformance: ${error instanceof Error ? error.message : String(error)}\n${CONFORMANCE_USAGE}\n`);
    return 2;
  }
  if (values.help) {
    out(`${CONFORMANCE_USAGE}\n`);
    return 0;
  }
  const options: ConformanceOptions = {};
  for (const [flag, key] of [
    ['case-timeout-ms', 'caseTimeoutMs'],
    ['tolerance-ms', 'toleranceMs'],
    ['min-retry-delay-ms', 'minRetryDelayMs'],
  ] as const) {
    const raw = values[flag];
    if (raw === undefined) continue;
    const n = Number(raw);
    if (!Number.isSafeInteger(n) || n < 0) {
      out(`csb conformance: --${flag} must be a whole number >= 0, got ${String(raw)}\n`);
      return 2;
    }
    options[key] = n;
  }
  const vin = typeof values.vin === 'string' ? values.vin : undefined;
  const secret = typeof values.secret === 'string' ? values.secret : undefined;
  if (vin !== undefined && !VIN_PATTERN.test(vin)) {
    out(
      `csb conformance: --vin must be 17 characters of digits and capital letters except I, O and Q, got ${vin}\n`,
    );
    return 2;
  }
  if (secret !== undefined && (vin === undefined || secret.length < 8 || secret.length > 200)) {
    out('csb conformance: --secret needs --vin and 8 to 200 characters\n');
    return 2;
  }
  let cloud: RunningCloud;
  try {
    cloud = await deps.startCloud(
      vin === undefined ? undefined : { vin, ...(secret === undefined ? {} : { secret }) },
    );
  } catch (error) {
    out(
      `csb conformance: could not start the cloud side: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
  let child: ChildProcess | undefined;
  try {
    const run = await startConformance(cloud, options);
    out(
      `csb conformance: head unit under test, connect to ${run.brokerUrl} as VIN ${run.vin} with secret ${run.secret}\n`,
    );
    if (typeof values.command === 'string') child = startHeadUnit(values.command, run);
    const report: ConformanceReport = await run.result;
    await run.stop();
    out(humanSummary(report));
    if (typeof values.json === 'string') writeFileSync(values.json, toJson(report));
    if (typeof values.junit === 'string') writeFileSync(values.junit, toJUnit(report));
    return report.failed === 0 ? 0 : 1;
  } finally {
    // The command runs in a process group of its own: the shell and whatever it started end together.
    if (child?.pid !== undefined && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    await cloud.stop();
  }
}

function startHeadUnit(
  command: string,
  run: { brokerUrl: string; vin: string; secret: string },
): ChildProcess {
  const filled = command
    .replaceAll('{url}', run.brokerUrl)
    .replaceAll('{vin}', run.vin)
    .replaceAll('{secret}', run.secret);
  return spawn('sh', ['-c', filled], {
    detached: true,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      CSB_CONFORMANCE_URL: run.brokerUrl,
      CSB_CONFORMANCE_VIN: run.vin,
      CSB_CONFORMANCE_SECRET: run.secret,
    },
  });
}

/** `csb simulate fleet ...`: command line of the fleet simulator (docs/simulator.md). */
import { parseArgs } from 'node:util';
import { isSimulatorError } from './errors.ts';
import { type FleetProgress, splitBrokerUrls } from './fleet.ts';
import { simulateFleet } from './fleet-command.ts';
import { formatFleetSummary } from './fleet-report.ts';
import { loadFleetScenario } from './fleet-scenario.ts';

export const FLEET_USAGE = `Usage: csb simulate fleet --scenario FILE [options]

Runs a fleet of simulated head units from one process, each with its own MQTT connection,
credential and state machine, against any csb deployment; an automatic dealer answers through
the REST API. Prints a progress line while it runs and a report at the end (docs/simulator.md).

Options:
  --scenario FILE        fleet scenario, YAML or JSON (examples: simulator/scenarios/)
  --broker URL[,URL...]  MQTT broker (default mqtt://127.0.0.1:1883); several: car i on the i-th mod n
  --api URL              REST API of the same deployment (default http://127.0.0.1:8080)
  --admin-key KEY        admin API key, to provision the fleet (default: $CSB_ADMIN_KEY)
  --provision-file FILE  credentials: read when the file exists, else written after provisioning
  --seed N               seed (default: the scenario's, else drawn and printed); same seed and
                         scenario, same cars and same actions
  --report-dir DIR       write the JSON and HTML reports there (default ./reports)
  --metrics URL          the system's Prometheus /metrics (e.g. http://127.0.0.1:8081/metrics):
                         scraped every second, plotted beside the fleet's own view
  -h, --help             show this help

Exit codes: 0 every invariant holds and every threshold of the scenario is met, 1 an
invariant or a threshold failed (the verdict names each) or the run failed, 2 bad arguments or
scenario, 130 interrupted.

The fleet reads the system's clock (GET /clock of --api) before anything else: the system must
run at the scenario's clock.speed (CSB_CLOCK_SPEED). A scenario clock without an anchor takes
the system's time; with clock.anchor (or without a clock: real time) the two must agree within
2 s of wall time. Otherwise the run is refused (SIM_CLOCK_MISMATCH, exit code 1).
`;

export interface FleetCliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** True when `err` is a terminal: the progress line is redrawn in place. */
  errIsTty?: boolean;
  env?: NodeJS.ProcessEnv;
}

type FleetArgs = {
  scenario: string;
  broker: string;
  api: string;
  adminKey: string | undefined;
  provisionFile: string | undefined;
  seed: number | undefined;
  reportDir: string;
  metrics: string | undefined;
};

export function parseFleetArgs(args: string[], env: NodeJS.ProcessEnv = {}): FleetArgs | 'help' | string {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        scenario: { type: 'string' },
        broker: { type: 'string', default: 'mqtt://127.0.0.1:1883' },
        api: { type: 'string', default: 'http://127.0.0.1:8080' },
        'admin-key': { type: 'string' },
        'provision-file': { type: 'string' },
        seed: { type: 'string' },
        'report-dir': { type: 'string', default: 'reports' },
        metrics: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  if (values.help === true) return 'help';
  const str = (name: string): string | undefined => {
    const v = values[name];
    return typeof v === 'string' ? v : undefined;
  };
  const scenario = str('scenario');
  if (scenario === undefined) return '--scenario is required';
  const broker = str('broker') ?? '';
  const brokers = splitBrokerUrls(broker);
  const notMqtt = brokers.find((b) => !/^mqtts?:\/\/[^\s/]+/.test(b));
  if (brokers.length === 0 || notMqtt !== undefined)
    return `--broker '${notMqtt ?? broker}' is not an mqtt:// or mqtts:// URL`;
  const api = (str('api') ?? '').replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s/]+/.test(api)) return `--api '${api}' is not an http:// or https:// URL`;
  const metrics = str('metrics');
  if (metrics !== undefined && !/^https?:\/\/[^\s/]+/.test(metrics))
    return `--metrics '${metrics}' is not an http:// or https:// URL`;
  const seedText = str('seed');
  const seed = seedText === undefined ? undefined : Number(seedText);
  if (seed !== undefined && !(Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff)) {
    return `--seed '${seedText}' must be an integer from 0 to 4294967295`;
  }
  return {
    scenario,
    broker,
    api,
    adminKey: str('admin-key') ?? env.CSB_ADMIN_KEY,
    provisionFile: str('provision-file'),
    seed,
    reportDir: str('report-dir') ?? 'reports',
    metrics,
  };
}

export function formatProgress(p: FleetProgress): string {
  const virtual = new Date(p.virtualMs).toISOString().slice(0, 16).replace('T', ' ');
  return `[${(p.wallMs / 1000).toFixed(0).padStart(4)} s] ${p.phase.padEnd(5)} virtual ${virtual}  connected ${p.connected}/${p.cars}  up ${p.uplinksPerSecond}/s  down ${p.downlinksPerSecond}/s  errors ${p.errors}`;
}

export async function fleetCommand(args: string[], io: FleetCliIo): Promise<number> {
  const parsed = parseFleetArgs(args, io.env ?? {});
  if (parsed === 'help') {
    io.out(FLEET_USAGE);
    return 0;
  }
  if (typeof parsed === 'string') {
    io.err(`csb simulate fleet: ${parsed}\n(see csb simulate fleet --help)\n`);
    return 2;
  }
  const controller = new AbortController();
  const onSignal = (): void => controller.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const scenario = await loadFleetScenario(parsed.scenario);
    const { report, files } = await simulateFleet({
      scenario,
      brokerUrl: parsed.broker,
      apiUrl: parsed.api,
      reportDir: parsed.reportDir,
      log: (line) => io.out(`${line}\n`),
      onProgress: (p) => io.err(io.errIsTty ? `\r${formatProgress(p)}\u001b[K` : `${formatProgress(p)}\n`),
      signal: controller.signal,
      ...(parsed.seed !== undefined ? { seed: parsed.seed } : {}),
      ...(parsed.adminKey !== undefined ? { adminKey: parsed.adminKey } : {}),
      ...(parsed.provisionFile !== undefined ? { provisionFile: parsed.provisionFile } : {}),
      ...(parsed.metrics !== undefined ? { metricsUrl: parsed.metrics } : {}),
    });
    if (io.errIsTty) io.err('\n');
    io.out(`${formatFleetSummary(report).join('\n')}\n`);
    if (files) io.out(`reports: ${files.json}\n         ${files.html}\n`);
    return report.ok ? 0 : 1;
  } catch (error) {
    if (isSimulatorError(error)) {
      io.err(`csb simulate fleet: ${error.code}: ${error.message}\n`);
      return error.code === 'SIM_ABORTED' ? 130 : error.code === 'SIM_BAD_SCENARIO' ? 2 : 1;
    }
    io.err(`csb simulate fleet: unexpected error: ${error instanceof Error ? error.stack : String(error)}\n`);
    return 1;
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}

#!/usr/bin/env node
/**
 * The csb executable: `csb start` (everything in one process on embedded defaults),
 * `csb simulate car ...` (a simulated head unit), `csb seed --bench-pre-bookings` (bench/ops bulk
 * seed, docs/operations.md). See README.md.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BenchSeedError, runBenchSeed } from '@csb/booking-core';
import { conformanceCommand } from '@csb/conformance';
import { simulateCommand } from '@csb/simulator';
import { pino } from 'pino';
import { ConfigError, loadConfig } from './config.ts';
import { startConformanceCloud } from './conformance-cloud.ts';
import { startSystem } from './system.ts';

const USAGE = `usage: csb <command>

commands:
  start                 broker + gateway + booking core + REST API on embedded defaults
                        (SQLite under ./data; configuration from CSB_* environment variables)
  simulate car ...      a simulated connected car (csb simulate car --help)
  simulate fleet ...    a fleet of simulated cars (csb simulate fleet --help)
  conformance ...       check a head unit against the car protocol (csb conformance --help)
  bench [options]       the benchmarks of docs/benchmarks.md (= npm run bench -- options)
  seed --bench-pre-bookings N --dealer ID [--due M] [--vin-prefix P] [--batch 50000]
                        BENCH/OPS TOOL: stores N pre-bookings of the dealer in CSB_DATA_DIR in bulk
                        (run before csb start; docs/operations.md "Bulk seeding for benchmarks")
  help                  this text`;

async function start(): Promise<number> {
  const config = loadConfig();
  const logger = pino({ level: config.logLevel });
  const system = await startSystem(config, logger);
  // One machine-readable line first (tests and scripts read the ports from it), then the human part.
  process.stdout.write(
    `${JSON.stringify({ event: 'csb.started', mqttPort: system.mqttPort, httpPort: system.httpPort, opsPort: system.opsPort, databasePath: config.databasePath })}\n`,
  );
  if (system.demo) printDemo(system, config.adminKey);

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'stopping');
    system.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'stop failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
  return new Promise<number>(() => {}); // runs until a signal arrives
}

function printDemo(system: Awaited<ReturnType<typeof startSystem>>, adminKey: string | undefined): void {
  const demo = system.demo;
  if (!demo) return;
  const lines = [
    '',
    `csb is running: MQTT mqtt://127.0.0.1:${system.mqttPort}  REST http://127.0.0.1:${system.httpPort} (docs: /docs)  ops http://127.0.0.1:${system.opsPort}/metrics`,
    'Demo credentials (seeded on first start; demo only):',
    ...demo.dealers.map((d) => `  dealer ${d.dealerId.padEnd(12)} API key ${d.apiKey}`),
    ...demo.cars.map(
      (c) =>
        `  car    ${c.vin}  secret ${c.secret.padEnd(14)} preferred dealer ${(c.dealerId ?? '(none)').padEnd(12)}${c.connected ? '' : ' (not cloud connected)'}`,
    ),
    adminKey ? `  admin  API key ${adminKey}` : '',
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** `csb seed --bench-pre-bookings N ...`: the bulk seed of booking-core/src/bench-seed.ts (bench/ops only). */
async function seed(args: string[]): Promise<number> {
  // Until the seed has committed its last batch, an exit (e.g. an event loop that ran dry with a
  // store promise unsettled) must not read as success to the benchmark that waits for it.
  process.exitCode = 1;
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        'bench-pre-bookings': { type: 'string' },
        dealer: { type: 'string' },
        due: { type: 'string', default: '0' },
        'vin-prefix': { type: 'string' },
        batch: { type: 'string', default: '50000' },
        now: { type: 'string' },
      },
    }));
  } catch (error) {
    process.stderr.write(`csb seed: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  const count = Number(values['bench-pre-bookings']);
  const due = Number(values.due);
  const batchSize = Number(values.batch);
  const now = values.now === undefined ? Date.now() : Date.parse(values.now);
  if (!values.dealer || !Number.isSafeInteger(count) || count < 0 || !Number.isSafeInteger(due) || due < 0) {
    process.stderr.write(
      'csb seed: --bench-pre-bookings N (>= 0) and --dealer ID are required, --due M >= 0\n',
    );
    return 2;
  }
  if (!Number.isSafeInteger(batchSize) || batchSize < 1 || Number.isNaN(now)) {
    process.stderr.write('csb seed: --batch must be a whole number >= 1, --now an ISO 8601 time\n');
    return 2;
  }
  const config = loadConfig();
  try {
    const result = await runBenchSeed({
      databasePath: config.databasePath,
      dealerId: values.dealer,
      count,
      due,
      now,
      batchSize,
      ...(values['vin-prefix'] ? { vinPrefix: values['vin-prefix'] } : {}),
      settings: { websiteUrl: config.websiteUrl, defaultRules: { navigationMode: config.navigationMode } },
      onProgress: (stored) => process.stderr.write(`csb seed: ${stored}/${count}\r`),
    });
    process.stdout.write(
      `${JSON.stringify({ event: 'csb.seeded', databasePath: config.databasePath, ...result })}\n`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof BenchSeedError)) throw error;
    process.stderr.write(`csb seed: ${error.message}\n`);
    return 1;
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'start':
      return start();
    case 'simulate':
      return simulateCommand(rest);
    case 'seed':
      return seed(rest);
    case 'conformance':
      return conformanceCommand(rest, { startCloud: startConformanceCloud });
    case 'bench': {
      // A separate process: the benchmarks start servers and thousands of clients of their own.
      const run = spawnSync(
        process.execPath,
        [fileURLToPath(new URL('../bench/run.ts', import.meta.url)), ...rest],
        {
          stdio: 'inherit',
        },
      );
      return run.status ?? 1;
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    default:
      process.stderr.write(`csb: unknown command '${command}'\n${USAGE}\n`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ConfigError) {
      process.stderr.write(`csb: ${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`csb: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);

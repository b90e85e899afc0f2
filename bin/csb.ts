#!/usr/bin/env node
/**
 * The csb executable: `csb start` (everything in one process on embedded defaults),
 * `csb simulate car ...` (a simulated head unit), `csb seed --bench-pre-bookings` (bench/ops bulk
 * seed, docs/operations.md), `csb --version`. Every command answers --help and refuses unknown
 * flags with exit code 2. See README.md.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BenchSeedError, redactDatabaseUrl, runBenchSeed } from '@csb/booking-core';
import { conformanceCommand } from '@csb/conformance';
import { simulateCommand } from '@csb/simulator';
import { type Logger, pino } from 'pino';
import { ConfigError, loadConfig, unknownVariables } from './config.ts';
import { startConformanceCloud } from './conformance-cloud.ts';
import { startupErrorOf } from './startup-error.ts';
import { type RunningSystem, startSystem } from './system.ts';

const USAGE = `usage: csb <command> [options]

commands:
  start                 broker + gateway + booking core + REST API on embedded defaults
                        (SQLite under ./data; configuration from CSB_* environment variables)
  simulate car ...      a simulated connected car (csb simulate car --help)
  simulate fleet ...    a fleet of simulated cars (csb simulate fleet --help)
  conformance ...       check a head unit against the car protocol (csb conformance --help)
  bench [options]       the benchmarks of docs/benchmarks.md (= npm run bench -- options)
  seed --bench-pre-bookings N --dealer ID [options]
                        BENCH/OPS TOOL: bulk pre-bookings into CSB_DATA_DIR (csb seed --help)
  help                  this text (also --help, -h)
  version               the version of csb (also --version, -V)

Every command answers --help. Exit codes: 0 done, 1 failed, 2 bad arguments or configuration.`;

const START_USAGE = `usage: csb start [--help]

Runs the whole system in this process: MQTT broker and gateway (CSB_MQTT_PORT, default 1883),
REST API (CSB_HTTP_PORT, 8080), ops endpoints /metrics /healthz /readyz (CSB_OPS_PORT, 8081),
SQLite under CSB_DATA_DIR (./data). With the demo on (CSB_SEED_DEMO, default true) it listens on
127.0.0.1 only unless CSB_MQTT_HOST / CSB_HTTP_HOST say otherwise. Configuration: CSB_*
environment variables only (docs/operations.md); an unknown CSB_* name is warned about.
Stops gracefully on SIGTERM or SIGINT.

Exit codes: 0 stopped by a signal, 1 start-up failed (the message names the setting to change),
2 bad arguments or configuration.`;

const SEED_USAGE = `usage: csb seed --bench-pre-bookings N --dealer ID [--due M] [--vin-prefix P] [--batch 50000]
                [--now ISO-8601]

BENCH/OPS TOOL, never on a production database: stores N pre-bookings of dealer ID in the
database of CSB_DATA_DIR / CSB_DATABASE_PATH in bulk. Run it before csb start
(docs/operations.md "Bulk seeding for benchmarks").

  --bench-pre-bookings N  how many pre-bookings (>= 0)
  --dealer ID             the dealer; its customers and workshop cars must exist
  --due M                 the first M are due at once (default 0)
  --vin-prefix P          only cars whose VIN starts with P
  --batch B               pre-bookings per transaction (default 50000)
  --now T                 the seed's "now" (default: the real clock)
  -h, --help              this text

Exit codes: 0 seeded, 1 the service refused, 2 bad arguments.`;

/** The version of package.json (semver; CHANGELOG.md says what each one holds). */
function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

/**
 * Parses a subcommand's flags strictly: its usage on --help (exit 0), an unknown flag or a stray
 * argument is a usage error (exit 2). Returns the values, or the exit code to end with.
 */
function parseFlags(
  command: string,
  usage: string,
  args: string[],
  options: Record<string, { type: 'string'; default?: string }>,
): Record<string, string | undefined> | number {
  try {
    const { values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: { ...options, help: { type: 'boolean', short: 'h' } as const },
    });
    if (values.help === true) {
      process.stdout.write(`${usage}\n`);
      return 0;
    }
    const strings: Record<string, string | undefined> = {};
    for (const name of Object.keys(options)) {
      const value = (values as Record<string, string | boolean | undefined>)[name];
      strings[name] = typeof value === 'string' ? value : undefined;
    }
    return strings;
  } catch (error) {
    // parseArgs throws a TypeError (ERR_PARSE_ARGS_*) for unknown options and stray arguments.
    process.stderr.write(
      `csb ${command}: ${error instanceof Error ? error.message : String(error)}\n(see csb ${command} --help)\n`,
    );
    return 2;
  }
}

async function start(args: string[]): Promise<number> {
  const flags = parseFlags('start', START_USAGE, args, {});
  if (typeof flags === 'number') return flags;
  const config = loadConfig();
  const logger = pino({ level: config.logLevel });
  warnUnknownVariables(logger);
  let system: RunningSystem;
  try {
    system = await startSystem(config, logger);
  } catch (error) {
    // Everything started so far is closed again (startSystem); one line says what to change.
    const failure = startupErrorOf(error, config);
    logger.error({ err: failure.cause ?? failure, settings: failure.settings }, 'start failed');
    process.stderr.write(`csb start: ${failure.message}\n`);
    return 1;
  }
  // One machine-readable line first (tests and scripts read the ports from it), then the human part.
  process.stdout.write(
    `${JSON.stringify({ event: 'csb.started', mqttPort: system.mqttPort, httpPort: system.httpPort, opsPort: system.opsPort, ...(config.databaseUrl === undefined ? { databasePath: config.databasePath } : { databaseUrl: redactDatabaseUrl(config.databaseUrl) }) })}\n`,
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

/** A misspelled CSB_* name would otherwise be ignored without a word: one warning each. */
function warnUnknownVariables(logger: Logger): void {
  for (const { name, suggestion } of unknownVariables()) {
    logger.warn(
      { variable: name, ...(suggestion ? { didYouMean: suggestion } : {}) },
      `unknown environment variable ${name} ignored${suggestion ? ` (did you mean ${suggestion}?)` : ''}; docs/operations.md lists every CSB_* variable`,
    );
  }
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
  const values = parseFlags('seed', SEED_USAGE, args, {
    'bench-pre-bookings': { type: 'string' },
    dealer: { type: 'string' },
    due: { type: 'string', default: '0' },
    'vin-prefix': { type: 'string' },
    batch: { type: 'string', default: '50000' },
    now: { type: 'string' },
  });
  if (typeof values === 'number') return values;
  // Until the seed has committed its last batch, an exit (e.g. an event loop that ran dry with a
  // store promise unsettled) must not read as success to the benchmark that waits for it.
  process.exitCode = 1;
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
  warnUnknownVariables(pino({ level: config.logLevel }));
  if (config.databaseUrl !== undefined) {
    process.stderr.write('csb seed: bulk seeding writes the SQLite file only; unset CSB_DATABASE_URL\n');
    return 2;
  }
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
    if (error instanceof BenchSeedError) {
      process.stderr.write(`csb seed: ${error.message}\n`);
      return 1;
    }
    // Anything else (the database cannot be opened, the disk is full): one line, the cause.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(
      `csb seed: cannot seed ${config.databasePath}: ${message} (CSB_DATA_DIR, CSB_DATABASE_PATH)\n`,
    );
    return 1;
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'start':
      return start(rest);
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
    case 'version':
    case '--version':
    case '-V':
      process.stdout.write(`csb ${version()}\n`);
      return 0;
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

/**
 * A finished command exits once its event loop is empty; should a handle stay open by mistake
 * (a failure half-way through), it still exits: the timer does not keep the process alive itself.
 */
function exitWith(code: number): void {
  process.exitCode = code;
  setTimeout(() => process.exit(), 5_000).unref();
}

main(process.argv.slice(2)).then(exitWith, (error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`csb: ${error.message}\n`);
    exitWith(2);
    return;
  }
  process.stderr.write(`csb: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  exitWith(1);
});

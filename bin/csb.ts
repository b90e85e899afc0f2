#!/usr/bin/env node
/**
 * The csb executable: `csb start` (everything in one process on embedded defaults),
 * `csb simulate car ...` (a simulated head unit). See README.md.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { simulateCommand } from '@csb/simulator';
import { pino } from 'pino';
import { ConfigError, loadConfig } from './config.ts';
import { startSystem } from './system.ts';

const USAGE = `usage: csb <command>

commands:
  start                 broker + gateway + booking core + REST API on embedded defaults
                        (SQLite under ./data; configuration from CSB_* environment variables)
  simulate car ...      a simulated connected car (csb simulate car --help)
  simulate fleet ...    a fleet of simulated cars (csb simulate fleet --help)
  bench [options]       the benchmarks of docs/benchmarks.md (= npm run bench -- options)
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

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'start':
      return start();
    case 'simulate':
      return simulateCommand(rest);
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

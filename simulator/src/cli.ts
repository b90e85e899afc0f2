/**
 * `csb simulate ...`: command line of the simulator. The lead's `csb` executable calls
 * `simulateCommand(argv)` with the arguments after `simulate` and exits with the returned code.
 */
import { parseArgs } from 'node:util';
import { isValidVin } from '@csb/proto';
import { isSimulatorError } from './errors.ts';
import { fleetCommand } from './fleet-cli.ts';
import { runScenario1, type Scenario1Answer } from './scenario-1.ts';

export const SIMULATE_USAGE = `Usage: csb simulate car --vin VIN --secret SECRET [options]
       csb simulate fleet --scenario FILE [options]   (a fleet: csb simulate fleet --help)

Runs one simulated connected car (head unit) against the csb MQTT gateway.

Options:
  --vin VIN          the car's VIN (17 characters, ISO 3779); also its MQTT client id and user name
  --secret SECRET    the car's MQTT password (its provisioned secret; never printed)
  --broker URL       MQTT broker (default mqtt://127.0.0.1:1883)
  --scenario N       scenario to run (default 1):
                       1  car-initiated request: booking request with warnings and Health Status,
                          answer the proposal, show the confirmation, finish when the appointment
                          list shows the appointment CONFIRMED (the dealer confirms via the REST API)
  --answer A         how the driver answers the proposal: accept (default) or another-slot
                     (asks for another time once, then accepts the next proposal)
  --timeout S        give up after S seconds (default 600); exit code 1
  --seed N           seed for message ids and Health Status (default: derived from the VIN)
  --time-zone TZ     IANA time zone for printed times (default: this machine's)
  -h, --help         show this help

Exit codes: 0 done, 1 the scenario failed or timed out, 2 bad arguments, 130 interrupted.

Example:
  csb simulate car --vin YV1DZ8256C1234567 --secret s3cret --broker mqtt://127.0.0.1:1883 --scenario 1
`;

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

const defaultIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

type CarArgs = {
  vin: string;
  secret: string;
  broker: string;
  scenario: 1;
  answer: Scenario1Answer;
  timeoutMs: number;
  seed: number | undefined;
  timeZone: string | undefined;
};

/** Parses and runs `simulate ...`; returns the process exit code. Never throws for bad input. */
export async function simulateCommand(argv: string[], io: CliIo = defaultIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
    io.out(SIMULATE_USAGE);
    return sub === undefined ? 2 : 0;
  }
  if (sub === 'fleet') {
    return fleetCommand(rest, {
      ...io,
      errIsTty: io === defaultIo && process.stderr.isTTY,
      env: process.env,
    });
  }
  if (sub !== 'car') {
    io.err(`csb simulate: unknown subcommand '${sub}'\n\n${SIMULATE_USAGE}`);
    return 2;
  }
  const parsed = parseCarArgs(rest);
  if (parsed === 'help') {
    io.out(SIMULATE_USAGE);
    return 0;
  }
  if (typeof parsed === 'string') {
    io.err(`csb simulate car: ${parsed}\n(see csb simulate car --help)\n`);
    return 2;
  }

  const controller = new AbortController();
  const onSignal = (): void => controller.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const summary = await runScenario1({
      brokerUrl: parsed.broker,
      vin: parsed.vin,
      secret: parsed.secret,
      log: (line) => io.out(`${line}\n`),
      timeoutMs: parsed.timeoutMs,
      answer: parsed.answer,
      signal: controller.signal,
      ...(parsed.seed !== undefined ? { seed: parsed.seed } : {}),
      ...(parsed.timeZone !== undefined ? { timeZone: parsed.timeZone } : {}),
    });
    io.out(`summary ${JSON.stringify(summary)}\n`);
    return 0;
  } catch (error) {
    if (isSimulatorError(error)) {
      io.err(`csb simulate car: ${error.code}: ${error.message}\n`);
      return error.code === 'SIM_ABORTED' ? 130 : 1;
    }
    io.err(`csb simulate car: unexpected error: ${error instanceof Error ? error.stack : String(error)}\n`);
    return 1;
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}

/** The arguments, 'help', or a message saying what is wrong. */
export function parseCarArgs(args: string[]): CarArgs | 'help' | string {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        vin: { type: 'string' },
        secret: { type: 'string' },
        broker: { type: 'string', default: 'mqtt://127.0.0.1:1883' },
        scenario: { type: 'string', default: '1' },
        answer: { type: 'string', default: 'accept' },
        timeout: { type: 'string', default: '600' },
        seed: { type: 'string' },
        'time-zone': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    // parseArgs throws TypeError with ERR_PARSE_ARGS_* codes for unknown or malformed options.
    return error instanceof Error ? error.message : String(error);
  }
  if (values.help === true) return 'help';
  const str = (name: string): string | undefined => {
    const v = values[name];
    return typeof v === 'string' ? v : undefined;
  };
  const vin = str('vin');
  const secret = str('secret');
  const broker = str('broker') ?? '';
  if (vin === undefined) return '--vin is required';
  if (!isValidVin(vin))
    return `--vin '${vin}' is not a VIN (17 characters: digits and capitals except I, O, Q)`;
  if (secret === undefined || secret === '') return '--secret is required';
  if (!/^mqtts?:\/\/[^\s/]+/.test(broker)) return `--broker '${broker}' is not an mqtt:// or mqtts:// URL`;
  if (str('scenario') !== '1') return `--scenario '${str('scenario')}' is unknown (known: 1)`;
  const answer = str('answer');
  if (answer !== 'accept' && answer !== 'another-slot')
    return `--answer '${answer}' must be accept or another-slot`;
  const timeoutS = Number(str('timeout'));
  if (!Number.isFinite(timeoutS) || timeoutS <= 0 || timeoutS > 7 * 86_400) {
    return `--timeout '${str('timeout')}' must be a number of seconds, above 0 and at most a week`;
  }
  const seedText = str('seed');
  const seed = seedText === undefined ? undefined : Number(seedText);
  if (seed !== undefined && !(Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff)) {
    return `--seed '${seedText}' must be an integer from 0 to 4294967295`;
  }
  const timeZone = str('time-zone');
  if (timeZone !== undefined && !isTimeZone(timeZone))
    return `--time-zone '${timeZone}' is not an IANA time zone`;
  return { vin, secret, broker, scenario: 1, answer, timeoutMs: Math.round(timeoutS * 1000), seed, timeZone };
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

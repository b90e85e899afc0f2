/**
 * The fleet scenario file (YAML or JSON, docs/simulator.md): how many cars, what their drivers do
 * and how often, how the automatic dealer answers, how the cars are connected, and the virtual
 * clock the run shares with the system. Validated with zod; every problem is reported with its path.
 */
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { SimulatorError } from './errors.ts';
import { parseThreshold, type Threshold } from './fleet-thresholds.ts';

/** What a driver does at one planned moment (docs/domain.md [SCN-1]..[SCN-4]; docs/simulator.md). */
export const FLEET_ACTIONS = [
  // Scenario 1: warnings on the dashboard, booking request with Health Status.
  'warnings-request',
  // Scenario 1 from a service need (service reminder due), Health Status attached.
  'service-need-request',
  // A request the driver starts from the menu, no Health Status.
  'manual-request',
  // "Send car data" (scenario 2's car side): a Health Status upload, no request.
  'send-car-data',
  // The engine starts (reminders on the day are shown at every engine start).
  'engine-start',
] as const;
export type FleetAction = (typeof FLEET_ACTIONS)[number];

/** How a driver answers a proposal. */
export const FLEET_ANSWERS = ['accept', 'another-slot', 'cancel', 'ignore'] as const;
export type FleetAnswer = (typeof FLEET_ANSWERS)[number];

/** How a car is connected over the run (virtual time). */
export const CONNECTIVITY_PROFILES = [
  'always-online',
  // Offline from 22:00 to 07:00 UTC every day.
  'commuter',
  // Online, but loses the network abruptly every few hours and reconnects with backoff.
  'tunnel',
  // Parked (offline) for a week from a random moment of the run.
  'parked-week',
  // Online; its Health Status was captured one to three hours before it is sent ([TIME-8]:
  // "can take over an hour to arrive").
  'slow-health-status',
] as const;
export type ConnectivityProfile = (typeof CONNECTIVITY_PROFILES)[number];

const weights = <const T extends readonly [string, ...string[]]>(names: T) =>
  z
    .partialRecord(z.enum(names), z.number().min(0).max(1_000_000))
    .refine(
      (w) => (Object.values(w) as (number | undefined)[]).some((v) => (v ?? 0) > 0),
      'at least one weight must be above 0',
    );

const isoDateTime = z.iso.datetime({ offset: true });

/** One threshold expression, parsed; a bad one is an issue at its path (thresholds.N). */
const thresholdSchema = z
  .string()
  .max(200)
  .transform((text, ctx): Threshold => {
    const parsed = parseThreshold(text);
    if (typeof parsed === 'string') {
      ctx.addIssue({ code: 'custom', message: parsed });
      return z.NEVER;
    }
    return parsed;
  });

export const fleetScenarioSchema = z.strictObject({
  name: z.string().min(1).max(100).default('fleet'),
  /** Default seed; `--seed` wins. */
  seed: z.number().int().min(0).max(0xffffffff).optional(),
  cars: z.number().int().min(1).max(100_000),
  /** Dealers created for the run; each car's driver prefers one of them (round robin). */
  dealers: z.number().int().min(1).max(1_000).default(1),
  /** Simulated length of the run. */
  durationDays: z.number().positive().max(366),
  clock: z
    .strictObject({
      start: isoDateTime,
      /** Virtual ms per wall ms; must equal the system's CSB_CLOCK_SPEED. */
      speed: z.number().positive().max(1_000_000).default(1),
      /** Wall time at which both read `start` (CSB_CLOCK_ANCHOR). Default: when the fleet starts. */
      anchor: isoDateTime.optional(),
    })
    .optional(),
  /** New connections per wall second while the fleet comes up. */
  ramp: z.strictObject({ connectsPerSecond: z.number().positive().max(100_000).default(500) }).default({
    connectsPerSecond: 500,
  }),
  /** Planned driver actions per car over the whole run (uniform in [min, max]). */
  actionsPerCar: z
    .strictObject({ min: z.number().int().min(0).max(1_000), max: z.number().int().min(0).max(1_000) })
    .refine((a) => a.min <= a.max, 'min must not be above max')
    .default({ min: 1, max: 2 }),
  actions: weights(FLEET_ACTIONS).default({ 'warnings-request': 1 }),
  answers: weights(FLEET_ANSWERS).default({ accept: 1 }),
  connectivity: weights(CONNECTIVITY_PROFILES).default({ 'always-online': 1 }),
  dealer: z
    .strictObject({
      /** Virtual minutes from a request reaching Actions to the dealer's proposal. */
      proposeAfterMinutes: z.number().min(0).max(100_000).default(60),
      /** Virtual minutes from an acceptance to the dealer's confirmation. */
      confirmAfterMinutes: z.number().min(0).max(100_000).default(30),
      /** Virtual minutes from a customer cancellation to the dealer's finalize. */
      finalizeAfterMinutes: z.number().min(0).max(100_000).default(60),
      /**
       * How the dealer learns of work: `events` reads its event feed (long polling, docs/api.md
       * "Events and webhooks") and acts on each change when its delay has passed; `actions-list`
       * reads its Actions list every `pollMs`.
       */
      feed: z.enum(['events', 'actions-list']).default('events'),
      /** Wall milliseconds between two reads of the Actions list (`feed: actions-list`). */
      pollMs: z.number().int().min(20).max(60_000).default(250),
      /** Commands each dealer has under way at once (`feed: events`). */
      concurrency: z.number().int().min(1).max(64).default(4),
    })
    .default({
      proposeAfterMinutes: 60,
      confirmAfterMinutes: 30,
      finalizeAfterMinutes: 60,
      feed: 'events',
      pollMs: 250,
      concurrency: 4,
    }),
  /** After the simulated end: wall seconds allowed for queued messages and answers to settle. */
  drainSeconds: z.number().min(0).max(3_600).default(30),
  /** Pass/fail criteria (fleet-thresholds.ts, docs/simulator.md): a violated one fails the run. */
  thresholds: z.array(thresholdSchema).max(100).default([]),
});

export type FleetScenario = z.output<typeof fleetScenarioSchema>;
export type FleetScenarioInput = z.input<typeof fleetScenarioSchema>;

/** Validates a parsed scenario; throws SIM_BAD_SCENARIO listing every problem with its path. */
export function parseFleetScenario(value: unknown, source = 'scenario'): FleetScenario {
  const parsed = fleetScenarioSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
  throw new SimulatorError(
    'SIM_BAD_SCENARIO',
    `${source} is not a valid fleet scenario:\n${lines.join('\n')}`,
  );
}

/** Reads a `.yaml`/`.yml` or `.json` scenario file (YAML is a superset of JSON: both parse). */
export async function loadFleetScenario(file: string): Promise<FleetScenario> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new SimulatorError('SIM_BAD_SCENARIO', `cannot read scenario file ${file}`, { cause: error });
  }
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new SimulatorError('SIM_BAD_SCENARIO', `${file} is not YAML or JSON: ${detail}`, { cause: error });
  }
  return parseFleetScenario(value, file);
}

/** Picks a name by weight with one draw in [0, 1). Names in the declared order, so a seed replays. */
export function pickWeighted<T extends string>(
  names: readonly T[],
  weightsByName: Partial<Record<T, number>>,
  draw: number,
): T {
  const total = names.reduce((sum, n) => sum + (weightsByName[n] ?? 0), 0);
  let left = draw * total;
  let last: T | undefined;
  for (const name of names) {
    const w = weightsByName[name] ?? 0;
    if (w <= 0) continue;
    last = name;
    if (left < w) return name;
    left -= w;
  }
  if (last === undefined) throw new Error('pickWeighted: no positive weight'); // schema forbids it
  return last;
}

/**
 * The whole system in-process on a clock the test sets: days pass in one call, and the scheduler
 * is swept through the admin API (`POST /admin/v1/scheduler:run`), never by waiting.
 */
import type { RunningSystem } from '../../bin/system.ts';
import { TestCar } from './car.ts';
import { Dealer, eventually } from './dealer.ts';
import { carMessages, sendReceipts } from './receipts.ts';
import { ADMIN_KEY, startInProcess, tempDataDir } from './system.ts';

export const DAY = 86_400_000;

export class SettableClock {
  t: number;
  constructor(start: number) {
    this.t = start;
  }
  now(): number {
    return this.t;
  }
  advance(ms: number): void {
    this.t += ms;
  }
  set(t: number): void {
    this.t = t;
  }
}

/** Starts the system on `clock`, with the scheduler loop off (the test sweeps explicitly). */
export async function startWithClock(
  dataDir: string,
  clock: SettableClock,
  env: NodeJS.ProcessEnv = {},
): Promise<RunningSystem> {
  return startInProcess(dataDir, { CSB_SCHEDULER_INTERVAL_MS: '0', ...env }, { clock });
}

export interface VirtualClockSettings {
  start: string;
  speed: number;
  /** Wall time at which the clock reads `start`; give the fleet the same. */
  anchor: string;
}

/** Starts the system on an accelerated clock (CSB_CLOCK_*, docs/simulator.md), sweeping on its own. */
export async function startAccelerated(dataDir: string, clock: VirtualClockSettings): Promise<RunningSystem> {
  return startInProcess(dataDir, {
    CSB_CLOCK_START: clock.start,
    CSB_CLOCK_SPEED: String(clock.speed),
    CSB_CLOCK_ANCHOR: clock.anchor,
    // Wall time between sweeps: at 17280x, 500 ms is 2.4 virtual hours (reminders come near their time).
    CSB_SCHEDULER_INTERVAL_MS: '500',
  });
}

/** Calls the admin API with the test admin key. */
export async function admin<T = Record<string, unknown>>(
  system: RunningSystem,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  return new Dealer(`http://127.0.0.1:${system.httpPort}`, ADMIN_KEY).ok<T>(method, `/admin/v1${path}`, body);
}

/** One scheduler sweep at the clock's time; answers how many timers fired. */
export async function sweep(system: RunningSystem): Promise<number> {
  return (await admin<{ fired: number }>(system, 'POST', '/scheduler:run')).fired;
}

export interface Mail {
  id: string;
  kind: string;
  to: string;
  subject: string;
  body: string;
  appointmentId: string | null;
}

/** Every mail written to one recipient, oldest first. */
export async function mailsTo(system: RunningSystem, to: string): Promise<Mail[]> {
  return (await admin<{ items: Mail[] }>(system, 'GET', `/mail?to=${encodeURIComponent(to)}`)).items;
}

/**
 * One scenario's world on a settable clock: the system, both demo dealers, the customer's website
 * session (a customer token), and the customer's car, which receipts every downlink.
 */
export interface Scenario {
  system: RunningSystem;
  /** The system's data folder (SQLite file, mail files). */
  dataDir: string;
  clock: SettableClock;
  gbg: Dealer;
  lyon: Dealer;
  website: Dealer;
  car: TestCar;
  /** Waits (bounded) until the car holds `n` distinct downlinks other than results. */
  waitForCarMessages(n: number, what: string): Promise<void>;
  close(): Promise<void>;
}

export async function openScenario(options: {
  clock: SettableClock;
  customerId: string;
  vin: string;
  secret: string;
  /** CSB_* keys added to the system's environment (e.g. the store: test/support/stores.ts). */
  env?: NodeJS.ProcessEnv;
}): Promise<Scenario> {
  const data = tempDataDir();
  const { clock } = options;
  const system = await startWithClock(data.dir, clock, options.env);
  const base = `http://127.0.0.1:${system.httpPort}`;
  const { token } = await admin<{ token: string }>(system, 'POST', `/customers/${options.customerId}/tokens`);
  const car = await TestCar.connect(`mqtt://127.0.0.1:${system.mqttPort}`, options.vin, options.secret);
  sendReceipts(car, () => clock.now());
  return {
    system,
    dataDir: data.dir,
    clock,
    gbg: new Dealer(base, 'demo-key-dealer-gbg'),
    lyon: new Dealer(base, 'demo-key-dealer-lyon'),
    // The owner website calls the customer API with the customer's bearer token.
    website: new Dealer(base, token),
    car,
    async waitForCarMessages(n, what) {
      await eventually(async () => (carMessages(car).length >= n ? true : undefined), what);
    },
    async close() {
      await car.close();
      await system.stop();
      data.remove();
    },
  };
}

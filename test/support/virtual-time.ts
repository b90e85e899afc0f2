/**
 * The whole system in-process on a clock the test sets: days pass in one call, and the scheduler
 * is swept through the admin API (`POST /admin/v1/scheduler:run`), never by waiting.
 */
import { pino } from 'pino';
import { loadConfig } from '../../bin/config.ts';
import { type RunningSystem, startSystem } from '../../bin/system.ts';
import { ADMIN_KEY, testEnv } from './system.ts';

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
export async function startWithClock(dataDir: string, clock: SettableClock): Promise<RunningSystem> {
  const config = loadConfig({ ...testEnv(dataDir), CSB_SCHEDULER_INTERVAL_MS: '0' });
  return startSystem(config, pino({ level: 'silent' }), { clock });
}

/** Calls the admin API with the test admin key. */
export async function admin<T = Record<string, unknown>>(
  system: RunningSystem,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(`http://127.0.0.1:${system.httpPort}/admin/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${ADMIN_KEY}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${method} ${path} -> ${response.status}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
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

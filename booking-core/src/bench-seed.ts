/**
 * BENCH / OPS SEEDING TOOL, not a product feature: stores many dealer pre-bookings at once so the
 * scheduler benchmark (docs/benchmarks.md, benchmark 5) can run against 1,000,000 stored
 * appointments without an hour of `POST /dealer/v1/pre-bookings` calls.
 *
 * Nothing here writes a row of its own making: every appointment goes through the service's own
 * `createPreBooking` (service/dealer-commands.ts: the same checks, domain transition, history
 * entry, car messages, customer mail and timers as the API route), and its outbox rows are flushed
 * exactly as `command()` in service/booking-core.ts flushes them. What differs is only the
 * batching: `batchSize` pre-bookings share one transaction, and the reads that cannot change
 * while seeding (vehicle, customer, dealer, time rules) are answered from a per-run memo.
 * Run it while no csb process uses the database (`csb seed ...` before `csb start`).
 */
import { DAY_MS, DEFAULT_TIME_RULES, HOUR_MS, type TimeRules } from './domain/timers.ts';
import { DEFAULT_WEBSITE_URL } from './service/booking-core.ts';
import type { CommandContext, CoreSettings } from './service/command-context.ts';
import {
  DEFAULT_MAX_OPEN_APPOINTMENTS_PER_VEHICLE,
  flushOutboxes,
  memoizedReads,
  rulesFor,
} from './service/command-context.ts';
import { createPreBooking } from './service/dealer-commands.ts';
import { DEFAULT_MAX_OPEN_PER_CAR } from './service/downlink-ledger.ts';
import { newRowId } from './service/ids.ts';
import type { BookingStore } from './service/store-port.ts';
import { openSqliteStore } from './store/sqlite-store.ts';

/** The core settings the seeded rows depend on (mail links, timer rules), as openBookingCore takes them. */
export interface BenchSeedSettings {
  defaultRules?: Partial<TimeRules>;
  websiteUrl?: string;
}

export interface BulkPreBookingOptions {
  dealerId: string;
  /** The cars to spread the pre-bookings over, round robin; each must be one of the dealer's workshop customers. */
  vins: readonly string[];
  /** How many pre-bookings to store. */
  count: number;
  /** The first `due` of them lie within the dealer's pre-booking lead time: their timer is due at `now`. */
  due?: number;
  /** The time of the pre-bookings (epoch ms); the others start 170 to 470 days after the lead time. */
  now: number;
  /**
   * Pre-bookings per transaction (default 50,000). Measured on 2 cores, 300,000 pre-bookings: 5,000
   * per transaction slowed from 31 to 89 s per 100,000 as the file grew, 50,000 stayed at 21-26 s
   * (fewer commits, and each index page rewritten once per batch rather than once per few rows).
   */
  batchSize?: number;
  /** As the running core has them (CSB_WEBSITE_URL, CSB_NAVIGATION_MODE); the seeds' defaults otherwise. */
  settings?: BenchSeedSettings;
  newId?: () => string;
  /** Called after each committed batch with the number stored so far. */
  onProgress?: (stored: number) => void;
}

export interface BulkPreBookingResult {
  stored: number;
  /** How many of them have their "becomes Requested" timer due at `now`. */
  due: number;
  batches: number;
}

/** A refusal of the service (e.g. VEHICLE_NOT_FOUND), with its code: the seed stops at the first. */
export class BenchSeedError extends Error {
  readonly code: string;
  constructor(code: string, detail: string) {
    super(`${code}: ${detail}`);
    this.name = 'BenchSeedError';
    this.code = code;
  }
}

/** Stores `count` pre-bookings of one dealer through the service's own pre-booking command. */
export async function seedBulkPreBookings(
  store: BookingStore,
  options: BulkPreBookingOptions,
): Promise<BulkPreBookingResult> {
  const { dealerId, vins, count, now } = options;
  const due = Math.min(count, Math.max(0, Math.trunc(options.due ?? 0)));
  const batchSize = Math.max(1, Math.trunc(options.batchSize ?? 50_000));
  const newId = options.newId ?? (() => newRowId());
  const settings: CoreSettings = {
    defaultRules: { ...DEFAULT_TIME_RULES, ...options.settings?.defaultRules },
    websiteUrl: options.settings?.websiteUrl ?? DEFAULT_WEBSITE_URL,
    // Bounds booking requests only; the seed stores dealer pre-bookings, which it does not refuse.
    maxOpenAppointmentsPerVehicle: DEFAULT_MAX_OPEN_APPOINTMENTS_PER_VEHICLE,
  };
  if (vins.length === 0) throw new BenchSeedError('REQUEST_INVALID', 'no vehicles to seed pre-bookings for');
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new BenchSeedError('REQUEST_INVALID', `count must be a whole number >= 0, got ${count}`);
  }
  const memo = new Map<string, Promise<unknown>>();
  const leadDays = await store.transaction(
    async (session) =>
      (await rulesFor({ session: memoizedReads(session, memo), settings }, dealerId)).preBookingLeadDays,
  );

  let stored = 0;
  let batches = 0;
  while (stored < count) {
    const end = Math.min(count, stored + batchSize);
    await store.transaction(async (raw) => {
      const session = memoizedReads(raw, memo);
      for (let i = stored; i < end; i += 1) {
        const vin = vins[i % vins.length] as string;
        // Due ones start a third of the lead time ahead (their timer fell due before `now`); the
        // rest 170 to 470 days after the lead time, spread over the hours of the day.
        const days = i < due ? Math.max(1, Math.floor(leadDays / 3)) : leadDays + 170 + (i % 300);
        const ctx: CommandContext = {
          session,
          now,
          newId,
          downlinks: [],
          mails: [],
          dealerEvents: [],
          settings,
        };
        const result = await createPreBooking(ctx, dealerId, {
          vin,
          start: now + days * DAY_MS + (i % 8) * HOUR_MS,
          durationMinutes: 60,
          workDescription: 'Yearly service',
        });
        if (!result.ok) throw new BenchSeedError(result.error.code, result.error.detail);
        // As command() does (service/booking-core.ts), in the same transaction.
        await flushOutboxes(ctx, DEFAULT_MAX_OPEN_PER_CAR);
      }
    });
    stored = end;
    batches += 1;
    options.onProgress?.(stored);
  }
  return { stored, due, batches };
}

export interface BenchSeedCommand {
  databasePath: string;
  dealerId: string;
  count: number;
  due?: number;
  /** Only the dealer's workshop cars whose VIN starts with this (all of them when absent). */
  vinPrefix?: string;
  now?: number;
  batchSize?: number;
  settings?: BenchSeedSettings;
  onProgress?: (stored: number) => void;
}

/**
 * `csb seed --bench-pre-bookings`: opens the database file (migrating it like `csb start` does),
 * finds the dealer's workshop cars (vehicles whose primary driver prefers the dealer) and seeds.
 */
export async function runBenchSeed(
  command: BenchSeedCommand,
): Promise<BulkPreBookingResult & { vins: number; seconds: number }> {
  const started = performance.now();
  // A bulk writer into random-key B-trees (UUID primary keys): a large page cache keeps the index
  // pages it touches in memory instead of re-reading them from the OS for every batch.
  const store = await openSqliteStore({ path: command.databasePath, cacheSizeKiB: 512 * 1024 });
  try {
    const vins = await store.transaction(async (session) => {
      const out: string[] = [];
      for (const customer of await session.listDealerCustomers(command.dealerId)) {
        for (const relation of await session.listCustomerVehicles(customer.customerId)) {
          if (relation.primaryDriver && relation.vin.startsWith(command.vinPrefix ?? ''))
            out.push(relation.vin);
        }
      }
      return out.sort();
    });
    if (vins.length === 0) {
      throw new BenchSeedError(
        'VEHICLE_NOT_FOUND',
        `dealer ${command.dealerId} has no workshop car${command.vinPrefix ? ` with VIN prefix ${command.vinPrefix}` : ''}`,
      );
    }
    const result = await seedBulkPreBookings(store, {
      dealerId: command.dealerId,
      vins,
      count: command.count,
      due: command.due ?? 0,
      now: command.now ?? Date.now(),
      ...(command.batchSize ? { batchSize: command.batchSize } : {}),
      ...(command.settings ? { settings: command.settings } : {}),
      ...(command.onProgress ? { onProgress: command.onProgress } : {}),
    });
    return { ...result, vins: vins.length, seconds: (performance.now() - started) / 1000 };
  } finally {
    await store.close();
  }
}

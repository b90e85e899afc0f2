/**
 * Public API of the booking core. The gateway codes against `CarChannel`, the composition root
 * (`csb start`) against `openBookingCore`, `buildHttpApp` and `seedDemoData`.
 */
import type { Logger } from 'pino';
import { pino } from 'pino';
import { type Clock, systemClock } from './clock.ts';
import type { TimeRules } from './domain/timers.ts';
import { type BookingCore, createBookingCore } from './service/booking-core.ts';
import { openSqliteStore } from './store/sqlite-store.ts';

export interface BookingCoreOptions {
  /** The SQLite file (e.g. `./data/csb.sqlite`); created with its directory when missing. */
  databasePath: string;
  clock?: Clock;
  logger?: Logger;
  /** NORMAL by default (WAL: a power loss may drop the last commits, a crash does not); FULL for none. */
  sqliteSynchronous?: 'NORMAL' | 'FULL';
  /** Time-rule defaults (domain/timers.ts DEFAULT_TIME_RULES); markets and dealers override them. */
  timeRules?: Partial<TimeRules>;
  /** The owner website every customer email links to. */
  websiteUrl?: string;
  /**
   * Open appointments a vehicle may have; a car or website booking request beyond is refused
   * (service/command-context.ts DEFAULT_MAX_OPEN_APPOINTMENTS_PER_VEHICLE when absent).
   */
  maxOpenAppointmentsPerVehicle?: number;
  /** When set, sweeps due work every this many ms of wall time (reading `clock`); stopped by close(). */
  schedulerIntervalMs?: number;
}

/** Opens (or creates) the database, brings its schema up to date and returns the core. */
export async function openBookingCore(options: BookingCoreOptions): Promise<BookingCore> {
  const logger = (options.logger ?? pino({ level: 'silent' })).child({ component: 'booking-core' });
  const store = await openSqliteStore({
    path: options.databasePath,
    ...(options.sqliteSynchronous ? { synchronous: options.sqliteSynchronous } : {}),
    // 64 MiB of page cache (SQLite's default is 2 MiB): the uplink path's indexes stay in memory
    // as tables grow, instead of being re-read page by page (docs/benchmarks.md, booking path).
    cacheSizeKiB: 64 * 1024,
    onWarning: (message) => logger.warn({ event: 'store.checkpoint' }, message),
  });
  const core = createBookingCore({
    store,
    clock: options.clock ?? systemClock,
    logger,
    settings: {
      ...(options.timeRules ? { defaultRules: options.timeRules } : {}),
      ...(options.websiteUrl ? { websiteUrl: options.websiteUrl } : {}),
      ...(options.maxOpenAppointmentsPerVehicle !== undefined
        ? { maxOpenAppointmentsPerVehicle: options.maxOpenAppointmentsPerVehicle }
        : {}),
    },
  });
  if (options.schedulerIntervalMs !== undefined)
    core.startScheduler({ intervalMs: options.schedulerIntervalMs });
  return core;
}

export {
  type BenchSeedCommand,
  BenchSeedError,
  type BulkPreBookingOptions,
  type BulkPreBookingResult,
  runBenchSeed,
  seedBulkPreBookings,
} from './bench-seed.ts';
export * from './car-channel.ts';
export type {
  Actor,
  Appointment,
  AppointmentList,
  AppointmentStatus,
  Inquiry,
  NavigationMode,
  PreBooking,
} from './domain/appointment.ts';
export { APPOINTMENT_LISTS, APPOINTMENT_STATUSES } from './domain/appointment.ts';
export * from './domain/health-status.ts';
export type { NotificationFlags } from './domain/lists.ts';
export { DEFAULT_TIME_RULES, type TimeRules } from './domain/timers.ts';
export { type CodedError, ERROR_CATALOGUE, type ErrorCode, type Result } from './errors.ts';
export { buildHttpApp, type HttpAppOptions } from './http/app.ts';
export { fileMailTransport, renderEml } from './mail/file-transport.ts';
export { type SmtpOptions, smtpMailTransport } from './mail/smtp-transport.ts';
export { type DemoData, seedDemoData } from './seed.ts';
export type {
  BookingCore,
  NewCustomer,
  NewDealer,
  NewVehicle,
  OutboxState,
  ProposalInput,
} from './service/booking-core.ts';
export type {
  CustomerAppointmentView,
  CustomerCommand,
  DomainApi,
  HistoryItem,
  PreBookingInput,
  SweepResult,
  TimeRulesView,
  WebsiteRequestInput,
} from './service/domain-api.ts';
export {
  createMailDispatcher,
  type MailDispatcher,
  type MailDispatcherOptions,
  type MailTransport,
  type OutgoingMail,
} from './service/mail-dispatcher.ts';
export type { HealthStatusRecord, MailRecord, MailState } from './service/store-port.ts';
export type { AppointmentDetails, AppointmentSummary } from './service/views.ts';
export type { Clock };
export { systemClock };

/**
 * Public API of the booking core. The gateway codes against `CarChannel`, the composition root
 * (`csb start`) against `openBookingCore`, `buildHttpApp` and `seedDemoData`.
 */
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Logger } from 'pino';
import { pino } from 'pino';
import { type Clock, systemClock } from './clock.ts';
import type { TimeRules } from './domain/timers.ts';
import { type BookingCore, createBookingCore } from './service/booking-core.ts';
import { redeliveryOnClock } from './service/downlink-ledger.ts';
import { generateSecretKey, MIN_SECRET_KEY_BYTES } from './service/secrets.ts';
import type { WebhookSettings } from './service/webhooks.ts';
import { openPostgresStore } from './store/postgres-store.ts';
import { openSqliteStore } from './store/sqlite-store.ts';

export interface BookingCoreOptions {
  /**
   * The SQLite file (e.g. `./data/csb.sqlite`); created with its directory when missing. With
   * `databaseUrl` no SQLite file is opened, and this path only says where `secret.key` lives.
   */
  databasePath: string;
  /** A PostgreSQL server (`postgres://...`, CSB_DATABASE_URL) instead of the SQLite file. */
  databaseUrl?: string;
  /** PostgreSQL connections at most (CSB_DATABASE_POOL_SIZE, default 10). */
  databasePoolSize?: number;
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
  /**
   * Virtual ms per wall ms of `clock` (default 1): the downlink redelivery waits are wall time,
   * so they are this many times longer on the clock (service/downlink-ledger.ts redeliveryOnClock).
   */
  clockSpeed?: number;
  /**
   * Days a finished (delivered, expired, superseded) car downlink is kept after it finished; the
   * scheduler's sweep deletes older ones (service/downlink-ledger.ts DEFAULT_LEDGER_RETENTION_DAYS).
   */
  ledgerRetentionDays?: number;
  /**
   * Days a sent mail is kept in the mail outbox (the customer's messages) after it was sent; the
   * scheduler's sweep deletes older ones (service/scheduler.ts DEFAULT_MAIL_RETENTION_DAYS).
   */
  mailRetentionDays?: number;
  /** Days a car's message id is remembered with its answer (service/scheduler.ts DEFAULT_MESSAGE_ID_RETENTION_DAYS). */
  messageIdRetentionDays?: number;
  /** Days a Health Status record is kept, never a car's newest (service/scheduler.ts DEFAULT_HEALTH_STATUS_RETENTION_DAYS). */
  healthStatusRetentionDays?: number;
  /** Event feed and webhook settings (service/webhook-delivery.ts DEFAULT_WEBHOOK_SETTINGS for what is absent). */
  webhooks?: Partial<WebhookSettings>;
  /**
   * The server key of the car secret hashes (`CSB_SECRET_KEY`): at least 32 bytes of text. When
   * absent, the key in `secret.key` next to the database is used, created (random, mode 0600) on
   * the first start. Car secrets stored under one key do not verify under another.
   */
  secretKey?: string;
}

/** The file the server key lives in when none is configured (next to the database). */
export const SECRET_KEY_FILE = 'secret.key';

async function loadSecretKey(options: BookingCoreOptions): Promise<Uint8Array> {
  if (options.secretKey !== undefined) {
    const key = Buffer.from(options.secretKey, 'utf8');
    if (key.byteLength < MIN_SECRET_KEY_BYTES)
      throw new Error(`CSB_SECRET_KEY must be at least ${MIN_SECRET_KEY_BYTES} bytes`);
    return key;
  }
  // An in-memory database lives for this process only, and so may its key.
  if (options.databasePath === ':memory:') return generateSecretKey();
  const dir = dirname(options.databasePath);
  const path = join(dir, SECRET_KEY_FILE);
  try {
    const stored = Buffer.from((await readFile(path, 'utf8')).trim(), 'hex');
    if (stored.byteLength < MIN_SECRET_KEY_BYTES)
      throw new Error(`${path}: key shorter than ${MIN_SECRET_KEY_BYTES} bytes`);
    return stored;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dir, { recursive: true });
  const key = generateSecretKey();
  // 'wx': never overwrite a key another process wrote meanwhile (its hashes would stop verifying).
  await writeFile(path, `${key.toString('hex')}\n`, { flag: 'wx', mode: 0o600 }).catch(
    async (error: unknown) => {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    },
  );
  await chmod(path, 0o600);
  return Buffer.from((await readFile(path, 'utf8')).trim(), 'hex');
}

/** Opens (or creates) the database, brings its schema up to date and returns the core. */
export async function openBookingCore(options: BookingCoreOptions): Promise<BookingCore> {
  const logger = (options.logger ?? pino({ level: 'silent' })).child({ component: 'booking-core' });
  const secretKey = await loadSecretKey(options);
  const store =
    options.databaseUrl !== undefined
      ? await openPostgresStore({
          url: options.databaseUrl,
          ...(options.databasePoolSize !== undefined ? { poolSize: options.databasePoolSize } : {}),
          onWarning: (message) => logger.warn({ event: 'store.connection' }, message),
        })
      : await openSqliteStore({
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
    secretKey,
    ...(options.ledgerRetentionDays !== undefined
      ? { ledgerRetentionDays: options.ledgerRetentionDays }
      : {}),
    ...(options.mailRetentionDays !== undefined ? { mailRetentionDays: options.mailRetentionDays } : {}),
    ...(options.messageIdRetentionDays !== undefined
      ? { messageIdRetentionDays: options.messageIdRetentionDays }
      : {}),
    ...(options.healthStatusRetentionDays !== undefined
      ? { healthStatusRetentionDays: options.healthStatusRetentionDays }
      : {}),
    ...(options.webhooks ? { webhooks: options.webhooks } : {}),
    ...(options.clockSpeed !== undefined && options.clockSpeed !== 1
      ? { redelivery: redeliveryOnClock(options.clockSpeed) }
      : {}),
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
export { sendProblem } from './http/problem.ts';
export { clientErrorHandler, installProblemHandling, problemServerOptions } from './http/server-errors.ts';
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
export { DEALER_EVENT_TYPE_NAMES, type DealerEventType } from './service/dealer-events.ts';
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
export {
  DEFAULT_RETRY_SCHEDULE_MS,
  DEFAULT_WEBHOOK_SETTINGS,
  type DealerEventView,
  type WebhookDeliveryView,
  type WebhookEndpointView,
  type WebhookMetrics,
  type WebhookSettings,
  type WebhookWorker,
} from './service/webhooks.ts';
export { redactDatabaseUrl } from './store/postgres-store.ts';
export type { Clock };
export { systemClock };

/**
 * Public API of the booking core. The gateway codes against `CarChannel`, the composition root
 * (`csb start`) against `openBookingCore`, `buildHttpApp` and `seedDemoData`.
 */
import type { Logger } from 'pino';
import { pino } from 'pino';
import { type Clock, systemClock } from './clock.ts';
import { type BookingCore, createBookingCore } from './service/booking-core.ts';
import { openSqliteStore } from './store/sqlite-store.ts';

export interface BookingCoreOptions {
  /** The SQLite file (e.g. `./data/csb.sqlite`); created with its directory when missing. */
  databasePath: string;
  clock?: Clock;
  logger?: Logger;
  /** NORMAL by default (WAL: a power loss may drop the last commits, a crash does not); FULL for none. */
  sqliteSynchronous?: 'NORMAL' | 'FULL';
}

/** Opens (or creates) the database, brings its schema up to date and returns the core. */
export async function openBookingCore(options: BookingCoreOptions): Promise<BookingCore> {
  const logger = (options.logger ?? pino({ level: 'silent' })).child({ component: 'booking-core' });
  const store = await openSqliteStore({
    path: options.databasePath,
    ...(options.sqliteSynchronous ? { synchronous: options.sqliteSynchronous } : {}),
  });
  return createBookingCore({ store, clock: options.clock ?? systemClock, logger });
}

export * from './car-channel.ts';
export type { Actor, Appointment, AppointmentList, AppointmentStatus } from './domain/appointment.ts';
export { APPOINTMENT_LISTS, APPOINTMENT_STATUSES } from './domain/appointment.ts';
export * from './domain/health-status.ts';
export type { NotificationFlags } from './domain/lists.ts';
export { type CodedError, ERROR_CATALOGUE, type ErrorCode, type Result } from './errors.ts';
export { buildHttpApp, type HttpAppOptions } from './http/app.ts';
export { type DemoData, seedDemoData } from './seed.ts';
export type {
  BookingCore,
  NewCustomer,
  NewDealer,
  NewVehicle,
  OutboxState,
  ProposalInput,
} from './service/booking-core.ts';
export type { HealthStatusRecord } from './service/store-port.ts';
export type { AppointmentDetails, AppointmentSummary } from './service/views.ts';
export type { Clock };
export { systemClock };

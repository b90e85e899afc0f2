/**
 * The scheduler: fires due timers (domain/timers.ts). Due rows are read through the
 * (state, due_at) index, so a sweep costs what is due, not what is stored. Each row is claimed
 * and its effect applied in ONE transaction: a second sweep (or a second node) finds it done and
 * sends nothing twice; a crash mid-way leaves it due. All time comes from the injected clock (or
 * the `now` given), never from the wall clock, so virtual time drives it deterministically.
 */
import { performance } from 'node:perf_hooks';
import type { Logger } from 'pino';
import type { Actor, Appointment } from '../domain/appointment.ts';
import { DAY_MS, dayStart } from '../domain/timers.ts';
import type { AppointmentCommand } from '../domain/transitions.ts';
import { applyCommand, type CommandContext, navigationMessage } from './command-context.ts';
import { queueEscalationMail, queueReminderMail } from './notifications.ts';
import type { BookingStore, DueWorkRecord, StoreSession } from './store-port.ts';
import { dealerCard } from './views.ts';

const SYSTEM: Actor = { kind: 'system', id: 'scheduler' };
/** Rows per read and reads per sweep: one sweep is bounded; the next one continues. */
const BATCH = 100;
const MAX_BATCHES = 50;

export type RunCommand = <T>(work: (ctx: CommandContext) => Promise<T>, now?: number) => Promise<T>;

export interface SweepResult {
  /** Timers this sweep fired (claimed and applied). */
  fired: number;
  /** Open car downlinks whose validity ended (docs/protocol.md section 8): closed as expired. */
  expiredDownlinks: number;
  /** Finished car downlinks past the ledger's retention: deleted (docs/operations.md). */
  deletedDownlinks: number;
  /** Sent mails past their retention (CSB_MAIL_RETENTION_DAYS): deleted (docs/operations.md). */
  deletedMails: number;
  /** Car message ids past their retention (CSB_MESSAGE_ID_RETENTION_DAYS): forgotten. */
  forgottenMessageIds: number;
  /** Health Status records past their retention (CSB_HEALTH_STATUS_RETENTION_DAYS): deleted. */
  deletedHealthStatuses: number;
  /**
   * Wall time the sweep took in this process (ms, fractional), from the first read to the last
   * commit: a measurement (benchmark 5, docs/api.md), not a domain time, so it comes from the
   * monotonic timer and not from the injected clock.
   */
  durationMs: number;
}

/**
 * How long a sent mail stays in the mail outbox by default (`CSB_MAIL_RETENTION_DAYS`): the
 * outbox is also the customer's message history on the owner website, so it is kept longer than
 * the downlink ledger; a mail not yet sent is never deleted.
 */
export const DEFAULT_MAIL_RETENTION_DAYS = 365;
/**
 * How long a car's message id is remembered with its answer (`CSB_MESSAGE_ID_RETENTION_DAYS`,
 * docs/protocol.md [ENV-2]): far longer than any car keeps resending one message; every uplink
 * adds one, so without it the table grew with every message ever sent.
 */
export const DEFAULT_MESSAGE_ID_RETENTION_DAYS = 90;
/**
 * How long a Health Status record is kept (`CSB_HEALTH_STATUS_RETENTION_DAYS`); a car's newest
 * stays whatever its age (the dealer API's `latest`).
 */
export const DEFAULT_HEALTH_STATUS_RETENTION_DAYS = 365;

/** How long the sweep keeps each kind of record (ms). */
export interface Retention {
  /** Finished car downlinks, after they finished. */
  readonly ledger: number;
  /** Sent mails, after they were sent. */
  readonly mail: number;
  /** A car's message ids with their answers, after they were first answered. */
  readonly messageIds: number;
  /** Health Status records, after they were received (never a car's newest). */
  readonly healthStatuses: number;
}

/** Finished ledger rows deleted per transaction, and transactions per sweep (the rest: next sweep). */
const DELETE_BATCH = 500;
const MAX_DELETE_BATCHES = 20;

export async function runDueWork(
  deps: {
    store: BookingStore;
    command: RunCommand;
    logger: Logger;
    /** How long each kind of record is kept (ms), then deleted. */
    retentionMs: Retention;
  },
  now: number,
): Promise<SweepResult> {
  const started = performance.now();
  let fired = 0;
  for (let batch = 0; batch < MAX_BATCHES; batch += 1) {
    const due = await deps.store.transaction((s) => s.dueWork(now, BATCH));
    for (const row of due) {
      const done = await deps.command((ctx) => fire(ctx, row), now);
      if (done) {
        fired += 1;
        deps.logger.info(
          { appointmentId: row.appointmentId, timer: row.kind, dueAt: row.dueAt },
          'timer fired',
        );
      }
    }
    if (due.length < BATCH) break;
  }
  // Time-driven like the timers: a reminder for a day that is over is closed here even when its car
  // never comes back (a returning car's own read closes it too).
  const expiredDownlinks = await deps.store.transaction((s) => s.expireCarDownlinks(now));
  const { retentionMs } = deps;
  const finishedBefore = now - retentionMs.ledger;
  const deletedDownlinks = await deleteInBatches(deps.store, (s) =>
    s.deleteFinishedCarDownlinks(finishedBefore, DELETE_BATCH),
  );
  if (deletedDownlinks > 0)
    deps.logger.info({ deletedDownlinks }, 'finished downlinks past the retention deleted');
  const sentBefore = now - retentionMs.mail;
  const deletedMails = await deleteInBatches(deps.store, (s) =>
    s.deleteSentMailsBefore(sentBefore, DELETE_BATCH),
  );
  const rememberedBefore = now - retentionMs.messageIds;
  const forgottenMessageIds = await deleteInBatches(deps.store, (s) =>
    s.deleteCarOutcomesBefore(rememberedBefore, DELETE_BATCH),
  );
  const receivedBefore = now - retentionMs.healthStatuses;
  const deletedHealthStatuses = await deleteInBatches(deps.store, (s) =>
    s.deleteHealthStatusesBefore(receivedBefore, DELETE_BATCH),
  );
  if (deletedMails + forgottenMessageIds + deletedHealthStatuses > 0)
    deps.logger.info(
      { deletedMails, forgottenMessageIds, deletedHealthStatuses },
      'records past their retention deleted',
    );
  return {
    fired,
    expiredDownlinks,
    deletedDownlinks,
    deletedMails,
    forgottenMessageIds,
    deletedHealthStatuses,
    durationMs: performance.now() - started,
  };
}

/**
 * The bound over time of what the sweep retains (the ledger, sent mails, message ids, Health
 * Status records): rows older than their retention go, in small transactions (a sweep never holds the store for long; at most
 * DELETE_BATCH * MAX_DELETE_BATCHES rows of each a sweep, the rest in the next).
 */
async function deleteInBatches(
  store: BookingStore,
  deleteBatch: (s: StoreSession) => Promise<number>,
): Promise<number> {
  let deleted = 0;
  for (let batch = 0; batch < MAX_DELETE_BATCHES; batch += 1) {
    const n = await store.transaction(deleteBatch);
    deleted += n;
    if (n < DELETE_BATCH) break;
  }
  return deleted;
}

/** Claims one row and applies its effect; false when another sweep had it already. */
async function fire(ctx: CommandContext, row: DueWorkRecord): Promise<boolean> {
  if (!(await ctx.session.claimDueWork(row.id, ctx.now))) return false;
  const appointment = await ctx.session.getAppointment(row.appointmentId);
  if (!appointment) return true;
  switch (row.kind) {
    case 'follow-up':
      return systemCommand(ctx, appointment, { kind: 'follow-up-due' });
    case 'pre-booking-due':
      return systemCommand(ctx, appointment, { kind: 'pre-booking-due' });
    case 'service-level':
      return systemCommand(ctx, appointment, { kind: 'service-level-breached' });
    case 'escalation':
      // Only while the request is still unhandled; the mail is the whole effect.
      if (appointment.status === 'requested' && appointment.serviceLevelBreachedAt !== null) {
        await queueEscalationMail(ctx, appointment);
      }
      return true;
    case 'reminder': {
      const start = appointment.currentProposal?.start;
      if (appointment.status !== 'confirmed' || start === undefined) return true;
      // Counted from now, not from when it was due: a sweep that comes late (the node was down, the
      // clock jumped) says the days left, and once the visit's day has begun a "days before"
      // reminder says nothing true any more (the car's copy would expire unsent: [TIME-3]).
      const daysBefore = Math.round((dayStart(start) - dayStart(ctx.now)) / DAY_MS);
      if (daysBefore < 1) return true;
      await queueReminder(ctx, appointment, { reminderKind: 'days-before', daysBefore });
      await queueReminderMail(ctx, appointment, daysBefore);
      return true;
    }
    default: {
      const unreachable: never = row.kind;
      throw new Error(`unhandled timer ${String(unreachable)}`);
    }
  }
}

/** A timer's transition; a status that no longer allows it (a race with a person) just ends the timer. */
async function systemCommand(ctx: CommandContext, appointment: Appointment, command: AppointmentCommand) {
  await applyCommand(ctx, appointment, command, SYSTEM);
  return true;
}

/**
 * A reminder to the car with the navigation target ([TIME-3], [TIME-7]: the reminder, then
 * guidance to the workshop as destination or waypoint). Cars without cloud connection get none.
 */
export async function queueReminder(
  ctx: CommandContext,
  appointment: Appointment,
  kind: { reminderKind: 'days-before'; daysBefore: number } | { reminderKind: 'day-of' },
): Promise<void> {
  const start = appointment.currentProposal?.start;
  if (start === undefined) return;
  const [vehicle, dealer] = await Promise.all([
    ctx.session.getVehicle(appointment.vin),
    ctx.session.getDealer(appointment.dealerId),
  ]);
  if (!vehicle?.connected || !dealer) return;
  const card = dealerCard(dealer);
  const navigation = await navigationMessage(ctx, appointment, card);
  const messages = [
    { kind: 'reminder' as const, appointmentId: appointment.appointmentId, dealer: card, start, ...kind },
    ...(navigation ? [navigation] : []),
  ];
  for (const message of messages) {
    ctx.downlinks.push({ id: ctx.newId(), vin: appointment.vin, createdAt: ctx.now, message });
  }
}

/**
 * What a command needs inside its transaction: the store session, the time of the command, an id
 * generator, and the outbox it fills. Everything a command writes commits together (transactional outbox).
 */
import type { CarMessage, DealerCard } from '../car-channel.ts';
import type { Actor, Appointment } from '../domain/appointment.ts';
import { resolveTimeRules, type TimeRules, timersFor } from '../domain/timers.ts';
import {
  type AppointmentCommand,
  type AppointmentEvent,
  type TransitionError,
  transition,
} from '../domain/transitions.ts';
import { queueAppointmentEvents } from './dealer-events.ts';
import { queueCustomerMails } from './notifications.ts';
import type { MailRecord, NewCarDownlink, NewDealerEvent, StoreSession } from './store-port.ts';
import { dealerCard, toCarView } from './views.ts';

/** Settings of the core that commands read (from openBookingCore options; no globals). */
export interface CoreSettings {
  /** The time rules before any market or dealer setting (domain/timers.ts). */
  defaultRules: TimeRules;
  /** The owner website; every customer email links to the appointment there. */
  websiteUrl: string;
  /**
   * Open appointments a vehicle may have: a booking request (car or website) beyond is refused
   * (car: TOO_MANY_OPEN_APPOINTMENTS). Bounds the car's "My appointments" and the work of each of
   * its uplinks. A dealer's pre-booking counts but is not refused (the list has its own cap).
   */
  maxOpenAppointmentsPerVehicle: number;
}

export const DEFAULT_MAX_OPEN_APPOINTMENTS_PER_VEHICLE = 20;

/**
 * Entries in the car's "My appointments" at most (docs/protocol.md): requests are bounded by
 * `maxOpenAppointmentsPerVehicle` (at most 100); only dealer pre-bookings can go beyond it.
 */
export const CAR_LIST_MAX_APPOINTMENTS = 100;

/**
 * `session` with its vehicle, customer, dealer and time-rule reads answered once per key from
 * `memo`: for work that reads them several times and never writes them (a car message reads the
 * dealer three times and the vehicle and customer twice; the bulk pre-booking seed).
 */
export function memoizedReads(session: StoreSession, memo: Map<string, Promise<unknown>>): StoreSession {
  const once = <T>(key: string, read: () => Promise<T>): Promise<T> => {
    let hit = memo.get(key) as Promise<T> | undefined;
    if (!hit) {
      hit = read();
      memo.set(key, hit);
    }
    return hit;
  };
  return {
    ...session,
    getVehicle: (vin) => once(`v:${vin}`, () => session.getVehicle(vin)),
    getCustomer: (id) => once(`c:${id}`, () => session.getCustomer(id)),
    getDealer: (id) => once(`d:${id}`, () => session.getDealer(id)),
    getTimeRules: (scope, id) => once(`r:${scope}:${id}`, () => session.getTimeRules(scope, id)),
    getDealerTimeRules: (dealerId, countryCode) =>
      once(`rd:${dealerId}:${countryCode}`, () => session.getDealerTimeRules(dealerId, countryCode)),
  };
}

/** True when the vehicle may not get another booking request (CoreSettings.maxOpenAppointmentsPerVehicle). */
export async function vehicleIsFull(ctx: CommandContext, vin: string): Promise<boolean> {
  return (await ctx.session.countOpenVehicleAppointments(vin)) >= ctx.settings.maxOpenAppointmentsPerVehicle;
}

export interface CommandContext {
  session: StoreSession;
  now: number;
  newId: () => string;
  /** Car messages written to the outbox by this command (flushed before commit). */
  downlinks: NewCarDownlink[];
  /** Emails written to the mail outbox by this command (flushed before commit). */
  mails: MailRecord[];
  /** Events of the dealer feeds written by this command (flushed before commit; dealer-events.ts). */
  dealerEvents: NewDealerEvent[];
  settings: CoreSettings;
}

/** The time rules of one dealer: defaults, then its market's (country) settings, then its own. */
/**
 * Writes what a command queued (its mails, dealer events and car messages) in the command's own transaction: they
 * commit with the change they report (transactional outbox). Returns how many open downlinks the
 * per-car cap expired.
 */
export async function flushOutboxes(ctx: CommandContext, maxOpenPerCar: number): Promise<{ capped: number }> {
  await ctx.session.enqueueMails(ctx.mails);
  if (ctx.dealerEvents.length > 0) await ctx.session.appendDealerEvents(ctx.dealerEvents);
  return ctx.session.enqueueCarDownlinks(ctx.downlinks, { maxOpenPerCar });
}

export async function rulesFor(ctx: Pick<CommandContext, 'session' | 'settings'>, dealerId: string) {
  const dealer = await ctx.session.getDealer(dealerId);
  const { market, dealer: own } = await ctx.session.getDealerTimeRules(
    dealerId,
    dealer ? dealer.address.countryCode : null,
  );
  return resolveTimeRules(ctx.settings.defaultRules, market, own);
}

/** Re-arms the appointment's timers after a change (domain/timers.ts `timersFor`). */
export async function rescheduleTimers(
  ctx: CommandContext,
  appointment: Appointment,
  options?: { newAppointment?: boolean },
): Promise<void> {
  const rules = await rulesFor(ctx, appointment.dealerId);
  const customer = await ctx.session.getCustomer(appointment.customerId);
  const timers = timersFor(appointment, rules, customer?.reminderDays ?? null);
  await ctx.session.replaceTimers(
    appointment.appointmentId,
    timers.map((t) => ({ id: ctx.newId(), appointmentId: appointment.appointmentId, ...t })),
    ctx.now,
    options,
  );
}

/** The navigation target of a confirmed appointment, in the mode chosen or the dealer's default. */
export async function navigationMessage(
  ctx: CommandContext,
  appointment: Appointment,
  card: DealerCard,
): Promise<CarMessage | null> {
  const start = appointment.currentProposal?.start;
  if (start === undefined) return null;
  const mode = appointment.navigationMode ?? (await rulesFor(ctx, appointment.dealerId)).navigationMode;
  return {
    kind: 'navigation',
    appointmentId: appointment.appointmentId,
    dealer: card,
    arriveBy: start,
    mode,
  };
}

/** Events that change nothing the car shows in "My appointments". */
const CAR_SILENT_EVENTS: ReadonlySet<AppointmentEvent['kind']> = new Set([
  'follow-up-due',
  'service-level-breached',
  'navigation-chosen',
]);

/**
 * The car's whole "My appointments" list: its open appointments only (closed and cancelled drop
 * out), read narrow and through the car's open rows alone, so its cost follows the open
 * appointments (bounded), not the car's history.
 */
async function appointmentList(ctx: CommandContext, vin: string, known: DealerCard): Promise<CarMessage> {
  const appointments = await ctx.session.listVehicleAppointmentRecords(vin, CAR_LIST_MAX_APPOINTMENTS);
  const cards = new Map([[known.dealerId, known]]);
  for (const dealerId of new Set(appointments.map((a) => a.dealerId))) {
    if (cards.has(dealerId)) continue;
    const dealer = await ctx.session.getDealer(dealerId);
    if (dealer) cards.set(dealerId, dealerCard(dealer));
  }
  return {
    kind: 'appointment-list',
    generatedAt: ctx.now,
    appointments: appointments.flatMap((a) => {
      const card = cards.get(a.dealerId);
      return card ? [toCarView(a, card)] : [];
    }),
  };
}

/**
 * The car messages a change causes. Every change re-sends the list (a silent sync); some events also
 * notify the driver. The dealer's confirm sends nothing else ([ST-7]), and an inquiry
 * never reaches the car (it cannot answer one).
 */
export async function queueCarMessages(
  ctx: CommandContext,
  appointment: Appointment,
  events: AppointmentEvent[],
): Promise<void> {
  const vehicle = await ctx.session.getVehicle(appointment.vin);
  // Cars without cloud connection take part through the website and the dealer only ([ACT-3]).
  if (!vehicle?.connected) return;
  const dealer = await ctx.session.getDealer(appointment.dealerId);
  if (!dealer) return;
  const card = dealerCard(dealer);
  const messages: CarMessage[] = [];
  for (const event of events) {
    switch (event.kind) {
      case 'proposed':
        // Time and price only: the work description stays with the dealer and the website.
        messages.push({
          kind: 'proposal',
          appointmentId: appointment.appointmentId,
          proposalId: event.proposal.proposalId,
          dealer: card,
          start: event.proposal.start,
          durationMinutes: event.proposal.durationMinutes,
          price: event.proposal.price,
        });
        break;
      case 'accepted':
        if (appointment.currentProposal) {
          messages.push({
            kind: 'confirmation',
            appointmentId: appointment.appointmentId,
            dealer: card,
            start: appointment.currentProposal.start,
            durationMinutes: appointment.currentProposal.durationMinutes,
            status: 'accepted',
          });
        }
        break;
      case 'pre-booked':
        // [INT-9]: the pre-booking shows in the car's "My appointments"; the confirmation says so.
        if (appointment.preBooking) {
          messages.push({
            kind: 'confirmation',
            appointmentId: appointment.appointmentId,
            dealer: card,
            start: appointment.preBooking.start,
            durationMinutes: appointment.preBooking.durationMinutes,
            status: 'pre-booked',
          });
        }
        break;
      case 'navigation-chosen': {
        // A new choice after confirmation replaces the target the car holds ([TIME-7]).
        if (appointment.status !== 'confirmed') break;
        const navigation = await navigationMessage(ctx, appointment, card);
        if (navigation) messages.push(navigation);
        break;
      }
      case 'cancelled':
        messages.push({
          kind: 'appointment-cancelled',
          appointmentId: appointment.appointmentId,
          cancelledBy: event.by,
          reason: event.reason,
        });
        break;
      case 'requested':
      case 'another-slot-requested':
      case 'confirmed':
      case 'finalized':
      // An inquiry never reaches the car: it cannot answer one ([ACT-2]).
      case 'inquired':
      case 'inquiry-answered':
      case 'pre-booking-due':
      case 'follow-up-due':
      case 'service-level-breached':
        break;
      default: {
        const unreachable: never = event;
        throw new Error(`unhandled event ${JSON.stringify(unreachable)}`);
      }
    }
  }
  // The list is re-sent when what the car shows can have changed (not for the dealer's own marks).
  if (events.some((e) => !CAR_SILENT_EVENTS.has(e.kind)))
    messages.push(await appointmentList(ctx, appointment.vin, card));
  for (const message of messages) {
    ctx.downlinks.push({ id: ctx.newId(), vin: appointment.vin, createdAt: ctx.now, message });
  }
}

export type CommandError = TransitionError | { code: 'BOOKING_CONCURRENT_UPDATE' };

/** Applies one command to a stored appointment: new state, history entry and car messages. */
export async function applyCommand(
  ctx: CommandContext,
  appointment: Appointment,
  command: AppointmentCommand,
  actor: Actor,
): Promise<{ ok: true; appointment: Appointment } | { ok: false; error: CommandError }> {
  const result = transition(appointment, command, ctx.now);
  if (!result.ok) return result;
  const next = result.appointment;
  if (!(await ctx.session.updateAppointment(next, appointment.version))) {
    return { ok: false, error: { code: 'BOOKING_CONCURRENT_UPDATE' } };
  }
  await ctx.session.appendHistory({
    appointmentId: next.appointmentId,
    version: next.version,
    at: ctx.now,
    actor,
    command: command.kind,
    status: next.status,
    snapshot: next,
  });
  await queueCarMessages(ctx, next, result.events);
  await queueCustomerMails(ctx, next, result.events);
  queueAppointmentEvents(ctx, next, result.events);
  await rescheduleTimers(ctx, next);
  return { ok: true, appointment: next };
}

/** Stores a newly created appointment with its first history entry and car messages. */
export async function storeNewAppointment(
  ctx: CommandContext,
  appointment: Appointment,
  events: AppointmentEvent[],
  actor: Actor,
  command: string,
): Promise<void> {
  await ctx.session.insertAppointment(appointment);
  await ctx.session.appendHistory({
    appointmentId: appointment.appointmentId,
    version: appointment.version,
    at: ctx.now,
    actor,
    command,
    status: appointment.status,
    snapshot: appointment,
  });
  await queueCarMessages(ctx, appointment, events);
  await queueCustomerMails(ctx, appointment, events);
  queueAppointmentEvents(ctx, appointment, events);
  await rescheduleTimers(ctx, appointment, { newAppointment: true });
}

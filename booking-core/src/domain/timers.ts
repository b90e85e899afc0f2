/**
 * The time rules (docs/domain.md [TIME-1]..[TIME-9]), each a parameter with the seeds' default,
 * settable per market and per dealer, and the pure function that says which timers an appointment
 * has. The scheduler stores these as due-work rows indexed by due time. No clock here: times come in.
 */
import type { Appointment, NavigationMode } from './appointment.ts';

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

export interface TimeRules {
  /** [LIST-2], [INT-4]: "Quatre jours passent ... Par défaut" the appointment returns to Actions. */
  pendingTimeoutDays: number;
  /** [TIME-2]: "30 days* before ... * Parameter set at market or dealer level". */
  preBookingLeadDays: number;
  /** Reminder days when the customer has set none ([CUST-3]; [INT-6]). */
  defaultReminderDays: number;
  /** Dealer service level: a new request not handled within this many working days is flagged. */
  serviceLevelWorkingDays: number;
  /** Hours after the service-level flag until the escalation email goes to the dealer. */
  escalationHours: number;
  /** How the car navigates to the workshop unless the dealer or the customer chose ([TIME-7]). */
  navigationMode: NavigationMode;
}

export const DEFAULT_TIME_RULES: TimeRules = Object.freeze({
  pendingTimeoutDays: 4,
  preBookingLeadDays: 30,
  defaultReminderDays: 2,
  serviceLevelWorkingDays: 2,
  escalationHours: 24,
  navigationMode: 'destination',
});

/** Market settings override the defaults, dealer settings override the market's. */
export function resolveTimeRules(
  defaults: TimeRules,
  market: Partial<TimeRules> | undefined,
  dealer: Partial<TimeRules> | undefined,
): TimeRules {
  return { ...defaults, ...market, ...dealer };
}

export const TIMER_KINDS = [
  'follow-up',
  'pre-booking-due',
  'reminder',
  'service-level',
  'escalation',
] as const;
export type TimerKind = (typeof TIMER_KINDS)[number];

export interface Timer {
  kind: TimerKind;
  dueAt: number;
}

/** Adds working days (Monday to Friday, UTC; public holidays are not known here), keeping the time of day. */
export function addWorkingDays(from: number, days: number): number {
  let t = from;
  let added = 0;
  while (added < days) {
    t += DAY_MS;
    const weekday = new Date(t).getUTCDay();
    if (weekday !== 0 && weekday !== 6) added += 1;
  }
  return t;
}

/** The start of the UTC calendar day that holds `t`. */
export function dayStart(t: number): number {
  return t - (((t % DAY_MS) + DAY_MS) % DAY_MS);
}

/**
 * The timers an appointment has in its current state. Recomputed after every change; a timer that
 * fired keeps its row, so recomputing the same (kind, due time) never fires it twice.
 */
export function timersFor(appointment: Appointment, rules: TimeRules, reminderDays: number | null): Timer[] {
  switch (appointment.status) {
    case 'requested':
      return appointment.serviceLevelBreachedAt === null
        ? [
            {
              kind: 'service-level',
              dueAt: addWorkingDays(appointment.statusSince, rules.serviceLevelWorkingDays),
            },
          ]
        : [
            {
              kind: 'escalation',
              dueAt: appointment.serviceLevelBreachedAt + rules.escalationHours * HOUR_MS,
            },
          ];
    case 'inquired':
    case 'proposed':
      return appointment.awaitingFollowUpSince === null
        ? [{ kind: 'follow-up', dueAt: appointment.statusSince + rules.pendingTimeoutDays * DAY_MS }]
        : [];
    case 'pre-booked':
      return appointment.preBooking
        ? [
            {
              kind: 'pre-booking-due',
              dueAt: appointment.preBooking.start - rules.preBookingLeadDays * DAY_MS,
            },
          ]
        : [];
    case 'confirmed': {
      const start = appointment.currentProposal?.start;
      if (start === undefined) return [];
      // [CUST-3]: "1 to 4 days before the day of a workshop appointment": at the start of that day (UTC).
      const days = reminderDays ?? rules.defaultReminderDays;
      return [{ kind: 'reminder', dueAt: dayStart(start) - days * DAY_MS }];
    }
    case 'accepted':
    case 'cancelled-by-customer':
    case 'cancelled-by-dealer':
    case 'closed':
      return [];
    default: {
      const unreachable: never = appointment.status;
      return unreachable;
    }
  }
}

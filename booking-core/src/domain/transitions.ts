/**
 * The appointment lifecycle: ONE explicit table mirroring the status table of docs/domain.md [ST-2], and a pure `transition` function.
 * No I/O and no clock: `now` comes in as an argument.
 */
import type { Price } from '../car-channel.ts';
import type {
  Appointment,
  AppointmentOrigin,
  AppointmentStatus,
  Inquiry,
  NavigationMode,
  PreBooking,
  Proposal,
} from './appointment.ts';
import type { HealthStatus, TimeWindow } from './health-status.ts';

/** A change asked of an existing appointment, by the dealer, the customer, the car or the scheduler. */
export type AppointmentCommand =
  | {
      kind: 'propose';
      /** Chosen by the caller (the service generates a new one every time). */
      proposalId: string;
      start: number;
      durationMinutes: number;
      price: Price;
      workDescription: string;
    }
  | { kind: 'accept'; proposalId: string }
  | { kind: 'ask-another-slot'; proposalId: string; preferredWindows: TimeWindow[]; note: string }
  | { kind: 'confirm' }
  | { kind: 'finalize' }
  | { kind: 'cancel-by-customer'; reason: string }
  | { kind: 'cancel-by-dealer'; reason: string }
  /** The dealer asks the customer a question ([ST-2]: "Demander des informations supplémentaires"). */
  | { kind: 'inquire'; inquiryId: string; question: string }
  /** The customer answers the open inquiry on the website (the car cannot: [ACT-2]). */
  | { kind: 'answer-inquiry'; answer: string }
  /** Scheduler: the pre-booking's date is `preBookingLeadDays` away ([TIME-2]). */
  | { kind: 'pre-booking-due' }
  /** Scheduler: no customer answer within the pending timeout ([LIST-2], [INT-4]). */
  | { kind: 'follow-up-due' }
  /** Scheduler: a request was not handled within the dealer service level. */
  | { kind: 'service-level-breached' }
  /** The dealer or the customer chooses how the car navigates to the workshop ([TIME-7]). */
  | { kind: 'choose-navigation'; mode: NavigationMode };

export type CommandKind = AppointmentCommand['kind'];

export const COMMAND_KINDS = [
  'propose',
  'accept',
  'ask-another-slot',
  'confirm',
  'finalize',
  'cancel-by-customer',
  'cancel-by-dealer',
  'inquire',
  'answer-inquiry',
  'pre-booking-due',
  'follow-up-due',
  'service-level-breached',
  'choose-navigation',
] as const satisfies readonly CommandKind[];

/** Commands only the scheduler gives (never accepted from a car, the website or a dealer). */
export const SYSTEM_COMMANDS: readonly CommandKind[] = [
  'pre-booking-due',
  'follow-up-due',
  'service-level-breached',
];

/**
 * status -> command -> resulting status: the status table of docs/domain.md [ST-2]. A missing entry is a forbidden transition. Lists follow from the status (lists.ts),
 * except the pending timeout, which moves an unanswered appointment to Actions without changing
 * its status ([LIST-2], [INT-4]).
 */
export const TRANSITIONS: Record<AppointmentStatus, Partial<Record<CommandKind, AppointmentStatus>>> = {
  requested: {
    // [ST-2]: Proposed / Inquired, Actions -> Pending.
    propose: 'proposed',
    inquire: 'inquired',
    // The status table [ST-2] names cancellations from Planned or Pending; a driver withdrawing a request still in
    // Actions is what a driver expects ([INT-1]).
    'cancel-by-customer': 'cancelled-by-customer',
    // The dealer declines a request on the customer's behalf (after a phone call, say).
    'cancel-by-dealer': 'cancelled-by-dealer',
    'service-level-breached': 'requested',
  },
  inquired: {
    // [TIME-1]: after the pending timeout the dealer inquires again (Actions -> Pending).
    inquire: 'inquired',
    // The customer's answer sends the request back to the dealer (Pending -> Actions).
    'answer-inquiry': 'requested',
    // [ST-2]: "La concession peut aussi remplir l'information de proposition".
    propose: 'proposed',
    'follow-up-due': 'inquired',
    'cancel-by-customer': 'cancelled-by-customer',
    'cancel-by-dealer': 'cancelled-by-dealer',
  },
  proposed: {
    // The customer accepts (Pending -> Actions) or asks for another slot (scenario 1 and 4: back to Requested).
    accept: 'accepted',
    'ask-another-slot': 'requested',
    // The dealer may revise a pending proposal; the new one supersedes the old (new proposal id).
    propose: 'proposed',
    'follow-up-due': 'proposed',
    // [ST-2]: the customer cancels a proposal (Pending -> Actions); the dealer cancels a pending proposal.
    'cancel-by-customer': 'cancelled-by-customer',
    'cancel-by-dealer': 'cancelled-by-dealer',
    'choose-navigation': 'proposed',
  },
  accepted: {
    // [ST-2]: Confirmed, Actions -> Planned.
    confirm: 'confirmed',
    'cancel-by-customer': 'cancelled-by-customer',
    'cancel-by-dealer': 'cancelled-by-dealer',
    'choose-navigation': 'accepted',
  },
  confirmed: {
    // [ST-2]: Closed, "Dealer has finalised a booking after work has been performed", Planned -> none.
    finalize: 'closed',
    'cancel-by-customer': 'cancelled-by-customer',
    'cancel-by-dealer': 'cancelled-by-dealer',
    'choose-navigation': 'confirmed',
  },
  'pre-booked': {
    // [TIME-2]: 30 days before, Requested, Planned -> Actions.
    'pre-booking-due': 'requested',
    // [LIST-1]: cancellations from Planned (customer: -> Actions; dealer: out of the lists).
    'cancel-by-customer': 'cancelled-by-customer',
    'cancel-by-dealer': 'cancelled-by-dealer',
    'choose-navigation': 'pre-booked',
  },
  // [ST-2]: Closed, "Dealer has finalised a booking since it was cancelled by the customer", Actions -> none.
  'cancelled-by-customer': { finalize: 'closed' },
  // [LIST-1]: a dealer cancellation leaves every list; nothing follows.
  'cancelled-by-dealer': {},
  closed: {},
};

export type AppointmentEvent =
  | { kind: 'requested'; at: number }
  | { kind: 'pre-booked'; at: number }
  | { kind: 'proposed'; at: number; proposal: Proposal; supersededProposalId: string | null }
  | { kind: 'accepted'; at: number; proposalId: string }
  | {
      kind: 'another-slot-requested';
      at: number;
      proposalId: string;
      preferredWindows: TimeWindow[];
      note: string;
    }
  | { kind: 'confirmed'; at: number }
  | { kind: 'finalized'; at: number }
  | { kind: 'cancelled'; at: number; by: 'customer' | 'dealer'; reason: string }
  | { kind: 'inquired'; at: number; inquiry: Inquiry }
  | { kind: 'inquiry-answered'; at: number; inquiryId: string; answer: string }
  | { kind: 'pre-booking-due'; at: number }
  | { kind: 'follow-up-due'; at: number }
  | { kind: 'service-level-breached'; at: number }
  | { kind: 'navigation-chosen'; at: number; mode: NavigationMode };

export type TransitionError =
  | { code: 'BOOKING_INVALID_TRANSITION'; status: AppointmentStatus; command: CommandKind }
  | {
      /** The customer answered a proposal that a newer one has replaced. */
      code: 'BOOKING_PROPOSAL_SUPERSEDED';
      status: AppointmentStatus;
      command: CommandKind;
      proposalId: string;
      currentProposalId: string;
    }
  | {
      /** The customer accepted a proposal whose start has passed: ask for another slot instead. */
      code: 'BOOKING_PROPOSAL_EXPIRED';
      status: AppointmentStatus;
      command: CommandKind;
      proposalId: string;
      start: number;
    };

export type TransitionResult =
  | { ok: true; appointment: Appointment; events: AppointmentEvent[] }
  | { ok: false; error: TransitionError };

export function isAllowed(status: AppointmentStatus, command: CommandKind): boolean {
  return TRANSITIONS[status][command] !== undefined;
}

export function transition(
  appointment: Appointment,
  command: AppointmentCommand,
  now: number,
): TransitionResult {
  const status = appointment.status;
  const next = TRANSITIONS[status][command.kind];
  const invalid: TransitionResult = {
    ok: false,
    error: { code: 'BOOKING_INVALID_TRANSITION', status, command: command.kind },
  };
  if (next === undefined) return invalid;

  // A dealer message to the customer restarts the pending timeout; any change but the timeout itself
  // and a navigation choice ends "awaiting follow-up"; leaving Requested ends the service-level breach.
  const restartsClock = next !== status || command.kind === 'propose' || command.kind === 'inquire';
  const keepsFollowUp = command.kind === 'choose-navigation';
  const changed = (patch: Partial<Appointment>, event: AppointmentEvent): TransitionResult => ({
    ok: true,
    appointment: {
      ...appointment,
      awaitingFollowUpSince: keepsFollowUp ? appointment.awaitingFollowUpSince : null,
      serviceLevelBreachedAt:
        next === 'requested' && status === 'requested' ? appointment.serviceLevelBreachedAt : null,
      statusSince: restartsClock ? now : appointment.statusSince,
      ...patch,
      status: next,
      updatedAt: now,
      version: appointment.version + 1,
    },
    events: [event],
  });

  switch (command.kind) {
    case 'propose': {
      const proposal: Proposal = {
        proposalId: command.proposalId,
        start: command.start,
        durationMinutes: command.durationMinutes,
        price: command.price,
        workDescription: command.workDescription,
        proposedAt: now,
      };
      const supersededProposalId = appointment.currentProposal?.proposalId ?? null;
      return changed(
        { currentProposal: proposal },
        { kind: 'proposed', at: now, proposal, supersededProposalId },
      );
    }
    case 'accept':
    case 'ask-another-slot': {
      const current = appointment.currentProposal;
      if (!current) return invalid;
      if (current.proposalId !== command.proposalId) {
        return {
          ok: false,
          error: {
            code: 'BOOKING_PROPOSAL_SUPERSEDED',
            status,
            command: command.kind,
            proposalId: command.proposalId,
            currentProposalId: current.proposalId,
          },
        };
      }
      if (command.kind === 'accept') {
        // A time that is over cannot be booked: the ledger expired its message unshown
        // ([LEDGER-4]), and an Accepted appointment in the past would wait for ever.
        if (current.start <= now) {
          return {
            ok: false,
            error: {
              code: 'BOOKING_PROPOSAL_EXPIRED',
              status,
              command: command.kind,
              proposalId: command.proposalId,
              start: current.start,
            },
          };
        }
        return changed({}, { kind: 'accepted', at: now, proposalId: command.proposalId });
      }
      // Back to Requested with the customer's new wishes; the declined proposal is dropped from the
      // appointment (it stays in the history) so the car's list shows no stale time or price.
      return changed(
        {
          currentProposal: null,
          preferredWindows: command.preferredWindows,
          customerNote: command.note.length > 0 ? command.note : appointment.customerNote,
        },
        {
          kind: 'another-slot-requested',
          at: now,
          proposalId: command.proposalId,
          preferredWindows: command.preferredWindows,
          note: command.note,
        },
      );
    }
    case 'confirm':
      // An accepted appointment always holds the accepted proposal; without one there is no time to block.
      if (!appointment.currentProposal) return invalid;
      return changed({}, { kind: 'confirmed', at: now });
    case 'finalize':
      return changed({}, { kind: 'finalized', at: now });
    case 'cancel-by-customer':
      return changed({}, { kind: 'cancelled', at: now, by: 'customer', reason: command.reason });
    case 'cancel-by-dealer':
      return changed({}, { kind: 'cancelled', at: now, by: 'dealer', reason: command.reason });
    case 'inquire': {
      const inquiry: Inquiry = {
        inquiryId: command.inquiryId,
        question: command.question,
        askedAt: now,
        answer: null,
        answeredAt: null,
      };
      return changed(
        { inquiries: [...appointment.inquiries, inquiry] },
        { kind: 'inquired', at: now, inquiry },
      );
    }
    case 'answer-inquiry': {
      // The answer belongs to the newest question (an earlier unanswered one was repeated by it).
      const last = appointment.inquiries.at(-1);
      if (!last) return invalid;
      const answered: Inquiry = { ...last, answer: command.answer, answeredAt: now };
      return changed(
        { inquiries: [...appointment.inquiries.slice(0, -1), answered] },
        { kind: 'inquiry-answered', at: now, inquiryId: last.inquiryId, answer: command.answer },
      );
    }
    case 'pre-booking-due':
      return changed({}, { kind: 'pre-booking-due', at: now });
    case 'follow-up-due':
      return changed({ awaitingFollowUpSince: now }, { kind: 'follow-up-due', at: now });
    case 'service-level-breached':
      return changed({ serviceLevelBreachedAt: now }, { kind: 'service-level-breached', at: now });
    case 'choose-navigation':
      return changed(
        { navigationMode: command.mode },
        { kind: 'navigation-chosen', at: now, mode: command.mode },
      );
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
}

export interface NewRequest {
  appointmentId: string;
  vin: string;
  customerId: string;
  dealerId: string;
  origin: AppointmentOrigin;
  customerNote: string;
  preferredWindows: TimeWindow[];
  healthStatus: HealthStatus | null;
  /** The odometer typed on the website ([ACT-4]). */
  reportedOdometerKm?: number | null;
}

/** The fields every new appointment starts with, whatever created it. */
function fresh(now: number) {
  return {
    currentProposal: null,
    requestedAt: now,
    updatedAt: now,
    statusSince: now,
    version: 1,
    inquiries: [],
    preBooking: null,
    awaitingFollowUpSince: null,
    serviceLevelBreachedAt: null,
    navigationMode: null,
  } satisfies Partial<Appointment>;
}

/** A customer's booking request (car or website) creates an appointment in Requested, list Actions ([LIST-1]). */
export function createRequest(
  request: NewRequest,
  now: number,
): { appointment: Appointment; events: AppointmentEvent[] } {
  const { reportedOdometerKm, ...rest } = request;
  return {
    appointment: {
      ...rest,
      ...fresh(now),
      status: 'requested',
      reportedOdometerKm: reportedOdometerKm ?? null,
    },
    events: [{ kind: 'requested', at: now }],
  };
}

export interface NewPreBooking {
  appointmentId: string;
  vin: string;
  customerId: string;
  dealerId: string;
  preBooking: PreBooking;
  note: string;
}

/** [ST-4]: the dealer's "Perform pre-booking" creates a Pre-booked appointment in Planned. */
export function createPreBooking(
  input: NewPreBooking,
  now: number,
): { appointment: Appointment; events: AppointmentEvent[] } {
  return {
    appointment: {
      appointmentId: input.appointmentId,
      vin: input.vin,
      customerId: input.customerId,
      dealerId: input.dealerId,
      origin: 'dealer',
      customerNote: input.note,
      preferredWindows: [],
      healthStatus: null,
      reportedOdometerKm: null,
      ...fresh(now),
      status: 'pre-booked',
      preBooking: input.preBooking,
    },
    events: [{ kind: 'pre-booked', at: now }],
  };
}

/**
 * History snapshots written before a field existed lack it; this fills the defaults so an old
 * snapshot reads like a current appointment ("as it was" still works after an upgrade).
 */
export function normalizeAppointment(stored: Appointment): Appointment {
  const defaults = {
    inquiries: [],
    preBooking: null,
    awaitingFollowUpSince: null,
    serviceLevelBreachedAt: null,
    navigationMode: null,
    reportedOdometerKm: null,
    statusSince: stored.updatedAt,
  } satisfies Partial<Appointment>;
  return { ...defaults, ...stored };
}

/**
 * The appointment lifecycle: ONE explicit table mirroring seed 004's status table
 * (/work/shared/WORKFLOW.md, "Appointment statuses"), and a pure `transition` function.
 * No I/O and no clock: `now` comes in as an argument.
 */
import type { Price } from '../car-channel.ts';
import type { Appointment, AppointmentOrigin, AppointmentStatus, Proposal } from './appointment.ts';
import type { HealthStatus, TimeWindow } from './health-status.ts';

/** A change asked of an existing appointment, by the dealer, the customer or the car. */
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
  | { kind: 'cancel-by-dealer'; reason: string };

export type CommandKind = AppointmentCommand['kind'];

export const COMMAND_KINDS = [
  'propose',
  'accept',
  'ask-another-slot',
  'confirm',
  'finalize',
  'cancel-by-customer',
  'cancel-by-dealer',
] as const satisfies readonly CommandKind[];

/**
 * status -> command -> resulting status. Every status has a row, even where its commands come in a
 * later issue (inquiry: scenario 2; pre-booking: scenario 4). A missing entry is a forbidden transition.
 */
export const TRANSITIONS: Record<AppointmentStatus, Partial<Record<CommandKind, AppointmentStatus>>> = {
  // seed 004: Requested -> (dealer proposes) Proposed, Actions -> Pending.
  requested: { propose: 'proposed' },
  // Scenario 2 (inquire, answer, 4-day return to Actions) comes with a later issue.
  inquired: {},
  proposed: {
    // The customer accepts (Pending -> Actions) or asks for another slot (scenario 1 and 4: back to Requested).
    accept: 'accepted',
    'ask-another-slot': 'requested',
    // The dealer may revise a pending proposal; the new one supersedes the old (new proposal id).
    propose: 'proposed',
    // seed 004: the customer cancels a proposal (Pending -> Actions); the dealer cancels a pending proposal.
    'cancel-by-customer': 'cancelled-by-customer',
    'cancel-by-dealer': 'cancelled-by-dealer',
  },
  accepted: {
    // seed 004: Confirmed, Actions -> Planned.
    confirm: 'confirmed',
    'cancel-by-customer': 'cancelled-by-customer',
    'cancel-by-dealer': 'cancelled-by-dealer',
  },
  confirmed: {
    // seed 004: Closed, "Dealer has finalised a booking after work has been performed", Planned -> none.
    finalize: 'closed',
    'cancel-by-customer': 'cancelled-by-customer',
    'cancel-by-dealer': 'cancelled-by-dealer',
  },
  // Scenario 4 (pre-booking coming due, cancelling a pre-booking) comes with a later issue.
  'pre-booked': {},
  // seed 004: Closed, "Dealer has finalised a booking since it was cancelled by the customer", Actions -> none.
  'cancelled-by-customer': { finalize: 'closed' },
  // seed 004: a dealer cancellation leaves every list; nothing follows.
  'cancelled-by-dealer': {},
  closed: {},
};

export type AppointmentEvent =
  | { kind: 'requested'; at: number }
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
  | { kind: 'cancelled'; at: number; by: 'customer' | 'dealer'; reason: string };

export type TransitionError =
  | { code: 'BOOKING_INVALID_TRANSITION'; status: AppointmentStatus; command: CommandKind }
  | {
      /** The customer answered a proposal that a newer one has replaced. */
      code: 'BOOKING_PROPOSAL_SUPERSEDED';
      status: AppointmentStatus;
      command: CommandKind;
      proposalId: string;
      currentProposalId: string;
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

  const changed = (patch: Partial<Appointment>, event: AppointmentEvent): TransitionResult => ({
    ok: true,
    appointment: { ...appointment, ...patch, status: next, updatedAt: now, version: appointment.version + 1 },
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
}

/** A customer's booking request (car or website) creates an appointment in Requested, list Actions (seed 004). */
export function createRequest(
  request: NewRequest,
  now: number,
): { appointment: Appointment; events: AppointmentEvent[] } {
  return {
    appointment: {
      ...request,
      status: 'requested',
      currentProposal: null,
      requestedAt: now,
      updatedAt: now,
      version: 1,
    },
    events: [{ kind: 'requested', at: now }],
  };
}

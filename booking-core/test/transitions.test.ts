/**
 * The lifecycle table, pair by pair: every (status, command) is either allowed with the status and
 * list [LIST-1] names, or refused with a typed error naming the status and the command.
 */
import { describe, expect, it } from 'vitest';
import {
  APPOINTMENT_STATUSES,
  type Appointment,
  type AppointmentList,
  type AppointmentStatus,
} from '../src/domain/appointment.ts';
import type { HealthStatus } from '../src/domain/health-status.ts';
import { isOpen, listOf, listOfAppointment, notificationFlags, statusesInList } from '../src/domain/lists.ts';
import {
  type AppointmentCommand,
  COMMAND_KINDS,
  type CommandKind,
  createRequest,
  TRANSITIONS,
  transition,
} from '../src/domain/transitions.ts';

const T0 = Date.UTC(2026, 4, 4, 8, 0, 0);
const NOW = T0 + 3_600_000;

/** Written out by hand from docs/domain.md's status table [ST-2], independently of the implementation's table. */
const EXPECTED: Record<
  AppointmentStatus,
  Partial<Record<CommandKind, [AppointmentStatus, AppointmentList | null]>>
> = {
  requested: {
    propose: ['proposed', 'pending'],
    inquire: ['inquired', 'pending'],
    'cancel-by-customer': ['cancelled-by-customer', 'actions'],
    'cancel-by-dealer': ['cancelled-by-dealer', null],
    'service-level-breached': ['requested', 'actions'],
  },
  inquired: {
    inquire: ['inquired', 'pending'],
    'answer-inquiry': ['requested', 'actions'],
    propose: ['proposed', 'pending'],
    // The status stays; the list becomes Actions ([LIST-2], [INT-4]).
    'follow-up-due': ['inquired', 'actions'],
    'cancel-by-customer': ['cancelled-by-customer', 'actions'],
    'cancel-by-dealer': ['cancelled-by-dealer', null],
  },
  proposed: {
    propose: ['proposed', 'pending'],
    accept: ['accepted', 'actions'],
    'ask-another-slot': ['requested', 'actions'],
    'follow-up-due': ['proposed', 'actions'],
    'cancel-by-customer': ['cancelled-by-customer', 'actions'],
    'cancel-by-dealer': ['cancelled-by-dealer', null],
    'choose-navigation': ['proposed', 'pending'],
  },
  accepted: {
    confirm: ['confirmed', 'planned'],
    'cancel-by-customer': ['cancelled-by-customer', 'actions'],
    'cancel-by-dealer': ['cancelled-by-dealer', null],
    'choose-navigation': ['accepted', 'actions'],
  },
  confirmed: {
    finalize: ['closed', null],
    'cancel-by-customer': ['cancelled-by-customer', 'actions'],
    'cancel-by-dealer': ['cancelled-by-dealer', null],
    'choose-navigation': ['confirmed', 'planned'],
  },
  'pre-booked': {
    'pre-booking-due': ['requested', 'actions'],
    'cancel-by-customer': ['cancelled-by-customer', 'actions'],
    'cancel-by-dealer': ['cancelled-by-dealer', null],
    'choose-navigation': ['pre-booked', 'planned'],
  },
  'cancelled-by-customer': { finalize: ['closed', null] },
  'cancelled-by-dealer': {},
  closed: {},
};

function appointmentIn(status: AppointmentStatus): Appointment {
  const { appointment } = createRequest(
    {
      appointmentId: 'a-1',
      vin: 'YV1DEMCAR00000001',
      customerId: 'c-1',
      dealerId: 'd-1',
      origin: 'car',
      customerNote: 'noise from the front',
      preferredWindows: [{ earliest: T0, latest: T0 + 86_400_000 }],
      healthStatus: null,
    },
    T0,
  );
  const withProposal = !['requested', 'inquired', 'pre-booked'].includes(status);
  return {
    ...appointment,
    status,
    currentProposal: withProposal
      ? {
          proposalId: 'p-1',
          start: T0 + 2 * 86_400_000,
          durationMinutes: 60,
          price: { currencyCode: 'SEK', amountMinor: 150_000 },
          workDescription: 'Brake pads front',
          proposedAt: T0,
        }
      : null,
    inquiries:
      status === 'inquired'
        ? [{ inquiryId: 'q-1', question: 'Which noise?', askedAt: T0, answer: null, answeredAt: null }]
        : [],
    preBooking:
      status === 'pre-booked'
        ? { start: T0 + 40 * 86_400_000, durationMinutes: 60, workDescription: 'Wheel change', price: null }
        : null,
  };
}

function commandOf(kind: CommandKind): AppointmentCommand {
  switch (kind) {
    case 'propose':
      return {
        kind,
        proposalId: 'p-2',
        start: T0 + 3 * 86_400_000,
        durationMinutes: 90,
        price: { currencyCode: 'SEK', amountMinor: 180_000 },
        workDescription: 'Brake pads and discs front',
      };
    case 'accept':
      return { kind, proposalId: 'p-1' };
    case 'ask-another-slot':
      return {
        kind,
        proposalId: 'p-1',
        preferredWindows: [{ earliest: NOW, latest: NOW + 1 }],
        note: 'mornings',
      };
    case 'confirm':
    case 'finalize':
      return { kind };
    case 'cancel-by-customer':
    case 'cancel-by-dealer':
      return { kind, reason: 'plans changed' };
    case 'inquire':
      return { kind, inquiryId: 'q-2', question: 'Can you send car data?' };
    case 'answer-inquiry':
      return { kind, answer: 'A rattle from the front left' };
    case 'pre-booking-due':
    case 'follow-up-due':
    case 'service-level-breached':
      return { kind };
    case 'choose-navigation':
      return { kind, mode: 'waypoint' };
  }
}

describe('transition table', () => {
  it('has a row for every status, even those whose commands come later', () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...APPOINTMENT_STATUSES].sort());
  });

  const pairs = APPOINTMENT_STATUSES.flatMap((status) =>
    COMMAND_KINDS.map((command) => [status, command] as const),
  );
  it.each(pairs)('%s + %s', (status, kind) => {
    const before = appointmentIn(status);
    const result = transition(before, commandOf(kind), NOW);
    const expected = EXPECTED[status][kind];
    if (expected) {
      if (!result.ok) throw new Error(`expected ${status} + ${kind} to be allowed, got ${result.error.code}`);
      expect(result.appointment.status).toBe(expected[0]);
      expect(listOfAppointment(result.appointment)).toBe(expected[1]);
      expect(result.appointment.version).toBe(before.version + 1);
      expect(result.appointment.updatedAt).toBe(NOW);
      expect(result.events).toHaveLength(1);
      expect(before.status, 'the input is not mutated').toBe(status);
    } else {
      expect(result).toEqual({
        ok: false,
        error: { code: 'BOOKING_INVALID_TRANSITION', status, command: kind },
      });
    }
  });
});

describe('transition details', () => {
  it('creates a request in Requested, list Actions', () => {
    const { appointment, events } = createRequest(
      {
        appointmentId: 'a-9',
        vin: 'YV1DEMCAR00000001',
        customerId: 'c-1',
        dealerId: 'd-1',
        origin: 'car',
        customerNote: '',
        preferredWindows: [],
        healthStatus: null,
      },
      T0,
    );
    expect(appointment).toMatchObject({
      status: 'requested',
      version: 1,
      requestedAt: T0,
      currentProposal: null,
    });
    expect(listOf(appointment.status)).toBe('actions');
    expect(events).toEqual([{ kind: 'requested', at: T0 }]);
  });

  it('supersedes the current proposal with a new one and names the old one', () => {
    const result = transition(appointmentIn('proposed'), commandOf('propose'), NOW);
    if (!result.ok) throw new Error(result.error.code);
    expect(result.appointment.currentProposal?.proposalId).toBe('p-2');
    expect(result.events[0]).toMatchObject({ kind: 'proposed', supersededProposalId: 'p-1' });
  });

  it('refuses an answer to a superseded proposal with its own code', () => {
    const result = transition(appointmentIn('proposed'), { kind: 'accept', proposalId: 'p-0' }, NOW);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'BOOKING_PROPOSAL_SUPERSEDED',
        status: 'proposed',
        command: 'accept',
        proposalId: 'p-0',
        currentProposalId: 'p-1',
      },
    });
  });

  it("keeps the customer's wishes when another slot is asked for, and drops the declined proposal", () => {
    const result = transition(appointmentIn('proposed'), commandOf('ask-another-slot'), NOW);
    if (!result.ok) throw new Error(result.error.code);
    expect(result.appointment).toMatchObject({
      status: 'requested',
      currentProposal: null,
      customerNote: 'mornings',
      preferredWindows: [{ earliest: NOW, latest: NOW + 1 }],
    });
  });
});

describe('lists and flags', () => {
  it('derives each list from the statuses [LIST-1] puts in it', () => {
    expect(statusesInList('actions').sort()).toEqual(['accepted', 'cancelled-by-customer', 'requested']);
    expect(statusesInList('pending').sort()).toEqual(['inquired', 'proposed']);
    expect(statusesInList('planned').sort()).toEqual(['confirmed', 'pre-booked']);
    expect(APPOINTMENT_STATUSES.filter((s) => !isOpen(s)).sort()).toEqual([
      'cancelled-by-customer',
      'cancelled-by-dealer',
      'closed',
    ]);
  });

  it('flags warnings from the Health Status sent with the request, and the connection from the vehicle', () => {
    const warning: HealthStatus = {
      capturedAt: T0,
      warnings: [{ type: 'ENGINE_OIL_LEVEL_LOW', severity: 'WARNING', code: 'OIL', location: '', text: '' }],
      dtcs: [],
    };
    const quiet: HealthStatus = {
      capturedAt: T0,
      warnings: [],
      dtcs: [{ code: 'P0420', ecu: 'ECM', status: 'STORED' }],
    };
    const base = appointmentIn('requested');
    expect(notificationFlags({ ...base, healthStatus: warning }, { connected: true })).toEqual({
      customerRequested: true,
      warningsActive: true,
      connectedCar: true,
    });
    expect(notificationFlags({ ...base, healthStatus: quiet }, { connected: false })).toEqual({
      customerRequested: true,
      warningsActive: false,
      connectedCar: false,
    });
    expect(notificationFlags({ ...base, origin: 'dealer' }, { connected: true }).customerRequested).toBe(
      false,
    );
  });
});

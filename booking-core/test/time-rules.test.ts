/** The pure time rules (domain/timers.ts) and preferred-dealer rules (domain/customers.ts). */
import { describe, expect, it } from 'vitest';
import { APPOINTMENT_STATUSES, type Appointment } from '../src/domain/appointment.ts';
import { changePreferredDealer } from '../src/domain/customers.ts';
import {
  addWorkingDays,
  DAY_MS,
  DEFAULT_TIME_RULES,
  dayStart,
  resolveTimeRules,
  timersFor,
} from '../src/domain/timers.ts';
import { createRequest } from '../src/domain/transitions.ts';

const MONDAY = Date.UTC(2026, 4, 4, 8, 0, 0);

function appointment(patch: Partial<Appointment>): Appointment {
  const { appointment } = createRequest(
    {
      appointmentId: 'a-1',
      vin: 'YV1DEMCAR00000001',
      customerId: 'c-1',
      dealerId: 'd-1',
      origin: 'website',
      customerNote: '',
      preferredWindows: [],
      healthStatus: null,
    },
    MONDAY,
  );
  return { ...appointment, ...patch };
}

const proposal = {
  proposalId: 'p-1',
  start: Date.UTC(2026, 4, 20, 9, 0, 0),
  durationMinutes: 60,
  price: { currencyCode: 'SEK', amountMinor: 1 },
  workDescription: 'w',
  proposedAt: MONDAY,
};

describe('time rules', () => {
  it("has the seeds' defaults and lets the dealer override the market", () => {
    expect(DEFAULT_TIME_RULES).toMatchObject({ pendingTimeoutDays: 4, preBookingLeadDays: 30 });
    expect(
      resolveTimeRules(DEFAULT_TIME_RULES, { pendingTimeoutDays: 3 }, { pendingTimeoutDays: 2 })
        .pendingTimeoutDays,
    ).toBe(2);
    expect(
      resolveTimeRules(DEFAULT_TIME_RULES, { pendingTimeoutDays: 3 }, undefined).pendingTimeoutDays,
    ).toBe(3);
  });

  it('counts working days Monday to Friday', () => {
    expect(addWorkingDays(MONDAY, 2)).toBe(MONDAY + 2 * DAY_MS);
    const friday = MONDAY + 4 * DAY_MS;
    expect(addWorkingDays(friday, 2)).toBe(friday + 4 * DAY_MS); // Tuesday
    expect(dayStart(MONDAY)).toBe(Date.UTC(2026, 4, 4));
  });

  it('gives each status its timers', () => {
    const rules = DEFAULT_TIME_RULES;
    const table = Object.fromEntries(
      APPOINTMENT_STATUSES.map((status) => [
        status,
        timersFor(
          appointment({
            status,
            currentProposal: status === 'confirmed' ? proposal : null,
            preBooking:
              status === 'pre-booked'
                ? {
                    start: proposal.start + 40 * DAY_MS,
                    durationMinutes: 60,
                    workDescription: 'w',
                    price: null,
                  }
                : null,
          }),
          rules,
          status === 'confirmed' ? 3 : null,
        ),
      ]),
    );
    expect(table).toEqual({
      requested: [{ kind: 'service-level', dueAt: MONDAY + 2 * DAY_MS }],
      inquired: [{ kind: 'follow-up', dueAt: MONDAY + 4 * DAY_MS }],
      proposed: [{ kind: 'follow-up', dueAt: MONDAY + 4 * DAY_MS }],
      accepted: [],
      confirmed: [{ kind: 'reminder', dueAt: Date.UTC(2026, 4, 17) }],
      'pre-booked': [{ kind: 'pre-booking-due', dueAt: proposal.start + 10 * DAY_MS }],
      'cancelled-by-customer': [],
      'cancelled-by-dealer': [],
      closed: [],
    });
    // After the flag, the escalation; after the pending timeout, nothing more.
    expect(timersFor(appointment({ serviceLevelBreachedAt: MONDAY + DAY_MS }), rules, null)).toEqual([
      { kind: 'escalation', dueAt: MONDAY + 2 * DAY_MS },
    ]);
    expect(
      timersFor(appointment({ status: 'inquired', awaitingFollowUpSince: MONDAY }), rules, null),
    ).toEqual([]);
  });
});

describe('preferred dealer: the customer decides ([CUST-5])', () => {
  const mine = { preferredDealerId: 'gbg', previousPreferredDealerId: null, pending: false };

  it('lets a dealer claim, and the customer agree or switch back', () => {
    const claimed = changePreferredDealer(mine, { kind: 'dealer-claims', dealerId: 'lyon' });
    expect(claimed).toEqual({
      ok: true,
      state: { preferredDealerId: 'lyon', previousPreferredDealerId: 'gbg', pending: true },
      askCustomer: true,
    });
    if (!claimed.ok) return;
    expect(changePreferredDealer(claimed.state, { kind: 'customer-rejects' })).toMatchObject({
      state: { preferredDealerId: 'gbg', pending: false },
    });
    expect(changePreferredDealer(claimed.state, { kind: 'customer-agrees' })).toMatchObject({
      state: { preferredDealerId: 'lyon', pending: false },
    });
    // A second claim before the decision keeps the customer's own last choice to go back to.
    expect(changePreferredDealer(claimed.state, { kind: 'dealer-claims', dealerId: 'paris' })).toMatchObject({
      state: { preferredDealerId: 'paris', previousPreferredDealerId: 'gbg', pending: true },
    });
  });

  it('asks nothing when the dealer is already preferred, and refuses a decision nobody asked for', () => {
    expect(changePreferredDealer(mine, { kind: 'dealer-claims', dealerId: 'gbg' })).toEqual({
      ok: true,
      state: mine,
      askCustomer: false,
    });
    expect(changePreferredDealer(mine, { kind: 'customer-agrees' })).toEqual({
      ok: false,
      code: 'PREFERRED_DEALER_NO_PENDING_CHANGE',
    });
  });
});

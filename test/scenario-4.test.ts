/**
 * Scenario 4 ([SCN-4]), end to end over the real broker, HTTP and store,
 * with virtual time: the dealer performs a pre-booking (Pre-booked, Planned; confirmation by car,
 * website, email); 30 days before it becomes Requested in Actions; the dealer provides the
 * proposal prefilled from the pre-booking; the customer asks for another slot; the dealer proposes
 * again; acceptance, confirmation, the reminder on the day chosen, a reminder at each engine start
 * on the day, navigation as a waypoint, finalize. Every mail and car message is asserted.
 */
import { csb, fromTimestamp, toTimestamp } from '@csb/proto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSystem } from '../bin/system.ts';
import type { TestCar } from './support/car.ts';
import type { Dealer } from './support/dealer.ts';
import { carMessages } from './support/receipts.ts';
import { stopTestPostgres, storeEnv, TEST_STORES } from './support/stores.ts';
import { DAY, mailsTo, openScenario, type Scenario, SettableClock, sweep } from './support/virtual-time.ts';

// Monday 1 June 2026, 08:00 UTC: the customer picks the car up after a service.
const T0 = Date.UTC(2026, 5, 1, 8, 0, 0);
const VIN = 'YV1DEMCAR00000001'; // Anna Lindqvist's XC60, preferred dealer: Göteborg Bil
const EMAIL = 'anna.lindqvist@example.com';

interface Details {
  appointmentId: string;
  status: string;
  list: string | null;
  origin: string;
  flags: { customerRequested: boolean };
  preBooking: { start: string; workDescription: string } | null;
  currentProposal: {
    proposalId: string;
    start: string;
    durationMinutes: number;
    price: { currencyCode: string; amountMinor: number };
    workDescription: string;
  } | null;
  preferredWindows: { earliest: string; latest: string }[];
  customerNote: string;
  history: { status: string; actor: { kind: string } }[];
}

afterAll(stopTestPostgres);

describe.each(TEST_STORES)('on %s', (store) => {
  const clock = new SettableClock(T0);
  let scenario: Scenario;
  let system: RunningSystem;
  let gbg: Dealer;
  let lyon: Dealer;
  let website: Dealer;
  let car: TestCar;

  beforeAll(async () => {
    scenario = await openScenario({
      clock,
      customerId: 'customer-anna',
      vin: VIN,
      secret: 'demo-secret-1',
      env: await storeEnv(store),
    });
    ({ system, gbg, lyon, website, car } = scenario);
  });

  afterAll(async () => {
    await scenario?.close();
  });

  const waitForCount = (n: number, what: string) => scenario.waitForCarMessages(n, what);

  describe('scenario 4: pre-booking made by the dealer ([SCN-4])', () => {
    it('runs from the pre-booking to Closed with every mail and car message', async () => {
      // Steps 1-8: Perform pre-booking (date, time, work): Pre-booked, Planned.
      const visit = Date.UTC(2026, 6, 16, 9, 0, 0); // Thursday 16 July
      const work = 'Seasonal wheel change, winter to summer tyres';
      const created = await gbg.ok<Details>('POST', '/dealer/v1/pre-bookings', {
        vin: VIN,
        start: new Date(visit).toISOString(),
        durationMinutes: 60,
        workDescription: work,
        price: { currencyCode: 'SEK', amountMinor: 79_900 },
      });
      const id = created.appointmentId;
      expect(created).toMatchObject({ status: 'pre-booked', list: 'planned', origin: 'dealer' });
      expect(created.flags.customerRequested).toBe(false);
      const details = () => gbg.ok<Details>('GET', `/dealer/v1/appointments/${id}`);

      // Steps 9-10: a booking confirmation by email (with the link), website, and the car's list.
      const confirmation = await car.waitFor((r) => r.envelope.body === 'confirmation', 'the pre-booking');
      expect(confirmation.envelope.confirmation?.status).toBe(
        csb.v1.AppointmentStatus.APPOINTMENT_STATUS_PRE_BOOKED,
      );
      expect(fromTimestamp(confirmation.envelope.confirmation?.start)).toBe(visit);
      let mails = await mailsTo(system, EMAIL);
      expect(mails.map((m) => m.kind)).toEqual(['pre-booking-confirmation']);
      expect(mails[0]?.body).toContain(`http://localhost:8080/owner/appointments/${id}`);
      const onSite = await website.ok<{ items: Details[] }>('GET', '/customer/v1/appointments');
      expect(onSite.items.map((a) => [a.appointmentId, a.status])).toEqual([[id, 'pre-booked']]);
      await waitForCount(2, 'the list with the pre-booking');

      // Another dealer sees none of it, and cannot pre-book a car outside its own workshop customers.
      expect((await lyon.request('GET', `/dealer/v1/appointments/${id}`)).status).toBe(404);
      expect((await lyon.ok<{ items: Details[] }>('GET', '/dealer/v1/appointments')).items).toEqual([]);
      const foreign = await lyon.request('POST', '/dealer/v1/pre-bookings', {
        vin: VIN,
        start: new Date(visit).toISOString(),
        durationMinutes: 60,
        workDescription: 'x',
      });
      expect(foreign.status).toBe(404);

      // Steps 11-12: 30 days before (a parameter), Requested, Planned -> Actions.
      clock.set(visit - 30 * DAY - 60_000);
      expect(await sweep(system), 'one minute early').toBe(0);
      clock.set(visit - 30 * DAY);
      expect(await sweep(system)).toBe(1);
      expect(await sweep(system), 'once').toBe(0);
      expect(await details()).toMatchObject({ status: 'requested', list: 'actions' });
      await waitForCount(3, 'the list after the pre-booking came due');

      // Steps 13-14: Provide proposal: time, work and cost already entered (prefilled), editable.
      clock.advance(2 * 3_600_000);
      const first = await gbg.ok<Details>('POST', `/dealer/v1/appointments/${id}/proposals`, {});
      expect(first.currentProposal).toMatchObject({
        start: new Date(visit).toISOString(),
        durationMinutes: 60,
        price: { currencyCode: 'SEK', amountMinor: 79_900 },
        workDescription: work,
      });
      const proposal1 = await car.waitFor((r) => r.envelope.body === 'proposal', 'the first proposal');
      expect(fromTimestamp(proposal1.envelope.proposal?.start)).toBe(visit);

      // Step 16: the customer asks for another time slot on the website; the dealer proposes again.
      await website.ok('POST', `/customer/v1/appointments/${id}/another-slot`, {
        proposalId: first.currentProposal?.proposalId,
        note: 'Mornings only, please',
        preferredDates: ['2026-07-17'],
      });
      const back = await details();
      expect(back).toMatchObject({
        status: 'requested',
        list: 'actions',
        customerNote: 'Mornings only, please',
      });
      expect(back.preferredWindows).toEqual([
        { earliest: '2026-07-17T00:00:00.000Z', latest: '2026-07-17T23:59:59.999Z' },
      ]);
      const newStart = Date.UTC(2026, 6, 17, 7, 30, 0);
      const second = await gbg.ok<Details>('POST', `/dealer/v1/appointments/${id}/proposals`, {
        start: new Date(newStart).toISOString(),
      });
      expect(second.currentProposal).toMatchObject({ durationMinutes: 60, workDescription: work });
      const proposal2 = await car.waitFor(
        (r) => r.envelope.proposal?.proposalId === second.currentProposal?.proposalId,
        'the second proposal',
      );
      expect(fromTimestamp(proposal2.envelope.proposal?.start)).toBe(newStart);

      // Steps 17-19: accepted on the website: a confirmation in the car, on the website and by email.
      await website.ok('POST', `/customer/v1/appointments/${id}/accept`, {
        proposalId: second.currentProposal?.proposalId,
      });
      await car.waitFor(
        (r) => r.envelope.confirmation?.status === csb.v1.AppointmentStatus.APPOINTMENT_STATUS_ACCEPTED,
        'the booking confirmation',
      );
      await gbg.ok('POST', `/dealer/v1/appointments/${id}/confirm`);
      expect(await details()).toMatchObject({ status: 'confirmed', list: 'planned' });
      await waitForCount(11, 'the list after the confirmation');

      // The customer prefers the workshop as a waypoint: the car gets the new target at once.
      await website.ok('POST', `/customer/v1/appointments/${id}/navigation`, { mode: 'waypoint' });
      const waypoint = await car.waitFor(
        (r) => r.envelope.body === 'navigationTarget',
        'the navigation target',
      );
      expect(waypoint.envelope.navigationTarget?.mode).toBe(csb.v1.NavigationMode.NAVIGATION_MODE_WAYPOINT);

      // Step 21: the reminder on the day the customer chose (1 day before).
      await website.ok('PUT', '/customer/v1/settings/reminder-days', { days: 1 });
      clock.set(Date.UTC(2026, 6, 16, 0, 0, 0));
      expect(await sweep(system)).toBe(1);
      expect(await sweep(system)).toBe(0);
      const reminder = await car.waitFor((r) => r.envelope.body === 'reminder', 'the reminder');
      expect(reminder.envelope.reminder).toMatchObject({
        kind: csb.v1.ReminderKind.REMINDER_KIND_DAYS_BEFORE,
        daysBefore: 1,
      });

      // Step 23: on the day, a reminder at every engine start (not the day before).
      clock.set(Date.UTC(2026, 6, 16, 17, 0, 0));
      await car.resultFor(
        await car.send('engine-start', { engineStart: { startedAt: toTimestamp(clock.now()) } }),
      );
      clock.set(Date.UTC(2026, 6, 17, 6, 45, 0));
      for (let i = 0; i < 2; i += 1) {
        await car.resultFor(
          await car.send('engine-start', {
            engineStart: { startedAt: toTimestamp(clock.now()), odometerKm: 40_100 },
          }),
        );
      }
      await waitForCount(18, 'two day-of reminders with navigation');

      // Step 26: finalize.
      await gbg.ok('POST', `/dealer/v1/appointments/${id}/finalize`);
      expect(await details()).toMatchObject({ status: 'closed', list: null });
      await waitForCount(19, 'the list after finalizing');

      mails = await mailsTo(system, EMAIL);
      expect(mails.map((m) => m.kind)).toEqual([
        'pre-booking-confirmation',
        'proposal',
        'proposal',
        'booking-confirmation',
        'reminder',
      ]);
      const messages = carMessages(car);
      expect(messages.map((r) => r.envelope.body)).toEqual([
        'confirmation', // pre-booked
        'appointmentList',
        'appointmentList', // came due: requested
        'proposal',
        'appointmentList',
        'appointmentList', // another slot: requested
        'proposal',
        'appointmentList',
        'confirmation', // accepted
        'appointmentList',
        'appointmentList', // confirmed
        'navigationTarget', // waypoint chosen
        'reminder', // 1 day before
        'navigationTarget',
        'reminder', // engine start 1 on the day
        'navigationTarget',
        'reminder', // engine start 2 on the day
        'navigationTarget',
        'appointmentList', // closed
      ]);
      for (const r of messages.filter((m) => m.envelope.body === 'navigationTarget')) {
        expect(r.envelope.navigationTarget?.mode).toBe(csb.v1.NavigationMode.NAVIGATION_MODE_WAYPOINT);
      }
      const dayOf = messages.filter(
        (r) => r.envelope.reminder?.kind === csb.v1.ReminderKind.REMINDER_KIND_DAY_OF,
      );
      expect(dayOf).toHaveLength(2);
    });
  });
});

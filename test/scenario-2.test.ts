/**
 * Scenario 2 ([SCN-2]), end to end over the real broker, HTTP and store,
 * with virtual time: a website request without Health Status; the dealer inquires (website and
 * email only, never the car); four days without an answer bring it back to Actions; the dealer
 * inquires again; the driver presses "Send car data" (no second request, no flag); a second dealer
 * reads that Health Status by VIN; proposal, acceptance, confirmation, reminders with navigation,
 * the day-of reminder at each engine start, finalize. Every mail and car message is asserted.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { csb, fromTimestamp, toTimestamp } from '@csb/proto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSystem } from '../bin/system.ts';
import type { TestCar } from './support/car.ts';
import { type Dealer, eventually } from './support/dealer.ts';
import { carMessages } from './support/receipts.ts';
import { stopTestPostgres, storeEnv, TEST_STORES } from './support/stores.ts';
import { DAY, mailsTo, openScenario, type Scenario, SettableClock, sweep } from './support/virtual-time.ts';

// Monday 1 June 2026, 08:00 UTC.
const T0 = Date.UTC(2026, 5, 1, 8, 0, 0);
const VIN = 'YV1DEMCAR00000003'; // Camille Martin's XC40, preferred dealer: Lyon Auto
const EMAIL = 'camille.martin@example.fr';
const LINK = 'http://localhost:8080/owner/appointments/';

interface Details {
  appointmentId: string;
  status: string;
  list: string | null;
  flags: { customerRequested: boolean; warningsActive: boolean; connectedCar: boolean };
  attention: { awaitingFollowUp: boolean; serviceLevelBreached: boolean };
  origin: string;
  healthStatus: unknown;
  reportedOdometerKm: number | null;
  inquiries: { question: string; answer: string | null }[];
  currentProposal: { proposalId: string; workDescription: string } | null;
  history: { version: number; status: string; actor: { kind: string; id: string }; command: string }[];
}

afterAll(stopTestPostgres);

describe.each(TEST_STORES)('on %s', (store) => {
  const clock = new SettableClock(T0);
  let scenario: Scenario;
  let system: RunningSystem;
  let lyon: Dealer;
  let gbg: Dealer;
  let website: Dealer;
  let car: TestCar;

  beforeAll(async () => {
    scenario = await openScenario({
      clock,
      customerId: 'customer-camille',
      vin: VIN,
      secret: 'demo-secret-3',
      env: await storeEnv(store),
    });
    ({ system, gbg, lyon, website, car } = scenario);
  });

  afterAll(async () => {
    await scenario?.close();
  });

  const kinds = () => carMessages(car).map((r) => r.envelope.body);
  const waitForCount = (n: number, what: string) => scenario.waitForCarMessages(n, what);

  describe('scenario 2: website request, Health Status later ([SCN-2])', () => {
    it('runs from the website request to Closed with every mail and car message', async () => {
      // Steps 1-3: the website request lands at the preferred dealer, Requested, Actions, no Health Status.
      const created = await website.ok<{ appointmentId: string; status: string; origin: string }>(
        'POST',
        '/customer/v1/requests',
        {
          vin: VIN,
          note: 'A rattle from the front left at low speed, worse on cobblestones',
          preferredDates: ['2026-06-10', '2026-06-11'],
          odometerKm: 31_420,
        },
      );
      const id = created.appointmentId;
      expect(created).toMatchObject({ status: 'requested', origin: 'website' });
      const details = () => lyon.ok<Details>('GET', `/dealer/v1/appointments/${id}`);
      const row = (
        await lyon.ok<{ items: Details[] }>('GET', '/dealer/v1/appointments?list=actions')
      ).items.find((r) => r.appointmentId === id);
      expect(row?.flags).toEqual({ customerRequested: true, warningsActive: false, connectedCar: true });
      expect(await details()).toMatchObject({
        origin: 'website',
        healthStatus: null,
        reportedOdometerKm: 31_420,
      });
      await waitForCount(1, 'the list sync after the request');

      // Steps 7-10: the dealer inquires; Pending; the question goes to the website and by email only.
      const question = 'Could you press "Send car data" in the car so we can see its Health Status?';
      await lyon.ok('POST', `/dealer/v1/appointments/${id}/inquiries`, { question });
      expect(await details()).toMatchObject({ status: 'inquired', list: 'pending' });
      let mails = await mailsTo(system, EMAIL);
      expect(mails.map((m) => m.kind)).toEqual(['inquiry']);
      expect(mails[0]?.body).toContain(question);
      expect(mails[0]?.body).toContain(`${LINK}${id}`);
      const onSite = await website.ok<Details>('GET', `/customer/v1/appointments/${id}`);
      expect(onSite.inquiries.map((q) => q.question)).toEqual([question]);
      await waitForCount(2, 'the list sync after the inquiry');

      // Step 11: four days without an answer: back to Actions for the dealer's follow-up (status kept).
      clock.advance(4 * DAY);
      expect(await sweep(system)).toBe(1);
      expect(await sweep(system), 'a second sweep fires nothing').toBe(0);
      const followUp = await details();
      expect(followUp).toMatchObject({ status: 'inquired', list: 'actions' });
      expect(followUp.attention.awaitingFollowUp).toBe(true);
      const pending = await lyon.ok<{ items: Details[] }>('GET', '/dealer/v1/appointments?list=pending');
      expect(pending.items.map((r) => r.appointmentId)).not.toContain(id);

      clock.advance(3_600_000); // the dealer follows up an hour later
      // Steps 12-16: the dealer inquires again: Pending; a new message on the website and by email.
      const reminder = 'A reminder: we still need the car data to plan the repair.';
      await lyon.ok('POST', `/dealer/v1/appointments/${id}/inquiries`, { question: reminder });
      expect(await details()).toMatchObject({ status: 'inquired', list: 'pending' });
      mails = await mailsTo(system, EMAIL);
      expect(mails.map((m) => m.kind)).toEqual(['inquiry', 'inquiry']);
      expect(mails[1]?.body).toContain(reminder);
      await waitForCount(3, 'the list sync after the second inquiry');
      // The car cannot answer an inquiry: not one byte of either question reached it.
      for (const r of car.received) {
        expect(r.raw.includes(Buffer.from('Send car data'))).toBe(false);
        expect(r.raw.includes(Buffer.from('still need'))).toBe(false);
      }

      // Steps 17-18: "Send car data": captured more than an hour before it arrives; no request, no flag.
      const upload = await car.send('health-status', {
        healthStatusUpload: {
          healthStatus: {
            capturedAt: toTimestamp(clock.now() - 70 * 60_000),
            odometerKm: 31_433,
            warnings: [
              {
                type: csb.v1.WarningType.WARNING_TYPE_TYRE_PRESSURE_LOW,
                severity: csb.v1.Severity.SEVERITY_WARNING,
                code: 'TPMS-FL',
                location: 'front left',
              },
            ],
          },
        },
      });
      const result = await car.resultFor(upload);
      expect(result.envelope.uplinkResult?.accepted).toBeTruthy();
      expect(result.envelope.uplinkResult?.accepted?.appointmentId || undefined).toBeUndefined();
      const all = await lyon.ok<{ items: Details[] }>('GET', '/dealer/v1/appointments');
      expect(all.items.map((r) => r.appointmentId)).toEqual([id]);
      const after = await details();
      expect(after).toMatchObject({ status: 'inquired', list: 'pending', healthStatus: null });
      expect(after.flags.warningsActive).toBe(false);

      // Steps 19-21: any dealer finds it by VIN on the vehicle's Health Status view.
      const seenByOther = await gbg.ok<{ latest: { healthStatus: { odometerKm: number } } }>(
        'GET',
        `/dealer/v1/vehicles/${VIN}/health-status`,
      );
      expect(seenByOther.latest.healthStatus.odometerKm).toBe(31_433);
      // ...but the other dealer never sees the appointment or the customer's bookings.
      expect((await gbg.request('GET', `/dealer/v1/appointments/${id}`)).status).toBe(404);
      expect((await gbg.request('GET', `/dealer/v1/appointments/${id}/history`)).status).toBe(404);
      expect(
        (await gbg.request('POST', `/dealer/v1/appointments/${id}/inquiries`, { question: 'x' })).status,
      ).toBe(404);
      const gbgAll = await gbg.ok<{ items: Details[] }>('GET', '/dealer/v1/appointments');
      expect(gbgAll.items.map((r) => r.appointmentId)).not.toContain(id);

      // Step 22: proposal (as scenario 1): the car gets time and price, the website and email the work too.
      const start = Date.UTC(2026, 5, 11, 8, 0, 0);
      const work = 'Replace front left tyre valve and check suspension bushings';
      await lyon.ok('POST', `/dealer/v1/appointments/${id}/proposals`, {
        start: new Date(start).toISOString(),
        durationMinutes: 120,
        price: { currencyCode: 'EUR', amountMinor: 18_900 },
        workDescription: work,
      });
      const proposal = await car.waitFor((r) => r.envelope.body === 'proposal', 'the proposal');
      expect(fromTimestamp(proposal.envelope.proposal?.start)).toBe(start);
      for (const r of car.received) expect(r.raw.includes(Buffer.from('bushings'))).toBe(false);
      const proposed = await website.ok<Details>('GET', `/customer/v1/appointments/${id}`);
      expect(proposed.currentProposal?.workDescription).toBe(work);
      mails = await mailsTo(system, EMAIL);
      expect(mails.at(-1)).toMatchObject({ kind: 'proposal' });
      expect(mails.at(-1)?.body).toContain(work);

      // Steps 23-25: accepted on the website; a booking confirmation by car, website and email.
      await website.ok('POST', `/customer/v1/appointments/${id}/accept`, {
        proposalId: proposed.currentProposal?.proposalId,
      });
      const confirmation = await car.waitFor((r) => r.envelope.body === 'confirmation', 'the confirmation');
      expect(confirmation.envelope.confirmation?.status).toBe(
        csb.v1.AppointmentStatus.APPOINTMENT_STATUS_ACCEPTED,
      );
      expect(await details()).toMatchObject({ status: 'accepted', list: 'actions' });

      // Step 29: confirm: Planned; no further message to the customer (the car's list is synced).
      const mailsBeforeConfirm = (await mailsTo(system, EMAIL)).length;
      await lyon.ok('POST', `/dealer/v1/appointments/${id}/confirm`);
      expect(await details()).toMatchObject({ status: 'confirmed', list: 'planned' });
      expect((await mailsTo(system, EMAIL)).length).toBe(mailsBeforeConfirm);
      await waitForCount(8, 'the list sync after the confirmation');

      // Step 31: the reminder 1-4 days before (the customer chose 3): car with navigation, and email.
      await website.ok('PUT', '/customer/v1/settings/reminder-days', { days: 3 });
      clock.set(Date.UTC(2026, 5, 7, 23, 0, 0));
      expect(await sweep(system), 'not yet 3 days before the day').toBe(0);
      clock.set(Date.UTC(2026, 5, 8, 0, 0, 0));
      expect(await sweep(system)).toBe(1);
      expect(await sweep(system), 'sent once').toBe(0);
      const daysBefore = await car.waitFor((r) => r.envelope.body === 'reminder', 'the reminder');
      expect(daysBefore.envelope.reminder).toMatchObject({
        kind: csb.v1.ReminderKind.REMINDER_KIND_DAYS_BEFORE,
        daysBefore: 3,
      });
      const navigation = await car.waitFor(
        (r) => r.envelope.body === 'navigationTarget',
        'the navigation target',
      );
      expect(navigation.envelope.navigationTarget?.mode).toBe(
        csb.v1.NavigationMode.NAVIGATION_MODE_DESTINATION,
      );
      expect(fromTimestamp(navigation.envelope.navigationTarget?.arriveBy)).toBe(start);
      mails = await mailsTo(system, EMAIL);
      expect(mails.at(-1)).toMatchObject({ kind: 'reminder' });

      // Steps 33-34: on the day, a reminder with the navigation target at every engine start.
      clock.set(Date.UTC(2026, 5, 11, 6, 30, 0));
      // One start after the other has reached the car: a day-of reminder (and navigation target) not
      // yet handed over when the next start's are written is superseded by them (downlink-ledger.ts),
      // and how soon the dispatcher hands them over depends on the store and the machine's load.
      for (let i = 0; i < 2; i += 1) {
        const start1 = await car.send('engine-start', {
          engineStart: { startedAt: toTimestamp(clock.now()) },
        });
        await car.resultFor(start1);
        await waitForCount(12 + 2 * i, `day-of reminder ${i + 1} with navigation`);
      }
      await waitForCount(14, 'two day-of reminders with navigation');
      const dayOf = carMessages(car).filter(
        (r) => r.envelope.reminder?.kind === csb.v1.ReminderKind.REMINDER_KIND_DAY_OF,
      );
      expect(dayOf).toHaveLength(2);

      // Step 36: finalize: Closed, out of every list; the history keeps every change with who made it.
      await lyon.ok('POST', `/dealer/v1/appointments/${id}/finalize`);
      const closed = await details();
      expect(closed).toMatchObject({ status: 'closed', list: null });
      expect(closed.history.map((h) => `${h.command}:${h.status}:${h.actor.kind}`)).toEqual([
        'request:requested:customer',
        'inquire:inquired:dealer',
        'follow-up-due:inquired:system',
        'inquire:inquired:dealer',
        'propose:proposed:dealer',
        'accept:accepted:customer',
        'confirm:confirmed:dealer',
        'finalize:closed:dealer',
      ]);
      // Step 37: the page as it was after the first inquiry.
      const asItWas = await lyon.ok<Details>('GET', `/dealer/v1/appointments/${id}/history/2`);
      expect(asItWas).toMatchObject({ status: 'inquired', list: 'pending' });
      expect(asItWas.inquiries).toHaveLength(1);
      const atFollowUp = await lyon.ok<Details>(
        'GET',
        `/dealer/v1/appointments/${id}/as-of?at=${encodeURIComponent(new Date(T0 + 4 * DAY + 1).toISOString())}`,
      );
      expect(atFollowUp).toMatchObject({ status: 'inquired', list: 'actions' });
      await waitForCount(15, 'the list sync after finalizing');

      // Every mail and every car message of the scenario, in order.
      mails = await mailsTo(system, EMAIL);
      expect(mails.map((m) => m.kind)).toEqual([
        'inquiry',
        'inquiry',
        'proposal',
        'booking-confirmation',
        'reminder',
      ]);
      for (const m of mails) expect(m.body).toContain(`${LINK}${id}`);
      // The default mail transport delivers each of them as a readable .eml file in the data folder.
      const files = await eventually(async () => {
        const names = existsSync(path.join(scenario.dataDir, 'mail'))
          ? readdirSync(path.join(scenario.dataDir, 'mail'))
          : [];
        return names.filter((n) => n.endsWith('.eml')).length >= 5 ? names : undefined;
      }, 'five .eml files');
      const emls = files.map((n) => readFileSync(path.join(scenario.dataDir, 'mail', n), 'utf8'));
      expect(emls.filter((text) => text.includes(`To: ${EMAIL}`))).toHaveLength(5);
      expect(kinds()).toEqual([
        'appointmentList', // request
        'appointmentList', // inquiry (the list shows "inquired"; the question itself never)
        'appointmentList', // second inquiry
        'proposal',
        'appointmentList',
        'confirmation', // accepted
        'appointmentList',
        'appointmentList', // confirmed
        'reminder', // 3 days before
        'navigationTarget',
        'reminder', // engine start 1
        'navigationTarget',
        'reminder', // engine start 2
        'navigationTarget',
        'appointmentList', // closed: out of the car's list
      ]);
    });
  });
});

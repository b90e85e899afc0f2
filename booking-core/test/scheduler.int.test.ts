/**
 * The scheduler over a real SQLite file with a settable clock: the dealer service level and its
 * escalation email, the pending timeout with market and dealer settings, idempotent sweeps (also
 * with two cores on one database, as two nodes), and the due-time index that bounds a sweep.
 */
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DemoData } from '../src/index.ts';
import { openBookingCore, seedDemoData } from '../src/index.ts';
import {
  bookingRequest,
  carMessage,
  oilWarning,
  openTestCore,
  proposalInput,
  type TestCore,
} from './support.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let t: TestCore;
let demo: DemoData;

beforeEach(async () => {
  t = await openTestCore();
  demo = await seedDemoData(t.core);
});
afterEach(async () => {
  await t.remove();
});

function value<T>(result: { ok: true; value: T } | { ok: false; error: { code: string } }): T {
  if (!result.ok) throw new Error(`refused: ${result.error.code}`);
  return result.value;
}

async function request(index = 0): Promise<{ appointmentId: string; dealerId: string }> {
  const car = demo.cars[index];
  if (!car?.dealerId) throw new Error(`demo car ${index} has no dealer`);
  // Wishes from the current (test) clock on: the core refuses preferred windows that are over.
  const now = t.clock.now();
  const command = { ...bookingRequest(), preferredWindows: [{ earliest: now + DAY, latest: now + 2 * DAY }] };
  const outcome = await t.core.handleCarMessage(carMessage(car.vin, command));
  if (!outcome.ok || !outcome.appointmentId) throw new Error('request refused');
  return { appointmentId: outcome.appointmentId, dealerId: car.dealerId };
}

describe('dealer service level', () => {
  it('flags a request not handled within 2 working days and escalates by email 24 h later, once', async () => {
    // T0 is Monday 4 May 2026, 08:00 UTC.
    const { appointmentId, dealerId } = await request();
    t.clock.advance(2 * DAY - 1);
    expect((await t.core.runDueWork()).fired).toBe(0);
    t.clock.advance(1);
    expect((await t.core.runDueWork()).fired).toBe(1);
    const flagged = value(await t.core.getAppointment(dealerId, appointmentId));
    expect(flagged).toMatchObject({ status: 'requested', list: 'actions' });
    expect(flagged.attention).toEqual({ awaitingFollowUp: false, serviceLevelBreached: true });
    expect(await t.core.listMails({ to: 'verkstad@goteborgbil.example.se' })).toEqual([]);

    t.clock.advance(24 * HOUR);
    expect((await t.core.runDueWork()).fired).toBe(1);
    expect((await t.core.runDueWork()).fired).toBe(0);
    const escalations = await t.core.listMails({ to: 'verkstad@goteborgbil.example.se' });
    expect(escalations.map((m) => [m.kind, m.appointmentId])).toEqual([['escalation', appointmentId]]);

    // Handling the request clears the flag.
    await t.core.inquire(dealerId, appointmentId, 'Which warning exactly?');
    const handled = value(await t.core.getAppointment(dealerId, appointmentId));
    expect(handled.attention.serviceLevelBreached).toBe(false);
  });

  it('counts working days: a Friday request is flagged on Tuesday', async () => {
    t.clock.t = Date.UTC(2026, 4, 8, 10, 0, 0); // Friday
    const { appointmentId, dealerId } = await request();
    t.clock.t = Date.UTC(2026, 4, 11, 23, 0, 0); // Monday night
    expect((await t.core.runDueWork()).fired).toBe(0);
    t.clock.t = Date.UTC(2026, 4, 12, 10, 0, 0); // Tuesday
    expect((await t.core.runDueWork()).fired).toBe(1);
    expect(value(await t.core.getAppointment(dealerId, appointmentId)).attention.serviceLevelBreached).toBe(
      true,
    );
  });
});

describe('time rules per market and per dealer', () => {
  it('uses the market setting, and the dealer setting over it', async () => {
    const dealerId = 'dealer-gbg';
    expect((await t.core.timeRules(dealerId)).effective.pendingTimeoutDays).toBe(4);
    await t.core.setMarketTimeRules('SE', { pendingTimeoutDays: 3, preBookingLeadDays: 21 });
    expect((await t.core.timeRules(dealerId)).effective).toMatchObject({
      pendingTimeoutDays: 3,
      preBookingLeadDays: 21,
    });
    const view = await t.core.setDealerTimeRules(dealerId, { pendingTimeoutDays: 2 });
    expect(view).toMatchObject({
      effective: { pendingTimeoutDays: 2, preBookingLeadDays: 21 },
      dealer: { pendingTimeoutDays: 2 },
      market: { pendingTimeoutDays: 3, preBookingLeadDays: 21 },
    });
    // The French dealer keeps the defaults.
    expect((await t.core.timeRules('dealer-lyon')).effective.pendingTimeoutDays).toBe(4);

    const { appointmentId } = await request();
    await t.core.inquire(dealerId, appointmentId, 'Can you send car data?');
    t.clock.advance(2 * DAY - 1);
    await t.core.runDueWork();
    expect(value(await t.core.getAppointment(dealerId, appointmentId)).list).toBe('pending');
    t.clock.advance(1);
    await t.core.runDueWork();
    expect(value(await t.core.getAppointment(dealerId, appointmentId))).toMatchObject({
      status: 'inquired',
      list: 'actions',
      attention: { awaitingFollowUp: true, serviceLevelBreached: false },
    });
  });
});

describe('a dealer setting changed later', () => {
  it('re-arms the timers of open appointments at once', async () => {
    const { appointmentId, dealerId } = await request();
    await t.core.inquire(dealerId, appointmentId, 'Which warning?');
    t.clock.advance(DAY);
    expect((await t.core.runDueWork()).fired).toBe(0);
    await t.core.setDealerTimeRules(dealerId, { pendingTimeoutDays: 1 });
    expect((await t.core.runDueWork()).fired).toBe(1);
    expect(value(await t.core.getAppointment(dealerId, appointmentId)).list).toBe('actions');
  });

  it('removes a setting with null: the market or the default applies again', async () => {
    const { dealerId } = await request();
    await t.core.setDealerTimeRules(dealerId, { pendingTimeoutDays: 9, escalationHours: 48 });
    const removed = await t.core.setDealerTimeRules(dealerId, { pendingTimeoutDays: null });
    expect(removed.dealer).toEqual({ escalationHours: 48 });
    expect(removed.effective.pendingTimeoutDays).toBe(4);
    expect((await t.core.timeRules(dealerId)).dealer).toEqual({ escalationHours: 48 });
  });

  it('re-arms a timer when a setting goes back to a value it had (the same due time again)', async () => {
    const { appointmentId, dealerId } = await request();
    await t.core.inquire(dealerId, appointmentId, 'Which warning?');
    // 2 days (the timer at inquiry + 2 days), then 60 (that one cancelled), then 2 again.
    await t.core.setDealerTimeRules(dealerId, { pendingTimeoutDays: 2 });
    await t.core.setDealerTimeRules(dealerId, { pendingTimeoutDays: 60 });
    await t.core.setDealerTimeRules(dealerId, { pendingTimeoutDays: 2 });
    t.clock.advance(2 * DAY);
    expect((await t.core.runDueWork()).fired).toBeGreaterThanOrEqual(1);
    expect(value(await t.core.getAppointment(dealerId, appointmentId)).attention.awaitingFollowUp).toBe(true);
    // A timer that fired stays done: re-arming the same rules again fires nothing more.
    await t.core.setDealerTimeRules(dealerId, { pendingTimeoutDays: 2 });
    expect((await t.core.runDueWork()).fired).toBe(0);
  });
});

describe('a reminder that comes late', () => {
  /** A confirmed appointment at proposalInput.start (T0 + 3 days, 08:00): its 2-day reminder is due at T0 + 1 day, 00:00. */
  async function confirmed(): Promise<{ appointmentId: string; dealerId: string }> {
    const booked = await request();
    const proposed = value(await t.core.propose(booked.dealerId, booked.appointmentId, proposalInput));
    const car = demo.cars[0];
    if (!car) throw new Error('no demo car');
    const accepted = await t.core.handleCarMessage(
      carMessage(car.vin, {
        kind: 'proposal-response',
        appointmentId: booked.appointmentId,
        proposalId: proposed.currentProposal?.proposalId ?? '',
        answer: { kind: 'accept' },
      }),
    );
    expect(accepted.ok).toBe(true);
    value(await t.core.confirm(booked.dealerId, booked.appointmentId));
    return booked;
  }
  const reminderMails = async (appointmentId: string) =>
    (await t.core.listMails({})).filter((m) => m.kind === 'reminder' && m.appointmentId === appointmentId);

  it('says the days left when it fires, not the days it was set for', async () => {
    const { appointmentId } = await confirmed();
    t.clock.advance(2 * DAY); // the sweep was away for a day: the day before the visit
    await t.core.runDueWork();
    const mails = await reminderMails(appointmentId);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.body).toContain('is in 1 day(s)');
  });

  it('is not sent once the day of the visit has begun', async () => {
    const { appointmentId } = await confirmed();
    t.clock.advance(4 * DAY); // past the visit
    await t.core.runDueWork();
    expect(await reminderMails(appointmentId)).toEqual([]);
  });
});

describe('sweeps', () => {
  it('fire each timer once: overlapping sweeps claim each row once, and another node finds it done', async () => {
    for (let i = 0; i < 5; i += 1) await request(i % 2);
    t.clock.advance(2 * DAY);
    // Two sweeps at once read the same due rows; the conditional claim lets one of them fire each.
    const [a, b] = await Promise.all([t.core.runDueWork(), t.core.runDueWork()]);
    expect(a.fired + b.fired).toBe(5);
    // A second node on the same database (one SQLite writer at a time, so one after the other).
    const second = await openBookingCore({ databasePath: t.path, clock: t.clock });
    try {
      expect((await second.runDueWork()).fired).toBe(0);
      t.clock.advance(DAY);
      expect((await second.runDueWork()).fired).toBe(5);
      expect((await t.core.runDueWork()).fired).toBe(0);
      const escalations = await t.core.listMails({ to: 'verkstad@goteborgbil.example.se' });
      // Demo cars 0 and 1 both belong to Göteborg Bil: one escalation per request, none twice.
      expect(escalations.length).toBe(5);
      expect(new Set(escalations.map((m) => m.appointmentId)).size).toBe(5);
    } finally {
      await second.close();
    }
  });

  it('reads due work through the (state, due_at) index, not by scanning appointments', async () => {
    await request();
    const db = new DatabaseSync(t.path, { readOnly: true });
    try {
      const plan = db
        .prepare(
          "EXPLAIN QUERY PLAN SELECT * FROM due_work WHERE state = 'due' AND due_at <= ? ORDER BY due_at LIMIT 100",
        )
        .all(Date.now()) as { detail: string }[];
      expect(plan.map((row) => row.detail).join('\n')).toContain('USING INDEX due_work_state_due');
    } finally {
      db.close();
    }
  });
});

describe('scheduler lag', () => {
  it('is how long the oldest due work has waited, and 0 once swept', async () => {
    expect(await t.core.schedulerLagMs()).toBe(0);
    await request();
    t.clock.advance(2 * DAY); // the service-level timer is due now
    expect(await t.core.schedulerLagMs()).toBe(0);
    t.clock.advance(3 * HOUR); // nobody swept for three hours
    expect(await t.core.schedulerLagMs()).toBe(3 * HOUR);
    await t.core.runDueWork();
    expect(await t.core.schedulerLagMs()).toBe(0);
  });
});

describe('downlink ledger retention', () => {
  it('deletes finished downlinks 30 days after they finished; open ones and newer finished ones stay', async () => {
    const car = demo.cars[0];
    if (!car) throw new Error('demo car 0');
    const { appointmentId, dealerId } = await request();
    t.clock.advance(60_000);
    value(await t.core.propose(dealerId, appointmentId, proposalInput));
    // The proposal's list superseded the request's list; the proposal is sent and receipted.
    const before = await t.core.carDownlinks(car.vin);
    expect(before.map((d) => [d.message.kind, d.state])).toEqual([
      ['appointment-list', 'superseded'],
      ['proposal', 'queued'],
      ['appointment-list', 'queued'],
    ]);
    const [firstList, proposal, openList] = before;
    if (!firstList || !proposal || !openList) throw new Error('three rows');
    t.clock.advance(60_000);
    const deliveredAt = t.clock.now();
    await t.core.markCarDownlinksSent([proposal.id], deliveredAt);
    await t.core.recordCarDelivery(car.vin, proposal.id, deliveredAt);
    const shown = value(await t.core.appointmentDeliveries(dealerId, appointmentId));
    expect(shown.map((d) => [d.messageId, d.state])).toEqual([[proposal.id, 'delivered']]);

    // 30 days after the delivery: the superseded list (finished earlier) goes, the proposal stays.
    t.clock.advance(deliveredAt + 30 * DAY - 1 - t.clock.now());
    expect((await t.core.runDueWork()).deletedDownlinks).toBe(1);
    const ids = async () => (await t.core.carDownlinks(car.vin)).map((d) => d.id);
    expect(await ids()).not.toContain(firstList.id);
    expect(await ids()).toContain(proposal.id);

    t.clock.advance(2);
    const sweep = await t.core.runDueWork();
    expect(sweep.deletedDownlinks).toBeGreaterThanOrEqual(1);
    expect(await ids()).not.toContain(proposal.id);
    // What the dealer sees on the appointment loses the message with it; open rows are never deleted.
    const after = value(await t.core.appointmentDeliveries(dealerId, appointmentId));
    expect(after.map((d) => d.messageId)).not.toContain(proposal.id);
    for (const row of await t.core.carDownlinks(car.vin)) {
      if (row.state === 'queued' || row.state === 'sent') continue;
      // Every finished row still there finished within the retention (created within it, here).
      expect(row.createdAt).toBeGreaterThan(t.clock.now() - 30 * DAY);
    }
    expect((await t.core.runDueWork()).deletedDownlinks).toBe(0);
  });

  it('deletes sent mails a year after they were sent (CSB_MAIL_RETENTION_DAYS); queued ones stay however old', async () => {
    const { appointmentId, dealerId } = await request();
    t.clock.advance(60_000);
    // A proposal mails the customer; the service level later mails the dealer.
    value(await t.core.propose(dealerId, appointmentId, proposalInput));
    const queued = await t.core.listMails({ appointmentId });
    expect(queued.length).toBeGreaterThan(0);
    const [sent, ...rest] = await t.core.claimMails('test', t.clock.now(), t.clock.now() + 60_000, 100);
    if (!sent) throw new Error('a mail to claim');
    await t.core.markMailSent(sent.id, t.clock.now());
    const states = async () =>
      Object.fromEntries((await t.core.listMails({ appointmentId })).map((m) => [m.id, m.state]));
    t.clock.advance(365 * DAY - 1);
    expect((await t.core.runDueWork()).deletedMails).toBe(0);
    t.clock.advance(2);
    expect((await t.core.runDueWork()).deletedMails).toBe(1);
    const left = await states();
    expect(left[sent.id]).toBeUndefined();
    // Never sent: kept, to be sent (a mail is deleted only once it is out).
    for (const mail of rest) expect(left[mail.id]).toBe('queued');
    expect((await t.core.runDueWork()).deletedMails).toBe(0);
  });

  it('forgets message ids after 90 days and deletes Health Status records after 365, never the newest', async () => {
    const car = demo.cars[0];
    if (!car?.dealerId) throw new Error('demo car 0 with a dealer');
    const withCapture = (capturedAt: number) => ({
      ...bookingRequest(),
      healthStatus: { ...oilWarning, capturedAt },
    });
    const first = await t.core.handleCarMessage(
      carMessage(car.vin, withCapture(t.clock.now() - 1_000), 'first-id'),
    );
    expect(first.ok).toBe(true);
    t.clock.advance(DAY);
    const second = await t.core.handleCarMessage(
      carMessage(car.vin, withCapture(t.clock.now() - 1_000), 'second-id'),
    );
    expect(second.ok).toBe(true);
    const records = async () => {
      const found = await t.core.healthStatuses(car.dealerId ?? '', car.vin, { all: true });
      return found.ok ? found.value.map((r) => r.healthStatus.capturedAt) : [];
    };
    const [newest, older] = await records();
    expect(older).toBeDefined();

    // 90 days after the first id: it is forgotten, the second (a day younger) is not.
    t.clock.advance(89 * DAY + 1);
    const at90 = await t.core.runDueWork();
    expect(at90.forgottenMessageIds).toBe(1);
    expect(at90.deletedHealthStatuses).toBe(0);
    // 365 days after the first record: it goes; the second, past its retention too a day later,
    // stays as the car's newest (the dealer API's `latest`) however old.
    t.clock.advance(275 * DAY);
    expect((await t.core.runDueWork()).deletedHealthStatuses).toBe(1);
    expect(await records()).toEqual([newest]);
    t.clock.advance(30 * DAY);
    expect((await t.core.runDueWork()).deletedHealthStatuses).toBe(0);
    expect(await records()).toEqual([newest]);
  });

  it('keeps finished downlinks for CSB_LEDGER_RETENTION_DAYS days when set', async () => {
    await t.core.close();
    t.core = await openBookingCore({ databasePath: t.path, clock: t.clock, ledgerRetentionDays: 2 });
    const car = demo.cars[0];
    if (!car) throw new Error('demo car 0');
    const { appointmentId, dealerId } = await request();
    t.clock.advance(60_000);
    value(await t.core.propose(dealerId, appointmentId, proposalInput));
    const [superseded] = await t.core.carDownlinks(car.vin);
    t.clock.advance(2 * DAY - 120_000);
    expect((await t.core.runDueWork()).deletedDownlinks).toBe(0);
    t.clock.advance(120_001);
    expect((await t.core.runDueWork()).deletedDownlinks).toBe(1);
    expect((await t.core.carDownlinks(car.vin)).map((d) => d.id)).not.toContain(superseded?.id);
  });
});

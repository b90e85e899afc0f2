/**
 * Scenario 1 ([SCN-1]) with "another slot" once, end to end with virtual time: the car sends a
 * request with Health Status, the dealer proposes, the driver asks for another slot from the car,
 * the dealer proposes again, the driver accepts in the car, the dealer confirms and finalizes.
 * Every mail and car message is asserted.
 */
import { csb, fromTimestamp, toTimestamp } from '@csb/proto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSystem } from '../bin/system.ts';
import { TestCar } from './support/car.ts';
import { Dealer, eventually } from './support/dealer.ts';
import { carMessages, sendReceipts } from './support/receipts.ts';
import { tempDataDir } from './support/system.ts';
import { DAY, mailsTo, SettableClock, startWithClock } from './support/virtual-time.ts';

const T0 = Date.UTC(2026, 8, 7, 7, 0, 0); // Monday 7 September 2026
const VIN = 'YV1DEMCAR00000002'; // Erik Johansson's V90, preferred dealer: Göteborg Bil
const EMAIL = 'erik.johansson@example.com';

let system: RunningSystem;
let data: ReturnType<typeof tempDataDir>;
const clock = new SettableClock(T0);
let dealer: Dealer;
let car: TestCar;

beforeAll(async () => {
  data = tempDataDir();
  system = await startWithClock(data.dir, clock);
  dealer = new Dealer(`http://127.0.0.1:${system.httpPort}`, 'demo-key-dealer-gbg');
  car = await TestCar.connect(`mqtt://127.0.0.1:${system.mqttPort}`, VIN, 'demo-secret-2');
  sendReceipts(car, () => clock.now());
});

afterAll(async () => {
  await car?.close();
  await system?.stop();
  data?.remove();
});

const proposalBody = (start: number) => ({
  start: new Date(start).toISOString(),
  durationMinutes: 90,
  price: { currencyCode: 'SEK', amountMinor: 310_000 },
  workDescription: 'Replace brake pads front, check discs',
});

describe('scenario 1 with another slot', () => {
  it('proposes again after the car asks for another slot, then books', async () => {
    const sent = await car.send('booking-request', {
      bookingRequest: {
        origin: csb.v1.RequestOrigin.REQUEST_ORIGIN_WARNINGS,
        consent: { granted: true, grantedAt: toTimestamp(clock.now()) },
        customerNote: 'Brake pad warning',
        healthStatus: {
          capturedAt: toTimestamp(clock.now() - 60_000),
          odometerKm: 61_002,
          warnings: [
            {
              type: csb.v1.WarningType.WARNING_TYPE_BRAKE_PAD_WEAR,
              severity: csb.v1.Severity.SEVERITY_WARNING,
              code: 'BRK-PAD',
            },
          ],
        },
      },
    });
    const id = (await car.resultFor(sent)).envelope.uplinkResult?.accepted?.appointmentId ?? '';
    expect(id).not.toBe('');

    const first = T0 + 2 * DAY;
    await dealer.ok('POST', `/dealer/v1/appointments/${id}/proposals`, proposalBody(first));
    const p1 = await car.waitFor((r) => r.envelope.body === 'proposal', 'the first proposal');

    // The driver asks for another slot in the car: back to Requested in Actions with the wishes.
    const later = { earliest: T0 + 5 * DAY, latest: T0 + 6 * DAY };
    const ask = await car.send('proposal-response', {
      proposalResponse: {
        appointmentId: id,
        proposalId: p1.envelope.proposal?.proposalId,
        askAnotherSlot: {
          preferredWindows: [{ earliest: toTimestamp(later.earliest), latest: toTimestamp(later.latest) }],
          note: 'Later in the week, please',
        },
      },
    });
    expect((await car.resultFor(ask)).envelope.uplinkResult?.accepted).toBeTruthy();
    const back = await dealer.ok<{
      status: string;
      list: string;
      customerNote: string;
      currentProposal: unknown;
    }>('GET', `/dealer/v1/appointments/${id}`);
    expect(back).toMatchObject({
      status: 'requested',
      list: 'actions',
      customerNote: 'Later in the week, please',
    });
    expect(back.currentProposal).toBeNull();

    const second = T0 + 5 * DAY + 3_600_000;
    await dealer.ok('POST', `/dealer/v1/appointments/${id}/proposals`, proposalBody(second));
    const p2 = await car.waitFor(
      (r) => r.envelope.body === 'proposal' && fromTimestamp(r.envelope.proposal?.start) === second,
      'the second proposal',
    );
    const accept = await car.send('proposal-response', {
      proposalResponse: { appointmentId: id, proposalId: p2.envelope.proposal?.proposalId, accept: {} },
    });
    await car.resultFor(accept);
    // Each step waits for the car's list of the step before: a newer list replaces one the car has
    // not been sent yet (downlink ledger), and this test asserts every list.
    const received = (n: number) =>
      eventually(async () => (carMessages(car).length >= n ? true : undefined), `${n} car messages`);
    await received(8);
    await dealer.ok('POST', `/dealer/v1/appointments/${id}/confirm`);
    await received(9);
    await dealer.ok('POST', `/dealer/v1/appointments/${id}/finalize`);
    await eventually(async () => (carMessages(car).length >= 10 ? true : undefined), 'every car message');

    const mails = await mailsTo(system, EMAIL);
    expect(mails.map((m) => m.kind)).toEqual(['proposal', 'proposal', 'booking-confirmation']);
    expect(carMessages(car).map((r) => r.envelope.body)).toEqual([
      'appointmentList', // requested
      'proposal',
      'appointmentList',
      'appointmentList', // another slot: requested
      'proposal',
      'appointmentList',
      'confirmation', // accepted
      'appointmentList',
      'appointmentList', // confirmed
      'appointmentList', // closed
    ]);
  });
});

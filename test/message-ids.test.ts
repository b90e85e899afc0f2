/**
 * Every uplink message id is remembered with its first outcome (docs/protocol.md section 3), over
 * the real broker: a refusal the gateway decides (CONSENT_MISSING, INVALID_MESSAGE, ...) is final
 * for its id, so resending the same id, even fixed, gets the same answer and creates nothing.
 */
import { csb, toTimestamp } from '@csb/proto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSystem } from '../bin/system.ts';
import { type Received, TestCar } from './support/car.ts';
import { stopTestPostgres, storeEnv, TEST_STORES } from './support/stores.ts';
import { startInProcess, tempDataDir } from './support/system.ts';

afterAll(stopTestPostgres);

describe.each(TEST_STORES)('on %s', (store) => {
  let system: RunningSystem;
  let data: ReturnType<typeof tempDataDir>;
  let car: TestCar;

  beforeAll(async () => {
    data = tempDataDir();
    system = await startInProcess(data.dir, await storeEnv(store));
    const demoCar = system.demo?.cars.find((c) => c.dealerId === 'dealer-gbg' && c.connected);
    if (!demoCar) throw new Error('no connected demo car of dealer-gbg');
    car = await TestCar.connect(`mqtt://127.0.0.1:${system.mqttPort}`, demoCar.vin, demoCar.secret);
  });

  afterAll(async () => {
    await car?.client.endAsync();
    await system?.stop();
    data?.remove();
  });

  const booking = (consent: boolean) => ({
    bookingRequest: {
      origin: csb.v1.RequestOrigin.REQUEST_ORIGIN_MANUAL,
      consent: consent ? { granted: true, grantedAt: toTimestamp(Date.now()) } : { granted: false },
    },
  });

  /** The results for one message id, in arrival order, once `count` have come. */
  async function results(messageId: string, count: number): Promise<csb.v1.IUplinkResult[]> {
    const of = (r: Received) => r.envelope.uplinkResult?.uplinkMessageId === messageId;
    await car.waitFor(() => car.received.filter(of).length >= count, `${count} results for ${messageId}`);
    return car.received.filter(of).map((r) => r.envelope.uplinkResult as csb.v1.IUplinkResult);
  }

  const appointmentLists = () => car.received.filter((r) => r.envelope.appointmentList).length;

  describe('rejected message ids', () => {
    it('answer a resend of a CONSENT_MISSING request, now with consent, with CONSENT_MISSING again', async () => {
      const id = await car.send('booking-request', booking(false), 'no-consent-0001');
      const [first] = await results(id, 1);
      expect(first?.rejected?.code).toBe(csb.v1.RejectionCode.REJECTION_CODE_CONSENT_MISSING);
      expect(first?.rejected?.retryable).toBe(false);
      const listsBefore = appointmentLists();

      await car.send('booking-request', booking(true), id);
      const [, second] = await results(id, 2);
      expect(second?.rejected?.code).toBe(csb.v1.RejectionCode.REJECTION_CODE_CONSENT_MISSING);
      expect(second?.accepted).toBeFalsy();

      // A new id with consent is a new request, and it is accepted.
      const fresh = await car.send('booking-request', booking(true), 'with-consent-0001');
      const [accepted] = await results(fresh, 1);
      expect(accepted?.accepted?.appointmentId).toMatch(/.+/);
      // Only the accepted request changed the car's appointments (one list for it, none for the resend).
      await car.waitFor(() => appointmentLists() > listsBefore, 'the appointment list of the new request');
      expect(appointmentLists()).toBe(listsBefore + 1);
    });

    it('answer a resend of an accepted id that now fails validation with the acceptance', async () => {
      const id = await car.send('booking-request', booking(true), 'accepted-then-bad-01');
      const [first] = await results(id, 1);
      expect(first?.accepted?.appointmentId).toMatch(/.+/);
      await car.send('booking-request', booking(false), id);
      const [, second] = await results(id, 2);
      expect(second?.accepted?.appointmentId).toBe(first?.accepted?.appointmentId);
    });

    it('answer a resend of a TOPIC_MISMATCH message with TOPIC_MISMATCH again', async () => {
      const id = await car.send('engine-start', booking(true), 'wrong-topic-000001');
      const [first] = await results(id, 1);
      expect(first?.rejected?.code).toBe(csb.v1.RejectionCode.REJECTION_CODE_TOPIC_MISMATCH);
      await car.send('booking-request', booking(true), id);
      const [, second] = await results(id, 2);
      expect(second?.rejected?.code).toBe(csb.v1.RejectionCode.REJECTION_CODE_TOPIC_MISMATCH);
    });
  });
});

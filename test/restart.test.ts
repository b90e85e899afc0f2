/**
 * An acknowledged request survives the whole system being killed (SIGKILL, no shutdown code
 * runs) and started again on the same data file: real child processes, real SQLite file.
 */
import { csb, toTimestamp } from '@csb/proto';
import { afterAll, describe, expect, it } from 'vitest';
import { TestCar } from './support/car.ts';
import { Dealer, eventually } from './support/dealer.ts';
import { type ChildSystem, killChild, startChild, tempDataDir } from './support/system.ts';

const data = tempDataDir();
let running: ChildSystem | undefined;

afterAll(async () => {
  if (running) await killChild(running.child, 'SIGKILL');
  data.remove();
});

describe('restart', () => {
  it('keeps an acknowledged booking request across kill -9 and restart', async () => {
    running = await startChild(data.dir);
    // Demo credentials are deterministic: the same on every start on the same data file.
    const vin = 'YV1DEMCAR00000001';
    const secret = 'demo-secret-1';
    const car = await TestCar.connect(`mqtt://127.0.0.1:${running.mqttPort}`, vin, secret);
    const id = await car.send('booking-request', {
      bookingRequest: {
        origin: csb.v1.RequestOrigin.REQUEST_ORIGIN_MANUAL,
        consent: { granted: true, grantedAt: toTimestamp(Date.now()) },
        customerNote: 'survives a crash',
      },
    });
    const appointmentId = (await car.resultFor(id)).envelope.uplinkResult?.accepted?.appointmentId;
    expect(appointmentId).toBeTruthy();
    await car.close();

    await killChild(running.child, 'SIGKILL');
    running = await startChild(data.dir);

    const dealer = new Dealer(`http://127.0.0.1:${running.httpPort}`, 'demo-key-dealer-gbg');
    const detail = await dealer.ok<{ status: string; customerNote: string }>(
      'GET',
      `/dealer/v1/appointments/${appointmentId}`,
    );
    expect(detail).toMatchObject({ status: 'requested', customerNote: 'survives a crash' });

    // The car resends the same message after the restart: still one appointment, same answer.
    const again = await TestCar.connect(`mqtt://127.0.0.1:${running.mqttPort}`, vin, secret);
    await again.send(
      'booking-request',
      {
        bookingRequest: {
          origin: csb.v1.RequestOrigin.REQUEST_ORIGIN_MANUAL,
          consent: { granted: true, grantedAt: toTimestamp(Date.now()) },
          customerNote: 'survives a crash',
        },
      },
      id,
    );
    expect((await again.resultFor(id)).envelope.uplinkResult?.accepted?.appointmentId).toBe(appointmentId);
    await again.close();
  });

  it('delivers again a proposal the car never receipted after the broker lost it in a kill -9', async () => {
    running ??= await startChild(data.dir);
    const vin = 'YV1DEMCAR00000002';
    const secret = 'demo-secret-2';
    const car = await TestCar.connect(`mqtt://127.0.0.1:${running.mqttPort}`, vin, secret);
    const id = await car.send('booking-request', {
      bookingRequest: {
        origin: csb.v1.RequestOrigin.REQUEST_ORIGIN_MANUAL,
        consent: { granted: true, grantedAt: toTimestamp(Date.now()) },
        customerNote: 'never receipts the proposal',
      },
    });
    const appointmentId = (await car.resultFor(id)).envelope.uplinkResult?.accepted?.appointmentId;

    const dealer = new Dealer(`http://127.0.0.1:${running.httpPort}`, 'demo-key-dealer-gbg');
    await dealer.ok('POST', `/dealer/v1/appointments/${appointmentId}/proposals`, {
      start: new Date(Date.now() + 5 * 86_400_000).toISOString(),
      durationMinutes: 60,
      price: { currencyCode: 'SEK', amountMinor: 150_000 },
      workDescription: 'Brake inspection',
    });
    // The car gets it but sends no DeliveryReceipt (it crashes before storing it, say).
    const first = await car.waitFor((r) => r.envelope.body === 'proposal', 'the proposal');
    await car.close();
    await eventually(async () => {
      const detail = await dealer.ok<{ deliveries?: { kind: string; state: string }[] }>(
        'GET',
        `/dealer/v1/appointments/${appointmentId}`,
      );
      return detail.deliveries?.some((d) => d.kind === 'proposal' && d.state === 'sent') ? true : undefined;
    }, 'the proposal shown as sent');

    await killChild(running.child, 'SIGKILL'); // the broker's queue dies with the process
    running = await startChild(data.dir);

    const back = await TestCar.connect(`mqtt://127.0.0.1:${running.mqttPort}`, vin, secret);
    try {
      const proposal = await back.waitFor(
        (r) => r.envelope.body === 'proposal',
        'the proposal after the restart',
      );
      expect(proposal.envelope.proposal?.appointmentId).toBe(appointmentId);
      expect(proposal.envelope.messageId).toBe(first.envelope.messageId);
      expect(proposal.envelope.proposal?.price?.amountMinor).toBe(150_000);
    } finally {
      await back.close();
    }
  });
});

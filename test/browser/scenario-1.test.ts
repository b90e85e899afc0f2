/**
 * Scenario 1 in the browser: a simulated car sends a booking request with warnings over MQTT, the
 * dealer works it in the dealer console (the request appears live in Actions, the page shows the
 * warnings, propose, confirm, finalize, a history row), and the car receives what the clicks sent.
 * The car's free text and Health Status strings carry script payloads; nothing of them may run.
 */
import { csb, fromTimestamp, toTimestamp } from '@csb/proto';
import { describe, expect, it } from 'vitest';
import { TestCar } from '../support/car.ts';
import { sendReceipts } from '../support/receipts.ts';
import { browserAvailable, newTab, seriousViolations, signIn, useBrowserRig } from './support.ts';

const SCRIPT_PAYLOAD = '<script>window.__xss = 1</script>';
const ATTRIBUTE_PAYLOAD = '"><img src=x onerror="window.__xss = 2">';

describe.runIf(browserAvailable())('dealer console, scenario 1 (browser)', () => {
  const rig = useBrowserRig();

  it('takes a car request from the live Actions list to Closed, and the car receives each step', async () => {
    const gbg = rig.system.demo?.dealers.find((d) => d.dealerId === 'dealer-gbg');
    const carCreds = rig.system.demo?.cars.find((c) => c.dealerId === 'dealer-gbg' && c.connected);
    if (!gbg || !carCreds) throw new Error('demo data missing');
    const { page, problems } = await newTab(rig.browser);
    await signIn(page, `${rig.base}/console/sign-in`, gbg.apiKey);
    expect(new URL(page.url()).pathname).toBe('/console/lists/actions');
    const actionsBefore = Number(await page.locator('#list-nav a[href$="/actions"] .count').textContent());
    // Marks this document: it survives an in-place update and is gone after a reload.
    await page.evaluate('window.__sameDocument = true');

    const car = await TestCar.connect(
      `mqtt://127.0.0.1:${rig.system.mqttPort}`,
      carCreds.vin,
      carCreds.secret,
    );
    sendReceipts(car, Date.now);
    try {
      const now = Date.now();
      const requestId = await car.send('booking-request', {
        bookingRequest: {
          origin: csb.v1.RequestOrigin.REQUEST_ORIGIN_WARNINGS,
          consent: { granted: true, grantedAt: toTimestamp(now) },
          customerNote: `Oil lamp ${SCRIPT_PAYLOAD}`,
          healthStatus: {
            capturedAt: toTimestamp(now - 60_000),
            odometerKm: 48_210,
            warnings: [
              {
                type: csb.v1.WarningType.WARNING_TYPE_ENGINE_OIL_LEVEL_LOW,
                severity: csb.v1.Severity.SEVERITY_WARNING,
                code: 'OIL-LVL-LOW',
                text: `Oil level low ${ATTRIBUTE_PAYLOAD}`,
              },
            ],
            dtcs: [{ code: 'P0301', ecu: 'ECM', status: csb.v1.DtcStatus.DTC_STATUS_ACTIVE }],
          },
        },
      });
      const appointmentId = (await car.resultFor(requestId)).envelope.uplinkResult?.accepted?.appointmentId;
      expect(appointmentId, 'the request was accepted').toBeTruthy();

      // Live: the row appears in the open list without a reload, with its flags as text.
      const row = page.locator(`tr[data-appointment="${appointmentId}"]`);
      await row.waitFor();
      expect(await page.evaluate('window.__sameDocument')).toBe(true);
      const flags = await row.locator('.flags').textContent();
      expect(flags).toContain('Customer requested');
      expect(flags).toContain('Warnings active');
      expect(flags).toContain('Connected car');
      expect(await row.locator('td').first().textContent()).toBe('Requested');
      expect(Number(await page.locator('#list-nav a[href$="/actions"] .count').textContent())).toBe(
        actionsBefore + 1,
      );
      expect(await seriousViolations(page), 'axe on the Actions list').toEqual([]);

      // Manage appointment: the Health Status that came with the request, hostile text shown as text.
      await row.getByRole('link').click();
      await page.getByRole('heading', { name: 'Manage appointment' }).waitFor();
      const health = page.locator('section.health');
      expect(await health.textContent()).toContain('ENGINE_OIL_LEVEL_LOW');
      expect(await health.textContent()).toContain('P0301');
      expect(await health.textContent()).toContain('48210 km');
      expect(await health.textContent()).toContain(ATTRIBUTE_PAYLOAD);
      expect(await page.locator('dd.note').textContent()).toBe(`Oil lamp ${SCRIPT_PAYLOAD}`);
      expect(await page.locator('img').count()).toBe(0);
      expect(await page.evaluate('window.__xss')).toBeUndefined();
      expect(await seriousViolations(page), 'axe on Manage appointment').toEqual([]);

      // Propose: the car gets time and price, never the work.
      const start = new Date(Date.now() + 3 * 86_400_000);
      start.setUTCHours(8, 0, 0, 0);
      await page.getByLabel('Start (UTC)').fill(start.toISOString().slice(0, 16));
      await page.getByLabel('Duration, minutes').fill('90');
      await page.getByLabel('Price').fill('2450.00');
      await page.getByLabel('Currency').fill('SEK');
      await page.getByLabel(/Work description/).fill('Replace engine oil, inspect cylinder 1');
      await page.getByRole('button', { name: 'Send proposal' }).click();
      await page.getByText('Proposal sent.').waitFor();
      expect(await page.locator('dd.status').textContent()).toBe('Proposed');
      const proposal = await car.waitFor((r) => r.envelope.body === 'proposal', 'a proposal');
      const p = proposal.envelope.proposal;
      expect(p?.appointmentId).toBe(appointmentId);
      expect(fromTimestamp(p?.start)).toBe(start.getTime());
      expect(p?.durationMinutes).toBe(90);
      expect(p?.price).toMatchObject({ currencyCode: 'SEK', amountMinor: 245_000 });
      for (const r of car.received) expect(r.raw.includes(Buffer.from('cylinder'))).toBe(false);

      // The car accepts; the page shows Accepted, and the proposal's delivery to the car.
      const acceptId = await car.send('proposal-response', {
        proposalResponse: { appointmentId, proposalId: p?.proposalId, accept: {} },
      });
      await car.resultFor(acceptId);
      await page.reload();
      expect(await page.locator('dd.status').textContent()).toBe('Accepted');
      expect(await page.locator('ul.deliveries').textContent()).toMatch(
        /proposal (delivered|sent) to the car/,
      );

      await page.getByRole('button', { name: 'Confirm appointment' }).click();
      await page.getByText('Appointment confirmed.').waitFor();
      expect(await page.locator('dd.status').textContent()).toBe('Confirmed');
      await car.waitFor(
        (r) =>
          r.envelope.appointmentList?.appointments?.some(
            (a) =>
              a.appointmentId === appointmentId &&
              a.status === csb.v1.AppointmentStatus.APPOINTMENT_STATUS_CONFIRMED,
          ) === true,
        'an appointment list with the confirmed appointment',
      );

      await page.getByRole('button', { name: 'Finalize' }).click();
      await page.getByText('Appointment finalized.').waitFor();
      expect(await page.locator('dd.status').textContent()).toBe('Closed');
      await car.waitFor((r) => {
        const list = r.envelope.appointmentList;
        return list != null && !(list.appointments ?? []).some((a) => a.appointmentId === appointmentId);
      }, 'an appointment list without the closed appointment');

      // History: choosing the second change shows the appointment as it was then (Proposed), with
      // the history up to that change (docs/domain.md [HIST-2]).
      const history = page.locator('table.history tbody tr');
      expect(await history.count()).toBe(5);
      await page.getByRole('link', { name: '#2' }).click();
      await page.getByText('As it was after change 2 of 5.').waitFor();
      expect(await page.locator('dd.status').textContent()).toBe('Proposed');
      expect(await history.count()).toBe(2);
      expect(await page.getByRole('button', { name: 'Finalize' }).count()).toBe(0);

      expect(await page.evaluate('window.__xss')).toBeUndefined();
      expect(problems).toEqual([]);
    } finally {
      await car.close();
    }
  });
});

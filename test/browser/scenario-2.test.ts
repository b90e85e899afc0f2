/**
 * Scenario 2 in the browser: the customer books on the owner website (phone-sized screen), the
 * dealer inquires in the console, the customer follows the email's link, signs in and answers,
 * the car sends its data, the dealer finds it by VIN, proposes, and the customer accepts on the
 * website. The customer's free text carries script payloads; nothing of them may run.
 */
import { csb, toTimestamp } from '@csb/proto';
import { describe, expect, it } from 'vitest';
import { TestCar } from '../support/car.ts';
import { ADMIN_KEY } from '../support/system.ts';
import { browserAvailable, newTab, seriousViolations, signIn, useBrowserRig } from './support.ts';

const CUSTOMER = 'customer-camille';
const PHONE = { width: 390, height: 844 };
const PAYLOAD = '<script>window.__xss = 1</script>"><img src=x onerror="window.__xss = 2">';

describe.runIf(browserAvailable())('owner website and console, scenario 2 (browser)', () => {
  const rig = useBrowserRig();

  const admin = async <T>(method: string, path: string): Promise<T> => {
    const response = await fetch(`${rig.base}${path}`, {
      method,
      headers: { authorization: `Bearer ${ADMIN_KEY}` },
    });
    if (!response.ok) throw new Error(`${method} ${path} -> ${response.status}`);
    return (await response.json()) as T;
  };

  it('books on the website, is inquired and answers, then accepts the proposal; the dealer finds the car by VIN', async () => {
    const carCreds = rig.system.demo?.cars.find((c) => c.secret === 'demo-secret-3');
    const dealerCreds = rig.system.demo?.dealers.find((d) => d.dealerId === carCreds?.dealerId);
    if (!carCreds || !dealerCreds) throw new Error('demo data missing');
    const { token } = await admin<{ token: string }>('POST', `/admin/v1/customers/${CUSTOMER}/tokens`);

    // The customer books on a phone.
    const owner = await newTab(rig.browser, PHONE);
    await signIn(owner.page, `${rig.base}/owner/sign-in`, token);
    await owner.page.getByRole('heading', { name: 'My appointments' }).waitFor();
    await owner.page.getByLabel('What should the workshop do?').fill(`Rattle front left ${PAYLOAD}`);
    await owner.page.getByLabel('Preferred date', { exact: true }).fill('2027-06-10');
    await owner.page.getByLabel('Second preferred date').fill('2027-06-11');
    await owner.page.getByLabel('Current odometer, km').fill('31420');
    await owner.page.getByRole('button', { name: 'Send booking request' }).click();
    await owner.page.getByText('Your booking request was sent to your dealer.').waitFor();
    expect(await seriousViolations(owner.page), 'axe on My appointments (390 px)').toEqual([]);

    // The dealer finds it in Actions and inquires.
    const dealer = await newTab(rig.browser);
    await signIn(dealer.page, `${rig.base}/console/sign-in`, dealerCreds.apiKey);
    const row = dealer.page.locator('table.list tbody tr', { hasText: carCreds.vin }).first();
    const appointmentId = await row.getAttribute('data-appointment');
    expect(appointmentId).toBeTruthy();
    expect(await row.locator('.flags').textContent()).toContain('Customer requested');
    await row.getByRole('link').click();
    expect(await dealer.page.locator('dd.note').textContent()).toBe(`Rattle front left ${PAYLOAD}`);
    expect(await dealer.page.locator('dd.status').textContent()).toBe('Requested');
    await dealer.page.getByLabel('Question to the customer').fill('Does it rattle when braking?');
    await dealer.page.getByRole('button', { name: 'Send question' }).click();
    await dealer.page.getByText('Question sent to the customer.').waitFor();
    expect(await dealer.page.locator('dd.status').textContent()).toBe('Inquired');

    // The inquiry mail links to the appointment's page; opened signed out, it asks for sign-in first.
    const mails = await admin<{ items: { kind: string; body: string }[] }>(
      'GET',
      `/admin/v1/mail?appointmentId=${appointmentId}`,
    );
    const link = mails.items
      .map((m) => /https?:\/\/\S+\/owner\/appointments\/\S+/.exec(m.body)?.[0])
      .find(Boolean);
    expect(link, 'a mail with the appointment link').toBeTruthy();
    const linkPath = new URL(link as string).pathname;
    expect(linkPath).toBe(`/owner/appointments/${appointmentId}`);
    const fromMail = await newTab(rig.browser, PHONE);
    await fromMail.page.goto(`${rig.base}${linkPath}`);
    expect(new URL(fromMail.page.url()).pathname).toBe('/owner/sign-in');
    await fromMail.page.getByLabel('Website token').fill(token);
    await fromMail.page.getByRole('button', { name: 'Sign in' }).click();
    await fromMail.page.getByRole('heading', { name: /Appointment at/ }).waitFor();
    expect(new URL(fromMail.page.url()).pathname).toBe(linkPath);
    expect(await fromMail.page.locator('ol.conversation').textContent()).toContain(
      'Does it rattle when braking?',
    );
    await fromMail.page.getByLabel('Your answer').fill(`Only when braking ${PAYLOAD}`);
    await fromMail.page.getByRole('button', { name: 'Send answer' }).click();
    await fromMail.page.getByText('Your answer was sent to the workshop.').waitFor();
    expect(await fromMail.page.locator('dd.status').textContent()).toBe('Requested');

    // The dealer sees the answer; the car sends its data; the dealer finds it by VIN.
    await dealer.page.reload();
    expect(await dealer.page.locator('ol.conversation').textContent()).toContain(
      `Only when braking ${PAYLOAD}`,
    );
    const car = await TestCar.connect(
      `mqtt://127.0.0.1:${rig.system.mqttPort}`,
      carCreds.vin,
      carCreds.secret,
    );
    try {
      const upload = await car.send('health-status', {
        healthStatusUpload: {
          healthStatus: {
            capturedAt: toTimestamp(Date.now() - 60_000),
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
      await car.resultFor(upload);
    } finally {
      await car.close();
    }
    await dealer.page.getByRole('link', { name: 'Vehicle search' }).click();
    await dealer.page.getByLabel('VIN').fill(carCreds.vin);
    await dealer.page.getByRole('button', { name: 'Search' }).click();
    const health = dealer.page.locator('section.health');
    await health.waitFor();
    expect(await health.textContent()).toContain('31433 km');
    expect(await health.textContent()).toContain('TYRE_PRESSURE_LOW');
    expect(await dealer.page.locator('#cust + p').textContent()).toContain(carCreds.customerName);
    expect(await seriousViolations(dealer.page), 'axe on Vehicle search').toEqual([]);

    // The dealer proposes; the website shows the work (the car never does), the customer accepts.
    await dealer.page.goto(`${rig.base}/console/appointments/${appointmentId}`);
    await dealer.page.getByLabel('Start (UTC)').fill('2027-06-10T09:00');
    await dealer.page.getByLabel('Duration, minutes').fill('60');
    await dealer.page.getByLabel('Price').fill('1200');
    await dealer.page.getByLabel('Currency').fill('EUR');
    await dealer.page.getByLabel(/Work description/).fill('Replace front left stabiliser link');
    await dealer.page.getByRole('button', { name: 'Send proposal' }).click();
    await dealer.page.getByText('Proposal sent.').waitFor();

    await fromMail.page.reload();
    expect(await fromMail.page.locator('#prop ~ dl').textContent()).toContain(
      'Replace front left stabiliser link',
    );
    expect(await fromMail.page.locator('#prop ~ dl').textContent()).toContain('1200.00 EUR');
    expect(await seriousViolations(fromMail.page), 'axe on the owner appointment page (390 px)').toEqual([]);
    await fromMail.page.getByRole('button', { name: 'Accept this proposal' }).click();
    await fromMail.page.getByText('You accepted the proposal.').waitFor();
    expect(await fromMail.page.locator('dd.status').textContent()).toBe('Accepted');

    await dealer.page.reload();
    expect(await dealer.page.locator('dd.status').textContent()).toBe('Accepted');
    for (const tab of [owner, dealer, fromMail]) {
      expect(await tab.page.evaluate('window.__xss')).toBeUndefined();
      expect(tab.problems).toEqual([]);
    }
  });
});

/**
 * Takes the screenshots in docs/web/ (shown in README.md and docs/web.md): starts the system with
 * its demo data, a car request and a website request, and photographs the main pages in Chromium.
 * Run: `node scripts/web-screenshots.ts` (needs /usr/bin/chromium).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { csb, toTimestamp } from '@csb/proto';
import { launchBrowser, newTab, signIn } from '../test/browser/support.ts';
import { TestCar } from '../test/support/car.ts';
import { ADMIN_KEY, startInProcess, tempDataDir } from '../test/support/system.ts';

const out = path.resolve('docs/web');
mkdirSync(out, { recursive: true });
const data = tempDataDir();
const system = await startInProcess(data.dir);
const base = `http://127.0.0.1:${system.httpPort}`;
const browser = await launchBrowser();
try {
  const gbg = system.demo?.dealers.find((d) => d.dealerId === 'dealer-gbg');
  const carCreds = system.demo?.cars.find((c) => c.dealerId === 'dealer-gbg' && c.connected);
  if (!gbg || !carCreds) throw new Error('demo data missing');
  const car = await TestCar.connect(`mqtt://127.0.0.1:${system.mqttPort}`, carCreds.vin, carCreds.secret);
  const now = Date.now();
  const id = await car.send('booking-request', {
    bookingRequest: {
      origin: csb.v1.RequestOrigin.REQUEST_ORIGIN_WARNINGS,
      consent: { granted: true, grantedAt: toTimestamp(now) },
      customerNote: 'The oil lamp came on this morning',
      healthStatus: {
        capturedAt: toTimestamp(now - 60_000),
        odometerKm: 48_210,
        service: { isServiceDue: true, distanceToServiceKm: 300 },
        warnings: [
          {
            type: csb.v1.WarningType.WARNING_TYPE_ENGINE_OIL_LEVEL_LOW,
            severity: csb.v1.Severity.SEVERITY_WARNING,
            code: 'OIL-LVL-LOW',
            text: 'Engine oil level low',
          },
        ],
        dtcs: [{ code: 'P0301', ecu: 'ECM', status: csb.v1.DtcStatus.DTC_STATUS_ACTIVE }],
      },
    },
  });
  const appointmentId = (await car.resultFor(id)).envelope.uplinkResult?.accepted?.appointmentId ?? '';
  await car.close();

  const dealer = await newTab(browser);
  await signIn(dealer.page, `${base}/console/sign-in`, gbg.apiKey);
  await dealer.page.screenshot({ path: path.join(out, 'console-actions.png') });
  await dealer.page.goto(`${base}/console/appointments/${appointmentId}`);
  await dealer.page.screenshot({ path: path.join(out, 'console-appointment.png') });

  const camille = system.demo?.cars.find((c) => c.secret === 'demo-secret-3');
  const tokenResponse = await fetch(`${base}/admin/v1/customers/customer-camille/tokens`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN_KEY}` },
  });
  const { token } = (await tokenResponse.json()) as { token: string };
  const owner = await newTab(browser, { width: 390, height: 844 });
  await signIn(owner.page, `${base}/owner/sign-in`, token);
  await owner.page.getByLabel('What should the workshop do?').fill('A rattle from the front left');
  await owner.page.getByLabel('Preferred date', { exact: true }).fill('2027-06-10');
  await owner.page.getByLabel('Second preferred date').fill('2027-06-11');
  await owner.page.getByLabel('Current odometer, km').fill('31420');
  await owner.page.getByRole('button', { name: 'Send booking request' }).click();
  await owner.page.getByText('Your booking request was sent').waitFor();
  await owner.page.screenshot({ path: path.join(out, 'owner-home-390.png') });
  console.log(`screenshots in ${out} (${camille?.vin ?? ''})`);
} finally {
  await browser.close();
  await system.stop();
  data.remove();
}

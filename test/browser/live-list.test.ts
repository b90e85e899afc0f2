/**
 * The live list in the browser (docs/web.md "The live list"): a hidden tab holds no event stream
 * (so six list tabs in the background do not stall the seventh page), it refreshes and listens
 * again when shown, the update time is in UTC, and an ended session (sign-out in another tab, a
 * server restart) shows a notice with the way back through sign-in instead of a list that
 * silently stops.
 *
 * Headless Chromium reports every tab as visible, so the tests set `document.visibilityState`
 * in the page and send the `visibilitychange` event a real browser sends when a tab is switched.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSystem } from '../../bin/system.ts';
import { ADMIN_KEY, startInProcess, tempDataDir } from '../support/system.ts';
import { jsonApi } from '../support/web-http.ts';
import { browserAvailable, launchBrowser, newTab, signIn } from './support.ts';

const CUSTOMER = 'customer-camille';

async function setVisibility(page: Page, state: 'hidden' | 'visible'): Promise<void> {
  await page.evaluate(
    `Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => '${state}' });
     document.dispatchEvent(new Event('visibilitychange'));`,
  );
}

/** The pages' time format (common.ts `when`) for a moment. */
const utc = (ms: number) => `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

describe.runIf(browserAvailable())('dealer console, the live list (browser)', () => {
  let system: RunningSystem;
  let data: ReturnType<typeof tempDataDir>;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let base: string;

  const api = <T>(method: string, path: string, bearer: string, body?: unknown) =>
    jsonApi(base)<T>(method, path, bearer, body);
  const car = () => {
    // Camille's car (the demo's third), at its preferred dealer.
    const found = system.demo?.cars.find((c) => c.secret === 'demo-secret-3');
    if (!found) throw new Error(`the demo car of ${CUSTOMER} is missing`);
    return found;
  };
  const dealerKey = () => system.demo?.dealers.find((d) => d.dealerId === car().dealerId)?.apiKey ?? '';
  /** A website request: it changes the dealer's Actions list. */
  const bookOnTheWebsite = async (note: string) => {
    const { token } = await api<{ token: string }>(
      'POST',
      `/admin/v1/customers/${CUSTOMER}/tokens`,
      ADMIN_KEY,
    );
    return api<{ appointmentId: string }>('POST', '/customer/v1/requests', token, {
      vin: car().vin,
      note,
      preferredDates: ['2027-03-01', '2027-03-02'],
      odometerKm: 1000,
    });
  };

  beforeAll(async () => {
    data = tempDataDir();
    system = await startInProcess(data.dir);
    base = `http://127.0.0.1:${system.httpPort}`;
    browser = await launchBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
    data?.remove();
  });

  it('holds no stream in a hidden tab, so a 7th page loads; shown again, it refreshes and updates live, in UTC', async () => {
    // Another zone and locale than UTC: the update time must not follow them.
    const first = await newTab(browser, undefined, { timezoneId: 'Pacific/Auckland', locale: 'en-US' });
    await signIn(first.page, `${base}/console/sign-in`, dealerKey());
    expect(new URL(first.page.url()).pathname).toBe('/console/lists/actions');
    const tabs = [first.page];
    for (let i = 1; i < 6; i++) {
      const page = await first.context.newPage();
      await page.goto(`${base}/console/lists/${['actions', 'pending', 'planned'][i % 3]}`);
      tabs.push(page);
    }
    for (const page of tabs) await setVisibility(page, 'hidden');

    // Chromium opens 6 connections per host: six held streams would leave this page waiting.
    const seventh = await first.context.newPage();
    await seventh.goto(`${base}/console/customers`, { timeout: 5000 });
    await seventh.getByRole('heading', { name: 'All Workshop Customers' }).waitFor({ timeout: 5000 });

    await setVisibility(first.page, 'visible');
    await first.page.waitForFunction("document.querySelector('main').dataset.updated !== undefined");
    const { appointmentId } = await bookOnTheWebsite('Shown again, still live');
    await first.page.locator(`tr[data-appointment="${appointmentId}"]`).waitFor();
    const updated = await first.page.getByRole('status').first().textContent();
    expect([utc(Date.now()), utc(Date.now() - 60_000)].map((t) => `List updated at ${t}`)).toContain(updated);
    expect(first.problems).toEqual([]);
    await first.context.close();
  });

  it('shows "Signed out" with a link back when the session ends in another tab, and stops listening', async () => {
    const list = await newTab(browser);
    await signIn(list.page, `${base}/console/sign-in`, dealerKey());
    await list.page.goto(`${base}/console/lists/actions?sort=customer`);
    const other = await list.context.newPage();
    await other.goto(`${base}/console/customers`);
    await other.getByRole('button', { name: 'Sign out' }).click();
    await other.getByText('Signed out.').waitFor();

    const notice = list.page.getByRole('alert').filter({ hasText: 'Signed out' });
    await notice.waitFor({ timeout: 5000 });
    const link = notice.getByRole('link', { name: 'sign in again' });
    expect(await link.getAttribute('href')).toBe(
      `/console/sign-in?next=${encodeURIComponent('/console/lists/actions?sort=customer')}`,
    );
    const streams: string[] = [];
    list.page.on('request', (request) => {
      if (request.url().includes('/console/events')) streams.push(request.url());
    });
    await list.page.waitForTimeout(4000); // longer than the stream's retry time (3 s)
    expect(streams, 'no stream after the notice').toEqual([]);

    await link.click();
    await list.page.getByLabel('Dealer API key').fill(dealerKey());
    await list.page.getByRole('button', { name: 'Sign in' }).click();
    await list.page.waitForURL(/\/console\/lists\/actions\?sort=customer$/);
    expect(list.problems).toEqual([]);
    await list.context.close();
  });

  it('shows "Signed out" after a server restart (the stream is refused), and stops retrying', async () => {
    const list = await newTab(browser);
    await signIn(list.page, `${base}/console/sign-in`, dealerKey());
    expect(new URL(list.page.url()).pathname).toBe('/console/lists/actions');

    // A restart on the same port and data: every session is gone (docs/web.md "Sessions").
    const port = String(system.httpPort);
    await system.stop();
    system = await startInProcess(data.dir, { CSB_HTTP_PORT: port });

    const notice = list.page.getByRole('alert').filter({ hasText: 'Signed out' });
    await notice.waitFor({ timeout: 15_000 });
    const streams: string[] = [];
    list.page.on('request', (request) => {
      if (request.url().includes('/console/events')) streams.push(request.url());
    });
    await list.page.waitForTimeout(4000);
    expect(streams, 'no stream after the notice').toEqual([]);
    await list.context.close();
  });
});

/**
 * The web pages' security and accessibility rules against the running system: CSP on every page,
 * CSRF and cross-site posts refused (and nothing changed), sign-out ends the session, one dealer
 * or customer never sees another's page, script payloads sent through the customer API do not run
 * in either site, and the sign-in form is usable by keyboard with a visible focus.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSystem } from '../../bin/system.ts';
import { ADMIN_KEY, startInProcess, tempDataDir } from '../support/system.ts';
import { jsonApi, signInOverHttp } from '../support/web-http.ts';
import { browserAvailable, launchBrowser, newTab, seriousViolations, signIn } from './support.ts';

const PAYLOAD = '<script>window.__xss = 1</script>"><img src=x onerror="window.__xss = 2">';

describe.runIf(browserAvailable())('web pages: security and accessibility (browser)', () => {
  let system: RunningSystem;
  let data: ReturnType<typeof tempDataDir>;
  let browser: Browser;
  let base: string;
  let token: string;
  let appointmentId: string;
  const camilleVin = () => system.demo?.cars.find((c) => c.secret === 'demo-secret-3')?.vin ?? '';

  const api = <T>(method: string, path: string, bearer: string, body?: unknown) =>
    jsonApi(base)<T>(method, path, bearer, body);
  const dealerKey = (dealerId: string) =>
    system.demo?.dealers.find((d) => d.dealerId === dealerId)?.apiKey ?? '';
  const camilleDealer = () => system.demo?.cars.find((c) => c.secret === 'demo-secret-3')?.dealerId ?? '';

  /** Signs in over plain HTTP like a form would; returns the session cookie and a page's CSRF token. */
  const httpSession = (area: 'console' | 'owner', secret: string, pagePath: string) =>
    signInOverHttp(base, area, secret, pagePath);

  beforeAll(async () => {
    data = tempDataDir();
    system = await startInProcess(data.dir);
    base = `http://127.0.0.1:${system.httpPort}`;
    browser = await launchBrowser();
    ({ token } = await api<{ token: string }>(
      'POST',
      '/admin/v1/customers/customer-camille/tokens',
      ADMIN_KEY,
    ));
    // The payload through the customer API, as another client than the website would send it.
    ({ appointmentId } = await api<{ appointmentId: string }>('POST', '/customer/v1/requests', token, {
      vin: camilleVin(),
      note: PAYLOAD,
      preferredDates: ['2027-03-01', '2027-03-02'],
      odometerKm: 1000,
    }));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
    data?.remove();
  });

  it('sends a CSP without inline scripts on every page, and a session cookie that is HttpOnly and SameSite', async () => {
    const { cookie, setCookie } = await httpSession(
      'console',
      dealerKey(camilleDealer()),
      '/console/lists/actions',
    );
    expect(setCookie.find((c) => c.startsWith('csb_console='))).toMatch(/HttpOnly; SameSite=Strict/);
    for (const path of [
      '/console/sign-in',
      '/owner/sign-in',
      '/console/lists/actions',
      `/console/appointments/${appointmentId}`,
    ]) {
      const response = await fetch(`${base}${path}`, { headers: { cookie } });
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).not.toContain('unsafe-inline');
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(await response.text(), path).not.toMatch(/<script(?![^>]*\bsrc=)/);
    }
  });

  it('refuses a form post without the CSRF token or from another site, and changes nothing', async () => {
    const dealer = await httpSession(
      'console',
      dealerKey(camilleDealer()),
      `/console/appointments/${appointmentId}`,
    );
    const post = (body: Record<string, string>, extra: Record<string, string> = {}) =>
      fetch(`${base}/console/appointments/${appointmentId}/inquire`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: dealer.cookie, 'content-type': 'application/x-www-form-urlencoded', ...extra },
        body: new URLSearchParams(body),
      });
    expect((await post({ question: 'no token' })).status).toBe(403);
    expect((await post({ question: 'wrong token', _csrf: 'x'.repeat(43) })).status).toBe(403);
    expect(
      (await post({ question: 'other site', _csrf: dealer.csrf }, { origin: 'http://evil.example' })).status,
    ).toBe(403);
    const after = await api<{ status: string; inquiries: unknown[] }>(
      'GET',
      `/dealer/v1/appointments/${appointmentId}`,
      dealerKey(camilleDealer()),
    );
    expect(after.status).toBe('requested');
    expect(after.inquiries).toEqual([]);
    // The same form with its token is accepted: the refusals above were about the token alone.
    expect((await post({ question: 'With the token?', _csrf: dealer.csrf })).status).toBe(303);

    // A command the status does not allow is refused on the page, with the domain's reason.
    const confirm = await fetch(`${base}/console/appointments/${appointmentId}/confirm`, {
      method: 'POST',
      headers: { cookie: dealer.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: dealer.csrf }),
    });
    expect(confirm.status).toBe(409);
    const refusedPage = await confirm.text();
    expect(refusedPage).toContain('Refused: The appointment status does not allow this command');
    expect(refusedPage).toContain('BOOKING_INVALID_TRANSITION');
  });

  it('keeps at most 8 live-list streams open per dealer; the 9th is answered 429', async () => {
    const dealer = await httpSession('console', dealerKey(camilleDealer()), '/console/lists/actions');
    const aborts: AbortController[] = [];
    try {
      const open = async () => {
        const abort = new AbortController();
        aborts.push(abort);
        return fetch(`${base}/console/events`, { headers: { cookie: dealer.cookie }, signal: abort.signal });
      };
      for (let i = 0; i < 8; i++) {
        const stream = await open();
        expect(stream.status).toBe(200);
        expect(stream.headers.get('content-type')).toContain('text/event-stream');
      }
      expect((await open()).status).toBe(429);
    } finally {
      for (const abort of aborts) abort.abort();
    }
    const signedOut = await fetch(`${base}/console/events`, { headers: { cookie: 'csb_console=unknown' } });
    expect(signedOut.status).toBe(401);
  });

  it("never shows one dealer's or customer's appointment to another", async () => {
    const otherDealer = system.demo?.dealers.find((d) => d.dealerId !== camilleDealer());
    if (!otherDealer) throw new Error('a second demo dealer is missing');
    const other = await httpSession('console', otherDealer.apiKey, '/console/lists/actions');
    const seen = await fetch(`${base}/console/appointments/${appointmentId}`, {
      headers: { cookie: other.cookie },
    });
    expect(seen.status).toBe(404);
    expect(await seen.text()).not.toContain('window.__xss');

    const { token: otherToken } = await api<{ token: string }>(
      'POST',
      '/admin/v1/customers/customer-anna/tokens',
      ADMIN_KEY,
    );
    const otherCustomer = await httpSession('owner', otherToken, '/owner/');
    const page = await fetch(`${base}/owner/appointments/${appointmentId}`, {
      headers: { cookie: otherCustomer.cookie },
    });
    expect(page.status).toBe(404);
  });

  it('runs nothing of a payload sent through the API, in the console and on the owner website; sign-out ends the session', async () => {
    const dealer = await newTab(browser);
    await signIn(dealer.page, `${base}/console/sign-in`, dealerKey(camilleDealer()));
    expect(dealer.page.url()).not.toContain(dealerKey(camilleDealer()));
    await dealer.page.goto(`${base}/console/appointments/${appointmentId}`);
    expect(await dealer.page.locator('dd.note').textContent()).toBe(PAYLOAD);
    expect(await dealer.page.locator('img').count()).toBe(0);

    const owner = await newTab(browser, { width: 390, height: 844 });
    await signIn(
      owner.page,
      `${base}/owner/sign-in?next=${encodeURIComponent(`/owner/appointments/${appointmentId}`)}`,
      token,
    );
    expect(await owner.page.locator('dd.note').textContent()).toBe(PAYLOAD);
    for (const tab of [dealer, owner]) {
      expect(await tab.page.evaluate('window.__xss')).toBeUndefined();
      expect(tab.problems).toEqual([]);
    }

    await dealer.page.getByRole('button', { name: 'Sign out' }).click();
    await dealer.page.getByText('Signed out.').waitFor();
    await dealer.page.goto(`${base}/console/lists/actions`);
    expect(new URL(dealer.page.url()).pathname).toBe('/console/sign-in');
  });

  it('signs in by keyboard alone, with a visible focus, and the sign-in page has no serious axe violation', async () => {
    const { page } = await newTab(browser);
    await page.goto(`${base}/console/sign-in`);
    expect(await seriousViolations(page)).toEqual([]);
    // Skip link first, then the sign-in field: Tab until the field has the focus (bounded).
    for (let i = 0; i < 10 && (await page.evaluate('document.activeElement?.name')) !== 'secret'; i++) {
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate('document.activeElement?.name')).toBe('secret');
    expect(await page.evaluate('getComputedStyle(document.activeElement).outlineStyle')).not.toBe('none');
    await page.keyboard.type(dealerKey(camilleDealer()));
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Sign in');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/console\/lists\/actions/);
  });

  it('puts the focus on the error message after a failed sign-in, not on the page', async () => {
    const { page } = await newTab(browser);
    await signIn(page, `${base}/owner/sign-in`, 'not-a-token');
    const alert = page.getByRole('alert');
    expect(await alert.textContent()).toContain('AUTH_INVALID_KEY');
    await page.waitForFunction("document.activeElement?.getAttribute('role') === 'alert'", undefined, {
      timeout: 5000,
    });
  });
});

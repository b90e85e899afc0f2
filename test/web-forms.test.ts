/**
 * The web pages' forms accept exactly what the REST API accepts (docs/web.md): the whole system in
 * this process, its forms posted over plain HTTP as a browser posts them (session cookie, CSRF
 * token), each refusal checked to change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSystem } from '../bin/system.ts';
import { ADMIN_KEY, startInProcess, tempDataDir } from './support/system.ts';
import { jsonApi, signInOverHttp } from './support/web-http.ts';

describe('web forms', () => {
  let system: RunningSystem;
  let data: ReturnType<typeof tempDataDir>;
  let base: string;
  let gbgKey: string;

  const api = <T>(method: string, path: string, bearer: string, body?: unknown) =>
    jsonApi(base)<T>(method, path, bearer, body);

  /** Signs in like the sign-in form; posts forms with the session and its CSRF token. */
  async function session(area: 'console' | 'owner', secret: string) {
    const { cookie, csrf } = await signInOverHttp(base, area, secret, `/${area}/`);
    return async (path: string, fields: Record<string, string>) => {
      const response = await fetch(`${base}${path}`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', origin: base },
        body: new URLSearchParams({ _csrf: csrf, ...fields }),
      });
      return { status: response.status, text: await response.text() };
    };
  }

  beforeAll(async () => {
    data = tempDataDir();
    system = await startInProcess(data.dir);
    base = `http://127.0.0.1:${system.httpPort}`;
    gbgKey = system.demo?.dealers.find((d) => d.dealerId === 'dealer-gbg')?.apiKey ?? '';
  }, 60_000);

  afterAll(async () => {
    await system?.stop();
    data?.remove();
  });

  it('refuses a customer without a name or a valid email, on creation and on change', async () => {
    const post = await session('console', gbgKey);
    const customers = async () =>
      (await api<{ items: unknown[] }>('GET', '/dealer/v1/customers', gbgKey)).items.length;
    const before = await customers();
    for (const fields of [
      { name: '', email: 'a@example.com', source: 'dms' },
      { name: 'No Mail', email: 'nope', source: 'dms' },
    ]) {
      expect((await post('/console/customers', fields)).status).toBe(400);
    }
    expect(await customers()).toBe(before);
    const anna = () =>
      api<{ name: string; email: string }>('GET', '/dealer/v1/customers/customer-anna', gbgKey);
    const was = await anna();
    for (const fields of [
      { name: '', email: was.email, source: 'dms', reminderDays: '' },
      { name: was.name, email: 'not-an-email', source: 'dms', reminderDays: '' },
      { name: was.name, email: was.email, source: 'dms', reminderDays: '7' },
    ]) {
      expect((await post('/console/customers/customer-anna', fields)).status).toBe(400);
    }
    expect(await anna()).toMatchObject({ name: was.name, email: was.email });
  });

  it('refuses a proposal or a pre-booking the API refuses: duration, currency, work, an impossible date', async () => {
    const post = await session('console', gbgKey);
    const { token } = await api<{ token: string }>(
      'POST',
      '/admin/v1/customers/customer-anna/tokens',
      ADMIN_KEY,
    );
    const vin = system.demo?.cars.find((c) => c.dealerId === 'dealer-gbg' && c.connected)?.vin ?? '';
    const { appointmentId } = await api<{ appointmentId: string }>('POST', '/customer/v1/requests', token, {
      vin,
      note: 'Brakes',
      preferredDates: ['2027-03-01', '2027-03-02'],
      odometerKm: 1000,
    });
    const good = {
      start: '2027-03-01T08:00',
      durationMinutes: '90',
      amount: '2450.00',
      currency: 'SEK',
      workDescription: 'Brake pads',
    };
    for (const change of [
      { durationMinutes: '5' },
      { currency: 'XXX' },
      { workDescription: '' },
      { workDescription: 'w'.repeat(2001) },
      { start: '2027-02-30T08:00' },
    ]) {
      const answer = await post(`/console/appointments/${appointmentId}/propose`, { ...good, ...change });
      expect(answer.status, JSON.stringify(change)).toBe(400);
    }
    // A refused form comes back with what was typed in it.
    const typedBack = await post(`/console/appointments/${appointmentId}/propose`, {
      ...good,
      durationMinutes: '5',
      workDescription: 'Brake pads & <discs>',
    });
    expect(typedBack.text).toContain('Brake pads &amp; &lt;discs&gt;</textarea>');
    expect(typedBack.text).toContain('value="5"');
    const details = () => api<{ status: string }>('GET', `/dealer/v1/appointments/${appointmentId}`, gbgKey);
    expect((await details()).status).toBe('requested');
    expect((await post(`/console/appointments/${appointmentId}/propose`, good)).status).toBe(303);
    expect((await details()).status).toBe('proposed');

    const planned = async () =>
      (await api<{ items: unknown[] }>('GET', '/dealer/v1/appointments?list=planned', gbgKey)).items.length;
    const plannedBefore = await planned();
    for (const change of [{ durationMinutes: '5' }, { currency: 'XXX' }]) {
      const answer = await post('/console/pre-bookings', {
        customerId: 'customer-anna',
        vin,
        ...good,
        ...change,
      });
      expect(answer.status, JSON.stringify(change)).toBe(400);
    }
    expect(await planned()).toBe(plannedBefore);
  });

  it("offers no profile form for a withheld customer, and no claim of the dealer's own customer", async () => {
    const lyonKey = system.demo?.dealers.find((d) => d.dealerId === 'dealer-lyon')?.apiKey ?? '';
    const page = async (key: string, path: string) => {
      const { cookie } = await signInOverHttp(base, 'console', key, '/console/');
      return (await fetch(`${base}${path}`, { headers: { cookie } })).text();
    };
    const own = await page(gbgKey, '/console/customers/customer-erik');
    expect(own).toContain('Save profile');
    expect(own).not.toContain('Set yourself as preferred dealer');
    // Lyon claims Erik's car by VIN: until Erik agrees, Lyon sees him withheld and cannot change him.
    const vin = system.demo?.cars.find((c) => c.secret === 'demo-secret-2')?.vin ?? '';
    await api('POST', `/dealer/v1/vehicles/${vin}/preferred-dealer`, lyonKey);
    const withheld = await page(lyonKey, '/console/customers/customer-erik');
    expect(withheld).toContain('withheld until the customer agrees');
    expect(withheld).not.toContain('Save profile');
    const { token } = await api<{ token: string }>(
      'POST',
      '/admin/v1/customers/customer-erik/tokens',
      ADMIN_KEY,
    );
    await api('POST', '/customer/v1/preferred-dealer/reject', token);
  });

  it('shows a refused booking request again with what was typed', async () => {
    const { token } = await api<{ token: string }>(
      'POST',
      '/admin/v1/customers/customer-erik/tokens',
      ADMIN_KEY,
    );
    const post = await session('owner', token);
    const vin = system.demo?.cars.find((c) => c.secret === 'demo-secret-2')?.vin ?? '';
    const refused = await post('/owner/requests', {
      vin,
      note: 'Squeaky brakes, front left',
      date1: '2020-01-01',
      date2: '2020-01-02',
      odometerKm: '48300',
    });
    // 422 REQUEST_TIME_IN_PAST: the dates are over.
    expect(refused.status).toBe(422);
    expect(refused.text).toContain('Squeaky brakes, front left</textarea>');
    expect(refused.text).toContain('value="2020-01-01"');
    expect(refused.text).toContain('value="48300"');
  });

  it('refuses reminder days outside 1 to 4 on the owner website instead of resetting them', async () => {
    const { token } = await api<{ token: string }>(
      'POST',
      '/admin/v1/customers/customer-erik/tokens',
      ADMIN_KEY,
    );
    const post = await session('owner', token);
    expect((await post('/owner/settings/reminder-days', { days: '3' })).status).toBe(303);
    for (const days of ['7', '0', 'abc']) {
      expect((await post('/owner/settings/reminder-days', { days })).status, days).toBe(400);
    }
    const profile = await api<{ reminderDays: number | null }>('GET', '/customer/v1/profile', token);
    expect(profile.reminderDays).toBe(3);
  });
});

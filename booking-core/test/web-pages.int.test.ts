/**
 * The web pages over HTTP (fastify inject() over a real core on a SQLite file, docs/web.md): where
 * sign-in sends you (`next`), the history as of a version, the owner's navigation choice, and what
 * the pages say in words rather than in the API's names.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { pino } from 'pino';
import { Registry } from 'prom-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildHttpApp, seedDemoData } from '../src/index.ts';
import { bookingRequest, carMessage, oilWarning, openTestCore, T0, type TestCore } from './support.ts';

const DEALER = 'dealer-gbg';
const DEALER_KEY = 'demo-key-dealer-gbg';
const CUSTOMER = 'customer-anna';
const VIN = 'YV1DEMCAR00000001';
const DAY = 86_400_000;

let t: TestCore;
let app: FastifyInstance;

beforeEach(async () => {
  t = await openTestCore();
  await seedDemoData(t.core);
  app = buildHttpApp(t.core, {
    logger: pino({ level: 'silent' }),
    adminKey: 'test-admin-key-0123456789',
    metrics: new Registry(),
  });
  await app.ready();
});
afterEach(async () => {
  await app.close();
  await t.remove();
});

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const cookie = (response: LightMyRequestResponse, name: string) => {
  const found = response.cookies.find((c) => c.name === name);
  return found ? `${name}=${found.value}` : '';
};
const csrfOf = (body: string) => /name="_csrf" value="([^"]+)"/.exec(body)?.[1] ?? '';

/** Signs in like the form does; the answer is the 303 with the session cookie. */
async function signIn(area: 'console' | 'owner', secret: string, next = '') {
  const form = await app.inject({ url: `/${area}/sign-in` });
  const response = await app.inject({
    method: 'POST',
    url: `/${area}/sign-in`,
    headers: { ...FORM, cookie: cookie(form, `csb_${area}_signin`) },
    payload: new URLSearchParams({ _csrf: csrfOf(form.body), secret, next }).toString(),
  });
  return { response, cookie: cookie(response, `csb_${area}`) };
}

async function customerSecret(): Promise<string> {
  const issued = await t.core.issueCustomerToken(CUSTOMER);
  if (!issued.ok) throw new Error(issued.error.detail);
  return issued.value.token;
}

function value<T>(result: { ok: true; value: T } | { ok: false; error: { code: string } }): T {
  if (!result.ok) throw new Error(`refused: ${result.error.code}`);
  return result.value;
}

async function carRequest(fuelLevelPercent?: number): Promise<string> {
  const healthStatus = fuelLevelPercent === undefined ? oilWarning : { ...oilWarning, fuelLevelPercent };
  const outcome = await t.core.handleCarMessage(carMessage(VIN, bookingRequest(healthStatus)));
  if (!outcome.ok || !outcome.appointmentId) throw new Error(`request refused: ${JSON.stringify(outcome)}`);
  return outcome.appointmentId;
}

const proposal = {
  start: T0 + 3 * DAY,
  durationMinutes: 60,
  price: { currencyCode: 'SEK', amountMinor: 100_000 },
  workDescription: 'Oil change',
};

describe('sign-in: next', () => {
  it('stays inside the area as the browser resolves it, else lands on the start page', async () => {
    const outside = [
      '/console/../owner/',
      '/console/%2e%2e/owner/',
      '/console/.%2E/owner/',
      '/console/%2E./owner/',
      '/console\\..\\owner\\',
      '/console/..\\owner/',
      '/console/x/../../owner/',
      '//evil.example/console/',
      '/\\evil.example/console/',
      'https://evil.example/console/',
      '/console/x%2f..%2f..%2fowner/',
      '/owner/',
    ];
    for (const next of outside) {
      const { response } = await signIn('console', DEALER_KEY, next);
      expect(response.statusCode, next).toBe(303);
      expect(response.headers.location, next).toBe('/console/');
      const form = await app.inject({ url: `/console/sign-in?next=${encodeURIComponent(next)}` });
      expect(form.body, next).toContain('name="next" value=""');
    }
    const inside = await signIn('console', DEALER_KEY, '/console/lists/../appointments/a1?version=2');
    expect(inside.response.headers.location).toBe('/console/appointments/a1?version=2');

    const secret = await customerSecret();
    for (const next of ['/owner/../console/', '/owner/%2e%2e/console/lists/actions', '/owner\\..\\console']) {
      const { response } = await signIn('owner', secret, next);
      expect(response.headers.location, next).toBe('/owner/');
    }
    const page = await signIn('owner', secret, '/owner/appointments/a1');
    expect(page.response.headers.location).toBe('/owner/appointments/a1');
  });

  it('the sign-in redirect of a page asked for without a session names the resolved path', async () => {
    const asked = await app.inject({ url: '/console/appointments/a1?version=2' });
    expect(asked.statusCode).toBe(303);
    expect(asked.headers.location).toBe(
      `/console/sign-in?next=${encodeURIComponent('/console/appointments/a1?version=2')}`,
    );
  });
});

describe('the dealer console', () => {
  it('shows the history only up to the version chosen ([HIST-2])', async () => {
    const appointmentId = await carRequest();
    value(await t.core.inquire(DEALER, appointmentId, 'Since when?'));
    value(await t.core.propose(DEALER, appointmentId, proposal));
    value(await t.core.cancel(DEALER, appointmentId, 'Customer called'));
    const { cookie: session } = await signIn('console', DEALER_KEY);
    const versions = (body: string) =>
      [...body.matchAll(/<a href="[^"]*\?version=(\d+)">#/g)].map((m) => Number(m[1]));

    const current = await app.inject({
      url: `/console/appointments/${appointmentId}`,
      headers: { cookie: session },
    });
    expect(versions(current.body)).toEqual([1, 2, 3, 4]);
    const asOf = await app.inject({
      url: `/console/appointments/${appointmentId}?version=2`,
      headers: { cookie: session },
    });
    expect(asOf.statusCode).toBe(200);
    expect(asOf.body).toContain('As it was after change 2 of 4.');
    expect(versions(asOf.body)).toEqual([1, 2]);
  });

  it('says statuses and commands in words, and the fuel level to one decimal', async () => {
    const appointmentId = await carRequest(12.300000190734863);
    value(await t.core.cancel(DEALER, appointmentId, 'Customer called'));
    const { cookie: session } = await signIn('console', DEALER_KEY);
    const shown = await app.inject({
      url: `/console/appointments/${appointmentId}`,
      headers: { cookie: session },
    });
    expect(shown.body).toContain('<dd>12.3 %</dd>');
    expect(shown.body).not.toContain('12.30000019');
    expect(shown.body).toContain('<td>Cancel by dealer</td>');

    // A stale form: the refusal names the command and the status as the page does.
    const refused = await app.inject({
      method: 'POST',
      url: `/console/appointments/${appointmentId}/confirm`,
      headers: { ...FORM, cookie: session },
      payload: new URLSearchParams({ _csrf: csrfOf(shown.body) }).toString(),
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('Confirm is not allowed when the appointment is Cancelled by dealer.');
    expect(refused.body).not.toMatch(/cancelled-by-dealer|cancel-by-dealer/);
  });
});

describe('the owner website', () => {
  const ownerPage = async (session: string, appointmentId: string) =>
    (await app.inject({ url: `/owner/appointments/${appointmentId}`, headers: { cookie: session } })).body;
  const navigationForm = (body: string) => /action="[^"]*\/navigation"/.test(body);
  const navigationShown = (body: string) => /<dd class="navigation">([^<]*)<\/dd>/.exec(body)?.[1];

  it('offers the navigation choice in every status [ST-2] allows it, and shows the current one', async () => {
    const { cookie: session } = await signIn('owner', await customerSecret());

    const requested = await carRequest();
    expect(navigationForm(await ownerPage(session, requested)), 'Requested').toBe(false);

    value(await t.core.propose(DEALER, requested, proposal));
    const proposed = await ownerPage(session, requested);
    expect(navigationForm(proposed), 'Proposed').toBe(true);
    expect(navigationShown(proposed)).toBe('The dealer&#39;s default');

    const preBooked = value(
      await t.core.createPreBooking(DEALER, {
        vin: VIN,
        start: T0 + 60 * DAY,
        durationMinutes: 60,
        workDescription: 'Tyre change',
      }),
    );
    const preBookedPage = await ownerPage(session, preBooked.appointmentId);
    expect(preBookedPage).toContain('<dd class="status">Pre-booked</dd>');
    expect(navigationForm(preBookedPage), 'Pre-booked').toBe(true);

    const chosen = await app.inject({
      method: 'POST',
      url: `/owner/appointments/${preBooked.appointmentId}/navigation`,
      headers: { ...FORM, cookie: session },
      payload: new URLSearchParams({ _csrf: csrfOf(preBookedPage), mode: 'waypoint' }).toString(),
    });
    expect(chosen.statusCode).toBe(303);
    const after = await ownerPage(session, preBooked.appointmentId);
    expect(navigationShown(after)).toBe('Workshop as waypoint');
    expect(after).toContain('<option value="waypoint" selected>');
  });

  it('waits for an answer only to the newest question while Inquired', async () => {
    const appointmentId = await carRequest();
    value(await t.core.inquire(DEALER, appointmentId, 'Since when?'));
    value(await t.core.inquire(DEALER, appointmentId, 'Since when, please?'));
    const { cookie: session } = await signIn('owner', await customerSecret());
    const asked = await ownerPage(session, appointmentId);
    expect(asked.match(/Waiting for your answer\./g)).toHaveLength(1);

    value(
      await t.core.customerCommand(CUSTOMER, appointmentId, { kind: 'answer-inquiry', answer: 'Monday' }),
    );
    const answered = await ownerPage(session, appointmentId);
    expect(answered).toContain('Monday');
    expect(answered).not.toContain('Waiting for your answer');
  });
});

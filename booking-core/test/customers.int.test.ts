/**
 * Customer information through the dealer API and the customer website API ([CUST-1]), and
 * dealer isolation on customers: fastify inject() over a real core on a SQLite file.
 */
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { Registry } from 'prom-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildHttpApp, seedDemoData } from '../src/index.ts';
import { openTestCore, type TestCore } from './support.ts';

const ADMIN_KEY = 'test-admin-key-0123456789';
const GBG = { authorization: 'Bearer demo-key-dealer-gbg' };
const LYON = { authorization: 'Bearer demo-key-dealer-lyon' };
const ADMIN = { authorization: `Bearer ${ADMIN_KEY}` };
const ANNA_VIN = 'YV1DEMCAR00000001';
const OLD_VIN = 'YV1DEMCAR00000005';

let t: TestCore;
let app: FastifyInstance;
let metrics: Registry;

beforeEach(async () => {
  t = await openTestCore();
  await seedDemoData(t.core);
  metrics = new Registry();
  app = buildHttpApp(t.core, { logger: pino({ level: 'silent' }), adminKey: ADMIN_KEY, metrics });
  await app.ready();
});
afterEach(async () => {
  await app.close();
  await t.remove();
});

interface Profile {
  customerId: string;
  source: string;
  preferredDealerId: string | null;
  previousPreferredDealerId: string | null;
  preferredDealerPending: boolean;
  reminderDays: number | null;
  websiteAccount: { active: boolean; invitedAt: string | null };
  vehicles: { vin: string; primaryDriver: boolean; connected: boolean; reportNote: string | null }[];
}

async function call(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  headers: object,
  body?: unknown,
) {
  const response = await app.inject({
    method,
    url,
    headers: headers as Record<string, string>,
    ...(body === undefined ? {} : { payload: body as object }),
  });
  return { status: response.statusCode, body: response.json() as Record<string, unknown> };
}

/** A new Göteborg customer from the central customer database: Sven Ek. */
async function newCentralCustomer(): Promise<Profile> {
  const created = await call('POST', '/dealer/v1/customers', GBG, {
    name: 'Sven Ek',
    email: 'sven.ek@example.com',
    source: 'central',
  });
  expect(created.status).toBe(201);
  return created.body as unknown as Profile;
}

async function customerToken(customerId: string): Promise<{ authorization: string }> {
  const issued = await call('POST', `/admin/v1/customers/${customerId}/tokens`, ADMIN);
  expect(issued.status).toBe(201);
  return { authorization: `Bearer ${String(issued.body.token)}` };
}

describe('customers for the dealer', () => {
  it('adds a customer with the dealer as preferred dealer, asks the customer by email, and isolates dealers', async () => {
    const created = await call('POST', '/dealer/v1/customers', GBG, {
      name: 'Sven Ek',
      email: 'sven.ek@example.com',
      source: 'dms',
      contactBy: { phone: true, email: false, sms: false },
    });
    expect(created.status).toBe(201);
    const sven = created.body as unknown as Profile;
    expect(sven).toMatchObject({
      source: 'dms',
      preferredDealerId: 'dealer-gbg',
      preferredDealerPending: true,
      websiteAccount: { active: false, invitedAt: null },
    });
    const mails = await t.core.listMails({ to: 'sven.ek@example.com' });
    expect(mails.map((m) => m.kind)).toEqual(['preferred-dealer-request']);
    expect(mails[0]?.body).toContain('http://localhost:8080/owner/preferred-dealer');

    // Mandatory fields: name and email.
    expect(
      (await call('POST', '/dealer/v1/customers', GBG, { name: 'No Mail', source: 'central' })).status,
    ).toBe(400);

    // All Workshop Customers: Anna, Erik and Sven for Göteborg; none of them for Lyon.
    const gbgList = await call('GET', '/dealer/v1/customers', GBG);
    const ids = (gbgList.body.items as Profile[]).map((c) => c.customerId);
    expect(ids).toEqual(expect.arrayContaining(['customer-anna', 'customer-erik', sven.customerId]));
    const lyonList = await call('GET', '/dealer/v1/customers', LYON);
    expect((lyonList.body.items as Profile[]).map((c) => c.customerId)).toEqual(['customer-camille']);
    for (const [method, url] of [
      ['GET', `/dealer/v1/customers/${sven.customerId}`],
      ['PATCH', '/dealer/v1/customers/customer-anna'],
      ['POST', '/dealer/v1/customers/customer-anna/website-invite'],
      ['POST', '/dealer/v1/customers/customer-anna/vehicles'],
    ] as const) {
      const body =
        method === 'PATCH'
          ? { reminderDays: 2 }
          : method === 'POST' && url.endsWith('vehicles')
            ? { vin: OLD_VIN }
            : undefined;
      const answer = await call(method, url, LYON, body);
      expect(answer.status, `${method} ${url}`).toBe(404);
      expect(answer.body.code).toBe('CUSTOMER_NOT_FOUND');
    }
  });

  it('manages vehicle relations, reminder days and the website invitation', async () => {
    const sven = await newCentralCustomer();
    const base = `/dealer/v1/customers/${sven.customerId}`;
    let profile = (await call('POST', `${base}/vehicles`, GBG, { vin: OLD_VIN })).body as unknown as Profile;
    expect(profile.vehicles).toEqual([
      expect.objectContaining({ vin: OLD_VIN, primaryDriver: false, connected: false }),
    ]);
    profile = (await call('PUT', `${base}/vehicles/${OLD_VIN}/primary-driver`, GBG))
      .body as unknown as Profile;
    expect(profile.vehicles[0]?.primaryDriver).toBe(true);
    profile = (
      await call('POST', `${base}/vehicles/${OLD_VIN}/report-incorrect`, GBG, { note: 'sold in 2025' })
    ).body as unknown as Profile;
    expect(profile.vehicles[0]?.reportNote).toBe('sold in 2025');
    profile = (await call('DELETE', `${base}/vehicles/${OLD_VIN}`, GBG)).body as unknown as Profile;
    expect(profile.vehicles).toEqual([]);
    expect((await call('DELETE', `${base}/vehicles/${OLD_VIN}`, GBG)).body.code).toBe(
      'VEHICLE_RELATION_NOT_FOUND',
    );
    expect((await t.core.getVehicle(OLD_VIN))?.primaryDriverCustomerId).toBeNull();

    profile = (await call('PATCH', base, GBG, { reminderDays: 3, phone: '+46 70 000 00 00' }))
      .body as unknown as Profile;
    expect(profile.reminderDays).toBe(3);
    expect((await call('PATCH', base, GBG, { reminderDays: 5 })).status).toBe(400);

    profile = (await call('POST', `${base}/website-invite`, GBG)).body as unknown as Profile;
    expect(profile.websiteAccount.invitedAt).not.toBeNull();
    expect((await t.core.listMails({ to: 'sven.ek@example.com' })).map((m) => m.kind)).toEqual([
      'preferred-dealer-request',
      'website-invite',
    ]);
    await customerToken(sven.customerId);
    profile = (await call('GET', base, GBG)).body as unknown as Profile;
    expect(profile.websiteAccount.active).toBe(true);
  });

  it("never relates another dealer's customer's car to its own customer: answered as an unknown VIN", async () => {
    const base = `/dealer/v1/customers/${(await newCentralCustomer()).customerId}`;
    const unknown = await call('POST', `${base}/vehicles`, GBG, { vin: 'YV1ZZZZZZ00000099' });
    expect(unknown.status).toBe(404);
    // Camille's car (she prefers Lyon) and Lena's (she prefers no dealer): the same answer as an
    // unknown VIN but for the VIN itself, with or without the primary-driver role.
    for (const vin of ['YV1DEMCAR00000003', 'YV1DEMCAR00000004']) {
      for (const primaryDriver of [false, true]) {
        const refused = await call('POST', `${base}/vehicles`, GBG, { vin, primaryDriver });
        expect(refused.status, vin).toBe(404);
        expect(JSON.stringify(refused.body).replaceAll(vin, 'VIN')).toBe(
          JSON.stringify(unknown.body).replaceAll('YV1ZZZZZZ00000099', 'VIN'),
        );
      }
      expect((await call('PUT', `${base}/vehicles/${vin}/primary-driver`, GBG)).body.code).toBe(
        'VEHICLE_NOT_FOUND',
      );
    }
    expect(((await call('GET', base, GBG)).body as unknown as Profile).vehicles).toEqual([]);
    expect((await t.core.getVehicle('YV1DEMCAR00000003'))?.primaryDriverCustomerId).toBe('customer-camille');
    const camille = (await call('GET', '/dealer/v1/customers/customer-camille', LYON))
      .body as unknown as Profile;
    expect(camille.vehicles.map((v) => v.vin)).toEqual(['YV1DEMCAR00000003']);
    // A car whose only customer is the dealer's own (Erik's old car) may be related to another of its customers.
    expect((await call('POST', `${base}/vehicles`, GBG, { vin: OLD_VIN })).status).toBe(200);
  });
});

describe('the preferred dealer: the customer decides', () => {
  it('lets another dealer set itself as preferred, and the customer change back', async () => {
    const claimed = await call('POST', `/dealer/v1/vehicles/${ANNA_VIN}/preferred-dealer`, LYON);
    expect(claimed.body).toMatchObject({
      customerId: 'customer-anna',
      preferredDealerId: 'dealer-lyon',
      previousPreferredDealerId: 'dealer-gbg',
      preferredDealerPending: true,
    });
    expect((await t.core.listMails({ to: 'anna.lindqvist@example.com' })).map((m) => m.kind)).toEqual([
      'preferred-dealer-request',
    ]);
    // Anna now belongs to Lyon's workshop customers, no longer to Göteborg's.
    expect((await call('GET', '/dealer/v1/customers/customer-anna', GBG)).status).toBe(404);
    expect((await call('GET', '/dealer/v1/customers/customer-anna', LYON)).status).toBe(200);

    const anna = await customerToken('customer-anna');
    const back = await call('POST', '/customer/v1/preferred-dealer/reject', anna);
    expect(back.body).toMatchObject({ preferredDealerId: 'dealer-gbg', preferredDealerPending: false });
    expect((await call('POST', '/customer/v1/preferred-dealer/reject', anna)).body.code).toBe(
      'PREFERRED_DEALER_NO_PENDING_CHANGE',
    );
    await call('POST', `/dealer/v1/vehicles/${ANNA_VIN}/preferred-dealer`, LYON);
    const agreed = await call('POST', '/customer/v1/preferred-dealer/agree', anna);
    expect(agreed.body).toMatchObject({ preferredDealerId: 'dealer-lyon', preferredDealerPending: false });
    const chosen = await call('PUT', '/customer/v1/preferred-dealer', anna, { dealerId: 'dealer-gbg' });
    expect(chosen.body).toMatchObject({ preferredDealerId: 'dealer-gbg' });
    expect((await call('PUT', '/customer/v1/preferred-dealer', anna, { dealerId: 'nope' })).body.code).toBe(
      'DEALER_UNKNOWN',
    );
    // Requests go to the preferred dealer the customer chose.
    const request = await call('POST', '/customer/v1/requests', anna, {
      vin: ANNA_VIN,
      note: 'Squeaking brakes',
      preferredDates: ['2026-05-11', '2026-05-12'],
      odometerKm: 48_300,
    });
    expect(request.status).toBe(201);
    expect((request.body.dealer as { dealerId: string }).dealerId).toBe('dealer-gbg');
  });

  it('withholds the contact data from a dealer that claimed by VIN until the customer agrees', async () => {
    const claimed = await call('POST', `/dealer/v1/vehicles/${ANNA_VIN}/preferred-dealer`, LYON);
    expect(claimed.status).toBe(200);
    expect(claimed.body).toMatchObject({ name: null, email: null, phone: null, contactWithheld: true });
    expect(JSON.stringify(claimed.body)).not.toMatch(/Anna|anna\.lindqvist/);
    const one = await call('GET', '/dealer/v1/customers/customer-anna', LYON);
    expect(one.body).toMatchObject({ name: null, email: null, contactWithheld: true });
    const all = await call('GET', '/dealer/v1/customers', LYON);
    expect(JSON.stringify(all.body)).not.toMatch(/anna\.lindqvist/);
    // Nor may the claiming dealer change the customer it has not been accepted by.
    const patched = await call('PATCH', '/dealer/v1/customers/customer-anna', LYON, {
      email: 'x@lyon.example',
    });
    expect(patched).toMatchObject({ status: 409, body: { code: 'PREFERRED_DEALER_NOT_AGREED' } });
    const removed = await call('DELETE', `/dealer/v1/customers/customer-anna/vehicles/${ANNA_VIN}`, LYON);
    expect(removed.body.code).toBe('PREFERRED_DEALER_NOT_AGREED');

    // The customer sees who claimed, and decides.
    const anna = await customerToken('customer-anna');
    const claims = await call('GET', '/customer/v1/preferred-dealer/claims', anna);
    expect(claims.body.items).toEqual([
      {
        dealerId: 'dealer-lyon',
        dealerName: expect.any(String),
        vin: ANNA_VIN,
        claimedAt: expect.any(String),
      },
    ]);
    await call('POST', '/customer/v1/preferred-dealer/agree', anna);
    const agreed = await call('GET', '/dealer/v1/customers/customer-anna', LYON);
    expect(agreed.body).toMatchObject({ email: 'anna.lindqvist@example.com', contactWithheld: false });
    // A dealer that added the customer itself typed the data: nothing is withheld from it.
    const created = await call('POST', '/dealer/v1/customers', GBG, {
      name: 'Sven Ek',
      email: 'sven.ek@example.com',
      source: 'dms',
    });
    expect(created.body).toMatchObject({ name: 'Sven Ek', contactWithheld: false });
  });

  it('bounds claims by VIN per dealer in 24 hours, and counts them', async () => {
    const anna = await customerToken('customer-anna');
    const claimAndReject = async () => {
      expect((await call('POST', `/dealer/v1/vehicles/${ANNA_VIN}/preferred-dealer`, LYON)).status).toBe(200);
      expect((await call('POST', '/customer/v1/preferred-dealer/reject', anna)).status).toBe(200);
    };
    // The first claim an hour before the other 19.
    await claimAndReject();
    t.clock.advance(3_600_000);
    for (let i = 1; i < 20; i++) await claimAndReject();
    const limited = await app.inject({
      method: 'POST',
      url: `/dealer/v1/vehicles/${ANNA_VIN}/preferred-dealer`,
      headers: LYON,
    });
    expect(limited.statusCode).toBe(429);
    // Until the first claim is more than 24 hours old: 23 hours and a second.
    expect(limited.json()).toMatchObject({
      code: 'PREFERRED_DEALER_CLAIM_RATE_LIMITED',
      retryAfterSeconds: '82801',
    });
    expect(limited.headers['retry-after']).toBe('82801');
    expect((await call('GET', '/customer/v1/profile', anna)).body.preferredDealerId).toBe('dealer-gbg');
    const counted = await metrics.getSingleMetricAsString('csb_preferred_dealer_claims_total');
    expect(counted).toContain('csb_preferred_dealer_claims_total{outcome="claimed"} 20');
    expect(counted).toContain(
      'csb_preferred_dealer_claims_total{outcome="PREFERRED_DEALER_CLAIM_RATE_LIMITED"} 1',
    );
    t.clock.advance(23 * 3_600_000 + 1000);
    await claimAndReject();
    // The next slot frees when the second claim is 24 hours old: an hour on.
    const again = await app.inject({
      method: 'POST',
      url: `/dealer/v1/vehicles/${ANNA_VIN}/preferred-dealer`,
      headers: LYON,
    });
    expect(again.statusCode).toBe(429);
    expect(again.headers['retry-after']).toBe('3600');
    expect((await call('GET', '/customer/v1/preferred-dealer/claims', anna)).body.items).toHaveLength(21);
  });

  it("refuses a customer token for another customer's car and an unknown token", async () => {
    const camille = await customerToken('customer-camille');
    const foreign = await call('POST', '/customer/v1/requests', camille, {
      vin: ANNA_VIN,
      note: 'x',
      preferredDates: ['2026-05-11', '2026-05-12'],
      odometerKm: 1,
    });
    expect(foreign.body.code).toBe('VEHICLE_NOT_FOUND');
    expect((await call('GET', '/customer/v1/appointments', { authorization: 'Bearer nope' })).body.code).toBe(
      'AUTH_INVALID_KEY',
    );
    expect((await call('GET', '/customer/v1/appointments', {})).body.code).toBe('AUTH_MISSING_KEY');
  });
});

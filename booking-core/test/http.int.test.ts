/**
 * The dealer and admin HTTP API through fastify's inject(), over a real core on a SQLite file.
 */
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { Registry } from 'prom-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildHttpApp, seedDemoData } from '../src/index.ts';
import { bookingRequest, carMessage, oilWarning, openTestCore, type TestCore } from './support.ts';

const ADMIN_KEY = 'test-admin-key-0123456789';
const GBG = { authorization: 'Bearer demo-key-dealer-gbg' };
const LYON = { authorization: 'Bearer demo-key-dealer-lyon' };
const ADMIN = { authorization: `Bearer ${ADMIN_KEY}` };
const VIN = 'YV1DEMCAR00000001';

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

async function carRequest(): Promise<string> {
  const outcome = await t.core.handleCarMessage(carMessage(VIN, bookingRequest(oilWarning)));
  if (!outcome.ok || !outcome.appointmentId) throw new Error('request refused');
  return outcome.appointmentId;
}

function expectProblem(
  response: { statusCode: number; headers: Record<string, unknown>; json(): unknown },
  status: number,
  code: string,
) {
  expect(response.statusCode).toBe(status);
  expect(String(response.headers['content-type'])).toMatch(/^application\/problem\+json/);
  const body = response.json() as Record<string, unknown>;
  expect(body).toMatchObject({ status, code, type: expect.any(String), title: expect.any(String) });
  expect(typeof body.detail).toBe('string');
  return body;
}

const validProposal = {
  start: '2026-05-07T08:00:00Z',
  durationMinutes: 90,
  price: { currencyCode: 'SEK', amountMinor: 245_000 },
  workDescription: 'Replace engine oil and inspect cylinder 1 misfire',
};

describe('authentication', () => {
  it('answers a missing or unknown dealer key with problem+json 401', async () => {
    expectProblem(
      await app.inject({ method: 'GET', url: '/dealer/v1/appointments' }),
      401,
      'AUTH_MISSING_KEY',
    );
    expectProblem(
      await app.inject({
        method: 'GET',
        url: '/dealer/v1/appointments',
        headers: { authorization: 'Basic abc' },
      }),
      401,
      'AUTH_MISSING_KEY',
    );
    expect(await metrics.getSingleMetricAsString('csb_http_problems_total')).toContain(
      'csb_http_problems_total{code="AUTH_MISSING_KEY",status="401"} 2',
    );
    const invalid = await app.inject({
      method: 'GET',
      url: '/dealer/v1/appointments',
      headers: { authorization: 'Bearer nope' },
    });
    expectProblem(invalid, 401, 'AUTH_INVALID_KEY');
    expect(invalid.headers['www-authenticate']).toBe('Bearer');
  });

  it('keeps the admin API behind the admin key, and absent without one', async () => {
    expectProblem(
      await app.inject({
        method: 'POST',
        url: '/admin/v1/customers',
        headers: GBG,
        payload: { name: 'x', email: 'x@example.com' },
      }),
      401,
      'AUTH_INVALID_KEY',
    );
    const bare = buildHttpApp(t.core, { logger: pino({ level: 'silent' }) });
    try {
      expectProblem(
        await bare.inject({ method: 'POST', url: '/admin/v1/customers', headers: ADMIN, payload: {} }),
        404,
        'ROUTE_NOT_FOUND',
      );
    } finally {
      await bare.close();
    }
  });
});

describe('dealer API', () => {
  it('walks the dealer path: list, details, propose, confirm, finalize', async () => {
    const appointmentId = await carRequest();
    const actions = await app.inject({
      method: 'GET',
      url: '/dealer/v1/appointments?list=actions',
      headers: GBG,
    });
    expect(actions.statusCode).toBe(200);
    expect(actions.json()).toEqual({
      items: [
        {
          appointmentId,
          status: 'requested',
          list: 'actions',
          flags: { customerRequested: true, warningsActive: true, connectedCar: true },
          attention: { awaitingFollowUp: false, serviceLevelBreached: false },
          vehicle: { vin: VIN, model: 'XC60', modelYear: 2023 },
          customer: { customerId: 'customer-anna', name: 'Anna Lindqvist' },
          requestedAt: '2026-05-04T08:00:00.000Z',
          updatedAt: '2026-05-04T08:00:00.000Z',
        },
      ],
    });

    const details = await app.inject({
      method: 'GET',
      url: `/dealer/v1/appointments/${appointmentId}`,
      headers: GBG,
    });
    expect(details.statusCode).toBe(200);
    expect(details.json()).toMatchObject({
      origin: 'car',
      customerNote: 'Oil warning came on yesterday',
      healthStatus: {
        capturedAt: '2026-05-04T07:55:00.000Z',
        odometerKm: 48_210,
        warnings: [{ type: 'ENGINE_OIL_LEVEL_LOW', activeSince: '2026-05-03T08:00:00.000Z' }],
        dtcs: [{ code: 'P0301', status: 'ACTIVE' }],
      },
      currentProposal: null,
      history: [
        {
          at: '2026-05-04T08:00:00.000Z',
          actor: { kind: 'car', id: VIN },
          command: 'request',
          status: 'requested',
        },
      ],
      version: 1,
    });

    t.clock.advance(60_000);
    const proposed = await app.inject({
      method: 'POST',
      url: `/dealer/v1/appointments/${appointmentId}/proposals`,
      headers: GBG,
      payload: validProposal,
    });
    expect(proposed.statusCode).toBe(201);
    expect(proposed.json()).toMatchObject({
      status: 'proposed',
      list: 'pending',
      start: '2026-05-07T08:00:00.000Z',
      currentProposal: {
        start: '2026-05-07T08:00:00.000Z',
        durationMinutes: 90,
        workDescription: validProposal.workDescription,
      },
    });
    const pending = await app.inject({
      method: 'GET',
      url: '/dealer/v1/appointments?list=pending',
      headers: GBG,
    });
    expect(pending.json().items.map((i: { appointmentId: string }) => i.appointmentId)).toEqual([
      appointmentId,
    ]);

    // Confirming before the customer accepted: 409 naming the status and the command.
    const early = await app.inject({
      method: 'POST',
      url: `/dealer/v1/appointments/${appointmentId}/confirm`,
      headers: GBG,
    });
    expect(expectProblem(early, 409, 'BOOKING_INVALID_TRANSITION')).toMatchObject({
      appointmentStatus: 'proposed',
      command: 'confirm',
    });

    const proposalId = proposed.json().currentProposal.proposalId as string;
    await t.core.handleCarMessage(
      carMessage(VIN, { kind: 'proposal-response', appointmentId, proposalId, answer: { kind: 'accept' } }),
    );
    const confirmed = await app.inject({
      method: 'POST',
      url: `/dealer/v1/appointments/${appointmentId}/confirm`,
      headers: GBG,
    });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json()).toMatchObject({ status: 'confirmed', list: 'planned' });
    const finalized = await app.inject({
      method: 'POST',
      url: `/dealer/v1/appointments/${appointmentId}/finalize`,
      headers: GBG,
    });
    expect(finalized.json()).toMatchObject({ status: 'closed', list: null, version: 5 });
    const all = await app.inject({ method: 'GET', url: '/dealer/v1/appointments', headers: GBG });
    expect(all.json().items).toHaveLength(1);
  });

  it("gives dealer B a 404 on dealer A's appointment and an empty list", async () => {
    const appointmentId = await carRequest();
    expect(
      (await app.inject({ method: 'GET', url: '/dealer/v1/appointments', headers: LYON })).json(),
    ).toEqual({ items: [] });
    const foreign = await app.inject({
      method: 'GET',
      url: `/dealer/v1/appointments/${appointmentId}`,
      headers: LYON,
    });
    const unknown = await app.inject({
      method: 'GET',
      url: '/dealer/v1/appointments/no-such-id',
      headers: LYON,
    });
    expectProblem(foreign, 404, 'BOOKING_NOT_FOUND');
    expectProblem(unknown, 404, 'BOOKING_NOT_FOUND');
    expect(foreign.json().title).toBe(unknown.json().title);
    expectProblem(
      await app.inject({
        method: 'POST',
        url: `/dealer/v1/appointments/${appointmentId}/cancel`,
        headers: LYON,
        payload: { reason: 'x' },
      }),
      404,
      'BOOKING_NOT_FOUND',
    );
  });

  it.each([
    ['a start without offset', { start: '2026-05-07 08:00' }, 'start'],
    ['a duration under 15 minutes', { durationMinutes: 10 }, 'durationMinutes'],
    ['a duration over a day', { durationMinutes: 1441 }, 'durationMinutes'],
    ['a lower-case currency', { price: { currencyCode: 'sek', amountMinor: 1 } }, 'price'],
    ['a negative amount', { price: { currencyCode: 'SEK', amountMinor: -1 } }, 'price'],
    ['a fractional amount', { price: { currencyCode: 'SEK', amountMinor: 1.5 } }, 'price'],
    ['an empty work description', { workDescription: '' }, 'workDescription'],
    ['a work description over 2000 characters', { workDescription: 'x'.repeat(2001) }, 'workDescription'],
  ])('refuses a proposal with %s (REQUEST_INVALID with the issues)', async (_name, patch, field) => {
    const appointmentId = await carRequest();
    const response = await app.inject({
      method: 'POST',
      url: `/dealer/v1/appointments/${appointmentId}/proposals`,
      headers: GBG,
      payload: { ...validProposal, ...patch },
    });
    const body = expectProblem(response, 400, 'REQUEST_INVALID');
    expect(JSON.stringify(body.issues)).toContain(field);
    expect(value(await t.core.getAppointment('dealer-gbg', appointmentId)).status).toBe('requested');
  });

  it('refuses a body that is not JSON and a bad list name', async () => {
    expectProblem(
      await app.inject({
        method: 'POST',
        url: '/dealer/v1/appointments/x/proposals',
        headers: { ...GBG, 'content-type': 'application/json' },
        payload: '{not json',
      }),
      400,
      'REQUEST_INVALID',
    );
    expectProblem(
      await app.inject({ method: 'GET', url: '/dealer/v1/appointments?list=everything', headers: GBG }),
      400,
      'REQUEST_INVALID',
    );
  });

  it("lets any dealer read a vehicle's Health Status by VIN", async () => {
    expectProblem(
      await app.inject({ method: 'GET', url: `/dealer/v1/vehicles/${VIN}/health-status`, headers: LYON }),
      404,
      'HEALTH_STATUS_NOT_FOUND',
    );
    await carRequest();
    const newer = { ...oilWarning, capturedAt: oilWarning.capturedAt + 60_000, odometerKm: 48_250 };
    await t.core.handleCarMessage(carMessage(VIN, { kind: 'health-status-upload', healthStatus: newer }));
    // Dealer Lyon is not the preferred dealer of this car, and may still read it.
    const latest = await app.inject({
      method: 'GET',
      url: `/dealer/v1/vehicles/${VIN}/health-status`,
      headers: LYON,
    });
    expect(latest.statusCode).toBe(200);
    expect(latest.json()).toMatchObject({
      vin: VIN,
      latest: { source: 'upload', healthStatus: { odometerKm: 48_250 } },
    });
    expect(latest.json().items).toBeUndefined();
    const all = await app.inject({
      method: 'GET',
      url: `/dealer/v1/vehicles/${VIN}/health-status?all=true`,
      headers: LYON,
    });
    expect(all.json().items.map((i: { source: string }) => i.source)).toEqual(['upload', 'booking-request']);
    expectProblem(
      await app.inject({
        method: 'GET',
        url: '/dealer/v1/vehicles/YV1OOOOOOOOOOOOOO/health-status',
        headers: LYON,
      }),
      400,
      'REQUEST_INVALID',
    );
  });
});

describe('admin API', () => {
  it('provisions a dealer whose key then works, a customer and vehicles', async () => {
    const dealer = await app.inject({
      method: 'POST',
      url: '/admin/v1/dealers',
      headers: ADMIN,
      payload: {
        name: 'Malmö Bil',
        phone: '+46 40 12 34 56',
        address: { street: 'Stora Varvsgatan 1', postalCode: '211 19', city: 'Malmö', countryCode: 'SE' },
        location: { latitude: 55.61, longitude: 12.99 },
      },
    });
    expect(dealer.statusCode).toBe(201);
    const { dealerId, apiKey } = dealer.json() as { dealerId: string; apiKey: string };
    const list = await app.inject({
      method: 'GET',
      url: '/dealer/v1/appointments',
      headers: { authorization: `Bearer ${apiKey}` },
    });
    expect(list.json()).toEqual({ items: [] });

    const customer = await app.inject({
      method: 'POST',
      url: '/admin/v1/customers',
      headers: ADMIN,
      payload: {
        customerId: 'customer-ida',
        name: 'Ida Nilsson',
        email: 'ida@example.com',
        preferredDealerId: dealerId,
      },
    });
    expect(customer.statusCode).toBe(201);
    expectProblem(
      await app.inject({
        method: 'POST',
        url: '/admin/v1/customers',
        headers: ADMIN,
        payload: { name: 'X', email: 'x@example.com', preferredDealerId: 'dealer-nowhere' },
      }),
      422,
      'DEALER_UNKNOWN',
    );

    const one = await app.inject({
      method: 'POST',
      url: '/admin/v1/vehicles',
      headers: ADMIN,
      payload: {
        vin: 'YV1MALMX000000001',
        model: 'EX30',
        modelYear: 2025,
        connected: true,
        primaryDriverCustomerId: 'customer-ida',
      },
    });
    expect(one.statusCode).toBe(201);
    const creds = one.json() as { vin: string; secret: string };
    expect(creds.secret.length).toBeGreaterThanOrEqual(24);
    expect(await t.core.authenticateCar(creds.vin, creds.secret)).toBe(true);
    expectProblem(
      await app.inject({
        method: 'POST',
        url: '/admin/v1/vehicles',
        headers: ADMIN,
        payload: { vin: 'YV1MALMX000000001', model: 'EX30', modelYear: 2025, connected: true },
      }),
      409,
      'VEHICLE_EXISTS',
    );

    const vehicles = Array.from({ length: 50 }, (_, i) => ({
      vin: `YV1FLEET${String(i).padStart(9, '0')}`,
      model: 'XC40',
      modelYear: 2024,
      connected: true,
      primaryDriverCustomerId: 'customer-ida',
      ...(i === 0 ? { secret: 'fleet-secret-0' } : {}),
    }));
    const batch = await app.inject({
      method: 'POST',
      url: '/admin/v1/vehicles:batch',
      headers: ADMIN,
      payload: { vehicles },
    });
    expect(batch.statusCode).toBe(201);
    const made = (batch.json() as { vehicles: { vin: string; secret: string }[] }).vehicles;
    expect(made).toHaveLength(50);
    expect(made[0]).toEqual({ vin: 'YV1FLEET000000000', secret: 'fleet-secret-0' });
    expect(await t.core.authenticateCar('YV1FLEET000000049', made[49]?.secret ?? '')).toBe(true);

    // Rotating a secret: the new one works at once, the old one no longer does.
    const rotated = await app.inject({
      method: 'POST',
      url: '/admin/v1/vehicles/YV1MALMX000000001/secret',
      headers: ADMIN,
      payload: {},
    });
    expect(rotated.statusCode).toBe(200);
    const fresh = rotated.json() as { vin: string; secret: string };
    expect(fresh.secret).not.toBe(creds.secret);
    expect(await t.core.authenticateCar(creds.vin, fresh.secret)).toBe(true);
    expect(await t.core.authenticateCar(creds.vin, creds.secret)).toBe(false);
    expectProblem(
      await app.inject({
        method: 'POST',
        url: '/admin/v1/vehicles/YV1NVLL0000000000/secret',
        headers: ADMIN,
        payload: { secret: 'whatever-123' },
      }),
      404,
      'VEHICLE_NOT_FOUND',
    );

    const tooMany = Array.from({ length: 1001 }, (_, i) => ({
      ...vehicles[0],
      vin: `YV1MANY${String(i).padStart(10, '0')}`,
    }));
    expectProblem(
      await app.inject({
        method: 'POST',
        url: '/admin/v1/vehicles:batch',
        headers: ADMIN,
        payload: { vehicles: tooMany },
      }),
      400,
      'REQUEST_INVALID',
    );
  });
});

describe('ops', () => {
  it('serves /healthz, the OpenAPI document and the docs page', async () => {
    expect((await app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const spec = await app.inject({ method: 'GET', url: '/openapi.json' });
    expect(spec.statusCode).toBe(200);
    const doc = spec.json() as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/dealer/v1/appointments',
        '/dealer/v1/appointments/{appointmentId}/proposals',
        '/dealer/v1/vehicles/{vin}/health-status',
        '/admin/v1/dealers',
      ]),
    );
    const docs = await app.inject({ method: 'GET', url: '/docs/' });
    expect(docs.statusCode).toBe(200);
    expectProblem(await app.inject({ method: 'GET', url: '/nowhere' }), 404, 'ROUTE_NOT_FOUND');
  });
});

function value<T>(result: { ok: true; value: T } | { ok: false; error: { code: string } }): T {
  if (!result.ok) throw new Error(`refused: ${result.error.code}`);
  return result.value;
}

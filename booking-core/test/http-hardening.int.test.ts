/**
 * The API's edges: fastify's own refusals as problems, bodies that are not JSON, request ids,
 * request metrics and log lines, and times the core refuses on its own clock. A real core on a
 * SQLite file; fastify's inject(), and a real socket where Node's HTTP parser is the subject.
 */
import { once } from 'node:events';
import { connect } from 'node:net';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { Registry } from 'prom-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildHttpApp, seedDemoData } from '../src/index.ts';
import {
  bookingRequest,
  carMessage,
  oilWarning,
  openTestCore,
  proposalInput,
  T0,
  type TestCore,
} from './support.ts';

const ADMIN_KEY = 'test-admin-key-0123456789';
const GBG = { authorization: 'Bearer demo-key-dealer-gbg' };
const ADMIN = { authorization: `Bearer ${ADMIN_KEY}` };
const VIN = 'YV1DEMCAR00000001';
const DAY = 86_400_000;

let t: TestCore;
let app: FastifyInstance;
let metrics: Registry;
let logLines: Record<string, unknown>[];

beforeEach(async () => {
  t = await openTestCore();
  await seedDemoData(t.core);
  metrics = new Registry();
  logLines = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) logLines.push(JSON.parse(line));
      done();
    },
  });
  app = buildHttpApp(t.core, { logger: pino({ level: 'info' }, sink), adminKey: ADMIN_KEY, metrics });
  await app.ready();
});
afterEach(async () => {
  await app.close();
  await t.remove();
});

function expectProblem(
  response: { statusCode: number; headers: Record<string, unknown>; json(): unknown },
  status: number,
  code: string,
) {
  expect(response.statusCode).toBe(status);
  expect(String(response.headers['content-type'])).toMatch(/^application\/problem\+json/);
  const body = response.json() as Record<string, unknown>;
  expect(body).toMatchObject({ status, code, type: expect.any(String), title: expect.any(String) });
  return body;
}

const iso = (ms: number) => new Date(ms).toISOString();

async function carRequest(): Promise<string> {
  const outcome = await t.core.handleCarMessage(carMessage(VIN, bookingRequest()));
  if (!outcome.ok || !outcome.appointmentId) throw new Error('request refused');
  return outcome.appointmentId;
}

describe("fastify's own errors are problems", () => {
  it('answers an undecodable URL 400 REQUEST_INVALID', async () => {
    const response = await app.inject({ method: 'GET', url: '/dealer/v1/appointments/%C0%AF', headers: GBG });
    expectProblem(response, 400, 'REQUEST_INVALID');
  });

  it('answers a 5,000-character id 414 REQUEST_URI_TOO_LONG', async () => {
    const response = await app.inject({
      method: 'GET',
      url: `/dealer/v1/appointments/${'a'.repeat(5000)}`,
      headers: GBG,
    });
    expectProblem(response, 414, 'REQUEST_URI_TOO_LONG');
  });

  it('answers a known path with the wrong method 405 with Allow, an unknown one 404', async () => {
    const wrong = await app.inject({ method: 'DELETE', url: '/dealer/v1/appointments', headers: GBG });
    expectProblem(wrong, 405, 'METHOD_NOT_ALLOWED');
    expect(wrong.headers.allow).toBe('GET, HEAD');
    const withParam = await app.inject({ method: 'PUT', url: '/dealer/v1/appointments/a-1/confirm' });
    expectProblem(withParam, 405, 'METHOD_NOT_ALLOWED');
    expect(withParam.headers.allow).toBe('POST');
    const batch = await app.inject({ method: 'GET', url: '/admin/v1/vehicles:batch', headers: ADMIN });
    expect(batch.headers.allow).toBe('POST');
    expectProblem(
      await app.inject({ method: 'GET', url: '/dealer/v1/nothing-here' }),
      404,
      'ROUTE_NOT_FOUND',
    );
  });

  it('answers every non-JSON body 415, text/plain included', async () => {
    for (const type of ['text/plain', 'text/plain; charset=utf-8', 'application/xml']) {
      const response = await app.inject({
        method: 'POST',
        url: '/dealer/v1/pre-bookings',
        headers: { ...GBG, 'content-type': type },
        payload: JSON.stringify({ vin: VIN }),
      });
      expectProblem(response, 415, 'REQUEST_UNSUPPORTED_MEDIA_TYPE');
    }
  });

  it('answers malformed HTTP on a real socket with a problem', async () => {
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    if (typeof address !== 'object' || !address) throw new Error('not listening');
    const socket = connect(address.port, '127.0.0.1');
    await once(socket, 'connect');
    socket.write('GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n');
    let received = '';
    socket.on('data', (chunk) => {
      received += String(chunk);
    });
    await once(socket, 'close');
    expect(received).toMatch(/^HTTP\/1\.1 400 /);
    expect(received).toMatch(/content-type: application\/problem\+json/i);
    expect(JSON.parse(received.slice(received.indexOf('\r\n\r\n') + 4))).toMatchObject({
      code: 'REQUEST_INVALID',
      status: 400,
    });
  });
});

describe('request id, request log and metrics', () => {
  it("returns the caller's X-Request-Id, or a fresh one, and logs it on the request's one line", async () => {
    const given = await app.inject({
      method: 'GET',
      url: '/dealer/v1/appointments',
      headers: { ...GBG, 'x-request-id': 'trace-42' },
    });
    expect(given.headers['x-request-id']).toBe('trace-42');
    const fresh = await app.inject({ method: 'GET', url: '/healthz' });
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    // A header that could forge log content is replaced, not echoed.
    const forged = await app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': `x${'y'.repeat(200)}` },
    });
    expect(forged.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);

    const lines = logLines.filter((l) => l.requestId === 'trace-42');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      msg: 'request',
      level: 30,
      method: 'GET',
      route: '/dealer/v1/appointments',
      status: 200,
      dealerId: 'dealer-gbg',
    });
  });

  it('logs a problem on the same one line, with its code', async () => {
    await app.inject({
      method: 'GET',
      url: '/dealer/v1/appointments',
      headers: { 'x-request-id': 'no-key' },
    });
    const lines = logLines.filter((l) => l.requestId === 'no-key');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ status: 401, code: 'AUTH_MISSING_KEY' });
  });

  it('measures request durations by route pattern and status, unknown paths as (unmatched)', async () => {
    await app.inject({ method: 'GET', url: '/dealer/v1/appointments/a-1', headers: GBG });
    await app.inject({ method: 'GET', url: '/no/such/path' });
    const text = await metrics.getSingleMetricAsString('csb_http_request_duration_seconds');
    expect(text).toContain(
      'csb_http_request_duration_seconds_count{method="GET",route="/dealer/v1/appointments/:appointmentId",status="404"} 1',
    );
    expect(text).toContain(
      'csb_http_request_duration_seconds_count{method="GET",route="(unmatched)",status="404"} 1',
    );
  });
});

describe('times judged on the core clock', () => {
  it('refuses a proposal that starts before now, and one beyond the horizon', async () => {
    const id = await carRequest();
    const url = `/dealer/v1/appointments/${id}/proposals`;
    const past = await app.inject({
      method: 'POST',
      url,
      headers: GBG,
      payload: { ...proposalInput, start: iso(T0 - 60_000), price: proposalInput.price },
    });
    expect(expectProblem(past, 422, 'REQUEST_TIME_IN_PAST')).toMatchObject({ field: 'start' });
    const far = await app.inject({
      method: 'POST',
      url,
      headers: GBG,
      payload: { ...proposalInput, start: iso(T0 + 800 * DAY) },
    });
    expectProblem(far, 422, 'REQUEST_TIME_BEYOND_HORIZON');
    // Nothing was stored: the appointment is still Requested, without a proposal.
    const after = await app.inject({ method: 'GET', url: `/dealer/v1/appointments/${id}`, headers: GBG });
    expect(after.json()).toMatchObject({ status: 'requested', currentProposal: null });
    const ok = await app.inject({
      method: 'POST',
      url,
      headers: GBG,
      payload: { ...proposalInput, start: iso(T0 + DAY) },
    });
    expect(ok.statusCode).toBe(201);
  });

  it('refuses pre-bookings in 1970, 2001 and 9999, and the currency XXX', async () => {
    const base = {
      vin: VIN,
      durationMinutes: 60,
      workDescription: 'Annual service',
      price: { currencyCode: 'SEK', amountMinor: 300_000 },
    };
    const post = (payload: object) =>
      app.inject({ method: 'POST', url: '/dealer/v1/pre-bookings', headers: GBG, payload });
    expectProblem(await post({ ...base, start: '1970-01-01T00:00:00Z' }), 422, 'REQUEST_TIME_IN_PAST');
    expectProblem(await post({ ...base, start: '2001-01-01T08:00:00Z' }), 422, 'REQUEST_TIME_IN_PAST');
    expectProblem(await post({ ...base, start: '9999-12-31T23:59:59Z' }), 422, 'REQUEST_TIME_BEYOND_HORIZON');
    const xxx = await post({
      ...base,
      start: iso(T0 + 40 * DAY),
      price: { currencyCode: 'XXX', amountMinor: 1 },
    });
    expectProblem(xxx, 400, 'REQUEST_INVALID');
    expect((await post({ ...base, start: iso(T0 + 40 * DAY) })).statusCode).toBe(201);
  });

  it('refuses a proposal on a pre-booking as a transition, priced or not, before looking at its body', async () => {
    const base = {
      vin: VIN,
      start: iso(T0 + 40 * DAY),
      durationMinutes: 60,
      workDescription: 'Annual service',
    };
    for (const payload of [base, { ...base, price: { currencyCode: 'SEK', amountMinor: 300_000 } }]) {
      const created = await app.inject({
        method: 'POST',
        url: '/dealer/v1/pre-bookings',
        headers: GBG,
        payload,
      });
      expect(created.statusCode).toBe(201);
      const { appointmentId } = created.json() as { appointmentId: string };
      const proposed = await app.inject({
        method: 'POST',
        url: `/dealer/v1/appointments/${appointmentId}/proposals`,
        headers: GBG,
        payload: {},
      });
      expectProblem(proposed, 409, 'BOOKING_INVALID_TRANSITION');
      expect(proposed.json()).toMatchObject({ appointmentStatus: 'pre-booked', command: 'propose' });
    }
  });

  it('refuses to accept a proposal whose start has passed, from the car and from the website', async () => {
    const booked = await t.core.handleCarMessage(carMessage(VIN, bookingRequest()));
    if (!booked.ok || !booked.appointmentId) throw new Error('request refused');
    const id = booked.appointmentId;
    const proposed = await t.core.propose('dealer-gbg', id, proposalInput);
    if (!proposed.ok) throw new Error('proposal refused');
    const proposalId = proposed.value.currentProposal?.proposalId ?? '';
    t.clock.advance(4 * DAY); // past the proposal's start (T0 + 3 days)
    const fromCar = await t.core.handleCarMessage(
      carMessage(VIN, {
        kind: 'proposal-response',
        appointmentId: id,
        proposalId,
        answer: { kind: 'accept' },
      }),
    );
    expect(fromCar).toMatchObject({ ok: false, code: 'PROPOSAL_EXPIRED', retryable: false });
    const issued = await app.inject({
      method: 'POST',
      url: '/admin/v1/customers/customer-anna/tokens',
      headers: ADMIN,
    });
    const anna = { authorization: `Bearer ${String(issued.json().token)}` };
    const fromWebsite = await app.inject({
      method: 'POST',
      url: `/customer/v1/appointments/${id}/accept`,
      headers: anna,
      payload: { proposalId },
    });
    expectProblem(fromWebsite, 409, 'BOOKING_PROPOSAL_EXPIRED');
    const details = await app.inject({ method: 'GET', url: `/dealer/v1/appointments/${id}`, headers: GBG });
    expect(details.json()).toMatchObject({ status: 'proposed' });
    // Asking for another slot is still the way on.
    const another = await t.core.handleCarMessage(
      carMessage(VIN, {
        kind: 'proposal-response',
        appointmentId: id,
        proposalId,
        answer: {
          kind: 'another-slot',
          preferredWindows: [{ earliest: T0 + 5 * DAY, latest: T0 + 6 * DAY }],
          note: '',
        },
      }),
    );
    expect(another).toMatchObject({ ok: true });
  });

  it('refuses a website request whose preferred date is over', async () => {
    const issued = await app.inject({
      method: 'POST',
      url: '/admin/v1/customers/customer-anna/tokens',
      headers: ADMIN,
    });
    const anna = { authorization: `Bearer ${String(issued.json().token)}` };
    const request = (preferredDates: string[]) =>
      app.inject({
        method: 'POST',
        url: '/customer/v1/requests',
        headers: anna,
        payload: { vin: VIN, note: 'Brakes squeak', preferredDates, odometerKm: 48_300 },
      });
    // T0 is 2026-05-04 08:00 UTC: the 3rd is over, the 4th (today) is still open.
    const past = await request(['2026-05-05', '2026-05-03']);
    expect(expectProblem(past, 422, 'REQUEST_TIME_IN_PAST')).toMatchObject({ field: 'preferredDates[1]' });
    expectProblem(await request(['2026-05-05', '2030-01-01']), 422, 'REQUEST_TIME_BEYOND_HORIZON');
    expect((await request(['2026-05-04', '2026-05-05'])).statusCode).toBe(201);
  });

  it('refuses a Health Status captured more than a day ahead of the clock, and takes one a few hours ahead', async () => {
    const command = bookingRequest(oilWarning);
    if (command.kind !== 'booking-request' || !command.healthStatus) throw new Error('no Health Status');
    const year2100 = { ...command.healthStatus, capturedAt: Date.UTC(2100, 0, 1) };
    const booking = await t.core.handleCarMessage(carMessage(VIN, { ...command, healthStatus: year2100 }));
    expect(booking).toMatchObject({ ok: false, code: 'INVALID_MESSAGE' });
    if (booking.ok) throw new Error('accepted');
    expect(booking.message).toMatch(/^booking_request\.health_status\.captured_at/);
    const upload = await t.core.handleCarMessage(
      carMessage(VIN, { kind: 'health-status-upload', healthStatus: year2100 }),
    );
    expect(upload).toMatchObject({ ok: false, code: 'INVALID_MESSAGE' });
    const list = await app.inject({ method: 'GET', url: '/dealer/v1/appointments', headers: GBG });
    expect(list.json()).toEqual({ items: [] });
    // A car clock a few hours fast is a car clock, not a broken one.
    const fast = { ...command.healthStatus, capturedAt: T0 + 5 * 3_600_000 };
    expect(
      await t.core.handleCarMessage(carMessage(VIN, { kind: 'health-status-upload', healthStatus: fast })),
    ).toMatchObject({ ok: true });
  });

  it("answers a car's preferred window that is over INVALID_MESSAGE and stores nothing", async () => {
    const command = bookingRequest();
    if (command.kind !== 'booking-request') throw new Error('not a booking request');
    const outcome = await t.core.handleCarMessage(
      carMessage(VIN, { ...command, preferredWindows: [{ earliest: T0 - 3 * DAY, latest: T0 - 2 * DAY }] }),
    );
    expect(outcome).toMatchObject({ ok: false, code: 'INVALID_MESSAGE' });
    if (outcome.ok) throw new Error('accepted');
    expect(outcome.message).toMatch(/^booking_request\.preferred_windows\[0\]/);
    const list = await app.inject({ method: 'GET', url: '/dealer/v1/appointments', headers: GBG });
    expect(list.json()).toEqual({ items: [] });
  });
});

/**
 * Dealer isolation, walked over EVERY route of the dealer API as read from /openapi.json (so a
 * new route is covered without touching this test): dealer B calls each route with dealer A's
 * ids in the path and a schema-valid body, and no response may carry A's data (A's customer's
 * name and email, markers written into A's appointment, and A's appointment id in a success).
 *
 * The deliberate exceptions of the domain: any dealer may read a vehicle's Health Status by VIN
 * ([SCN-2]); and a dealer may set itself as a vehicle's preferred dealer, the customer deciding
 * afterwards ([CUST-5]), which makes the customer that dealer's customer. So
 * that takeover route is walked LAST, and its own answer is not checked.
 */
import { csb, toTimestamp } from '@csb/proto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSystem } from '../bin/system.ts';
import { TestCar } from './support/car.ts';
import { Dealer } from './support/dealer.ts';
import { stopTestPostgres, storeEnv, TEST_STORES } from './support/stores.ts';
import { startInProcess, tempDataDir } from './support/system.ts';

afterAll(stopTestPostgres);

describe.each(TEST_STORES)('on %s', (store) => {
  const data = tempDataDir();
  let system: RunningSystem;
  let appointmentId: string;
  const NOTE_MARKER = 'ISOLATION-NOTE-7731';
  const WORK_MARKER = 'ISOLATION-WORK-5521';
  // Dealer A (Göteborg) and its customer Anna with car 1 (booking-core/src/seed.ts demo data).
  const A = { key: 'demo-key-dealer-gbg', customerId: 'customer-anna', vin: 'YV1DEMCAR00000001' };
  const A_SECRETS = [
    'Anna Lindqvist',
    'anna.lindqvist@example.com',
    '+46 70 123 45 67',
    NOTE_MARKER,
    WORK_MARKER,
  ];

  beforeAll(async () => {
    system = await startInProcess(data.dir, await storeEnv(store));
    const car = await TestCar.connect(`mqtt://127.0.0.1:${system.mqttPort}`, A.vin, 'demo-secret-1');
    const id = await car.send('booking-request', {
      bookingRequest: {
        origin: csb.v1.RequestOrigin.REQUEST_ORIGIN_MANUAL,
        consent: { granted: true, grantedAt: toTimestamp(Date.now()) },
        customerNote: NOTE_MARKER,
      },
    });
    appointmentId = (await car.resultFor(id)).envelope.uplinkResult?.accepted?.appointmentId ?? '';
    await car.close();
    const dealerA = new Dealer(`http://127.0.0.1:${system.httpPort}`, A.key);
    await dealerA.ok('POST', `/dealer/v1/appointments/${appointmentId}/proposals`, {
      start: new Date(Date.now() + 5 * 86_400_000).toISOString(),
      durationMinutes: 60,
      price: { currencyCode: 'SEK', amountMinor: 99_000 },
      workDescription: WORK_MARKER,
    });
  });
  afterAll(async () => {
    await system?.stop();
    data.remove();
  });

  interface Schema {
    type?: string | string[];
    format?: string;
    enum?: unknown[];
    properties?: Record<string, Schema>;
    required?: string[];
    items?: Schema;
    minimum?: number;
    minLength?: number;
    pattern?: string;
    anyOf?: Schema[];
    oneOf?: Schema[];
  }

  /** A small value that satisfies `schema` (enough for the usual zod-generated shapes). */
  function sample(schema: Schema | undefined, name = ''): unknown {
    if (!schema) return {};
    if (schema.enum) return schema.enum[0];
    const alternatives = schema.anyOf ?? schema.oneOf;
    if (alternatives) return sample(alternatives.find((s) => s.type !== 'null') ?? alternatives[0], name);
    const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
    switch (type) {
      case 'object':
        return Object.fromEntries(
          Object.entries(schema.properties ?? {}).map(([key, value]) => [key, sample(value, key)]),
        );
      case 'array':
        return [];
      case 'integer':
      case 'number':
        return Math.max(schema.minimum ?? 0, 60);
      case 'boolean':
        return true;
      case 'string':
        if (schema.format === 'date-time') return new Date(Date.now() + 7 * 86_400_000).toISOString();
        if (schema.format === 'email') return 'b-dealer@example.com';
        if (/currency/i.test(name)) return 'EUR';
        if (/country/i.test(name)) return 'FR';
        if (/vin/i.test(name)) return A.vin;
        return 'x'.repeat(Math.max(1, schema.minLength ?? 1));
      default:
        return {};
    }
  }

  describe('dealer isolation', () => {
    it("lets no dealer API route show dealer B anything of dealer A's", async () => {
      const doc = (await fetch(`http://127.0.0.1:${system.httpPort}/openapi.json`).then((r) => r.json())) as {
        paths: Record<
          string,
          Record<
            string,
            {
              security?: Record<string, unknown>[];
              requestBody?: { content?: Record<string, { schema?: Schema }> };
            }
          >
        >;
      };
      const dealerB = new Dealer(`http://127.0.0.1:${system.httpPort}`, 'demo-key-dealer-lyon');
      const params: Record<string, string> = {
        appointmentId,
        customerId: A.customerId,
        vin: A.vin,
        version: '1',
        dealerId: 'dealer-gbg',
      };
      const walked: string[] = [];
      const leaks: string[] = [];
      // Reads first, then writes (a write refused for B must not change what a later read shows).
      const operations = Object.entries(doc.paths).flatMap(([route, methods]) =>
        Object.entries(methods)
          .filter(([, op]) => op.security?.some((s) => 'dealerApiKey' in s))
          .map(([method, op]) => ({ route, method: method.toUpperCase(), op })),
      );
      const TAKEOVER = '/dealer/v1/vehicles/{vin}/preferred-dealer';
      const rank = (o: { route: string; method: string }) =>
        o.route === TAKEOVER ? 2 : o.method === 'GET' ? 0 : 1;
      operations.sort((x, y) => rank(x) - rank(y));
      for (const { route, method, op } of operations) {
        const path = route.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? 'x');
        const body = op.requestBody
          ? sample(op.requestBody.content?.['application/json']?.schema)
          : undefined;
        const response = await dealerB.request(
          method,
          `${path}${route.endsWith('/as-of') ? `?at=${new Date().toISOString()}` : ''}`,
          body,
        );
        walked.push(`${method} ${route} -> ${response.status}`);
        if (route === '/dealer/v1/vehicles/{vin}/health-status' || route === TAKEOVER) continue; // exceptions above
        const text = JSON.stringify(response.body ?? '');
        for (const secret of A_SECRETS)
          if (text.includes(secret)) leaks.push(`${method} ${route}: ${secret}`);
        if (response.status < 300 && text.includes(appointmentId))
          leaks.push(`${method} ${route}: appointment id in a success`);
      }
      console.log(`dealer isolation walk:\n  ${walked.join('\n  ')}`);
      expect(operations.length).toBeGreaterThanOrEqual(8);
      expect(leaks).toEqual([]);

      // Dealer A still sees its appointment unchanged by B's attempts.
      const dealerA = new Dealer(`http://127.0.0.1:${system.httpPort}`, A.key);
      const detail = await dealerA.ok<{ customerNote: string; status: string }>(
        'GET',
        `/dealer/v1/appointments/${appointmentId}`,
      );
      expect(detail).toMatchObject({ customerNote: NOTE_MARKER, status: 'proposed' });
    });
  });
});

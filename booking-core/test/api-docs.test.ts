/**
 * docs/api.md is what external clients are written from: every route of the OpenAPI document
 * (dealer, customer website and admin API) must be in it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHttpApp } from '../src/index.ts';
import { openTestCore, type TestCore } from './support.ts';

let t: TestCore;
beforeAll(async () => {
  t = await openTestCore();
});
afterAll(async () => {
  await t.remove();
});

const normalize = (p: string) => p.replace(/\{[^}]+\}/g, '{}');

describe('docs/api.md', () => {
  it('documents every route of the API', async () => {
    const app = buildHttpApp(t.core, { logger: pino({ level: 'silent' }), adminKey: 'admin-key-0123456789' });
    await app.ready();
    const spec = app.swagger() as { paths: Record<string, Record<string, unknown>> };
    await app.close();
    const docs = normalize(
      readFileSync(path.join(import.meta.dirname, '..', '..', 'docs', 'api.md'), 'utf8'),
    );
    const routes = Object.entries(spec.paths).flatMap(([route, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${normalize(route)}`),
    );
    expect(routes.length).toBeGreaterThan(20);
    const missing = routes.filter(
      (route) => !new RegExp(`${route.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\`?\\[ ]`).test(docs),
    );
    expect(missing).toEqual([]);
  });

  it('publishes an OpenAPI document clients can be generated from', async () => {
    const app = buildHttpApp(t.core, { logger: pino({ level: 'silent' }), adminKey: 'admin-key-0123456789' });
    await app.ready();
    const spec = (await app.inject({ url: '/openapi.json' })).json() as {
      info: { version: string };
      servers: unknown[];
      components: { schemas: Record<string, unknown> };
      paths: Record<
        string,
        Record<string, { operationId?: string; requestBody?: unknown; responses: Record<string, Response> }>
      >;
    };
    type Response = { content?: Record<string, unknown> };
    await app.close();
    const packageJson = JSON.parse(
      readFileSync(path.join(import.meta.dirname, '..', 'package.json'), 'utf8'),
    );
    expect(spec.info.version).toBe(packageJson.version);
    expect(spec.servers.length).toBeGreaterThan(0);
    expect(Object.keys(spec.components.schemas)).toEqual(
      expect.arrayContaining(['Problem', 'Appointment', 'AppointmentSummary', 'Price', 'DealerCustomer']),
    );
    const operations = Object.values(spec.paths).flatMap((methods) => Object.values(methods));
    const ids = operations.map((o) => o.operationId);
    expect(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z0-9]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    // Every error answer is a problem, never plain JSON.
    const errorMedia = operations.flatMap((o) =>
      Object.entries(o.responses)
        .filter(([status]) => /^[45]/.test(status))
        .flatMap(([, r]) => Object.keys(r.content ?? {})),
    );
    expect(errorMedia.length).toBeGreaterThan(50);
    expect(new Set(errorMedia)).toEqual(new Set(['application/problem+json']));
    // The answers any request can get before its route (slow, too long, too large, wrong media
    // type, internal) are declared on every operation that has problems at all.
    const undeclared = Object.entries(spec.paths).flatMap(([route, methods]) =>
      Object.entries(methods).flatMap(([method, o]) => {
        if (!Object.keys(o.responses).some((s) => s === '400' || s === '404' || s === '4XX')) return [];
        const wanted = ['408', '414', '431', '500', ...(o.requestBody ? ['413', '415'] : [])];
        return wanted.filter((s) => !o.responses[s]).map((s) => `${method} ${route} ${s}`);
      }),
    );
    expect(undeclared).toEqual([]);
    // Public descriptions cite the product only: no internal references.
    expect(JSON.stringify(spec)).not.toMatch(/\bseed \d|\bissue \d|\/work\/|\.\.\/shared|WORKFLOW/i);
  });
});

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
});

/**
 * Writes the API's OpenAPI document, exactly as `GET /openapi.json` serves it, to a file:
 * `node scripts/openapi.ts [out]` (default `.csb-tmp/openapi.json`). The app is built on a
 * throwaway database and never listens; `npm run lint` lints the file (redocly, offline).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildHttpApp, openBookingCore } from '@csb/booking-core';
import { pino } from 'pino';

const out = path.resolve(process.argv[2] ?? '.csb-tmp/openapi.json');
const dir = mkdtempSync(path.join(tmpdir(), 'csb-openapi-'));
try {
  const core = await openBookingCore({ databasePath: path.join(dir, 'csb.sqlite') });
  // The admin key only makes the admin routes exist, so that they are documented too.
  const app = buildHttpApp(core, { logger: pino({ level: 'silent' }), adminKey: 'openapi-document-only' });
  await app.ready();
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(app.swagger(), null, 2)}\n`);
  await app.close();
  await core.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

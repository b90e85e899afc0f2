/**
 * A client generated from the served OpenAPI document (openapi-typescript) compiles under strict
 * TypeScript, and its types are the API's: a realistic proposal type-checks, an unknown currency
 * and a missing field do not (`@ts-expect-error` fails the compile if they did).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHttpApp } from '../src/index.ts';
import { openTestCore, type TestCore } from './support.ts';

const BIN = path.join(import.meta.dirname, '..', '..', 'node_modules', '.bin');

let t: TestCore;
let dir: string;
beforeAll(async () => {
  t = await openTestCore();
  dir = mkdtempSync(path.join(tmpdir(), 'csb-client-'));
});
afterAll(async () => {
  await t.remove();
  rmSync(dir, { recursive: true, force: true });
});

const CLIENT = `import type { components, operations } from './api.ts';

type Propose = operations['postDealerAppointmentsByAppointmentIdProposals'];
type ProposalBody = NonNullable<Propose['requestBody']>['content']['application/json'];
type Appointment = components['schemas']['Appointment'];
type Problem = components['schemas']['Problem'];

export const proposal: ProposalBody = {
  start: '2026-12-01T08:00:00Z',
  durationMinutes: 90,
  price: { currencyCode: 'SEK', amountMinor: 245000 },
  workDescription: 'Replace engine oil',
};
// @ts-expect-error XXX is no currency one pays in
export const noCurrency: ProposalBody = { price: { currencyCode: 'XXX', amountMinor: 1 } };

export function describeAnswer(answer: Appointment | Problem): string {
  if ('code' in answer && typeof answer.code === 'string') return answer.code;
  const appointment = answer as Appointment;
  return \`\${appointment.appointmentId} \${appointment.status} \${appointment.vehicle.vin}\`;
}
// @ts-expect-error an appointment has a status
export const incomplete: Appointment['status'] = 'no-such-status';
`;

describe('a client generated from /openapi.json', () => {
  it('compiles under strict TypeScript and rejects what the API rejects', async () => {
    const app = buildHttpApp(t.core, { logger: pino({ level: 'silent' }), adminKey: 'admin-key-0123456789' });
    await app.ready();
    writeFileSync(path.join(dir, 'openapi.json'), (await app.inject({ url: '/openapi.json' })).body);
    await app.close();
    execFileSync(path.join(BIN, 'openapi-typescript'), ['openapi.json', '-o', 'api.ts'], { cwd: dir });
    writeFileSync(path.join(dir, 'client.ts'), CLIENT);
    writeFileSync(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: 'es2022',
          module: 'nodenext',
          moduleResolution: 'nodenext',
          allowImportingTsExtensions: true,
          types: [],
        },
        include: ['*.ts'],
      }),
    );
    let output = '';
    try {
      output = execFileSync(path.join(BIN, 'tsc'), ['-p', dir], { cwd: dir, encoding: 'utf8' });
    } catch (error) {
      output = String((error as { stdout?: unknown }).stdout ?? error);
    }
    expect(output.trim()).toBe('');
  });
});

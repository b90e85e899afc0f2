/**
 * Losing PostgreSQL under car traffic: the server is stopped (pg_ctl stop -m fast) and started
 * again while a car keeps sending booking requests. Meanwhile every request is refused retryable
 * (TEMPORARILY_UNAVAILABLE: nothing is accepted without a durable write), `/readyz` answers 503,
 * the REST API 500 problems, and the process stays up (a broken pooled connection's error event
 * once ended it); once the server is back the pool reconnects by itself, requests are
 * accepted again (those refused are accepted when resent with their message ids), and every
 * accepted request is stored exactly once.
 */
import { csb, toTimestamp } from '@csb/proto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StartupError } from '../bin/startup-error.ts';
import type { RunningSystem } from '../bin/system.ts';
import { TestCar } from './support/car.ts';
import { eventually } from './support/dealer.ts';
import { startTestPostgres, type TestPostgres } from './support/postgres.ts';
import { startInProcess, tempDataDir } from './support/system.ts';

let server: TestPostgres;
let url: string;
let system: RunningSystem;
let data: ReturnType<typeof tempDataDir>;

beforeAll(async () => {
  server = await startTestPostgres();
  url = await server.createDatabase();
  data = tempDataDir();
  system = await startInProcess(data.dir, {
    CSB_DATABASE_URL: url,
    CSB_MAX_OPEN_APPOINTMENTS_PER_VEHICLE: '100',
  });
});

afterAll(async () => {
  await system?.stop();
  data?.remove();
  server?.stop();
});

type Outcome = 'accepted' | string;

async function book(car: TestCar, messageId: string): Promise<Outcome> {
  const now = Date.now();
  // A resent id's earlier answer is in `received` already: wait for one that arrives after this send.
  const before = car.received.length;
  await car.send(
    'booking-request',
    {
      bookingRequest: {
        origin: csb.v1.RequestOrigin.REQUEST_ORIGIN_MANUAL,
        consent: { granted: true, grantedAt: toTimestamp(now) },
        customerNote: messageId,
      },
    },
    messageId,
  );
  const answer = await car.waitFor(
    (r) => car.received.indexOf(r) >= before && r.envelope.uplinkResult?.uplinkMessageId === messageId,
    `result for ${messageId}`,
    20_000,
  );
  const result = answer.envelope.uplinkResult;
  if (result?.accepted) return 'accepted';
  const code = result?.rejected?.code;
  return `${code == null ? 'unknown' : csb.v1.RejectionCode[code]}${result?.rejected?.retryable ? ' (retryable)' : ''}`;
}

async function readyStatus(): Promise<number> {
  return (await fetch(`http://127.0.0.1:${system.opsPort}/readyz`)).status;
}

describe('losing PostgreSQL', () => {
  it('refuses retryably while the server is down, is not ready, and resumes by itself when it is back', async () => {
    const demoCar = system.demo?.cars[0];
    if (!demoCar) throw new Error('no demo car');
    const dealer = system.demo?.dealers.find((d) => d.dealerId === demoCar.dealerId);
    if (!dealer) throw new Error('no demo dealer');
    const api = `http://127.0.0.1:${system.httpPort}`;
    const dealerAuth = { authorization: `Bearer ${dealer.apiKey}` };
    const car = await TestCar.connect(`mqtt://127.0.0.1:${system.mqttPort}`, demoCar.vin, demoCar.secret);
    const outcomes = new Map<string, Outcome[]>();
    const record = (id: string, outcome: Outcome) => outcomes.set(id, [...(outcomes.get(id) ?? []), outcome]);
    try {
      for (let i = 0; i < 3; i++) {
        const id = `pg-before-${i}`;
        record(id, await book(car, id));
      }
      expect(await readyStatus()).toBe(200);

      server.stopServer();
      const during: string[] = [];
      for (let i = 0; i < 4; i++) {
        const id = `pg-during-${i}`;
        during.push(id);
        record(id, await book(car, id));
      }
      expect(await readyStatus()).toBe(503);
      const problem = await (await fetch(`http://127.0.0.1:${system.opsPort}/readyz`)).json();
      expect(problem).toMatchObject({ code: 'SERVICE_NOT_READY', detail: 'the database cannot be reached' });
      // The REST API answers a problem, and the process stays up.
      const listDuring = await fetch(`${api}/dealer/v1/appointments`, { headers: dealerAuth });
      expect(listDuring.status).toBe(500);
      expect(await listDuring.json()).toMatchObject({ code: 'INTERNAL' });

      server.startServer();
      await eventually(async () => ((await readyStatus()) === 200 ? true : undefined), '/readyz ready again');
      expect((await fetch(`${api}/dealer/v1/appointments`, { headers: dealerAuth })).status).toBe(200);
      // The refused ones, resent with their ids, and new ones are accepted.
      for (const id of during) record(id, await book(car, id));
      for (let i = 0; i < 3; i++) {
        const id = `pg-after-${i}`;
        record(id, await book(car, id));
      }
    } finally {
      car.client.end(true);
    }

    for (let i = 0; i < 3; i++) expect(outcomes.get(`pg-before-${i}`)).toEqual(['accepted']);
    for (let i = 0; i < 4; i++)
      expect(outcomes.get(`pg-during-${i}`)).toEqual([
        'REJECTION_CODE_TEMPORARILY_UNAVAILABLE (retryable)',
        'accepted',
      ]);
    for (let i = 0; i < 3; i++) expect(outcomes.get(`pg-after-${i}`)).toEqual(['accepted']);

    // Every accepted request stored exactly once.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ note: string; n: string }>(
        "SELECT customer_note AS note, count(*) AS n FROM appointments WHERE customer_note LIKE 'pg-%' GROUP BY customer_note",
      );
      const stored = new Map(rows.map((r) => [r.note, Number(r.n)]));
      expect(stored.size).toBe(10);
      for (const id of outcomes.keys()) expect(stored.get(id), id).toBe(1);
    } finally {
      await client.end();
    }
  });
});

describe('starting without PostgreSQL', () => {
  it('fails with a start-up error naming CSB_DATABASE_URL, without the password', async () => {
    const stopped = await startTestPostgres();
    const port = stopped.port;
    stopped.stop();
    const dir = tempDataDir();
    try {
      const attempt = startInProcess(dir.dir, {
        CSB_DATABASE_URL: `postgres://csb:secret-pw@127.0.0.1:${port}/csb`,
      });
      await expect(attempt).rejects.toBeInstanceOf(StartupError);
      const error = (await attempt.catch((e: unknown) => e)) as StartupError;
      expect(error.settings).toEqual(['CSB_DATABASE_URL']);
      expect(error.message).toContain('cannot open the PostgreSQL database');
      expect(error.message).not.toContain('secret-pw');
    } finally {
      dir.remove();
    }
  });
});

/**
 * Overload, then SIGTERM (`node bin/csb.ts start`, a real child process): three cars pipeline
 * booking requests far beyond what the node handles at once. csb parks what does not fit its
 * bounded uplink queue, sheds what does not fit the bounded parking either with
 * TEMPORARILY_UNAVAILABLE (retryable), stops within its stop bound when terminated mid-overload
 * (the queued and parked requests dropped unanswered, for the cars to resend), and every request
 * a car saw accepted is stored exactly once.
 */
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { csb, decodeDownlink, encodeUplink, toTimestamp } from '@csb/proto';
import mqtt from 'mqtt';
import { afterAll, describe, expect, it } from 'vitest';
import { type ChildSystem, killChild, startChild, tempDataDir } from './support/system.ts';

const data = tempDataDir();
let running: ChildSystem | undefined;
const PER_CAR = 2_000;

afterAll(async () => {
  if (running) await killChild(running.child, 'SIGKILL');
  data.remove();
});

describe('overload', () => {
  it('sheds early, stops on SIGTERM mid-overload and stores every accepted request once', {
    timeout: 90_000,
  }, async () => {
    // The per-car rate limit would refuse the burst before the node queue is reached: lifted.
    running = await startChild(data.dir, 20_000, {
      CSB_CAR_RATE_PER_SECOND: '1000000',
      CSB_CAR_RATE_BURST: '1000000',
      CSB_CAR_FLOOD_DISCONNECT_AFTER: '1000000',
      // A small node queue and parking, so the burst is far above them on any machine, fast or
      // slow; and the widest open-appointment bound, so most answers are the booking path, not
      // its refusal.
      CSB_MAX_UPLINKS_IN_FLIGHT: '32',
      CSB_MAX_UPLINKS_QUEUED: '128',
      CSB_MAX_UPLINKS_PARKED: '256',
      CSB_MAX_OPEN_APPOINTMENTS_PER_VEHICLE: '100',
    });
    const system = running;
    const outcomes = new Map<string, string>();
    const cars = await Promise.all(
      [1, 2, 3].map(async (n) => {
        const vin = `YV1DEMCAR0000000${n}`;
        const client = await mqtt.connectAsync(`mqtt://127.0.0.1:${system.mqttPort}`, {
          clientId: vin,
          username: vin,
          password: `demo-secret-${n}`,
          protocolVersion: 4,
          reconnectPeriod: 0,
          clean: true,
        });
        client.on('error', () => {});
        await client.subscribeAsync(`csb/v1/vehicles/${vin}/down/result`, { qos: 1 });
        client.on('message', (_topic, payload) => {
          const decoded = decodeDownlink(payload);
          const result = decoded.ok ? decoded.message.uplinkResult : undefined;
          if (!result?.uplinkMessageId) return;
          const code = result.rejected?.code;
          outcomes.set(
            result.uplinkMessageId,
            result.accepted ? 'accepted' : code == null ? 'rejected' : csb.v1.RejectionCode[code],
          );
        });
        return { vin, client };
      }),
    );
    const now = Date.now();
    for (const { vin, client } of cars) {
      for (let i = 0; i < PER_CAR; i++) {
        const messageId = `overload-${vin.slice(-1)}-${i.toString().padStart(5, '0')}`;
        const payload = encodeUplink({
          messageId,
          sentAt: toTimestamp(now),
          bookingRequest: {
            origin: csb.v1.RequestOrigin.REQUEST_ORIGIN_MANUAL,
            consent: { granted: true, grantedAt: toTimestamp(now) },
            customerNote: messageId,
          },
        });
        client.publish(`csb/v1/vehicles/${vin}/up/booking-request`, Buffer.from(payload), { qos: 1 });
      }
    }
    // Terminate in the middle of it: once the first answers are back, most of the burst is not.
    for (let i = 0; i < 400 && outcomes.size < 300; i++) await new Promise((r) => setTimeout(r, 25));
    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
      system.child.once('exit', (code, signal) => resolve({ code, signal })),
    );
    const termAt = Date.now();
    system.child.kill('SIGTERM');
    const exit = await exited;
    const stopMs = Date.now() - termAt;
    running = undefined;
    for (const { client } of cars) client.end(true);
    expect(exit).toEqual({ code: 0, signal: null });

    // A car that keeps booking reaches its bound of open appointments (docs/protocol.md): a final
    // refusal, counted apart, and nothing may be stored for it.
    const counts = { accepted: 0, shed: 0, full: 0, other: 0 };
    for (const outcome of outcomes.values()) {
      if (outcome === 'accepted') counts.accepted += 1;
      else if (outcome === 'REJECTION_CODE_TEMPORARILY_UNAVAILABLE') counts.shed += 1;
      else if (outcome === 'REJECTION_CODE_TOO_MANY_OPEN_APPOINTMENTS') counts.full += 1;
      else counts.other += 1;
    }
    const db = new DatabaseSync(path.join(data.dir, 'csb.sqlite'), { readOnly: true });
    const stored = new Map(
      (
        db
          .prepare(
            `SELECT customer_note AS note, count(*) AS n FROM appointments WHERE customer_note LIKE 'overload-%' GROUP BY customer_note`,
          )
          .all() as { note: string; n: number }[]
      ).map((row) => [row.note, Number(row.n)]),
    );
    db.close();
    console.log(
      `overload test: ${JSON.stringify({ sent: 3 * PER_CAR, answered: outcomes.size, ...counts, stored: stored.size, stopMs })}`,
    );

    // Shed early: more was offered than the node holds, and the rest was refused, not held.
    expect(counts.shed).toBeGreaterThan(0);
    expect(counts.accepted).toBeGreaterThan(0);
    expect(counts.other).toBe(0);
    // Every accepted request is stored, once; nothing is stored twice.
    for (const [messageId, outcome] of outcomes) {
      if (outcome === 'accepted') expect(stored.get(messageId), messageId).toBe(1);
      if (
        outcome === 'REJECTION_CODE_TEMPORARILY_UNAVAILABLE' ||
        outcome === 'REJECTION_CODE_TOO_MANY_OPEN_APPOINTMENTS'
      )
        expect(stored.has(messageId), messageId).toBe(false);
    }
    expect([...stored.values()].every((n) => n === 1)).toBe(true);
  });
});

/**
 * SIGTERM during traffic (`node bin/csb.ts start`, a real child process): the process stops
 * taking connections, finishes the uplinks in flight, closes the car sessions and exits 0; every
 * request a car saw accepted is stored, and what was cut off is answered after the restart.
 */
import { csb } from '@csb/proto';
import { afterAll, describe, expect, it } from 'vitest';
import { Dealer, eventually } from './support/dealer.ts';
import { RetryingCar } from './support/retrying-car.ts';
import { type ChildSystem, killChild, startChild, tempDataDir } from './support/system.ts';

const data = tempDataDir();
let running: ChildSystem | undefined;

afterAll(async () => {
  if (running) await killChild(running.child, 'SIGKILL');
  data.remove();
});

describe('SIGTERM', () => {
  it('stops gracefully under traffic and loses nothing acknowledged', { timeout: 60_000 }, async () => {
    running = await startChild(data.dir);
    const system = running;
    const cars = [1, 2, 3].map(
      (n) => new RetryingCar(`YV1DEMCAR0000000${n}`, `demo-secret-${n}`, `term-${n}`),
    );
    await Promise.all(cars.map((car) => car.connect(system.mqttPort)));
    let alive = true;
    const loops = cars.map(async (car) => {
      while (alive && car.connected) {
        if (car.idle) car.next();
        await car.waitAnswerOrClose(250);
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 400));
    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
      system.child.once('exit', (code, signal) => resolve({ code, signal })),
    );
    system.child.kill('SIGTERM');
    const exit = await exited;
    alive = false;
    await Promise.all(loops);
    running = undefined;
    expect(exit).toEqual({ code: 0, signal: null });
    for (const car of cars) expect(car.connected).toBe(false);

    // Restart: cars resend what had no answer; then every request is stored exactly once.
    running = await startChild(data.dir);
    const again = running;
    await eventually(
      async () => {
        for (const car of cars) if (!car.connected) await car.connect(again.mqttPort);
        return cars.every((car) => car.idle) ? true : undefined;
      },
      'an answer to every request',
      20_000,
    );
    const notes = new Map<string, number>();
    for (const key of ['demo-key-dealer-gbg', 'demo-key-dealer-lyon']) {
      const dealer = new Dealer(`http://127.0.0.1:${again.httpPort}`, key);
      const list = await dealer.ok<{ items: { appointmentId: string }[] }>('GET', '/dealer/v1/appointments');
      for (const item of list.items) {
        const detail = await dealer.ok<{ customerNote: string }>(
          'GET',
          `/dealer/v1/appointments/${item.appointmentId}`,
        );
        notes.set(detail.customerNote, (notes.get(detail.customerNote) ?? 0) + 1);
      }
    }
    for (const car of cars) car.disconnect();
    const requests = cars.flatMap((car) => car.requests);
    expect(requests.length).toBeGreaterThan(3);
    const full = csb.v1.RejectionCode.REJECTION_CODE_TOO_MANY_OPEN_APPOINTMENTS;
    for (const r of requests) {
      // A car keeps booking here, so it may reach its bound of open appointments
      // (docs/protocol.md): a final refusal, and then nothing may be stored for it.
      if (r.outcome?.kind === 'rejected' && r.outcome.code === full) {
        expect(notes.get(r.messageId), r.messageId).toBeUndefined();
        continue;
      }
      expect(r.outcome?.kind, r.messageId).toBe('accepted');
      expect(notes.get(r.messageId), r.messageId).toBe(1);
    }
  });
});

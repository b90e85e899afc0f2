/** Test fixtures: a real booking core on a SQLite file in a fresh temp directory, with a settable clock. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BookingCore, CarCommand, CarMessageIn, Clock, DemoData, HealthStatus } from '../src/index.ts';
import { openBookingCore } from '../src/index.ts';

export const T0 = Date.UTC(2026, 4, 4, 8, 0, 0);

export class TestClock implements Clock {
  t = T0;
  now(): number {
    return this.t;
  }
  advance(ms: number): void {
    this.t += ms;
  }
}

export interface TestCore {
  core: BookingCore;
  clock: TestClock;
  path: string;
  reopen(): Promise<BookingCore>;
  remove(): Promise<void>;
}

export async function openTestCore(): Promise<TestCore> {
  const dir = mkdtempSync(join(tmpdir(), 'csb-core-'));
  const path = join(dir, 'data', 'csb.sqlite');
  const clock = new TestClock();
  const fixture: TestCore = {
    core: await openBookingCore({ databasePath: path, clock }),
    clock,
    path,
    async reopen() {
      await fixture.core.close();
      fixture.core = await openBookingCore({ databasePath: path, clock });
      return fixture.core;
    },
    async remove() {
      await fixture.core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return fixture;
}

let counter = 0;
export function carMessage(vin: string, command: CarCommand, messageId = `m-${++counter}`): CarMessageIn {
  return { vin, messageId, sentAt: T0, command };
}

export const oilWarning: HealthStatus = {
  capturedAt: T0 - 300_000,
  odometerKm: 48_210,
  warnings: [
    {
      type: 'ENGINE_OIL_LEVEL_LOW',
      severity: 'WARNING',
      code: 'OIL-LVL-LOW',
      location: 'engine',
      text: 'Oil level low',
      activeSince: T0 - 86_400_000,
    },
  ],
  dtcs: [{ code: 'P0301', ecu: 'ECM', status: 'ACTIVE' }],
};

export function bookingRequest(healthStatus?: HealthStatus): CarCommand {
  return {
    kind: 'booking-request',
    origin: 'warnings',
    consentGrantedAt: T0,
    customerNote: 'Oil warning came on yesterday',
    preferredWindows: [{ earliest: T0 + 86_400_000, latest: T0 + 2 * 86_400_000 }],
    ...(healthStatus ? { healthStatus } : {}),
  };
}

export const proposalInput = {
  start: T0 + 3 * 86_400_000,
  durationMinutes: 90,
  price: { currencyCode: 'SEK', amountMinor: 245_000 },
  workDescription: 'Replace engine oil and inspect cylinder 1 misfire',
};

/** A booking request from a connected demo car of `dealerId`; the appointment's id. */
export async function bookOn(core: BookingCore, demo: DemoData, dealerId: string): Promise<string> {
  const car = demo.cars.find((c) => c.dealerId === dealerId && c.connected);
  if (!car) throw new Error(`no connected demo car of ${dealerId}`);
  const outcome = await core.handleCarMessage(carMessage(car.vin, bookingRequest()));
  if (!outcome.ok || !outcome.appointmentId) throw new Error(`request refused: ${JSON.stringify(outcome)}`);
  return outcome.appointmentId;
}

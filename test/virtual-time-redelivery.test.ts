/**
 * Downlink redelivery on an accelerated clock (CSB_CLOCK_SPEED): it is a transport timer, so an
 * unreceipted downlink is sent again 10 s of wall time after the first send (docs/protocol.md
 * [LEDGER-5]), not 10 s of virtual time. At 17,280x, 10 virtual seconds are 0.6 wall ms: the
 * gateway sent every unreceipted downlink again within tens of wall ms, and a fleet on virtual
 * time drowned in repeats and their receipts (docs/benchmarks.md, benchmark 6).
 * A real system, a real car connection that never receipts, counts only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSystem } from '../bin/system.ts';
import { TestCar } from './support/car.ts';
import { Dealer, eventually } from './support/dealer.ts';
import { tempDataDir } from './support/system.ts';
import { admin, startAccelerated } from './support/virtual-time.ts';

const VIN = 'YV1DEMCAR00000003'; // Camille Martin's XC40 (demo data)
let system: RunningSystem;
let data: ReturnType<typeof tempDataDir>;
let car: TestCar;

beforeAll(async () => {
  data = tempDataDir();
  system = await startAccelerated(data.dir, {
    start: '2026-12-01T06:00:00Z',
    speed: 17_280,
    anchor: new Date().toISOString(),
  });
  car = await TestCar.connect(`mqtt://127.0.0.1:${system.mqttPort}`, VIN, 'demo-secret-3');
});

afterAll(async () => {
  await car?.close();
  await system?.stop();
  data?.remove();
});

describe('downlink redelivery under CSB_CLOCK_SPEED', () => {
  it('sends an unreceipted downlink again only after 10 s of wall time', async () => {
    const { token } = await admin<{ token: string }>(system, 'POST', '/customers/customer-camille/tokens');
    const website = new Dealer(`http://127.0.0.1:${system.httpPort}`, token);
    await website.ok('POST', '/customer/v1/requests', {
      vin: VIN,
      note: 'A rattle at low speed',
      preferredDates: ['2026-12-10', '2026-12-11'],
      odometerKm: 31_420,
    });
    // The request sends the car its appointment list (a ledger downlink); the car never receipts it.
    const first = await eventually(
      async () => car.received.find((r) => r.envelope.body === 'appointmentList'),
      'the appointment list after the request',
    );
    const copies = () =>
      car.received.filter((r) => String(r.envelope.messageId) === String(first.envelope.messageId)).length;
    // Two wall seconds are 9.6 virtual hours here: with the waits on the virtual clock the list
    // came 7 times in them; on the wall clock the first repeat is 8 s further off.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(copies()).toBe(1);
  });
});

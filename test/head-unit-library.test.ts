/**
 * The head-unit library's README example, step by step, against the real system (in-process, real
 * sockets, a real SQLite file): request with Health Status, the dealer proposes over REST, the car
 * accepts the proposal and gets its confirmation. Then a restart from the persisted state.
 */
import { type CarClient, createCarClient, type HeadUnitPersistentState } from '@csb/head-unit';
import { csb, toTimestamp } from '@csb/proto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSystem } from '../bin/system.ts';
import { Dealer } from './support/dealer.ts';
import { startInProcess, tempDataDir } from './support/system.ts';

let system: RunningSystem;
let data: ReturnType<typeof tempDataDir>;
let dealer: Dealer;
const clients: CarClient[] = [];

beforeAll(async () => {
  data = tempDataDir();
  system = await startInProcess(data.dir);
  const gbg = system.demo?.dealers.find((d) => d.dealerId === 'dealer-gbg');
  if (!gbg) throw new Error('demo dealer dealer-gbg missing');
  dealer = new Dealer(`http://127.0.0.1:${system.httpPort}`, gbg.apiKey);
});

afterAll(async () => {
  for (const client of clients) await client.stop();
  await system?.stop();
  data?.remove();
});

function client(options: Partial<Parameters<typeof createCarClient>[0]> = {}): CarClient {
  const car = createCarClient({
    vin: 'YV1DEMCAR00000001',
    secret: 'demo-secret-1',
    brokerUrl: `mqtt://127.0.0.1:${system.mqttPort}`,
    ...options,
  });
  clients.push(car);
  return car;
}

describe('@csb/head-unit README example', () => {
  it('books an appointment: request with Health Status, proposal, accept, confirmation', async () => {
    let stored: HeadUnitPersistentState | undefined;
    const car = client({ persist: (state) => (stored = structuredClone(state)) });
    await car.start();
    const accepted = car.next('result-accepted');
    car.perform({
      type: 'request-booking',
      origin: csb.v1.RequestOrigin.REQUEST_ORIGIN_WARNINGS,
      healthStatus: { capturedAt: toTimestamp(Date.now()), odometerKm: 48_200, warnings: [] },
    });
    const { appointmentId } = await accepted;
    expect(appointmentId).not.toBe('');
    const proposed = car.next('proposal', { match: (e) => e.proposal.appointmentId === appointmentId });
    await dealer.ok('POST', `/dealer/v1/appointments/${appointmentId}/proposals`, {
      start: new Date(Date.now() + 3 * 86_400_000).toISOString(),
      durationMinutes: 90,
      price: { currencyCode: 'SEK', amountMinor: 245_000 },
      workDescription: 'Oil change',
    });
    const { proposal } = await proposed;
    expect(proposal.price).toMatchObject({ currencyCode: 'SEK', amountMinor: 245_000 });
    const confirmed = car.next('confirmation');
    car.perform({
      type: 'answer-proposal',
      appointmentId,
      proposalId: proposal.proposalId,
      answer: { type: 'accept' },
    });
    const { confirmation } = await confirmed;
    expect(confirmation).toMatchObject({
      appointmentId,
      startMs: proposal.startMs,
      status: csb.v1.AppointmentStatus.APPOINTMENT_STATUS_ACCEPTED,
    });
    // Every downlink id seen went to persist; nothing is left unanswered.
    expect(stored?.seenDownlinkIds.length).toBeGreaterThan(3);
    expect(stored?.pendingUplinks).toEqual([]);
    await car.stop();
  });

  it('resends an uplink persisted before a restart with its original message id, answered once', async () => {
    const first = client({ tickIntervalMs: 0 });
    // Built but never published: the "process" dies before it could send.
    const [request] = first.headUnit.handle({
      type: 'action',
      now: Date.now(),
      action: {
        type: 'send-car-data',
        healthStatus: { capturedAt: toTimestamp(Date.now()), odometerKm: 48_300 },
      },
    });
    if (request?.type !== 'publish') throw new Error('no uplink built');
    const restored = client({ restore: first.headUnit.persistentState() });
    const answered = restored.next('result-accepted', {
      match: (e) => e.uplinkMessageId === request.messageId,
    });
    await restored.start();
    expect((await answered).uplinkKind).toBe('health-status');
    await restored.stop();
  });
});

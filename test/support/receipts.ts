/**
 * Makes a TestCar behave like a head unit that confirms what it stores: every downlink except an
 * uplink result is answered with a delivery receipt (docs/protocol.md), so the outbox does not
 * redeliver it when virtual time jumps ahead.
 */
import { decodeDownlink, toTimestamp } from '@csb/proto';
import type { Received, TestCar } from './car.ts';

export function sendReceipts(car: TestCar, now: () => number): void {
  car.client.on('message', (_topic, payload) => {
    const decoded = decodeDownlink(payload);
    if (!decoded.ok || decoded.message.body === 'uplinkResult') return;
    const downlinkMessageId = decoded.message.messageId;
    void car
      .send('delivery-receipt', { deliveryReceipt: { downlinkMessageId, receivedAt: toTimestamp(now()) } })
      .catch(() => undefined); // the car may be closing; the outbox redelivers what was not receipted
  });
}

/** The downlinks a car received, one per message id (a redelivery is the same message), results left out. */
export function carMessages(car: TestCar): Received[] {
  const seen = new Set<string>();
  return car.received.filter((r) => {
    if (r.envelope.body === 'uplinkResult') return false;
    const id = String(r.envelope.messageId);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

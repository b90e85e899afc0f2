import {
  csb,
  type DownlinkEnvelope,
  type DownlinkEnvelopeInit,
  decodeDownlink,
  decodeUplink,
  encodeDownlink,
  encodeUplink,
  fromTimestamp,
  toTimestamp,
} from '@csb/proto';
import { describe, expect, it } from 'vitest';
import {
  createHeadUnit,
  type HeadUnit,
  type HeadUnitOptions,
  type HeadUnitOutput,
  type HeadUnitPersistentState,
  type PublishOutput,
  proposalPolicies,
} from '../src/index.ts';

const VIN = 'YV1DZ8256C1234567';

/** Deterministic uplink message ids (8 to 64 characters, [ENV-2]). */
function ids(seed: number): () => string {
  let n = 0;
  return () => `m-${seed}-${String(++n).padStart(8, '0')}`;
}
const T0 = Date.UTC(2026, 10, 23, 8, 0, 0);
const DEALER = {
  dealerId: 'dealer-gbg',
  name: 'Göteborg Bil AB',
  phone: '+46311234567',
  address: { street: 'Bilvägen 1', postalCode: '41705', city: 'Göteborg', countryCode: 'SE' },
  location: { latitude: 57.7, longitude: 11.97 },
};

function headUnit(options: Partial<HeadUnitOptions> = {}): HeadUnit {
  return createHeadUnit({ vin: VIN, newMessageId: ids(42), ...options });
}

/** Through real protobuf bytes, as the car would get it from the broker. */
function downlink(init: DownlinkEnvelopeInit): DownlinkEnvelope {
  const decoded = decodeDownlink(encodeDownlink(init));
  if (!decoded.ok) throw new Error(decoded.error);
  return decoded.message;
}

function publishes(outputs: HeadUnitOutput[]): PublishOutput[] {
  return outputs.filter((o): o is PublishOutput => o.type === 'publish');
}

function events(outputs: HeadUnitOutput[]): string[] {
  return outputs.filter((o) => o.type !== 'publish').map((o) => o.type);
}

function proposal(id: string, appointmentId = 'appt-1', proposalId = 'prop-1'): DownlinkEnvelope {
  return downlink({
    messageId: id,
    sentAt: toTimestamp(T0),
    proposal: {
      appointmentId,
      proposalId,
      dealer: DEALER,
      start: toTimestamp(Date.UTC(2026, 10, 25, 9, 0)),
      durationMinutes: 60,
      price: { currencyCode: 'SEK', amountMinor: 123_450 },
    },
  });
}

function list(id: string, generatedAtMs: number, status: csb.v1.AppointmentStatus): DownlinkEnvelope {
  return downlink({
    messageId: id,
    appointmentList: {
      generatedAt: toTimestamp(generatedAtMs),
      appointments: [{ appointmentId: 'appt-1', status, dealer: DEALER }],
    },
  });
}

function bookingRequest(unit: HeadUnit, now = T0): PublishOutput {
  const [out] = publishes(
    unit.handle({
      type: 'action',
      now,
      action: { type: 'request-booking', origin: csb.v1.RequestOrigin.REQUEST_ORIGIN_WARNINGS, note: 'oil' },
    }),
  );
  if (out === undefined) throw new Error('no booking request published');
  return out;
}

describe('head unit: downlinks', () => {
  it('sends a delivery receipt for every downlink except results', () => {
    const unit = headUnit();
    const request = bookingRequest(unit);
    const kinds: DownlinkEnvelope[] = [
      downlink({
        messageId: 'd-result',
        uplinkResult: { uplinkMessageId: request.messageId, accepted: { appointmentId: 'appt-1' } },
      }),
      proposal('d-proposal'),
      downlink({ messageId: 'd-conf', confirmation: { appointmentId: 'appt-1', dealer: DEALER, status: 4 } }),
      list('d-list', T0, csb.v1.AppointmentStatus.APPOINTMENT_STATUS_PROPOSED),
      downlink({ messageId: 'd-rem', reminder: { appointmentId: 'appt-1', kind: 1, daysBefore: 2 } }),
      downlink({
        messageId: 'd-nav',
        navigationTarget: { appointmentId: 'appt-1', dealer: DEALER, mode: 2 },
      }),
      downlink({ messageId: 'd-cancel', appointmentCancelled: { appointmentId: 'appt-1', cancelledBy: 2 } }),
      // A body this build does not know (a newer server): none of the oneof is set.
      downlink({ messageId: 'd-future' }),
    ];
    const receipts = kinds.map((envelope) => {
      const out = publishes(unit.handle({ type: 'downlink', envelope, now: T0 + 1000 }));
      return out
        .filter((p) => p.kind === 'delivery-receipt')
        .map((p) => p.envelope.deliveryReceipt?.downlinkMessageId);
    });
    expect(receipts).toEqual([
      [],
      ['d-proposal'],
      ['d-conf'],
      ['d-list'],
      ['d-rem'],
      ['d-nav'],
      ['d-cancel'],
      ['d-future'],
    ]);
  });

  it('encodes a receipt that decodes with the downlink id and the receive time', () => {
    const unit = headUnit();
    const [receipt] = publishes(unit.handle({ type: 'downlink', envelope: proposal('d-1'), now: T0 + 5000 }));
    const decoded = decodeUplink(encodeUplink(receipt?.envelope ?? {}));
    if (!decoded.ok) throw new Error(decoded.error);
    expect(decoded.message.body).toBe('deliveryReceipt');
    expect(decoded.message.deliveryReceipt?.downlinkMessageId).toBe('d-1');
    expect(fromTimestamp(decoded.message.deliveryReceipt?.receivedAt)).toBe(T0 + 5000);
    // Receipts are never answered: nothing waits for a result.
    expect(unit.snapshot().pendingUplinks).toEqual([]);
  });

  it('ignores a repeated downlink id but receipts it again', () => {
    const unit = headUnit();
    const first = unit.handle({ type: 'downlink', envelope: proposal('d-1'), now: T0 });
    const again = unit.handle({ type: 'downlink', envelope: proposal('d-1'), now: T0 + 10 });
    expect(events(first)).toEqual(['proposal']);
    expect(events(again)).toEqual(['downlink-duplicate']);
    expect(publishes(again).map((p) => p.envelope.deliveryReceipt?.downlinkMessageId)).toEqual(['d-1']);
    expect(unit.snapshot().notifications).toHaveLength(1);
  });

  it('ignores a repeated result without a receipt and without a second effect', () => {
    const unit = headUnit();
    const request = bookingRequest(unit);
    const result = downlink({
      messageId: 'd-r',
      uplinkResult: { uplinkMessageId: request.messageId, accepted: { appointmentId: 'appt-1' } },
    });
    expect(events(unit.handle({ type: 'downlink', envelope: result, now: T0 + 1 }))).toEqual([
      'result-accepted',
    ]);
    const again = unit.handle({ type: 'downlink', envelope: result, now: T0 + 2 });
    expect(again).toEqual([{ type: 'downlink-duplicate', downlinkId: 'd-r', body: 'uplinkResult' }]);
  });

  it('forgets the oldest ids beyond its capacity', () => {
    const unit = headUnit({ seenIdCapacity: 2 });
    for (const id of ['d-1', 'd-2', 'd-3'])
      unit.handle({ type: 'downlink', envelope: proposal(id), now: T0 });
    expect(unit.snapshot().seenDownlinkCount).toBe(2);
    expect(events(unit.handle({ type: 'downlink', envelope: proposal('d-3'), now: T0 }))).toEqual([
      'downlink-duplicate',
    ]);
    expect(events(unit.handle({ type: 'downlink', envelope: proposal('d-1'), now: T0 }))).toEqual([
      'proposal',
    ]);
  });

  it('replaces the appointment list with a newer one and ignores an older one', () => {
    const unit = headUnit();
    unit.handle({ type: 'downlink', envelope: list('l-2', T0 + 2000, 5), now: T0 });
    const older = unit.handle({ type: 'downlink', envelope: list('l-1', T0 + 1000, 3), now: T0 });
    expect(events(older)).toEqual(['appointment-list-stale']);
    expect(publishes(older)).toHaveLength(1); // still receipted
    expect(unit.snapshot().appointments.map((a) => a.status)).toEqual([5]);
    unit.handle({ type: 'downlink', envelope: list('l-3', T0 + 3000, 8), now: T0 });
    expect(unit.snapshot().appointments.map((a) => a.status)).toEqual([8]);
    expect(unit.snapshot().appointmentListGeneratedAtMs).toBe(T0 + 3000);
    // The list is a silent sync: nothing for the driver to see.
    expect(unit.snapshot().notifications).toEqual([]);
  });

  it('removes a cancelled appointment and its open proposal', () => {
    const unit = headUnit();
    unit.handle({ type: 'downlink', envelope: list('l-1', T0, 3), now: T0 });
    unit.handle({ type: 'downlink', envelope: proposal('p-1'), now: T0 });
    unit.handle({
      type: 'downlink',
      envelope: downlink({
        messageId: 'c-1',
        appointmentCancelled: { appointmentId: 'appt-1', cancelledBy: 2, reason: 'ill' },
      }),
      now: T0,
    });
    expect(unit.snapshot().appointments).toEqual([]);
    expect(unit.snapshot().openProposals).toEqual([]);
  });

  it('refuses a downlink without a message id (no dedupe, no receipt possible)', () => {
    const unit = headUnit();
    expect(unit.handle({ type: 'downlink', envelope: downlink({ messageId: '' }), now: T0 })).toEqual([
      { type: 'downlink-invalid', reason: 'MISSING_MESSAGE_ID' },
    ]);
  });
});

describe('head unit: uplinks and results', () => {
  it('builds a booking request with consent, note and windows, and waits for its result', () => {
    const unit = headUnit();
    const [out] = publishes(
      unit.handle({
        type: 'action',
        now: T0,
        action: {
          type: 'request-booking',
          origin: csb.v1.RequestOrigin.REQUEST_ORIGIN_WARNINGS,
          note: 'rough idle',
          preferredWindows: [{ earliestMs: T0 + 1000, latestMs: T0 + 2000 }],
        },
      }),
    );
    const decoded = decodeUplink(encodeUplink(out?.envelope ?? {}));
    if (!decoded.ok) throw new Error(decoded.error);
    const request = decoded.message.bookingRequest;
    expect(out?.kind).toBe('booking-request');
    expect(request?.consent?.granted).toBe(true);
    expect(request?.customerNote).toBe('rough idle');
    expect(fromTimestamp(request?.preferredWindows?.[0]?.latest)).toBe(T0 + 2000);
    expect(unit.snapshot().pendingUplinks.map((p) => p.messageId)).toEqual([out?.messageId]);
  });

  it('resends the same message (same id, same sent_at) when no result comes in time, then gives up', () => {
    const unit = headUnit({ resultTimeoutMs: 1000, maxAttempts: 3 });
    const first = bookingRequest(unit, T0);
    expect(unit.nextDeadline()).toBe(T0 + 1000);
    expect(unit.handle({ type: 'tick', now: T0 + 999 })).toEqual([]);
    const second = publishes(unit.handle({ type: 'tick', now: T0 + 1000 }));
    expect(second).toEqual([{ ...first, attempt: 2 }]);
    // Backoff: the next wait is twice as long.
    expect(unit.handle({ type: 'tick', now: T0 + 2999 })).toEqual([]);
    const third = publishes(unit.handle({ type: 'tick', now: T0 + 3000 }));
    expect(third.map((p) => [p.messageId, p.attempt, p.envelope.sentAt])).toEqual([
      [first.messageId, 3, first.envelope.sentAt],
    ]);
    const gaveUp = unit.handle({ type: 'tick', now: T0 + 10_000 });
    expect(gaveUp).toEqual([
      {
        type: 'uplink-gave-up',
        uplinkKind: 'booking-request',
        uplinkMessageId: first.messageId,
        attempts: 3,
      },
    ]);
    expect(unit.nextDeadline()).toBeUndefined();
  });

  it('stops resending once the result arrives, and reports a late second answer as unmatched', () => {
    const unit = headUnit({ resultTimeoutMs: 1000 });
    const first = bookingRequest(unit, T0);
    unit.handle({ type: 'tick', now: T0 + 1000 });
    const result = (id: string) =>
      downlink({
        messageId: id,
        uplinkResult: { uplinkMessageId: first.messageId, accepted: { appointmentId: 'appt-9' } },
      });
    expect(unit.handle({ type: 'downlink', envelope: result('r-1'), now: T0 + 1100 })).toEqual([
      {
        type: 'result-accepted',
        uplinkKind: 'booking-request',
        uplinkMessageId: first.messageId,
        appointmentId: 'appt-9',
        attempts: 2,
      },
    ]);
    expect(unit.handle({ type: 'tick', now: T0 + 60_000 })).toEqual([]);
    expect(events(unit.handle({ type: 'downlink', envelope: result('r-2'), now: T0 + 1200 }))).toEqual([
      'result-unmatched',
    ]);
  });

  it('retries a retryable rejection with the same id and drops a final one', () => {
    const unit = headUnit({ resultTimeoutMs: 1000 });
    const request = bookingRequest(unit, T0);
    const limited = unit.handle({
      type: 'downlink',
      now: T0 + 100,
      envelope: downlink({
        messageId: 'r-1',
        uplinkResult: {
          uplinkMessageId: request.messageId,
          rejected: { code: 20, message: 'slow down', retryable: true },
        },
      }),
    });
    expect(limited).toMatchObject([{ type: 'result-rejected', codeName: 'RATE_LIMITED', willRetry: true }]);
    expect(publishes(unit.handle({ type: 'tick', now: T0 + 100 + 2000 })).map((p) => p.messageId)).toEqual([
      request.messageId,
    ]);
    const final = unit.handle({
      type: 'downlink',
      now: T0 + 3000,
      envelope: downlink({
        messageId: 'r-2',
        uplinkResult: { uplinkMessageId: request.messageId, rejected: { code: 11, message: 'no consent' } },
      }),
    });
    expect(final).toMatchObject([{ type: 'result-rejected', codeName: 'CONSENT_MISSING', willRetry: false }]);
    expect(unit.snapshot().pendingUplinks).toEqual([]);
  });

  it('waits half to all of the backoff, by its jitter, before resending a retryable rejection [REJ-2]', () => {
    const rateLimited = (unit: HeadUnit, id: string) =>
      unit.handle({
        type: 'downlink',
        now: T0,
        envelope: downlink({
          messageId: `r-${id}`,
          uplinkResult: {
            uplinkMessageId: id,
            rejected: { code: 20, message: 'slow down', retryable: true },
          },
        }),
      });
    const due = (jitter: number) => {
      const unit = headUnit({ resultTimeoutMs: 1000, jitter: () => jitter });
      const request = bookingRequest(unit, T0);
      rateLimited(unit, request.messageId);
      return unit.nextDeadline();
    };
    // Second attempt: backoff 2 x 1000 ms, of which half is fixed.
    expect(due(0)).toBe(T0 + 1000);
    expect(due(0.5)).toBe(T0 + 1500);
    expect(due(0.999)).toBe(T0 + 1999);
  });

  it('hands its pending uplinks and seen ids to persist, and resumes them after a restart', () => {
    const stored: HeadUnitPersistentState[] = [];
    const before = headUnit({ persist: (state) => stored.push(structuredClone(state)) });
    const request = bookingRequest(before, T0);
    before.handle({ type: 'downlink', envelope: proposal('d-1'), now: T0 + 1 });
    const state = stored.at(-1);
    expect(state?.pendingUplinks.map((p) => p.messageId)).toContain(request.messageId);
    expect(state?.seenDownlinkIds).toEqual(['d-1']);
    // A tick with nothing due changes nothing: persist is not called again.
    const calls = stored.length;
    before.handle({ type: 'tick', now: T0 + 2 });
    expect(stored).toHaveLength(calls);

    const after = headUnit({ restore: JSON.parse(JSON.stringify(state)) as HeadUnitPersistentState });
    // The unanswered request goes out again at once, with its original id and bytes [REQ-4].
    const resent = publishes(after.handle({ type: 'tick', now: T0 + 10 }));
    expect(resent.find((p) => p.messageId === request.messageId)?.envelope).toEqual(
      JSON.parse(JSON.stringify(request.envelope)),
    );
    // A repeat of a downlink seen before the restart is a duplicate: receipted, not shown again [ENV-3].
    expect(events(after.handle({ type: 'downlink', envelope: proposal('d-1'), now: T0 + 11 }))).toEqual([
      'downlink-duplicate',
    ]);
  });

  it('refuses actions beyond the pending limit', () => {
    const unit = headUnit({ maxPendingUplinks: 1 });
    bookingRequest(unit);
    expect(unit.handle({ type: 'action', now: T0, action: { type: 'engine-start', odometerKm: 1 } })).toEqual(
      [{ type: 'action-refused', action: 'engine-start', reason: 'TOO_MANY_PENDING' }],
    );
  });
});

describe('head unit: proposals by policy', () => {
  it('shows a proposal and leaves it open under the manual policy', () => {
    const unit = headUnit();
    const out = unit.handle({ type: 'downlink', envelope: proposal('p-1'), now: T0 });
    expect(publishes(out).map((p) => p.kind)).toEqual(['delivery-receipt']);
    expect(unit.snapshot().openProposals).toMatchObject([
      { appointmentId: 'appt-1', proposalId: 'prop-1', durationMinutes: 60, price: { amountMinor: 123_450 } },
    ]);
  });

  it('accepts under the accept policy', () => {
    const unit = headUnit({ proposalPolicy: proposalPolicies.accept() });
    const out = unit.handle({ type: 'downlink', envelope: proposal('p-1'), now: T0 });
    const [response] = publishes(out).filter((p) => p.kind === 'proposal-response');
    expect(response?.envelope.proposalResponse).toEqual({
      appointmentId: 'appt-1',
      proposalId: 'prop-1',
      accept: {},
    });
    expect(events(out)).toEqual(['proposal', 'proposal-answered']);
    expect(unit.snapshot().openProposals).toEqual([]);
    expect(unit.snapshot().pendingUplinks.map((p) => p.kind)).toEqual(['proposal-response']);
  });

  it('asks another slot for the first proposal, then accepts the next one', () => {
    const unit = headUnit({ proposalPolicy: proposalPolicies.askAnotherSlotThenAccept(1) });
    const first = publishes(
      unit.handle({ type: 'downlink', envelope: proposal('p-1', 'appt-1', 'prop-1'), now: T0 }),
    );
    const ask = first.find((p) => p.kind === 'proposal-response')?.envelope.proposalResponse;
    expect(ask?.askAnotherSlot?.preferredWindows).toHaveLength(2);
    expect(ask?.askAnotherSlot?.note).not.toBe('');
    const second = publishes(
      unit.handle({ type: 'downlink', envelope: proposal('p-2', 'appt-1', 'prop-2'), now: T0 }),
    );
    expect(second.find((p) => p.kind === 'proposal-response')?.envelope.proposalResponse).toEqual({
      appointmentId: 'appt-1',
      proposalId: 'prop-2',
      accept: {},
    });
  });

  it('answers a proposal by a driver action', () => {
    const unit = headUnit();
    unit.handle({ type: 'downlink', envelope: proposal('p-1'), now: T0 });
    const out = unit.handle({
      type: 'action',
      now: T0,
      action: {
        type: 'answer-proposal',
        appointmentId: 'appt-1',
        proposalId: 'prop-1',
        answer: { type: 'accept' },
      },
    });
    expect(publishes(out).map((p) => p.kind)).toEqual(['proposal-response']);
    expect(unit.snapshot().openProposals).toEqual([]);
  });

  it('closes an open proposal when the list no longer shows it proposed', () => {
    const unit = headUnit();
    unit.handle({ type: 'downlink', envelope: proposal('p-1'), now: T0 });
    unit.handle({
      type: 'downlink',
      envelope: list('l-1', T0, csb.v1.AppointmentStatus.APPOINTMENT_STATUS_CANCELLED),
      now: T0,
    });
    expect(unit.snapshot().openProposals).toEqual([]);
  });
});

describe('head unit: replay', () => {
  it('produces the same uplinks for the same seed and inputs', () => {
    const run = (seed: number) => {
      const unit = createHeadUnit({ vin: VIN, newMessageId: ids(seed) });
      return [
        ...unit.handle({ type: 'action', now: T0, action: { type: 'engine-start', odometerKm: 10 } }),
        ...unit.handle({ type: 'downlink', envelope: proposal('p-1'), now: T0 + 1 }),
      ];
    };
    expect(run(7)).toEqual(run(7));
    expect(run(7)).not.toEqual(run(8));
  });
});

import { csb, decodeDownlink, encodeDownlink, fromTimestamp } from '@csb/proto';
import { describe, expect, it } from 'vitest';
import type { CarMessage, DealerCard } from '../src/core-types.ts';
import { carMessageToWire, downlinkEnvelope } from '../src/downlink/car-message-to-wire.ts';

const T = Date.UTC(2026, 11, 1, 9, 30, 0);
const dealer: DealerCard = {
  dealerId: 'dealer-gbg',
  name: 'Göteborg Bil AB',
  phone: '+46 31 123 45 00',
  address: { street: 'Importgatan 14', postalCode: '422 46', city: 'Hisings Backa', countryCode: 'SE' },
  location: { latitude: 57.7497, longitude: 11.9628 },
};
const wireDealer = {
  dealerId: 'dealer-gbg',
  name: 'Göteborg Bil AB',
  phone: '+46 31 123 45 00',
  address: { street: 'Importgatan 14', postalCode: '422 46', city: 'Hisings Backa', countryCode: 'SE' },
  location: { latitude: 57.7497, longitude: 11.9628 },
};
// toObject leaves proto3 defaults out: a whole-second Timestamp has no `nanos`.
const ts = (ms: number) => ({ seconds: Math.floor(ms / 1000) });

/** CarMessage -> wire -> real bytes -> decoded, as plain JSON with enum names. */
function roundTrip(message: CarMessage) {
  const { kind, envelope } = downlinkEnvelope(
    { id: 'down-0001', vin: 'YV1DEMCAR00000001', createdAt: T, message },
    T,
  );
  const decoded = decodeDownlink(encodeDownlink(envelope));
  if (!decoded.ok) throw new Error(decoded.error);
  const json = csb.v1.DownlinkEnvelope.toObject(decoded.message as csb.v1.DownlinkEnvelope, {
    enums: String,
    longs: Number,
    oneofs: true,
  });
  return { kind, json, sentAt: fromTimestamp(decoded.message.sentAt) };
}

describe('CarMessage -> wire', () => {
  it.each<[CarMessage, string, string, Record<string, unknown>]>([
    [
      {
        kind: 'proposal',
        appointmentId: 'apt-1',
        proposalId: 'prop-1',
        dealer,
        start: T,
        durationMinutes: 90,
        price: { currencyCode: 'SEK', amountMinor: 123_450 },
      },
      'proposal',
      'proposal',
      {
        appointmentId: 'apt-1',
        proposalId: 'prop-1',
        dealer: wireDealer,
        start: ts(T),
        durationMinutes: 90,
        price: { currencyCode: 'SEK', amountMinor: 123_450 },
      },
    ],
    [
      {
        kind: 'confirmation',
        appointmentId: 'apt-1',
        dealer,
        start: T,
        durationMinutes: 60,
        status: 'pre-booked',
      },
      'confirmation',
      'confirmation',
      {
        appointmentId: 'apt-1',
        dealer: wireDealer,
        start: ts(T),
        durationMinutes: 60,
        status: 'APPOINTMENT_STATUS_PRE_BOOKED',
      },
    ],
    [
      {
        kind: 'appointment-list',
        generatedAt: T,
        appointments: [
          { appointmentId: 'apt-1', status: 'requested', dealer },
          {
            appointmentId: 'apt-2',
            status: 'proposed',
            dealer,
            start: T,
            durationMinutes: 30,
            price: { currencyCode: 'EUR', amountMinor: 9_900 },
            proposalId: 'prop-9',
          },
        ],
      },
      'appointments',
      'appointmentList',
      {
        generatedAt: ts(T),
        appointments: [
          { appointmentId: 'apt-1', status: 'APPOINTMENT_STATUS_REQUESTED', dealer: wireDealer },
          {
            appointmentId: 'apt-2',
            status: 'APPOINTMENT_STATUS_PROPOSED',
            dealer: wireDealer,
            start: ts(T),
            durationMinutes: 30,
            price: { currencyCode: 'EUR', amountMinor: 9_900 },
            proposalId: 'prop-9',
          },
        ],
      },
    ],
    [
      {
        kind: 'reminder',
        appointmentId: 'apt-1',
        dealer,
        start: T,
        reminderKind: 'days-before',
        daysBefore: 2,
      },
      'reminder',
      'reminder',
      {
        appointmentId: 'apt-1',
        dealer: wireDealer,
        start: ts(T),
        kind: 'REMINDER_KIND_DAYS_BEFORE',
        daysBefore: 2,
      },
    ],
    [
      { kind: 'navigation', appointmentId: 'apt-1', dealer, arriveBy: T, mode: 'waypoint' },
      'navigation',
      'navigationTarget',
      { appointmentId: 'apt-1', dealer: wireDealer, arriveBy: ts(T), mode: 'NAVIGATION_MODE_WAYPOINT' },
    ],
    [
      {
        kind: 'appointment-cancelled',
        appointmentId: 'apt-1',
        cancelledBy: 'dealer',
        reason: 'workshop closed',
      },
      'cancellation',
      'appointmentCancelled',
      { appointmentId: 'apt-1', cancelledBy: 'CANCELLED_BY_DEALER', reason: 'workshop closed' },
    ],
  ])('%o', (message, topicKind, bodyCase, body) => {
    const { kind, json, sentAt } = roundTrip(message);
    expect(kind).toBe(topicKind);
    expect(carMessageToWire(message).kind).toBe(topicKind);
    expect(json.messageId).toBe('down-0001');
    expect(sentAt).toBe(T);
    expect(json.body).toBe(bodyCase);
    expect(json[bodyCase]).toEqual(body);
  });

  it('maps every car appointment status', () => {
    const statuses = [
      'requested',
      'inquired',
      'proposed',
      'accepted',
      'confirmed',
      'pre-booked',
      'cancelled',
      'closed',
    ];
    const { json } = roundTrip({
      kind: 'appointment-list',
      generatedAt: T,
      appointments: statuses.map((status, i) => ({
        appointmentId: `apt-${i}`,
        status: status as 'requested',
        dealer,
      })),
    });
    const list = json.appointmentList as { appointments: { status: string }[] };
    expect(list.appointments.map((a) => a.status)).toEqual([
      'APPOINTMENT_STATUS_REQUESTED',
      'APPOINTMENT_STATUS_INQUIRED',
      'APPOINTMENT_STATUS_PROPOSED',
      'APPOINTMENT_STATUS_ACCEPTED',
      'APPOINTMENT_STATUS_CONFIRMED',
      'APPOINTMENT_STATUS_PRE_BOOKED',
      'APPOINTMENT_STATUS_CANCELLED',
      'APPOINTMENT_STATUS_CLOSED',
    ]);
  });
});

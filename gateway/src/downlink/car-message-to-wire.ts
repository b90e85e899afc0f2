/**
 * Core -> wire: one `CarMessage` (booking-core/src/car-channel.ts) to the topic kind and the
 * `DownlinkEnvelope` body of proto/csb/v1/downlink.proto. An exhaustive switch: a new message
 * kind in the core fails to compile here until it is mapped.
 */
import { csb, type DownlinkEnvelopeInit, type DownlinkKind, toTimestamp } from '@csb/proto';
import type { CarAppointmentView, CarDownlink, CarMessage, DealerCard, Price } from '../core-types.ts';

type Status = CarAppointmentView['status'];

const APPOINTMENT_STATUS: Record<Status, csb.v1.AppointmentStatus> = {
  requested: csb.v1.AppointmentStatus.APPOINTMENT_STATUS_REQUESTED,
  inquired: csb.v1.AppointmentStatus.APPOINTMENT_STATUS_INQUIRED,
  proposed: csb.v1.AppointmentStatus.APPOINTMENT_STATUS_PROPOSED,
  accepted: csb.v1.AppointmentStatus.APPOINTMENT_STATUS_ACCEPTED,
  confirmed: csb.v1.AppointmentStatus.APPOINTMENT_STATUS_CONFIRMED,
  'pre-booked': csb.v1.AppointmentStatus.APPOINTMENT_STATUS_PRE_BOOKED,
  cancelled: csb.v1.AppointmentStatus.APPOINTMENT_STATUS_CANCELLED,
  closed: csb.v1.AppointmentStatus.APPOINTMENT_STATUS_CLOSED,
};

const REMINDER_KIND: Record<Extract<CarMessage, { kind: 'reminder' }>['reminderKind'], csb.v1.ReminderKind> =
  {
    'days-before': csb.v1.ReminderKind.REMINDER_KIND_DAYS_BEFORE,
    'day-of': csb.v1.ReminderKind.REMINDER_KIND_DAY_OF,
  };

const NAVIGATION_MODE: Record<Extract<CarMessage, { kind: 'navigation' }>['mode'], csb.v1.NavigationMode> = {
  destination: csb.v1.NavigationMode.NAVIGATION_MODE_DESTINATION,
  waypoint: csb.v1.NavigationMode.NAVIGATION_MODE_WAYPOINT,
};

const CANCELLED_BY: Record<
  Extract<CarMessage, { kind: 'appointment-cancelled' }>['cancelledBy'],
  csb.v1.CancelledBy
> = {
  customer: csb.v1.CancelledBy.CANCELLED_BY_CUSTOMER,
  dealer: csb.v1.CancelledBy.CANCELLED_BY_DEALER,
};

function dealer(card: DealerCard): csb.v1.Dealer.$Properties {
  return {
    dealerId: card.dealerId,
    name: card.name,
    phone: card.phone,
    address: {
      street: card.address.street,
      postalCode: card.address.postalCode,
      city: card.address.city,
      countryCode: card.address.countryCode,
    },
    location: { latitude: card.location.latitude, longitude: card.location.longitude },
  };
}

function money(price: Price): csb.v1.Money.$Properties {
  return { currencyCode: price.currencyCode, amountMinor: price.amountMinor };
}

function appointment(view: CarAppointmentView): csb.v1.CarAppointment.$Properties {
  return {
    appointmentId: view.appointmentId,
    status: APPOINTMENT_STATUS[view.status],
    dealer: dealer(view.dealer),
    ...(view.start === undefined ? {} : { start: toTimestamp(view.start) }),
    ...(view.durationMinutes === undefined ? {} : { durationMinutes: view.durationMinutes }),
    ...(view.price === undefined ? {} : { price: money(view.price) }),
    ...(view.proposalId === undefined ? {} : { proposalId: view.proposalId }),
  };
}

export interface WireDownlink {
  kind: DownlinkKind;
  /** The body fields of a DownlinkEnvelope (exactly one set). */
  body: DownlinkEnvelopeInit;
}

export function carMessageToWire(message: CarMessage): WireDownlink {
  switch (message.kind) {
    case 'proposal':
      return {
        kind: 'proposal',
        body: {
          proposal: {
            appointmentId: message.appointmentId,
            proposalId: message.proposalId,
            dealer: dealer(message.dealer),
            start: toTimestamp(message.start),
            durationMinutes: message.durationMinutes,
            price: money(message.price),
          },
        },
      };
    case 'confirmation':
      return {
        kind: 'confirmation',
        body: {
          confirmation: {
            appointmentId: message.appointmentId,
            dealer: dealer(message.dealer),
            start: toTimestamp(message.start),
            durationMinutes: message.durationMinutes,
            status: APPOINTMENT_STATUS[message.status],
          },
        },
      };
    case 'appointment-list':
      return {
        kind: 'appointments',
        body: {
          appointmentList: {
            generatedAt: toTimestamp(message.generatedAt),
            appointments: message.appointments.map(appointment),
          },
        },
      };
    case 'reminder':
      return {
        kind: 'reminder',
        body: {
          reminder: {
            appointmentId: message.appointmentId,
            dealer: dealer(message.dealer),
            start: toTimestamp(message.start),
            kind: REMINDER_KIND[message.reminderKind],
            ...(message.daysBefore === undefined ? {} : { daysBefore: message.daysBefore }),
          },
        },
      };
    case 'navigation':
      return {
        kind: 'navigation',
        body: {
          navigationTarget: {
            appointmentId: message.appointmentId,
            dealer: dealer(message.dealer),
            arriveBy: toTimestamp(message.arriveBy),
            mode: NAVIGATION_MODE[message.mode],
          },
        },
      };
    case 'appointment-cancelled':
      return {
        kind: 'cancellation',
        body: {
          appointmentCancelled: {
            appointmentId: message.appointmentId,
            cancelledBy: CANCELLED_BY[message.cancelledBy],
            reason: message.reason,
          },
        },
      };
    default: {
      const unreachable: never = message;
      throw new Error(`unmapped car message ${JSON.stringify(unreachable)}`); // a bug: the switch is total
    }
  }
}

/** A queued downlink -> its full envelope: message_id is the downlink id (the car dedupes on it). */
export function downlinkEnvelope(
  downlink: CarDownlink,
  sentAt: number,
): { kind: DownlinkKind; envelope: DownlinkEnvelopeInit } {
  const wire = carMessageToWire(downlink.message);
  return { kind: wire.kind, envelope: { messageId: downlink.id, sentAt: toTimestamp(sentAt), ...wire.body } };
}

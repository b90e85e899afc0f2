/**
 * Plain, display-ready copies of the downlink bodies: epoch milliseconds instead of Timestamps,
 * no protobuf defaults to trip over. The head unit keeps these, never the decoded messages.
 */
import { csb, fromTimestamp } from '@csb/proto';

export interface MoneyView {
  currencyCode: string;
  /** Minor units (ISO 4217 exponent), as on the wire. */
  amountMinor: number;
}

export interface DealerView {
  dealerId: string;
  name: string;
  phone: string;
  street: string;
  postalCode: string;
  city: string;
  countryCode: string;
  location: { latitude: number; longitude: number } | undefined;
}

export interface ProposalView {
  appointmentId: string;
  proposalId: string;
  dealer: DealerView | undefined;
  startMs: number | undefined;
  durationMinutes: number;
  price: MoneyView | undefined;
}

export interface ConfirmationView {
  appointmentId: string;
  dealer: DealerView | undefined;
  startMs: number | undefined;
  durationMinutes: number;
  status: csb.v1.AppointmentStatus;
}

export interface CarAppointmentView {
  appointmentId: string;
  status: csb.v1.AppointmentStatus;
  dealer: DealerView | undefined;
  startMs: number | undefined;
  durationMinutes: number | undefined;
  price: MoneyView | undefined;
  proposalId: string | undefined;
}

export interface ReminderView {
  appointmentId: string;
  dealer: DealerView | undefined;
  startMs: number | undefined;
  kind: csb.v1.ReminderKind;
  daysBefore: number;
}

export interface NavigationView {
  appointmentId: string;
  dealer: DealerView | undefined;
  arriveByMs: number | undefined;
  mode: csb.v1.NavigationMode;
}

export interface CancellationView {
  appointmentId: string;
  cancelledBy: csb.v1.CancelledBy;
  reason: string;
}

/** A time window as epoch milliseconds, both ends inclusive (common.proto TimeWindow). */
export interface WindowMs {
  earliestMs: number;
  latestMs: number;
}

export function dealerView(dealer: csb.v1.Dealer.$Properties | null | undefined): DealerView | undefined {
  if (dealer == null) return undefined;
  return {
    dealerId: dealer.dealerId ?? '',
    name: dealer.name ?? '',
    phone: dealer.phone ?? '',
    street: dealer.address?.street ?? '',
    postalCode: dealer.address?.postalCode ?? '',
    city: dealer.address?.city ?? '',
    countryCode: dealer.address?.countryCode ?? '',
    location:
      dealer.location == null
        ? undefined
        : { latitude: dealer.location.latitude ?? 0, longitude: dealer.location.longitude ?? 0 },
  };
}

export function moneyView(money: csb.v1.Money.$Properties | null | undefined): MoneyView | undefined {
  if (money == null) return undefined;
  return { currencyCode: money.currencyCode ?? '', amountMinor: Number(money.amountMinor ?? 0) };
}

export function proposalView(p: csb.v1.Proposal.$Properties): ProposalView {
  return {
    appointmentId: p.appointmentId ?? '',
    proposalId: p.proposalId ?? '',
    dealer: dealerView(p.dealer),
    startMs: fromTimestamp(p.start),
    durationMinutes: p.durationMinutes ?? 0,
    price: moneyView(p.price),
  };
}

export function confirmationView(c: csb.v1.Confirmation.$Properties): ConfirmationView {
  return {
    appointmentId: c.appointmentId ?? '',
    dealer: dealerView(c.dealer),
    startMs: fromTimestamp(c.start),
    durationMinutes: c.durationMinutes ?? 0,
    status: c.status ?? csb.v1.AppointmentStatus.APPOINTMENT_STATUS_UNSPECIFIED,
  };
}

export function carAppointmentView(a: csb.v1.CarAppointment.$Properties): CarAppointmentView {
  return {
    appointmentId: a.appointmentId ?? '',
    status: a.status ?? csb.v1.AppointmentStatus.APPOINTMENT_STATUS_UNSPECIFIED,
    dealer: dealerView(a.dealer),
    startMs: fromTimestamp(a.start),
    // proto3 scalars: 0 / '' mean "not set" here ("when known").
    durationMinutes: a.durationMinutes ? a.durationMinutes : undefined,
    price: moneyView(a.price),
    proposalId: a.proposalId ? a.proposalId : undefined,
  };
}

export function reminderView(r: csb.v1.Reminder.$Properties): ReminderView {
  return {
    appointmentId: r.appointmentId ?? '',
    dealer: dealerView(r.dealer),
    startMs: fromTimestamp(r.start),
    kind: r.kind ?? csb.v1.ReminderKind.REMINDER_KIND_UNSPECIFIED,
    daysBefore: r.daysBefore ?? 0,
  };
}

export function navigationView(n: csb.v1.NavigationTarget.$Properties): NavigationView {
  return {
    appointmentId: n.appointmentId ?? '',
    dealer: dealerView(n.dealer),
    arriveByMs: fromTimestamp(n.arriveBy),
    mode: n.mode ?? csb.v1.NavigationMode.NAVIGATION_MODE_UNSPECIFIED,
  };
}

export function cancellationView(c: csb.v1.AppointmentCancelled.$Properties): CancellationView {
  return {
    appointmentId: c.appointmentId ?? '',
    cancelledBy: c.cancelledBy ?? csb.v1.CancelledBy.CANCELLED_BY_UNSPECIFIED,
    reason: c.reason ?? '',
  };
}

/** "CONFIRMED" for APPOINTMENT_STATUS_CONFIRMED; "UNKNOWN(9)" for a value this build does not know. */
export function appointmentStatusName(status: number): string {
  return enumName(csb.v1.AppointmentStatus, status, 'APPOINTMENT_STATUS_');
}

export function rejectionCodeName(code: number): string {
  return enumName(csb.v1.RejectionCode, code, 'REJECTION_CODE_');
}

function enumName(values: object, value: number, prefix: string): string {
  // protobufjs static enums map names to numbers and, through their prototype, numbers to names.
  const name: unknown = (values as Record<number, unknown>)[value];
  return typeof name === 'string' ? name.slice(prefix.length) : `UNKNOWN(${value})`;
}

/**
 * What the dealer API and the car are shown of an appointment, built from stored records.
 * Times stay epoch milliseconds here; the HTTP layer renders them as ISO 8601.
 */
import type { CarAppointmentStatus, CarAppointmentView, DealerCard, Price } from '../car-channel.ts';
import type {
  Actor,
  Appointment,
  AppointmentList,
  AppointmentOrigin,
  AppointmentStatus,
  Inquiry,
  NavigationMode,
  PreBooking,
} from '../domain/appointment.ts';
import type { HealthStatus, TimeWindow } from '../domain/health-status.ts';
import {
  type AttentionFlags,
  attentionFlags,
  isCustomerRequest,
  listOfAppointment,
  type NotificationFlags,
  notificationFlags,
  shownStart,
} from '../domain/lists.ts';
import type {
  AppointmentListRecord,
  CustomerRecord,
  DealerRecord,
  HistoryEntry,
  VehicleRecord,
} from './store-port.ts';

export interface AppointmentSummary {
  appointmentId: string;
  status: AppointmentStatus;
  list: AppointmentList | null;
  flags: NotificationFlags;
  /** Awaiting follow-up (pending timeout ran out) and service level missed. */
  attention: AttentionFlags;
  vehicle: { vin: string; model: string; modelYear: number };
  customer: { customerId: string; name: string };
  requestedAt: number;
  /** The start of the current proposal (proposed, accepted or confirmed time). */
  start?: number;
  updatedAt: number;
}

export interface AppointmentDetails extends AppointmentSummary {
  origin: AppointmentOrigin;
  customerNote: string;
  preferredWindows: TimeWindow[];
  healthStatus: HealthStatus | null;
  currentProposal: {
    proposalId: string;
    start: number;
    durationMinutes: number;
    price: Price;
    workDescription: string;
  } | null;
  history: { version: number; at: number; actor: Actor; command: string; status: AppointmentStatus }[];
  version: number;
  inquiries: Inquiry[];
  preBooking: PreBooking | null;
  /** The mode chosen by the dealer or the customer; null = the dealer's default (time rules). */
  navigationMode: NavigationMode | null;
  reportedOdometerKm: number | null;
}

export function toSummary(
  appointment: Appointment,
  vehicle: VehicleRecord | undefined,
  customer: CustomerRecord | undefined,
): AppointmentSummary {
  const summary: AppointmentSummary = {
    appointmentId: appointment.appointmentId,
    status: appointment.status,
    list: listOfAppointment(appointment),
    flags: notificationFlags(appointment, { connected: vehicle?.connected ?? false }),
    attention: attentionFlags(appointment),
    // Foreign keys guarantee both exist; the fallbacks only keep a broken row readable.
    vehicle: { vin: appointment.vin, model: vehicle?.model ?? '', modelYear: vehicle?.modelYear ?? 0 },
    customer: { customerId: appointment.customerId, name: customer?.name ?? '' },
    requestedAt: appointment.requestedAt,
    updatedAt: appointment.updatedAt,
  };
  const start = shownStart(appointment);
  if (start !== undefined) summary.start = start;
  return summary;
}

/** The same summary as `toSummary`, from a list row (the lists read narrow rows, not appointments). */
export function summaryOfListRecord(record: AppointmentListRecord): AppointmentSummary {
  const summary: AppointmentSummary = {
    appointmentId: record.appointmentId,
    status: record.status,
    list: listOfAppointment(record),
    flags: {
      customerRequested: isCustomerRequest(record.origin),
      warningsActive: record.warningsActive,
      connectedCar: record.vehicle.connected,
    },
    attention: attentionFlags(record),
    vehicle: { vin: record.vin, model: record.vehicle.model, modelYear: record.vehicle.modelYear },
    customer: { customerId: record.customerId, name: record.customerName },
    requestedAt: record.requestedAt,
    updatedAt: record.updatedAt,
  };
  if (record.proposalStart !== null) summary.start = record.proposalStart;
  return summary;
}

export function toDetails(
  appointment: Appointment,
  vehicle: VehicleRecord | undefined,
  customer: CustomerRecord | undefined,
  history: HistoryEntry[],
): AppointmentDetails {
  const proposal = appointment.currentProposal;
  return {
    ...toSummary(appointment, vehicle, customer),
    origin: appointment.origin,
    customerNote: appointment.customerNote,
    preferredWindows: appointment.preferredWindows,
    healthStatus: appointment.healthStatus,
    currentProposal: proposal && {
      proposalId: proposal.proposalId,
      start: proposal.start,
      durationMinutes: proposal.durationMinutes,
      price: proposal.price,
      workDescription: proposal.workDescription,
    },
    history: history.map((h) => ({
      version: h.version,
      at: h.at,
      actor: h.actor,
      command: h.command,
      status: h.status,
    })),
    version: appointment.version,
    inquiries: appointment.inquiries,
    preBooking: appointment.preBooking,
    navigationMode: appointment.navigationMode,
    reportedOdometerKm: appointment.reportedOdometerKm,
  };
}

/** The car shows a dealer's and a customer's cancellation alike (car-channel.ts). */
const CAR_STATUS: Record<AppointmentStatus, CarAppointmentStatus> = {
  requested: 'requested',
  inquired: 'inquired',
  proposed: 'proposed',
  accepted: 'accepted',
  confirmed: 'confirmed',
  'pre-booked': 'pre-booked',
  'cancelled-by-customer': 'cancelled',
  'cancelled-by-dealer': 'cancelled',
  closed: 'closed',
};

export function dealerCard(dealer: DealerRecord): DealerCard {
  return {
    dealerId: dealer.dealerId,
    name: dealer.name,
    phone: dealer.phone,
    address: dealer.address,
    location: dealer.location,
  };
}

/** One row of the car's "My appointments": time and price only, never the work description. */
export function toCarView(
  appointment: Pick<Appointment, 'appointmentId' | 'status' | 'currentProposal' | 'preBooking'>,
  dealer: DealerCard,
): CarAppointmentView {
  const view: CarAppointmentView = {
    appointmentId: appointment.appointmentId,
    status: CAR_STATUS[appointment.status],
    dealer,
  };
  const proposal = appointment.currentProposal;
  if (proposal) {
    view.start = proposal.start;
    view.durationMinutes = proposal.durationMinutes;
    view.price = proposal.price;
    if (appointment.status === 'proposed') view.proposalId = proposal.proposalId;
  } else if (appointment.preBooking) {
    // [INT-9]: the pre-booking shows in the car's "My appointments" (time, and price if agreed).
    view.start = appointment.preBooking.start;
    view.durationMinutes = appointment.preBooking.durationMinutes;
    if (appointment.preBooking.price) view.price = appointment.preBooking.price;
  }
  return view;
}

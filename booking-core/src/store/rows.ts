/**
 * Rows to records and back: the one place that knows how a table's columns map to the store
 * port's records (sqlite-store.ts and booking-domain-queries.ts both read these tables).
 */
import type { CarAppointmentView, CarMessage, DealerCard } from '../car-channel.ts';
import type {
  Appointment,
  AppointmentOrigin,
  AppointmentStatus,
  PreBooking,
  Proposal,
} from '../domain/appointment.ts';
import type { HealthStatus, TimeWindow } from '../domain/health-status.ts';
import { normalizeAppointment } from '../domain/transitions.ts';
import type {
  CustomerRecord,
  DealerRecord,
  VehicleAppointmentRecord,
  VehicleRecord,
} from '../service/store-port.ts';
import type { AppointmentsTable, CustomersTable, DealersTable, VehiclesTable } from './schema.ts';

export const json = (value: unknown): string => JSON.stringify(value);
export const parse = <T>(text: string): T => JSON.parse(text) as T;

type AppointmentList = Extract<CarMessage, { kind: 'appointment-list' }>;
/** The stored form of an appointment list: each dealer's card once, the rows naming it by id. */
interface StoredAppointmentList {
  kind: 'appointment-list';
  generatedAt: number;
  dealers: DealerCard[];
  appointments: (Omit<CarAppointmentView, 'dealer'> & { dealerId: string })[];
}

/**
 * A car message as `car_outbox.message_json` holds it. An appointment list keeps each dealer's
 * card once instead of on every row: the car's list repeats its dealer's card (name, phone,
 * address, position) on each of up to 20 rows, ~6 KB, more than a page, so every list written and
 * every state change of its row (delivered, superseded) rewrote overflow pages; stored so, it
 * fits in one (docs/benchmarks.md, booking path).
 */
export function storedCarMessage(message: CarMessage): string {
  if (message.kind !== 'appointment-list') return json(message);
  const dealers = new Map<string, DealerCard>();
  const appointments = message.appointments.map(({ dealer, ...row }) => {
    dealers.set(dealer.dealerId, dealer);
    return { ...row, dealerId: dealer.dealerId };
  });
  const stored: StoredAppointmentList = {
    kind: message.kind,
    generatedAt: message.generatedAt,
    dealers: [...dealers.values()],
    appointments,
  };
  return json(stored);
}

/** The car message of a `car_outbox.message_json` (either form of a list: older rows have cards inline). */
export function carMessageOf(text: string): CarMessage {
  const stored = parse<CarMessage | StoredAppointmentList>(text);
  if (stored.kind !== 'appointment-list' || !('dealers' in stored)) return stored;
  const cards = new Map(stored.dealers.map((card) => [card.dealerId, card]));
  const list: AppointmentList = {
    kind: 'appointment-list',
    generatedAt: stored.generatedAt,
    appointments: stored.appointments.flatMap(({ dealerId, ...row }) => {
      const dealer = cards.get(dealerId);
      return dealer ? [{ ...row, dealer }] : [];
    }),
  };
  return list;
}

export function toDealer(row: DealersTable): DealerRecord {
  return {
    dealerId: row.dealer_id,
    name: row.name,
    phone: row.phone,
    address: parse<DealerCard['address']>(row.address_json),
    location: parse<DealerCard['location']>(row.location_json),
    createdAt: Number(row.created_at),
    email: row.email ?? null,
  };
}

export function toCustomer(row: CustomersTable): CustomerRecord {
  return {
    customerId: row.customer_id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    preferredDealerId: row.preferred_dealer_id,
    createdAt: Number(row.created_at),
    reminderDays: row.reminder_days ?? null,
  };
}

export function toVehicle(row: VehiclesTable): VehicleRecord {
  return {
    vin: row.vin,
    model: row.model,
    modelYear: row.model_year,
    connected: Boolean(row.connected),
    primaryDriverCustomerId: row.primary_driver_customer_id,
    secretHash: row.secret_hash,
    createdAt: Number(row.created_at),
  };
}

export function toAppointment(row: AppointmentsTable): Appointment {
  return normalizeAppointment({
    ...parse<AppointmentDetailsJson>(row.details_json ?? '{}'),
    appointmentId: row.appointment_id,
    vin: row.vin,
    customerId: row.customer_id,
    dealerId: row.dealer_id,
    origin: row.origin as AppointmentOrigin,
    status: row.status as AppointmentStatus,
    customerNote: row.customer_note,
    preferredWindows: parse<TimeWindow[]>(row.preferred_windows_json),
    healthStatus: row.health_status_json === null ? null : parse<HealthStatus>(row.health_status_json),
    currentProposal: row.current_proposal_json === null ? null : parse<Proposal>(row.current_proposal_json),
    requestedAt: Number(row.requested_at),
    updatedAt: Number(row.updated_at),
    version: row.version,
  } as Appointment);
}

/** A row of hot-statements.ts `vehicleList`: the columns of the car's "My appointments". */
export interface VehicleListRow {
  appointment_id: string;
  status: string;
  dealer_id: string;
  current_proposal_json: string | null;
  pre_booking_json: string | null;
}

export function toVehicleAppointment(row: VehicleListRow): VehicleAppointmentRecord {
  return {
    appointmentId: row.appointment_id,
    status: row.status as AppointmentStatus,
    dealerId: row.dealer_id,
    currentProposal: row.current_proposal_json === null ? null : parse<Proposal>(row.current_proposal_json),
    preBooking: row.pre_booking_json === null ? null : parse<PreBooking>(row.pre_booking_json),
  };
}

/** The appointment fields kept in `details_json` (migration 003). */
export type AppointmentDetailsJson = Pick<
  Appointment,
  | 'statusSince'
  | 'inquiries'
  | 'preBooking'
  | 'awaitingFollowUpSince'
  | 'serviceLevelBreachedAt'
  | 'navigationMode'
  | 'reportedOdometerKm'
>;

/**
 * The storage port of the service layer. Asynchronous even over synchronous SQLite, and every
 * operation runs on an explicit session handed out by `transaction`, so a PostgreSQL adapter can
 * implement the same contract (DESIGN.md, booking-core/store).
 */
import type { CarDownlink, CarMessage, CarOutcome, DealerCard } from '../car-channel.ts';
import type { Actor, Appointment, AppointmentStatus } from '../domain/appointment.ts';
import type { HealthStatus } from '../domain/health-status.ts';

export interface DealerRecord extends DealerCard {
  createdAt: number;
}

export interface CustomerRecord {
  customerId: string;
  name: string;
  email: string;
  phone: string | null;
  preferredDealerId: string | null;
  createdAt: number;
}

export interface VehicleRecord {
  vin: string;
  model: string;
  modelYear: number;
  /** Sensus cloud connected: only these cars get car messages. */
  connected: boolean;
  primaryDriverCustomerId: string | null;
  /** scrypt hash with its parameters and salt (see service/secrets.ts). */
  secretHash: string;
  createdAt: number;
}

export interface HistoryEntry {
  appointmentId: string;
  /** The appointment's version after the change; history is ordered by it. */
  version: number;
  at: number;
  actor: Actor;
  command: string;
  status: AppointmentStatus;
  /** The whole appointment as it was after the change (WORKFLOW.md "History": show the page as it was). */
  snapshot: Appointment;
}

export type HealthStatusSource = 'booking-request' | 'upload';

export interface HealthStatusRecord {
  id: string;
  vin: string;
  receivedAt: number;
  source: HealthStatusSource;
  healthStatus: HealthStatus;
}

export interface NewCarDownlink {
  id: string;
  vin: string;
  createdAt: number;
  message: CarMessage;
}

export interface StoreSession {
  getDealer(dealerId: string): Promise<DealerRecord | undefined>;
  getDealers(dealerIds: readonly string[]): Promise<DealerRecord[]>;
  insertDealer(dealer: DealerRecord): Promise<void>;
  insertDealerApiKey(dealerId: string, keyHash: string, createdAt: number): Promise<void>;
  findDealerApiKey(keyHash: string): Promise<{ dealerId: string; keyHash: string } | undefined>;

  getCustomer(customerId: string): Promise<CustomerRecord | undefined>;
  getCustomers(customerIds: readonly string[]): Promise<CustomerRecord[]>;
  insertCustomer(customer: CustomerRecord): Promise<void>;

  getVehicle(vin: string): Promise<VehicleRecord | undefined>;
  getVehicles(vins: readonly string[]): Promise<VehicleRecord[]>;
  insertVehicles(vehicles: readonly VehicleRecord[]): Promise<void>;
  /** Replaces a vehicle's secret hash; false when the VIN is unknown. */
  updateVehicleSecretHash(vin: string, secretHash: string): Promise<boolean>;

  getAppointment(appointmentId: string): Promise<Appointment | undefined>;
  insertAppointment(appointment: Appointment): Promise<void>;
  /** Writes the new state if the stored version is still `expectedVersion`; false when it is not. */
  updateAppointment(appointment: Appointment, expectedVersion: number): Promise<boolean>;
  /** Appointments of a dealer, most recently updated first; all statuses when `statuses` is undefined. */
  listDealerAppointments(dealerId: string, statuses?: readonly AppointmentStatus[]): Promise<Appointment[]>;
  listVehicleAppointments(vin: string, statuses: readonly AppointmentStatus[]): Promise<Appointment[]>;

  appendHistory(entry: HistoryEntry): Promise<void>;
  listHistory(appointmentId: string): Promise<HistoryEntry[]>;

  enqueueCarDownlinks(downlinks: readonly NewCarDownlink[]): Promise<void>;
  /** Queued downlinks, oldest first (creation time, then insertion order). */
  pendingCarDownlinks(limit: number): Promise<CarDownlink[]>;
  /** One car's rows in state 'sent' (no receipt yet), oldest first. */
  undeliveredCarDownlinks(vin: string, limit: number): Promise<CarDownlink[]>;
  /** Only rows still queued move to 'sent' (a receipt may have overtaken the send). */
  markCarDownlinksSent(ids: readonly string[], sentAt: number): Promise<void>;
  /** Only the row with this id AND this VIN: a car can never touch another car's downlinks. */
  markCarDownlinkDelivered(vin: string, id: string, deliveredAt: number): Promise<void>;
  /** Every downlink of one VIN, oldest first, with its delivery state (tests and diagnostics). */
  listCarDownlinks(vin: string): Promise<(CarDownlink & { state: 'queued' | 'sent' | 'delivered' })[]>;

  getCarOutcome(vin: string, messageId: string): Promise<CarOutcome | undefined>;
  putCarOutcome(vin: string, messageId: string, outcome: CarOutcome, at: number): Promise<void>;

  insertHealthStatus(record: HealthStatusRecord): Promise<void>;
  /** Newest first by the car's capture time, not by arrival (an upload can take over an hour). */
  listHealthStatuses(vin: string, limit?: number): Promise<HealthStatusRecord[]>;
}

export interface BookingStore {
  /** Runs `work` in one database transaction: everything it wrote commits together or not at all. */
  transaction<T>(work: (session: StoreSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

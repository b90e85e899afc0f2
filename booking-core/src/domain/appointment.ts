/**
 * The workshop appointment as the domain sees it. Pure data: no I/O, no clock.
 * Statuses and lists follow [LIST-1] (docs/domain.md [ST-2]).
 */
import type { Price } from '../car-channel.ts';
import type { HealthStatus, TimeWindow } from './health-status.ts';

export const APPOINTMENT_STATUSES = [
  'requested',
  'inquired',
  'proposed',
  'accepted',
  'confirmed',
  'pre-booked',
  'cancelled-by-customer',
  'cancelled-by-dealer',
  'closed',
] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

/** The dealer's working lists ([LIST-1]). "All Workshop Customers" is about customers, not appointments. */
export const APPOINTMENT_LISTS = ['actions', 'pending', 'planned'] as const;
export type AppointmentList = (typeof APPOINTMENT_LISTS)[number];

/** Where the appointment came from: the car, the owner website, or the dealer (pre-booking). */
export type AppointmentOrigin = 'car' | 'website' | 'dealer';

export interface Proposal {
  proposalId: string;
  start: number;
  durationMinutes: number;
  price: Price;
  /** The work to be done. Shown to the dealer and on the website, never sent to the car. */
  workDescription: string;
  proposedAt: number;
}

/** A dealer's question about a request ([ST-2]); sent to the website and by email, never to the car. */
export interface Inquiry {
  inquiryId: string;
  question: string;
  askedAt: number;
  /** The customer's answer from the website; null while unanswered. */
  answer: string | null;
  answeredAt: number | null;
}

/**
 * What the dealer agreed with the customer at pickup ([ST-4]): date, time and work,
 * "not completely agreed at this stage". It prefills the proposal once the pre-booking comes due.
 */
export interface PreBooking {
  start: number;
  durationMinutes: number;
  workDescription: string;
  price: Price | null;
}

/** How the car uses the workshop as a navigation target ([TIME-7], [TIME-6]). */
export type NavigationMode = 'destination' | 'waypoint';

export interface Appointment {
  appointmentId: string;
  vin: string;
  customerId: string;
  dealerId: string;
  origin: AppointmentOrigin;
  status: AppointmentStatus;
  customerNote: string;
  preferredWindows: TimeWindow[];
  /** The Health Status sent with the request; null for website or manual requests without one. */
  healthStatus: HealthStatus | null;
  currentProposal: Proposal | null;
  requestedAt: number;
  updatedAt: number;
  /**
   * When the appointment entered its status, or when the dealer last wrote to the customer in it
   * (a new inquiry or proposal restarts the pending timeout). Every timer counts from here.
   */
  statusSince: number;
  /** Questions the dealer asked, oldest first (scenario 2). */
  inquiries: Inquiry[];
  /** Set for an appointment the dealer created as a pre-booking (scenario 4). */
  preBooking: PreBooking | null;
  /**
   * Since when the appointment waits in Actions for the dealer's follow-up because the customer did
   * not answer within the pending timeout ([LIST-2], [INT-4]); the status is unchanged. Null otherwise.
   */
  awaitingFollowUpSince: number | null;
  /** When the dealer service level was missed (a request not handled in time); null otherwise. */
  serviceLevelBreachedAt: number | null;
  /** Chosen by the dealer or the customer; null = the configured default. */
  navigationMode: NavigationMode | null;
  /** The odometer the customer typed on the website ([ACT-4]); null when not given. */
  reportedOdometerKm: number | null;
  /** Increases by one with every change; version 1 is the creation. */
  version: number;
}

export type ActorKind = 'car' | 'customer' | 'dealer' | 'system';
export interface Actor {
  kind: ActorKind;
  id: string;
}

/**
 * The workshop appointment as the domain sees it. Pure data: no I/O, no clock.
 * Statuses and lists follow seed 004 (see /work/shared/WORKFLOW.md, "Appointment statuses").
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

/** The dealer's working lists (seed 004). "All Workshop Customers" is about customers, not appointments. */
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
  /** Increases by one with every change; version 1 is the creation. */
  version: number;
}

export type ActorKind = 'car' | 'customer' | 'dealer' | 'system';
export interface Actor {
  kind: ActorKind;
  id: string;
}

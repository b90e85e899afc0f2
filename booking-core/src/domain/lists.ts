/**
 * Lists and notification flags are derived from the appointment, never stored ([LIST-1], [LIST-3]).
 */
import type { Appointment, AppointmentList, AppointmentStatus } from './appointment.ts';
import { hasActiveWarnings } from './health-status.ts';

/** [LIST-1]: where an appointment in each status is shown; null = in no list. */
const LIST_OF_STATUS: Record<AppointmentStatus, AppointmentList | null> = {
  requested: 'actions',
  inquired: 'pending',
  proposed: 'pending',
  accepted: 'actions',
  confirmed: 'planned',
  'pre-booked': 'planned',
  'cancelled-by-customer': 'actions',
  'cancelled-by-dealer': null,
  closed: null,
};

export function listOf(status: AppointmentStatus): AppointmentList | null {
  return LIST_OF_STATUS[status];
}

/**
 * The list an appointment is shown in: its status's list, except that an unanswered inquiry or
 * proposal whose pending timeout ran out is back in Actions for the dealer's follow-up
 * ([LIST-2], [INT-4]: "le client/véhicule retourne de la liste En Attente vers la liste Actions").
 */
export function listOfAppointment(
  appointment: Pick<Appointment, 'status' | 'awaitingFollowUpSince'>,
): AppointmentList | null {
  const list = LIST_OF_STATUS[appointment.status];
  return list === 'pending' && appointment.awaitingFollowUpSince !== null ? 'actions' : list;
}

/** The statuses whose appointments may be shown in `list` (a superset: filter with listOfAppointment). */
export function statusesMaybeInList(list: AppointmentList): AppointmentStatus[] {
  return list === 'actions'
    ? [...statusesInList('actions'), ...statusesInList('pending')]
    : statusesInList(list);
}

/** The statuses shown in one list; lets a store filter by list without storing it. */
export function statusesInList(list: AppointmentList): AppointmentStatus[] {
  return (Object.keys(LIST_OF_STATUS) as AppointmentStatus[]).filter((s) => LIST_OF_STATUS[s] === list);
}

/**
 * The start a list row shows: the current proposal's, or while pre-booked the pre-booking's (the
 * Planned list dates every row); undefined when there is neither.
 */
export function shownStart(
  appointment: Pick<Appointment, 'status' | 'currentProposal' | 'preBooking'>,
): number | undefined {
  return (
    appointment.currentProposal?.start ??
    (appointment.status === 'pre-booked' ? appointment.preBooking?.start : undefined)
  );
}

/** Open appointments are the ones a car shows in "My appointments". */
export function isOpen(status: AppointmentStatus): boolean {
  return status !== 'closed' && status !== 'cancelled-by-customer' && status !== 'cancelled-by-dealer';
}

export interface NotificationFlags {
  /** "The customer has requested a service appointment" ([LIST-3]): the request came from car or website. */
  customerRequested: boolean;
  /** "One or more warnings are active in the vehicle", judged on the Health Status sent with the request. */
  warningsActive: boolean;
  /** "Sensus cloud connected vehicle" vs "not connected". */
  connectedCar: boolean;
}

/** [LIST-3] "the customer has requested a service appointment": from the car or the website. */
export function isCustomerRequest(origin: Appointment['origin']): boolean {
  return origin !== 'dealer';
}

export function notificationFlags(
  appointment: Appointment,
  vehicle: { connected: boolean },
): NotificationFlags {
  return {
    customerRequested: isCustomerRequest(appointment.origin),
    warningsActive: hasActiveWarnings(appointment.healthStatus ?? undefined),
    connectedCar: vehicle.connected,
  };
}

/** Why the dealer should look at an appointment beyond its status ([LIST-4]). */
export interface AttentionFlags {
  /** The customer left an inquiry or a proposal unanswered past the pending timeout ([LIST-2], [INT-4]). */
  awaitingFollowUp: boolean;
  /** A request was not handled within the dealer service level. */
  serviceLevelBreached: boolean;
}

export function attentionFlags(
  appointment: Pick<Appointment, 'awaitingFollowUpSince' | 'serviceLevelBreachedAt'>,
): AttentionFlags {
  return {
    awaitingFollowUp: appointment.awaitingFollowUpSince !== null,
    serviceLevelBreached: appointment.serviceLevelBreachedAt !== null,
  };
}

/**
 * The dealer event feed: one typed event for every change a dealer cares about, derived from the
 * transition's domain events (the domain stays pure) and written by the command that made the
 * change, in its transaction (flushOutboxes): an event exists exactly when its change does.
 * Every event goes to one dealer and carries only ids, what changed, the new status and links to
 * that dealer's own API resources (docs/api.md "Events and webhooks").
 */
import type { Appointment } from '../domain/appointment.ts';
import { hasActiveWarnings } from '../domain/health-status.ts';
import type { AppointmentEvent } from '../domain/transitions.ts';
import type { CommandContext } from './command-context.ts';
import { newRowId } from './ids.ts';
import type { NewDealerEvent } from './store-port.ts';

/** Every event type of the feed and of webhooks, with what it means (the OpenAPI `webhooks`). */
export const DEALER_EVENT_TYPES = {
  'appointment.requested':
    'A booking request arrived: from the car, the website, or a pre-booking that came due',
  'appointment.pre-booked': 'The dealer made a pre-booking',
  'appointment.inquired': 'The dealer asked the customer a question',
  'appointment.inquiry-answered': 'The customer answered the inquiry',
  'appointment.proposed': 'The dealer sent a proposal (time and price)',
  'appointment.accepted': 'The customer accepted the proposal',
  'appointment.another-slot-requested': 'The customer asked for another time',
  'appointment.confirmed': 'The dealer confirmed the appointment',
  'appointment.cancelled': 'The appointment was cancelled (`cancelledBy`: customer or dealer)',
  'appointment.closed': 'The dealer finalized the appointment after the visit',
  'appointment.follow-up-due': 'The customer has not answered in time: back in Actions for follow-up',
  'appointment.service-level-breached': 'The request has not been handled within the service level',
  'appointment.proposal-delivered':
    "The car's head unit acknowledged the proposal (delivery state: delivered)",
  'vehicle.health-status-received': 'A related vehicle sent its Health Status outside a booking request',
  'customer.preferred-dealer-changed': 'A customer chose this dealer as preferred dealer, or left it',
  'webhook.test': 'A test event sent on request to one endpoint (never in the feed)',
} as const;

export type DealerEventType = keyof typeof DEALER_EVENT_TYPES;

export const DEALER_EVENT_TYPE_NAMES = Object.keys(DEALER_EVENT_TYPES) as DealerEventType[];

const appointmentLinks = (appointmentId: string) => ({
  appointment: `/dealer/v1/appointments/${encodeURIComponent(appointmentId)}`,
  history: `/dealer/v1/appointments/${encodeURIComponent(appointmentId)}/history`,
});

function eventOf(
  appointment: Appointment,
  event: AppointmentEvent,
): { type: DealerEventType; details: Record<string, unknown> } | null {
  switch (event.kind) {
    case 'requested':
      return {
        type: 'appointment.requested',
        details: {
          origin: appointment.origin,
          warningsActive: appointment.healthStatus ? hasActiveWarnings(appointment.healthStatus) : false,
          healthStatusIncluded: appointment.healthStatus !== null,
        },
      };
    case 'pre-booking-due':
      return { type: 'appointment.requested', details: { origin: 'pre-booking-due' } };
    case 'pre-booked':
      return { type: 'appointment.pre-booked', details: {} };
    case 'inquired':
      return { type: 'appointment.inquired', details: { inquiryId: event.inquiry.inquiryId } };
    case 'inquiry-answered':
      return { type: 'appointment.inquiry-answered', details: { inquiryId: event.inquiryId } };
    case 'proposed':
      return {
        type: 'appointment.proposed',
        details: { proposalId: event.proposal.proposalId, supersededProposalId: event.supersededProposalId },
      };
    case 'accepted':
      return { type: 'appointment.accepted', details: { proposalId: event.proposalId } };
    case 'another-slot-requested':
      return { type: 'appointment.another-slot-requested', details: { proposalId: event.proposalId } };
    case 'confirmed':
      return { type: 'appointment.confirmed', details: {} };
    case 'cancelled':
      return { type: 'appointment.cancelled', details: { cancelledBy: event.by } };
    case 'finalized':
      return { type: 'appointment.closed', details: {} };
    case 'follow-up-due':
      return { type: 'appointment.follow-up-due', details: {} };
    case 'service-level-breached':
      return { type: 'appointment.service-level-breached', details: {} };
    case 'navigation-chosen':
      // The dealer's own setting: nothing it needs to hear about.
      return null;
    default: {
      const unreachable: never = event;
      throw new Error(`unhandled event ${JSON.stringify(unreachable)}`);
    }
  }
}

/** Queues the dealer events of one appointment change (written by flushOutboxes). */
export function queueAppointmentEvents(
  ctx: CommandContext,
  appointment: Appointment,
  events: readonly AppointmentEvent[],
): void {
  for (const event of events) {
    const derived = eventOf(appointment, event);
    if (!derived) continue;
    queueDealerEvent(ctx, appointment.dealerId, derived.type, {
      appointmentId: appointment.appointmentId,
      vin: appointment.vin,
      customerId: appointment.customerId,
      status: appointment.status,
      ...derived.details,
      links: appointmentLinks(appointment.appointmentId),
    });
  }
}

/**
 * `appointment.proposal-delivered`: the car's receipt of a proposal moved it to delivered. Written
 * with the receipt (the receipt is the change), so it is an event of its own, not of a command.
 */
export function proposalDeliveredEvent(
  appointment: Appointment,
  proposalId: string,
  deliveredAt: number,
): NewDealerEvent {
  return {
    eventId: newEventId(deliveredAt),
    dealerId: appointment.dealerId,
    type: 'appointment.proposal-delivered',
    occurredAt: deliveredAt,
    data: {
      appointmentId: appointment.appointmentId,
      vin: appointment.vin,
      customerId: appointment.customerId,
      status: appointment.status,
      proposalId,
      deliveredAt: new Date(deliveredAt).toISOString(),
      links: appointmentLinks(appointment.appointmentId),
    },
  };
}

/** Queues one event of one dealer's feed. */
export function queueDealerEvent(
  ctx: CommandContext,
  dealerId: string,
  type: DealerEventType,
  data: Record<string, unknown>,
): void {
  ctx.dealerEvents.push({ eventId: newEventId(ctx.now), dealerId, type, occurredAt: ctx.now, data });
}

/** `evt_` and a time-ordered row id: the `webhook-id` of every delivery of the event. */
export function newEventId(now: number): string {
  return `evt_${newRowId(now).replaceAll('-', '')}`;
}

/** The cursor a client passes back as `after`: opaque to it (today the dealer's seq, base64url). */
export function cursorOf(seq: number): string {
  return Buffer.from(`s${seq}`, 'utf8').toString('base64url');
}

/** The seq of a cursor, or null when it is not one of ours. An absent cursor is the start (0). */
export function seqOfCursor(cursor: string | undefined): number | null {
  if (cursor === undefined || cursor === '') return 0;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^s(\d{1,15})$/.exec(text);
  return match ? Number(match[1]) : null;
}

/**
 * `vehicle.health-status-received` to the vehicle's related dealers: its primary driver's
 * preferred dealer and the dealers of its open appointments (a request's own Health Status is in
 * `appointment.requested`, `healthStatusIncluded`).
 */
export async function queueHealthStatusEvents(
  ctx: CommandContext,
  vin: string,
  healthStatusId: string,
): Promise<void> {
  const vehicle = await ctx.session.getVehicle(vin);
  const dealers = new Set<string>();
  const driver = vehicle?.primaryDriverCustomerId
    ? await ctx.session.getCustomer(vehicle.primaryDriverCustomerId)
    : undefined;
  if (driver?.preferredDealerId) dealers.add(driver.preferredDealerId);
  for (const dealerId of await ctx.session.listOpenVehicleDealers(vin)) dealers.add(dealerId);
  for (const dealerId of dealers) {
    queueDealerEvent(ctx, dealerId, 'vehicle.health-status-received', {
      vin,
      healthStatusId,
      links: { healthStatus: `/dealer/v1/vehicles/${encodeURIComponent(vin)}/health-status` },
    });
  }
}

/** `customer.preferred-dealer-changed` to the dealer the customer left and to the one it chose. */
export function queuePreferredDealerEvents(
  ctx: CommandContext,
  customerId: string,
  from: string | null,
  to: string | null,
): void {
  if (from === to) return;
  const links = { customer: `/dealer/v1/customers/${encodeURIComponent(customerId)}` };
  if (from)
    queueDealerEvent(ctx, from, 'customer.preferred-dealer-changed', {
      customerId,
      preferred: false,
      links: {},
    });
  if (to)
    queueDealerEvent(ctx, to, 'customer.preferred-dealer-changed', { customerId, preferred: true, links });
}

/**
 * Emails. Every message to the customer also goes as an email with a link to the owner website
 * ([CUST-2]: booking messages are always sent to the car and the website, "An email
 * including a link to My Volvo ownership website is also sent"), whatever the marketing
 * preferences. Mails are rows of the mail outbox, written in the change's transaction; the
 * website shows the same messages (customer API `GET /customer/v1/messages`).
 */
import type { Appointment } from '../domain/appointment.ts';
import type { AppointmentEvent } from '../domain/transitions.ts';
import type { CommandContext } from './command-context.ts';
import type { CustomerRecord, DealerRecord } from './store-port.ts';

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
const money = (p: { currencyCode: string; amountMinor: number }) =>
  `${(p.amountMinor / 100).toFixed(2)} ${p.currencyCode}`;

export function appointmentLink(websiteUrl: string, appointmentId: string): string {
  return `${websiteUrl.replace(/\/+$/, '')}/appointments/${encodeURIComponent(appointmentId)}`;
}

interface Draft {
  kind: string;
  subject: string;
  lines: string[];
}

/** The customer-facing message an event causes, or null (confirm, finalize, timers: no message). */
function customerDraft(
  appointment: Appointment,
  event: AppointmentEvent,
  dealer: DealerRecord,
): Draft | null {
  switch (event.kind) {
    case 'pre-booked': {
      const pre = appointment.preBooking;
      if (!pre) return null;
      // [MSG-1]: "The customer receives a booking confirmation via email and My Volvo ownership website".
      return {
        kind: 'pre-booking-confirmation',
        subject: `Pre-booking at ${dealer.name} on ${iso(pre.start)}`,
        lines: [
          `${dealer.name} has pre-booked your visit on ${iso(pre.start)}.`,
          `Work: ${pre.workDescription}`,
        ],
      };
    }
    case 'inquired':
      // [ACT-2]: the inquiry goes by email and to the website only, never to the car.
      return {
        kind: 'inquiry',
        subject: `${dealer.name} has a question about your booking request`,
        lines: [event.inquiry.question],
      };
    case 'proposed':
      return {
        kind: 'proposal',
        subject: `Booking proposal from ${dealer.name}`,
        lines: [
          `Time: ${iso(event.proposal.start)} (${event.proposal.durationMinutes} minutes)`,
          `Price: ${money(event.proposal.price)}`,
          `Work: ${event.proposal.workDescription}`,
        ],
      };
    case 'accepted': {
      const p = appointment.currentProposal;
      // [MSG-1]: a booking confirmation on the website and by email.
      return {
        kind: 'booking-confirmation',
        subject: `Booking confirmed: ${dealer.name}${p ? ` on ${iso(p.start)}` : ''}`,
        lines: [`Your answer was sent to ${dealer.name}.`, ...(p ? [`Time: ${iso(p.start)}`] : [])],
      };
    }
    case 'cancelled':
      return {
        kind: 'cancellation',
        subject: `Booking cancelled (${dealer.name})`,
        lines: [
          event.by === 'dealer' ? `${dealer.name} cancelled the booking.` : 'You cancelled the booking.',
          ...(event.reason ? [`Reason: ${event.reason}`] : []),
        ],
      };
    case 'requested':
    case 'another-slot-requested':
    case 'inquiry-answered':
    case 'confirmed':
    case 'finalized':
    case 'pre-booking-due':
    case 'follow-up-due':
    case 'service-level-breached':
    case 'navigation-chosen':
      return null;
    default: {
      const unreachable: never = event;
      throw new Error(`unhandled event ${JSON.stringify(unreachable)}`);
    }
  }
}

function customerMail(ctx: CommandContext, appointment: Appointment, customer: CustomerRecord, draft: Draft) {
  const link = appointmentLink(ctx.settings.websiteUrl, appointment.appointmentId);
  ctx.mails.push({
    id: ctx.newId(),
    kind: draft.kind,
    to: customer.email,
    subject: draft.subject,
    body: [
      `Hello ${customer.name},`,
      '',
      ...draft.lines,
      '',
      `See it on the owner website: ${link}`,
      '',
    ].join('\n'),
    customerId: customer.customerId,
    dealerId: appointment.dealerId,
    appointmentId: appointment.appointmentId,
    createdAt: ctx.now,
  });
}

/** Queues the customer emails the events of one change cause. */
export async function queueCustomerMails(
  ctx: CommandContext,
  appointment: Appointment,
  events: readonly AppointmentEvent[],
): Promise<void> {
  const [customer, dealer] = await Promise.all([
    ctx.session.getCustomer(appointment.customerId),
    ctx.session.getDealer(appointment.dealerId),
  ]);
  if (!customer || !dealer) return;
  for (const event of events) {
    const draft = customerDraft(appointment, event, dealer);
    if (draft) customerMail(ctx, appointment, customer, draft);
  }
}

/** [CUST-3]: the reminder "will also reach the customer via email". */
export async function queueReminderMail(ctx: CommandContext, appointment: Appointment, daysBefore: number) {
  const [customer, dealer] = await Promise.all([
    ctx.session.getCustomer(appointment.customerId),
    ctx.session.getDealer(appointment.dealerId),
  ]);
  const start = appointment.currentProposal?.start;
  if (!customer || !dealer || start === undefined) return;
  customerMail(ctx, appointment, customer, {
    kind: 'reminder',
    subject: `Reminder: ${dealer.name} on ${iso(start)}`,
    lines: [`Your workshop visit at ${dealer.name} is in ${daysBefore} day(s), on ${iso(start)}.`],
  });
}

/** The dealer service-level escalation ([TIME-5]: "an escalation email goes to the dealer after 24 hours"). */
export async function queueEscalationMail(ctx: CommandContext, appointment: Appointment): Promise<boolean> {
  const dealer = await ctx.session.getDealer(appointment.dealerId);
  if (!dealer?.email) return false;
  ctx.mails.push({
    id: ctx.newId(),
    kind: 'escalation',
    to: dealer.email,
    subject: `Unhandled booking request ${appointment.appointmentId}`,
    body: [
      `The booking request ${appointment.appointmentId} (VIN ${appointment.vin}) arrived ${iso(appointment.requestedAt)}`,
      `and has not been handled within the service level.`,
      '',
    ].join('\n'),
    customerId: null,
    dealerId: dealer.dealerId,
    appointmentId: appointment.appointmentId,
    createdAt: ctx.now,
  });
  return true;
}

/** A customer email that is not about one appointment (preferred dealer, website invitation). */
export function queueCustomerNotice(
  ctx: CommandContext,
  customer: CustomerRecord,
  notice: { kind: string; subject: string; lines: string[]; path: string; dealerId: string | null },
): void {
  const link = `${ctx.settings.websiteUrl.replace(/\/+$/, '')}/${notice.path}`;
  ctx.mails.push({
    id: ctx.newId(),
    kind: notice.kind,
    to: customer.email,
    subject: notice.subject,
    body: [`Hello ${customer.name},`, '', ...notice.lines, '', `Owner website: ${link}`, ''].join('\n'),
    customerId: customer.customerId,
    dealerId: notice.dealerId,
    appointmentId: null,
    createdAt: ctx.now,
  });
}

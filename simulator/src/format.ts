/**
 * Human-friendly lines for what a simulated car sends and receives, e.g.
 * `[YV1DZ8256C1234567] <- proposal 2026-11-25 09:00 (60 min) 1234.50 SEK from Göteborg Bil AB`.
 * `->` is an uplink, `<-` a downlink, `--` the connection.
 */
import { csb } from '@csb/proto';
import type { CarEvent } from './car.ts';
import type { ProposalAnswer } from './head-unit.ts';
import { appointmentStatusName, type CarAppointmentView, type DealerView, type MoneyView } from './views.ts';

export interface FormatOptions {
  /** IANA time zone for times shown to the driver; the machine's zone when absent. */
  timeZone?: string;
}

/** Lines for one car event; empty for events not worth a line (delivery receipts, first sends). */
export function formatCarEvent(vin: string, event: CarEvent, options: FormatOptions = {}): string[] {
  const p = `[${vin}]`;
  const time = (ms: number | undefined): string => formatTime(ms, options.timeZone);
  switch (event.type) {
    case 'connected':
      return [
        `${p} -- connected (session present: ${event.sessionPresent ? 'yes' : 'no'}, reconnects: ${event.reconnects})`,
      ];
    case 'offline':
      return [`${p} -- offline: ${event.reason}`];
    case 'reconnect-scheduled':
      return [`${p} -- reconnecting in ${event.delayMs} ms (attempt ${event.attempt})`];
    case 'error':
      return [`${p} !! ${event.error.code}: ${event.error.message}`];
    case 'downlink':
      return [];
    case 'uplink-sent':
      // First sends are printed by the scenario with their content; receipts would drown the log.
      return event.attempt > 1 && event.kind !== 'delivery-receipt'
        ? [`${p} -> ${event.kind} ${event.messageId} again (attempt ${event.attempt}, no result yet)`]
        : [];
    case 'uplink-publish-failed':
      return [`${p} !! ${event.kind} ${event.messageId} not handed to the broker: ${event.error.message}`];
    case 'result-accepted':
      return [
        `${p} <- result accepted ${event.uplinkKind} ${event.uplinkMessageId}${
          event.appointmentId ? `: appointment ${event.appointmentId}` : ''
        }`,
      ];
    case 'result-rejected':
      return [
        `${p} <- result rejected ${event.uplinkKind} ${event.uplinkMessageId}: ${event.codeName}${
          event.message ? ` (${event.message})` : ''
        }${event.willRetry ? ', will retry' : ''}`,
      ];
    case 'result-unmatched':
      return [`${p} <- result for ${event.uplinkMessageId} (already answered; ignored)`];
    case 'uplink-gave-up':
      return [
        `${p} !! ${event.uplinkKind} ${event.uplinkMessageId} unanswered after ${event.attempts} sends; giving up`,
      ];
    case 'action-refused':
      return [`${p} !! ${event.action} not sent: ${event.reason}`];
    case 'proposal': {
      const { proposal } = event;
      return [
        `${p} <- proposal ${time(proposal.startMs)} (${proposal.durationMinutes} min) ${formatMoney(proposal.price)} from ${dealerName(proposal.dealer)} [appointment ${proposal.appointmentId}, proposal ${proposal.proposalId}]`,
      ];
    }
    case 'proposal-answered':
      return [
        `${p} -> proposal-response ${formatAnswer(event.answer, options)} [proposal ${event.proposalId}]`,
      ];
    case 'confirmation': {
      const c = event.confirmation;
      return [
        `${p} <- confirmation ${appointmentStatusName(c.status)} ${time(c.startMs)} (${c.durationMinutes} min) at ${dealerName(c.dealer)} [appointment ${c.appointmentId}]`,
      ];
    }
    case 'appointment-list':
      return [
        `${p} <- appointments (${event.appointments.length}, as of ${time(event.generatedAtMs)})`,
        ...event.appointments.map((a) => `${p}      ${formatAppointmentRow(a, options)}`),
      ];
    case 'appointment-list-stale':
      return [`${p} <- appointments as of ${time(event.generatedAtMs)}: older than the list held; ignored`];
    case 'reminder': {
      const r = event.reminder;
      const when =
        r.kind === csb.v1.ReminderKind.REMINDER_KIND_DAY_OF
          ? 'today'
          : `in ${r.daysBefore} day${r.daysBefore === 1 ? '' : 's'}`;
      return [
        `${p} <- reminder: workshop visit ${when}, ${time(r.startMs)} at ${dealerName(r.dealer)} [appointment ${r.appointmentId}]`,
      ];
    }
    case 'navigation': {
      const t = event.target;
      const mode = t.mode === csb.v1.NavigationMode.NAVIGATION_MODE_WAYPOINT ? 'waypoint' : 'destination';
      const where = t.dealer ? [t.dealer.street, t.dealer.city].filter((x) => x !== '').join(', ') : '';
      const at = t.dealer?.location ? ` (${t.dealer.location.latitude}, ${t.dealer.location.longitude})` : '';
      return [
        `${p} <- navigation ${mode}: ${dealerName(t.dealer)}${where ? `, ${where}` : ''}${at}, arrive by ${time(t.arriveByMs)}`,
      ];
    }
    case 'appointment-cancelled': {
      const c = event.cancellation;
      const by = c.cancelledBy === csb.v1.CancelledBy.CANCELLED_BY_DEALER ? 'the dealer' : 'the customer';
      return [`${p} <- appointment ${c.appointmentId} cancelled by ${by}${c.reason ? `: ${c.reason}` : ''}`];
    }
    case 'downlink-duplicate':
      return [`${p} <- ${event.body} ${event.downlinkId} again (duplicate; ignored)`];
    case 'downlink-unknown-body':
      return [
        `${p} <- downlink ${event.downlinkId} of a kind this head unit does not know (ignored, receipted)`,
      ];
    case 'downlink-invalid':
      return [`${p} !! downlink without a message id (ignored)`];
    default:
      return assertNever(event);
  }
}

export function formatAppointmentRow(a: CarAppointmentView, options: FormatOptions = {}): string {
  return [
    a.appointmentId,
    appointmentStatusName(a.status),
    a.startMs === undefined ? '-' : formatTime(a.startMs, options.timeZone),
    a.durationMinutes === undefined ? '-' : `${a.durationMinutes} min`,
    a.price === undefined ? '-' : formatMoney(a.price),
    dealerName(a.dealer),
  ].join('  ');
}

export function formatAnswer(answer: ProposalAnswer, options: FormatOptions = {}): string {
  if (answer.type === 'accept') return 'accept';
  const windows = answer.preferredWindows
    .map((w) => `${formatTime(w.earliestMs, options.timeZone)}..${formatTime(w.latestMs, options.timeZone)}`)
    .join(', ');
  return `ask another slot (${windows})`;
}

/** "2026-11-25 09:00" in the given zone (Swedish locale prints ISO-like dates). */
export function formatTime(epochMs: number | undefined, timeZone?: string): string {
  if (epochMs === undefined) return '(no time)';
  return new Intl.DateTimeFormat('sv-SE', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  }).format(epochMs);
}

/** "1234.50 SEK" from {SEK, 123450}; "5000 JPY" from {JPY, 5000} (ISO 4217 exponents). */
export function formatMoney(money: MoneyView | undefined): string {
  if (money === undefined) return '(no price)';
  const exponent = currencyExponent(money.currencyCode);
  const sign = money.amountMinor < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(money.amountMinor));
  if (exponent === 0) return `${sign}${abs} ${money.currencyCode}`;
  // Integer arithmetic on the minor units: no floating point rounding in a price.
  const digits = String(abs).padStart(exponent + 1, '0');
  return `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)} ${money.currencyCode}`;
}

function currencyExponent(code: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions()
        .maximumFractionDigits ?? 2
    );
  } catch {
    return 2; // not an ISO 4217 code this runtime knows: show two decimals
  }
}

function dealerName(dealer: DealerView | undefined): string {
  return dealer?.name ? dealer.name : '(unknown workshop)';
}

function assertNever(value: never): never {
  throw new Error(`unhandled event ${JSON.stringify(value)}`); // a bug: the switch is meant to be exhaustive
}

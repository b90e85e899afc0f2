/** Core views (epoch milliseconds) -> wire shapes (ISO 8601 strings). */

import type { Inquiry, PreBooking } from '../domain/appointment.ts';
import type { HealthStatus, TimeWindow } from '../domain/health-status.ts';
import type { CustomerAppointmentView } from '../service/customer-api.ts';
import type { CustomerProfileView } from '../service/customer-relations.ts';
import type { HealthStatusRecord, MailRecord, MailState } from '../service/store-port.ts';
import type { AppointmentDetails, AppointmentSummary } from '../service/views.ts';

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);
const pad3 = (n: number): string => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`);
const DAY_MS = 86_400_000;
/** 9999-12-31T23:59:59.999Z: beyond, toISOString writes six-digit years. */
const MAX_FOUR_DIGIT_YEAR_MS = 253_402_300_799_999;

/**
 * `new Date(ms).toISOString()`, without the Date: a dealer list renders two or three times per row,
 * and Date construction and formatting was a tenth of the list's CPU (benchmark 7 profile). The civil
 * date is H. Hinnant's days-to-civil algorithm (proleptic Gregorian, as ECMA-262 Date); outside
 * 1970..9999 and for non-integers, Date itself.
 */
export function iso(ms: number): string {
  if (!Number.isInteger(ms) || ms < 0 || ms > MAX_FOUR_DIGIT_YEAR_MS) return new Date(ms).toISOString();
  const days = Math.floor(ms / DAY_MS);
  let rest = ms - days * DAY_MS;
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  const millis = rest - seconds * 1000;
  return `${year}-${pad2(month)}-${pad2(day)}T${pad2(hours)}:${pad2(minutes)}:${pad2(seconds)}.${pad3(millis)}Z`;
}

const window = (w: TimeWindow) => ({ earliest: iso(w.earliest), latest: iso(w.latest) });

export function renderHealthStatus(status: HealthStatus) {
  return {
    ...status,
    capturedAt: iso(status.capturedAt),
    warnings: status.warnings.map(({ activeSince, ...w }) => ({
      ...w,
      ...(activeSince === undefined ? {} : { activeSince: iso(activeSince) }),
    })),
    dtcs: status.dtcs.map(({ firstSeen, ...d }) => ({
      ...d,
      ...(firstSeen === undefined ? {} : { firstSeen: iso(firstSeen) }),
    })),
  };
}

export function renderSummary(s: AppointmentSummary) {
  const { start, ...rest } = s;
  return {
    ...rest,
    requestedAt: iso(s.requestedAt),
    updatedAt: iso(s.updatedAt),
    ...(start === undefined ? {} : { start: iso(start) }),
  };
}

export type RenderedSummary = ReturnType<typeof renderSummary>;

const str = JSON.stringify;

/**
 * `{ items }` of rendered summaries as JSON: the dealer list's response body, written field by field
 * in the order of http/schemas.ts appointmentSummarySchema, so the text is the one the zod serializer
 * wrote (test/http.int.test.ts compares them). Only declared fields are written, whatever the objects
 * carry. Strings go through JSON.stringify (escaping); the rest are booleans, integers and ISO times.
 */
export function serializeSummaryList(items: readonly RenderedSummary[]): string {
  let out = '{"items":[';
  for (let i = 0; i < items.length; i++) {
    const a = items[i] as RenderedSummary;
    if (i > 0) out += ',';
    out +=
      `{"appointmentId":${str(a.appointmentId)},"status":${str(a.status)},"list":${str(a.list)}` +
      `,"flags":{"customerRequested":${a.flags.customerRequested === true},"warningsActive":${a.flags.warningsActive === true},"connectedCar":${a.flags.connectedCar === true}}` +
      `,"attention":{"awaitingFollowUp":${a.attention.awaitingFollowUp === true},"serviceLevelBreached":${a.attention.serviceLevelBreached === true}}` +
      `,"vehicle":{"vin":${str(a.vehicle.vin)},"model":${str(a.vehicle.model)},"modelYear":${str(a.vehicle.modelYear)}}` +
      `,"customer":{"customerId":${str(a.customer.customerId)},"name":${str(a.customer.name)}}` +
      `,"requestedAt":${str(a.requestedAt)}${a.start === undefined ? '' : `,"start":${str(a.start)}`},"updatedAt":${str(a.updatedAt)}}`;
  }
  return `${out}]}`;
}

export function renderDetails(d: AppointmentDetails) {
  return {
    ...renderSummary(d),
    origin: d.origin,
    customerNote: d.customerNote,
    preferredWindows: d.preferredWindows.map(window),
    healthStatus: d.healthStatus && renderHealthStatus(d.healthStatus),
    currentProposal: d.currentProposal && { ...d.currentProposal, start: iso(d.currentProposal.start) },
    history: d.history.map((h) => ({ ...h, at: iso(h.at) })),
    version: d.version,
    inquiries: d.inquiries.map(renderInquiry),
    preBooking: d.preBooking && renderPreBooking(d.preBooking),
    navigationMode: d.navigationMode,
    reportedOdometerKm: d.reportedOdometerKm,
  };
}

export function renderInquiry(i: Inquiry) {
  return { ...i, askedAt: iso(i.askedAt), answeredAt: i.answeredAt === null ? null : iso(i.answeredAt) };
}

export function renderPreBooking(p: PreBooking) {
  return { ...p, start: iso(p.start) };
}

export function renderCustomerAppointment(v: CustomerAppointmentView) {
  return {
    ...v,
    preferredWindows: v.preferredWindows.map(window),
    currentProposal: v.currentProposal && { ...v.currentProposal, start: iso(v.currentProposal.start) },
    inquiries: v.inquiries.map(renderInquiry),
    preBooking: v.preBooking && renderPreBooking(v.preBooking),
    requestedAt: iso(v.requestedAt),
    updatedAt: iso(v.updatedAt),
  };
}

export function renderMail(m: MailRecord & { state: MailState }) {
  return {
    id: m.id,
    kind: m.kind,
    to: m.to,
    subject: m.subject,
    body: m.body,
    appointmentId: m.appointmentId,
    createdAt: iso(m.createdAt),
    state: m.state,
  };
}

export function renderHealthStatusEntry(record: HealthStatusRecord) {
  return {
    receivedAt: iso(record.receivedAt),
    source: record.source,
    healthStatus: renderHealthStatus(record.healthStatus),
  };
}

/** A customer profile as the customer sees it, or as a dealer does (DealerCustomerView). */
export function renderProfile<P extends Pick<CustomerProfileView, 'websiteAccount' | 'vehicles'>>(p: P) {
  return {
    ...p,
    websiteAccount: {
      active: p.websiteAccount.active,
      invitedAt: p.websiteAccount.invitedAt === null ? null : iso(p.websiteAccount.invitedAt),
    },
    vehicles: p.vehicles.map((v) => ({
      ...v,
      reportedIncorrectAt: v.reportedIncorrectAt === null ? null : iso(v.reportedIncorrectAt),
    })),
  };
}

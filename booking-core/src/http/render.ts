/** Core views (epoch milliseconds) -> wire shapes (ISO 8601 strings). */

import type { Inquiry, PreBooking } from '../domain/appointment.ts';
import type { HealthStatus, TimeWindow } from '../domain/health-status.ts';
import type { CustomerAppointmentView } from '../service/customer-api.ts';
import type { CustomerProfileView } from '../service/customer-relations.ts';
import type { HealthStatusRecord, MailRecord, MailState } from '../service/store-port.ts';
import type { AppointmentDetails, AppointmentSummary } from '../service/views.ts';

export const iso = (ms: number): string => new Date(ms).toISOString();

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

export function renderProfile(p: CustomerProfileView) {
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

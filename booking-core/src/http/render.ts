/** Core views (epoch milliseconds) -> wire shapes (ISO 8601 strings). */
import type { HealthStatus, TimeWindow } from '../domain/health-status.ts';
import type { HealthStatusRecord } from '../service/store-port.ts';
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
  };
}

export function renderHealthStatusEntry(record: HealthStatusRecord) {
  return {
    receivedAt: iso(record.receivedAt),
    source: record.source,
    healthStatus: renderHealthStatus(record.healthStatus),
  };
}

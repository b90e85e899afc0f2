/**
 * Wire -> core: checks a decoded `UplinkEnvelope` field by field and maps it to the core's
 * `CarCommand` (booking-core/src/car-channel.ts). Hand-written checks, because the decoded
 * protobuf objects already have the right JavaScript types; what is left are presence, ranges
 * and lengths, each stated in the .proto comments. The first failing field is reported with its
 * path in .proto names (e.g. `booking_request.health_status.warnings[2].type`).
 *
 * Enum values map to the domain strings of domain/health-status.ts by dropping their prefix
 * (WARNING_TYPE_ENGINE_OIL_LEVEL_LOW -> 'ENGINE_OIL_LEVEL_LOW'). An enum number this server does
 * not know (a newer car) is INVALID_MESSAGE: guessing its meaning would store a wrong fact.
 */
import { csb, fromTimestamp, type Timestamp, type UplinkEnvelope } from '@csb/proto';
import type {
  CarCommand,
  DiagnosticTroubleCode,
  HealthStatus,
  ServiceStatus,
  TimeWindow,
  Warning,
} from '../core-types.ts';

type WT = csb.v1.WarningType;
type SV = csb.v1.Severity;
type TR = csb.v1.ServiceTrigger;
type DS = csb.v1.DtcStatus;
type RO = csb.v1.RequestOrigin;

/** Limits from the .proto comments (proto/csb/v1/*.proto). */
export const UPLINK_LIMITS = {
  messageIdMin: 8,
  messageIdMax: 64,
  customerNoteMax: 1000,
  preferredWindowsMax: 2,
  warningsMax: 64,
  dtcsMax: 256,
  warningCodeMax: 64,
  warningLocationMax: 64,
  warningTextMax: 256,
  dtcCodeMin: 1,
  dtcCodeMax: 16,
  dtcEcuMax: 32,
  cancellationReasonMax: 500,
  /** Not stated in the .proto: ids are ours (UUIDs); a bound keeps stored strings small. */
  idMax: 128,
} as const;

// [A-Za-z0-9._:-]{8,64}: uplink.proto, UplinkEnvelope.message_id.
export const MESSAGE_ID_PATTERN = /^[A-Za-z0-9._:-]{8,64}$/;

// google.protobuf.Timestamp's range: 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z.
const TIMESTAMP_MIN_SECONDS = -62_135_596_800;
const TIMESTAMP_MAX_SECONDS = 253_402_300_799;

export type FieldErrorCode = 'INVALID_MESSAGE' | 'CONSENT_MISSING';

/** A typed validation failure: which field, and why. */
export interface FieldError {
  code: FieldErrorCode;
  /** Field path in .proto names, e.g. `booking_request.preferred_windows[1].latest`. */
  path: string;
  reason: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; error: FieldError };

/** A valid uplink, ready for the core. */
export type ValidUplink =
  | { kind: 'command'; messageId: string; sentAt: number; command: CarCommand }
  | {
      kind: 'delivery-receipt';
      messageId: string;
      sentAt: number;
      downlinkMessageId: string;
      receivedAt: number;
    };

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const invalid = (path: string, reason: string): { ok: false; error: FieldError } => ({
  ok: false,
  error: { code: 'INVALID_MESSAGE', path, reason },
});

const WARNING_TYPES: Record<Exclude<WT, csb.v1.WarningType.WARNING_TYPE_UNSPECIFIED>, Warning['type']> = {
  [csb.v1.WarningType.WARNING_TYPE_OTHER]: 'OTHER',
  [csb.v1.WarningType.WARNING_TYPE_ENGINE_OIL_LEVEL_LOW]: 'ENGINE_OIL_LEVEL_LOW',
  [csb.v1.WarningType.WARNING_TYPE_ENGINE_OIL_PRESSURE_LOW]: 'ENGINE_OIL_PRESSURE_LOW',
  [csb.v1.WarningType.WARNING_TYPE_ENGINE_COOLANT_LEVEL_LOW]: 'ENGINE_COOLANT_LEVEL_LOW',
  [csb.v1.WarningType.WARNING_TYPE_BRAKE_FLUID_LOW]: 'BRAKE_FLUID_LOW',
  [csb.v1.WarningType.WARNING_TYPE_WASHER_FLUID_LOW]: 'WASHER_FLUID_LOW',
  [csb.v1.WarningType.WARNING_TYPE_FUEL_LOW]: 'FUEL_LOW',
  [csb.v1.WarningType.WARNING_TYPE_TYRE_PRESSURE_LOW]: 'TYRE_PRESSURE_LOW',
  [csb.v1.WarningType.WARNING_TYPE_ABS_ERROR]: 'ABS_ERROR',
  [csb.v1.WarningType.WARNING_TYPE_ESC_ERROR]: 'ESC_ERROR',
  [csb.v1.WarningType.WARNING_TYPE_BULB_FAILURE]: 'BULB_FAILURE',
  [csb.v1.WarningType.WARNING_TYPE_ENGINE_MALFUNCTION]: 'ENGINE_MALFUNCTION',
  [csb.v1.WarningType.WARNING_TYPE_LOW_VOLTAGE_BATTERY_LOW]: 'LOW_VOLTAGE_BATTERY_LOW',
  [csb.v1.WarningType.WARNING_TYPE_TRACTION_BATTERY_FAULT]: 'TRACTION_BATTERY_FAULT',
  [csb.v1.WarningType.WARNING_TYPE_AIRBAG_FAULT]: 'AIRBAG_FAULT',
  [csb.v1.WarningType.WARNING_TYPE_BRAKE_PAD_WEAR]: 'BRAKE_PAD_WEAR',
};

const SEVERITIES: Record<Exclude<SV, csb.v1.Severity.SEVERITY_UNSPECIFIED>, Warning['severity']> = {
  [csb.v1.Severity.SEVERITY_INFO]: 'INFO',
  [csb.v1.Severity.SEVERITY_WARNING]: 'WARNING',
  [csb.v1.Severity.SEVERITY_CRITICAL]: 'CRITICAL',
};

const SERVICE_TRIGGERS: Record<
  Exclude<TR, csb.v1.ServiceTrigger.SERVICE_TRIGGER_UNSPECIFIED>,
  NonNullable<ServiceStatus['trigger']>
> = {
  [csb.v1.ServiceTrigger.SERVICE_TRIGGER_CALENDAR_DAYS]: 'CALENDAR_DAYS',
  [csb.v1.ServiceTrigger.SERVICE_TRIGGER_DISTANCE]: 'DISTANCE',
  [csb.v1.ServiceTrigger.SERVICE_TRIGGER_ENGINE_HOURS]: 'ENGINE_HOURS',
  [csb.v1.ServiceTrigger.SERVICE_TRIGGER_ENGINE_OIL]: 'ENGINE_OIL',
};

const DTC_STATUSES: Record<
  Exclude<DS, csb.v1.DtcStatus.DTC_STATUS_UNSPECIFIED>,
  NonNullable<DiagnosticTroubleCode['status']>
> = {
  [csb.v1.DtcStatus.DTC_STATUS_ACTIVE]: 'ACTIVE',
  [csb.v1.DtcStatus.DTC_STATUS_PENDING]: 'PENDING',
  [csb.v1.DtcStatus.DTC_STATUS_STORED]: 'STORED',
};

const ORIGINS: Record<
  Exclude<RO, csb.v1.RequestOrigin.REQUEST_ORIGIN_UNSPECIFIED>,
  Extract<CarCommand, { kind: 'booking-request' }>['origin']
> = {
  [csb.v1.RequestOrigin.REQUEST_ORIGIN_SERVICE_NEED]: 'service-need',
  [csb.v1.RequestOrigin.REQUEST_ORIGIN_WARNINGS]: 'warnings',
  [csb.v1.RequestOrigin.REQUEST_ORIGIN_MANUAL]: 'manual',
};

/** Exposed for the completeness test against the domain lists. */
export const ENUM_TABLES = { WARNING_TYPES, SEVERITIES, SERVICE_TRIGGERS, DTC_STATUSES, ORIGINS } as const;

/**
 * Looks a wire enum number up. `required`: UNSPECIFIED (0) is an error; otherwise it means
 * "not given" (undefined). Any number not in the table is an error (a newer car).
 */
function enumValue<K extends number, T>(
  table: Readonly<Record<K, T>>,
  value: number | null | undefined,
  path: string,
  required: boolean,
): Checked<T | undefined> {
  const n = value ?? 0;
  if (n === 0) return required ? invalid(path, 'must be set (UNSPECIFIED is not allowed)') : ok(undefined);
  const mapped = Object.hasOwn(table, n) ? (table as Readonly<Record<number, T>>)[n] : undefined;
  return mapped === undefined ? invalid(path, `unknown enum value ${n}`) : ok(mapped);
}

/** Unicode code points: what docs/protocol.md calls characters (an emoji is one, not two). */
function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n += 1;
  return n;
}

function text(value: string | null | undefined, path: string, min: number, max: number): Checked<string> {
  const s = value ?? '';
  // UTF-16 units are at least the code points and at most twice as many: count only when it matters.
  const length = s.length > max || s.length < 2 * min ? codePoints(s) : s.length;
  if (length < min)
    return invalid(path, min === 1 ? 'must not be empty' : `must be at least ${min} characters`);
  if (length > max) return invalid(path, `must be at most ${max} characters`);
  return ok(s);
}

function timestamp(ts: Timestamp | null | undefined, path: string): Checked<number | undefined> {
  if (ts == null) return ok(undefined);
  const seconds = Number(ts.seconds ?? 0);
  const nanos = ts.nanos ?? 0;
  if (!Number.isInteger(seconds) || seconds < TIMESTAMP_MIN_SECONDS || seconds > TIMESTAMP_MAX_SECONDS) {
    return invalid(path, 'seconds out of the Timestamp range');
  }
  if (!Number.isInteger(nanos) || nanos < 0 || nanos > 999_999_999)
    return invalid(path, 'nanos out of range');
  return ok(fromTimestamp(ts));
}

function requiredTimestamp(ts: Timestamp | null | undefined, path: string): Checked<number> {
  if (ts == null) return invalid(path, 'is required');
  const checked = timestamp(ts, path);
  if (!checked.ok) return checked;
  return ok(checked.value ?? 0);
}

/** Present optional number (proto3 `optional`), or undefined; NaN and infinities are refused. */
function optionalNumber(
  value: number | null | undefined,
  path: string,
  range?: { min: number; max: number },
): Checked<number | undefined> {
  if (value == null) return ok(undefined);
  // 64-bit fields (sint64 time_to_service_s) decode to a Long object when the `long` package is
  // installed, whatever pbjs --force-number says; Number() converts it (exact within 2^53).
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) return invalid(path, 'must be a finite number');
  if (range && (n < range.min || n > range.max)) {
    return invalid(path, `must be between ${range.min} and ${range.max}`);
  }
  return ok(n);
}

function timeWindows(
  windows: csb.v1.TimeWindow.$Properties[] | null | undefined,
  path: string,
): Checked<TimeWindow[]> {
  const list = windows ?? [];
  if (list.length > UPLINK_LIMITS.preferredWindowsMax) {
    return invalid(path, `at most ${UPLINK_LIMITS.preferredWindowsMax} windows`);
  }
  const out: TimeWindow[] = [];
  for (const [i, w] of list.entries()) {
    const earliest = requiredTimestamp(w.earliest, `${path}[${i}].earliest`);
    if (!earliest.ok) return earliest;
    const latest = requiredTimestamp(w.latest, `${path}[${i}].latest`);
    if (!latest.ok) return latest;
    if (latest.value < earliest.value) return invalid(`${path}[${i}].latest`, 'must not be before earliest');
    out.push({ earliest: earliest.value, latest: latest.value });
  }
  return ok(out);
}

function warning(w: csb.v1.Warning.$Properties, path: string): Checked<Warning> {
  const type = enumValue(WARNING_TYPES, w.type, `${path}.type`, true);
  if (!type.ok) return type;
  const severity = enumValue(SEVERITIES, w.severity, `${path}.severity`, true);
  if (!severity.ok) return severity;
  const code = text(w.code, `${path}.code`, 0, UPLINK_LIMITS.warningCodeMax);
  if (!code.ok) return code;
  const location = text(w.location, `${path}.location`, 0, UPLINK_LIMITS.warningLocationMax);
  if (!location.ok) return location;
  const label = text(w.text, `${path}.text`, 0, UPLINK_LIMITS.warningTextMax);
  if (!label.ok) return label;
  const activeSince = timestamp(w.activeSince, `${path}.active_since`);
  if (!activeSince.ok) return activeSince;
  return ok({
    // Both enums are required, so the lookups returned a value.
    type: type.value as Warning['type'],
    severity: severity.value as Warning['severity'],
    code: code.value,
    location: location.value,
    text: label.value,
    ...(activeSince.value === undefined ? {} : { activeSince: activeSince.value }),
  });
}

function dtc(d: csb.v1.DiagnosticTroubleCode.$Properties, path: string): Checked<DiagnosticTroubleCode> {
  const code = text(d.code, `${path}.code`, UPLINK_LIMITS.dtcCodeMin, UPLINK_LIMITS.dtcCodeMax);
  if (!code.ok) return code;
  const ecu = text(d.ecu, `${path}.ecu`, 0, UPLINK_LIMITS.dtcEcuMax);
  if (!ecu.ok) return ecu;
  const status = enumValue(DTC_STATUSES, d.status, `${path}.status`, false);
  if (!status.ok) return status;
  const severity = enumValue(SEVERITIES, d.severity, `${path}.severity`, false);
  if (!severity.ok) return severity;
  const firstSeen = timestamp(d.firstSeen, `${path}.first_seen`);
  if (!firstSeen.ok) return firstSeen;
  return ok({
    code: code.value,
    ecu: ecu.value,
    ...(status.value === undefined ? {} : { status: status.value }),
    ...(severity.value === undefined ? {} : { severity: severity.value }),
    ...(firstSeen.value === undefined ? {} : { firstSeen: firstSeen.value }),
  });
}

function serviceStatus(s: csb.v1.ServiceStatus.$Properties, path: string): Checked<ServiceStatus> {
  const distance = optionalNumber(s.distanceToServiceKm, `${path}.distance_to_service_km`);
  if (!distance.ok) return distance;
  const time = optionalNumber(s.timeToServiceS, `${path}.time_to_service_s`);
  if (!time.ok) return time;
  const hours = optionalNumber(s.engineHoursToService, `${path}.engine_hours_to_service`);
  if (!hours.ok) return hours;
  const trigger = enumValue(SERVICE_TRIGGERS, s.trigger, `${path}.trigger`, false);
  if (!trigger.ok) return trigger;
  return ok({
    isServiceDue: s.isServiceDue === true,
    ...(distance.value === undefined ? {} : { distanceToServiceKm: distance.value }),
    ...(time.value === undefined ? {} : { timeToServiceS: time.value }),
    ...(hours.value === undefined ? {} : { engineHoursToService: hours.value }),
    ...(trigger.value === undefined ? {} : { trigger: trigger.value }),
  });
}

const PERCENT = { min: 0, max: 100 };

export function checkHealthStatus(
  hs: csb.v1.HealthStatus.$Properties | null | undefined,
  path: string,
): Checked<HealthStatus> {
  if (hs == null) return invalid(path, 'is required');
  const capturedAt = requiredTimestamp(hs.capturedAt, `${path}.captured_at`);
  if (!capturedAt.ok) return capturedAt;
  const rawWarnings = hs.warnings ?? [];
  if (rawWarnings.length > UPLINK_LIMITS.warningsMax) {
    return invalid(`${path}.warnings`, `at most ${UPLINK_LIMITS.warningsMax} warnings`);
  }
  const rawDtcs = hs.dtcs ?? [];
  if (rawDtcs.length > UPLINK_LIMITS.dtcsMax) {
    return invalid(`${path}.dtcs`, `at most ${UPLINK_LIMITS.dtcsMax} trouble codes`);
  }
  const warnings: Warning[] = [];
  for (const [i, w] of rawWarnings.entries()) {
    const checked = warning(w, `${path}.warnings[${i}]`);
    if (!checked.ok) return checked;
    warnings.push(checked.value);
  }
  const dtcs: DiagnosticTroubleCode[] = [];
  for (const [i, d] of rawDtcs.entries()) {
    const checked = dtc(d, `${path}.dtcs[${i}]`);
    if (!checked.ok) return checked;
    dtcs.push(checked.value);
  }
  let service: ServiceStatus | undefined;
  if (hs.service != null) {
    const checked = serviceStatus(hs.service, `${path}.service`);
    if (!checked.ok) return checked;
    service = checked.value;
  }
  const numbers = {
    odometerKm: optionalNumber(hs.odometerKm, `${path}.odometer_km`),
    fuelLevelPercent: optionalNumber(hs.fuelLevelPercent, `${path}.fuel_level_percent`, PERCENT),
    tractionBatteryChargePercent: optionalNumber(
      hs.tractionBatteryChargePercent,
      `${path}.traction_battery_charge_percent`,
      PERCENT,
    ),
    lowVoltageBatteryVolts: optionalNumber(hs.lowVoltageBatteryVolts, `${path}.low_voltage_battery_volts`),
    rangeKm: optionalNumber(hs.rangeKm, `${path}.range_km`),
    engineHours: optionalNumber(hs.engineHours, `${path}.engine_hours`),
  };
  const result: HealthStatus = { capturedAt: capturedAt.value, warnings, dtcs };
  if (service) result.service = service;
  for (const [key, checked] of Object.entries(numbers) as [
    keyof typeof numbers,
    Checked<number | undefined>,
  ][]) {
    if (!checked.ok) return checked;
    if (checked.value !== undefined) result[key] = checked.value;
  }
  return ok(result);
}

function bookingRequest(b: csb.v1.BookingRequest.$Properties, path: string): Checked<CarCommand> {
  const origin = enumValue(ORIGINS, b.origin, `${path}.origin`, true);
  if (!origin.ok) return origin;
  // A request without the driver's consent has its own wire code (uplink.proto DriverConsent).
  if (b.consent == null || b.consent.granted !== true) {
    return {
      ok: false,
      error: { code: 'CONSENT_MISSING', path: `${path}.consent.granted`, reason: 'must be true' },
    };
  }
  if (b.consent.grantedAt == null) {
    return {
      ok: false,
      error: { code: 'CONSENT_MISSING', path: `${path}.consent.granted_at`, reason: 'is required' },
    };
  }
  const grantedAt = requiredTimestamp(b.consent.grantedAt, `${path}.consent.granted_at`);
  if (!grantedAt.ok) return grantedAt;
  const note = text(b.customerNote, `${path}.customer_note`, 0, UPLINK_LIMITS.customerNoteMax);
  if (!note.ok) return note;
  const windows = timeWindows(b.preferredWindows, `${path}.preferred_windows`);
  if (!windows.ok) return windows;
  let healthStatus: HealthStatus | undefined;
  if (b.healthStatus != null) {
    const checked = checkHealthStatus(b.healthStatus, `${path}.health_status`);
    if (!checked.ok) return checked;
    healthStatus = checked.value;
  }
  return ok({
    kind: 'booking-request',
    origin: origin.value as Extract<CarCommand, { kind: 'booking-request' }>['origin'],
    consentGrantedAt: grantedAt.value,
    ...(healthStatus ? { healthStatus } : {}),
    customerNote: note.value,
    preferredWindows: windows.value,
  });
}

function proposalResponse(p: csb.v1.ProposalResponse.$Properties, path: string): Checked<CarCommand> {
  const appointmentId = text(p.appointmentId, `${path}.appointment_id`, 1, UPLINK_LIMITS.idMax);
  if (!appointmentId.ok) return appointmentId;
  const proposalId = text(p.proposalId, `${path}.proposal_id`, 1, UPLINK_LIMITS.idMax);
  if (!proposalId.ok) return proposalId;
  const base = {
    kind: 'proposal-response',
    appointmentId: appointmentId.value,
    proposalId: proposalId.value,
  } as const;
  if (p.accept != null) return ok({ ...base, answer: { kind: 'accept' } });
  if (p.askAnotherSlot != null) {
    const apath = `${path}.ask_another_slot`;
    const windows = timeWindows(p.askAnotherSlot.preferredWindows, `${apath}.preferred_windows`);
    if (!windows.ok) return windows;
    const note = text(p.askAnotherSlot.note, `${apath}.note`, 0, UPLINK_LIMITS.customerNoteMax);
    if (!note.ok) return note;
    return ok({
      ...base,
      answer: { kind: 'another-slot', preferredWindows: windows.value, note: note.value },
    });
  }
  return invalid(`${path}.answer`, 'exactly one of accept, ask_another_slot must be set');
}

/** Envelope fields every uplink has: message_id and sent_at. */
export function checkEnvelopeHeader(env: UplinkEnvelope): Checked<{ messageId: string; sentAt: number }> {
  const messageId = env.messageId ?? '';
  if (!MESSAGE_ID_PATTERN.test(messageId)) {
    return invalid(
      'message_id',
      `must be ${UPLINK_LIMITS.messageIdMin} to ${UPLINK_LIMITS.messageIdMax} characters of [A-Za-z0-9._:-]`,
    );
  }
  const sentAt = requiredTimestamp(env.sentAt, 'sent_at');
  if (!sentAt.ok) return sentAt;
  return ok({ messageId, sentAt: sentAt.value });
}

/**
 * The whole check of a decoded envelope whose body case is known to be set. One case per body
 * (an exhaustive switch: a new body in the .proto fails to compile here until it is handled).
 */
export function toValidUplink(env: UplinkEnvelope): Checked<ValidUplink> {
  const header = checkEnvelopeHeader(env);
  if (!header.ok) return header;
  const { messageId, sentAt } = header.value;
  const command = (c: Checked<CarCommand>): Checked<ValidUplink> =>
    c.ok ? ok({ kind: 'command', messageId, sentAt, command: c.value }) : c;
  const body = env.body;
  switch (body) {
    case 'bookingRequest':
      return command(bookingRequest(env.bookingRequest ?? {}, 'booking_request'));
    case 'healthStatusUpload': {
      const hs = checkHealthStatus(
        env.healthStatusUpload?.healthStatus,
        'health_status_upload.health_status',
      );
      return command(hs.ok ? ok({ kind: 'health-status-upload', healthStatus: hs.value }) : hs);
    }
    case 'proposalResponse':
      return command(proposalResponse(env.proposalResponse ?? {}, 'proposal_response'));
    case 'cancellation': {
      const c = env.cancellation ?? {};
      const appointmentId = text(c.appointmentId, 'cancellation.appointment_id', 1, UPLINK_LIMITS.idMax);
      if (!appointmentId.ok) return appointmentId;
      const reason = text(c.reason, 'cancellation.reason', 0, UPLINK_LIMITS.cancellationReasonMax);
      if (!reason.ok) return reason;
      return command(ok({ kind: 'cancellation', appointmentId: appointmentId.value, reason: reason.value }));
    }
    case 'engineStart': {
      const e = env.engineStart ?? {};
      const startedAt = requiredTimestamp(e.startedAt, 'engine_start.started_at');
      if (!startedAt.ok) return startedAt;
      const odometer = optionalNumber(e.odometerKm, 'engine_start.odometer_km');
      if (!odometer.ok) return odometer;
      return command(
        ok({
          kind: 'engine-start',
          startedAt: startedAt.value,
          ...(odometer.value === undefined ? {} : { odometerKm: odometer.value }),
        }),
      );
    }
    case 'deliveryReceipt': {
      const r = env.deliveryReceipt ?? {};
      const downlinkId = text(
        r.downlinkMessageId,
        'delivery_receipt.downlink_message_id',
        1,
        UPLINK_LIMITS.idMax,
      );
      if (!downlinkId.ok) return downlinkId;
      const receivedAt = timestamp(r.receivedAt, 'delivery_receipt.received_at');
      if (!receivedAt.ok) return receivedAt;
      return ok({
        kind: 'delivery-receipt',
        messageId,
        sentAt,
        downlinkMessageId: downlinkId.value,
        // received_at is not marked required in the .proto; the envelope's sent_at is the
        // car's closest statement of when it stored the message.
        receivedAt: receivedAt.value ?? sentAt,
      });
    }
    case undefined:
      return invalid('body', 'no body set');
    default: {
      const unreachable: never = body;
      return invalid('body', `unhandled body ${String(unreachable)}`);
    }
  }
}

/**
 * Health Status as the booking core stores and shows it. Mirrors `csb.v1.HealthStatus`
 * (proto/csb/v1/health_status.proto) with enum names without their prefix, times in epoch ms.
 */

export const WARNING_TYPES = [
  'OTHER',
  'ENGINE_OIL_LEVEL_LOW',
  'ENGINE_OIL_PRESSURE_LOW',
  'ENGINE_COOLANT_LEVEL_LOW',
  'BRAKE_FLUID_LOW',
  'WASHER_FLUID_LOW',
  'FUEL_LOW',
  'TYRE_PRESSURE_LOW',
  'ABS_ERROR',
  'ESC_ERROR',
  'BULB_FAILURE',
  'ENGINE_MALFUNCTION',
  'LOW_VOLTAGE_BATTERY_LOW',
  'TRACTION_BATTERY_FAULT',
  'AIRBAG_FAULT',
  'BRAKE_PAD_WEAR',
] as const;
export type WarningType = (typeof WARNING_TYPES)[number];

export const SEVERITIES = ['INFO', 'WARNING', 'CRITICAL'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SERVICE_TRIGGERS = ['CALENDAR_DAYS', 'DISTANCE', 'ENGINE_HOURS', 'ENGINE_OIL'] as const;
export type ServiceTrigger = (typeof SERVICE_TRIGGERS)[number];

export const DTC_STATUSES = ['ACTIVE', 'PENDING', 'STORED'] as const;
export type DtcStatus = (typeof DTC_STATUSES)[number];

export interface Warning {
  type: WarningType;
  severity: Severity;
  code: string;
  location: string;
  activeSince?: number;
  text: string;
}

export interface DiagnosticTroubleCode {
  code: string;
  ecu: string;
  status?: DtcStatus;
  severity?: Severity;
  firstSeen?: number;
}

export interface ServiceStatus {
  isServiceDue: boolean;
  distanceToServiceKm?: number;
  timeToServiceS?: number;
  engineHoursToService?: number;
  trigger?: ServiceTrigger;
}

export interface HealthStatus {
  capturedAt: number;
  odometerKm?: number;
  service?: ServiceStatus;
  warnings: Warning[];
  dtcs: DiagnosticTroubleCode[];
  fuelLevelPercent?: number;
  tractionBatteryChargePercent?: number;
  lowVoltageBatteryVolts?: number;
  rangeKm?: number;
  engineHours?: number;
}

export interface TimeWindow {
  earliest: number;
  latest: number;
}

/** "Warnings active in the vehicle" ([LIST-3]): any warning, or an active trouble code. */
export function hasActiveWarnings(status: HealthStatus | undefined): boolean {
  if (!status) return false;
  return status.warnings.length > 0 || status.dtcs.some((dtc) => dtc.status === 'ACTIVE');
}

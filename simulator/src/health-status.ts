/**
 * Generators of realistic Health Status snapshots (proto/csb/v1/health_status.proto), seeded so a
 * run replays exactly. Names and units follow COVESA VSS and Volvo's Connected Vehicle API v2, as
 * the proto does: distance and time to service go negative when overdue, DTCs print as SAE J2012
 * codes with the ECU that stored them.
 */

import type { HealthStatusInit } from '@csb/head-unit';
import { csb, toTimestamp } from '@csb/proto';
import type { Random } from './random.ts';

// The Health Status type is the head-unit library's (what a head unit sends).
export type { HealthStatusInit };

type WarningInit = csb.v1.Warning.$Properties;
type DtcInit = csb.v1.DiagnosticTroubleCode.$Properties;

/**
 * What the car should look like:
 * - `healthy`: nothing due, no warnings, no codes;
 * - `service-due`: the service reminder is due or overdue, nothing else;
 * - `warnings`: engine oil level low and one tyre low, a misfire and a catalyst code (scenario 1);
 * - `faults`: warnings plus several codes across ECUs (a car a workshop wants to see soon).
 */
export type HealthProfile = 'healthy' | 'service-due' | 'warnings' | 'faults';
export const HEALTH_PROFILES: readonly HealthProfile[] = ['healthy', 'service-due', 'warnings', 'faults'];

export type Powertrain = 'combustion' | 'plug-in-hybrid' | 'electric';

export interface HealthStatusOptions {
  /** When the head unit read the values (epoch ms). */
  capturedAtMs: number;
  profile?: HealthProfile;
  powertrain?: Powertrain;
  /** A fixed odometer (km); drawn at random otherwise. */
  odometerKm?: number;
}

const DAY_S = 86_400;
const HOUR_MS = 3_600_000;
// Typical Volvo interval: 30 000 km or 12 months, whichever comes first.
const SERVICE_INTERVAL_KM = 30_000;

const WHEELS = ['FRONT_LEFT', 'FRONT_RIGHT', 'REAR_LEFT', 'REAR_RIGHT'] as const;

/** Codes a workshop meets often, with the ECU that stores them (ECM engine, TCM gearbox, ...). */
const EXTRA_DTCS: readonly [DtcSpec, ...DtcSpec[]] = [
  { code: 'P0171', ecu: 'ECM', severity: csb.v1.Severity.SEVERITY_WARNING }, // system too lean, bank 1
  { code: 'P0700', ecu: 'TCM', severity: csb.v1.Severity.SEVERITY_WARNING }, // transmission control fault
  { code: 'C0035', ecu: 'BCM', severity: csb.v1.Severity.SEVERITY_WARNING }, // left front wheel speed sensor
  { code: 'U0100', ecu: 'CEM', severity: csb.v1.Severity.SEVERITY_INFO }, // lost communication with ECM
  { code: 'B1318', ecu: 'CEM', severity: csb.v1.Severity.SEVERITY_INFO }, // battery voltage low
];

interface DtcSpec {
  code: string;
  ecu: string;
  severity: csb.v1.Severity;
}

export function generateHealthStatus(random: Random, options: HealthStatusOptions): HealthStatusInit {
  const profile = options.profile ?? 'warnings';
  const powertrain = options.powertrain ?? 'combustion';
  const now = options.capturedAtMs;
  const odometerKm = options.odometerKm ?? random.int(8_000, 180_000);

  const status: HealthStatusInit = {
    capturedAt: toTimestamp(now),
    odometerKm,
    service: serviceStatus(random, profile, odometerKm),
    warnings: warnings(random, profile, now),
    dtcs: dtcs(random, profile, now),
    lowVoltageBatteryVolts: tenths(profile === 'faults' ? random.int(115, 121) : random.int(122, 128)),
    engineHours: powertrain === 'electric' ? null : tenths(Math.round((odometerKm / 42) * 10)),
  };
  if (powertrain !== 'electric') {
    const fuel = random.int(80, 950) / 10;
    status.fuelLevelPercent = fuel;
    // About 60 l tank at 6.5 l/100 km.
    status.rangeKm = Math.round(((fuel / 100) * 60 * 100) / 6.5);
  }
  if (powertrain !== 'combustion') {
    const charge = random.int(100, 1000) / 10;
    status.tractionBatteryChargePercent = charge;
    if (powertrain === 'electric') status.rangeKm = Math.round((charge / 100) * 480);
  }
  return status;
}

function serviceStatus(
  random: Random,
  profile: HealthProfile,
  odometerKm: number,
): csb.v1.ServiceStatus.$Properties {
  if (profile === 'healthy') {
    return {
      isServiceDue: false,
      distanceToServiceKm: random.int(2_000, SERVICE_INTERVAL_KM - 1_000),
      timeToServiceS: random.int(30, 330) * DAY_S,
      trigger: csb.v1.ServiceTrigger.SERVICE_TRIGGER_UNSPECIFIED,
    };
  }
  // Due: either the distance ran out (negative when overdue, VSS DistanceToService) or the calendar.
  const byDistance = random.chance(0.6);
  const distance = byDistance ? random.int(-2_500, 500) : random.int(500, 6_000);
  return {
    isServiceDue: true,
    distanceToServiceKm: Math.min(distance, SERVICE_INTERVAL_KM - (odometerKm % SERVICE_INTERVAL_KM)),
    timeToServiceS: byDistance ? random.int(10, 120) * DAY_S : random.int(-45, 14) * DAY_S,
    trigger: byDistance
      ? csb.v1.ServiceTrigger.SERVICE_TRIGGER_DISTANCE
      : csb.v1.ServiceTrigger.SERVICE_TRIGGER_CALENDAR_DAYS,
  };
}

function warnings(random: Random, profile: HealthProfile, now: number): WarningInit[] {
  if (profile === 'healthy' || profile === 'service-due') return [];
  const wheel = random.pick(WHEELS);
  const list: WarningInit[] = [
    {
      type: csb.v1.WarningType.WARNING_TYPE_ENGINE_OIL_LEVEL_LOW,
      severity: csb.v1.Severity.SEVERITY_WARNING,
      code: 'ENG-OIL-LVL-LOW',
      activeSince: toTimestamp(now - random.int(2, 72) * HOUR_MS),
      text: 'Engine oil level low. Top up oil at next stop.',
    },
    {
      type: csb.v1.WarningType.WARNING_TYPE_TYRE_PRESSURE_LOW,
      severity: csb.v1.Severity.SEVERITY_WARNING,
      code: 'TPMS-LOW',
      location: wheel,
      activeSince: toTimestamp(now - random.int(1, 24) * HOUR_MS),
      text: `Tyre pressure low, ${wheel.toLowerCase().replace('_', ' ')}. Check tyre.`,
    },
  ];
  if (profile === 'faults') {
    list.push({
      type: csb.v1.WarningType.WARNING_TYPE_ENGINE_MALFUNCTION,
      severity: csb.v1.Severity.SEVERITY_WARNING,
      code: 'MIL-ON',
      activeSince: toTimestamp(now - random.int(1, 48) * HOUR_MS),
      text: 'Engine system service required.',
    });
    if (random.chance(0.5)) {
      list.push({
        type: csb.v1.WarningType.WARNING_TYPE_BULB_FAILURE,
        severity: csb.v1.Severity.SEVERITY_INFO,
        code: 'BULB-FAIL',
        location: random.pick([
          'BRAKE_LIGHT_LEFT',
          'BRAKE_LIGHT_RIGHT',
          'LOW_BEAM_LEFT',
          'LOW_BEAM_RIGHT',
        ] as const),
        text: 'Bulb failure.',
      });
    }
  }
  return list;
}

function dtcs(random: Random, profile: HealthProfile, now: number): DtcInit[] {
  if (profile === 'healthy' || profile === 'service-due') return [];
  const list: DtcInit[] = [
    // Cylinder 1 misfire detected: goes with the oil warning in scenario 1.
    {
      code: 'P0301',
      ecu: 'ECM',
      status: csb.v1.DtcStatus.DTC_STATUS_ACTIVE,
      severity: csb.v1.Severity.SEVERITY_WARNING,
      firstSeen: toTimestamp(now - random.int(1, 10) * 24 * HOUR_MS),
    },
    // Catalyst efficiency below threshold, bank 1.
    {
      code: 'P0420',
      ecu: 'ECM',
      status: random.chance(0.5) ? csb.v1.DtcStatus.DTC_STATUS_PENDING : csb.v1.DtcStatus.DTC_STATUS_STORED,
      severity: csb.v1.Severity.SEVERITY_INFO,
      firstSeen: toTimestamp(now - random.int(5, 60) * 24 * HOUR_MS),
    },
  ];
  if (profile === 'faults') {
    const count = random.int(2, 3);
    const used = new Set<string>();
    while (used.size < count) {
      const spec = random.pick(EXTRA_DTCS);
      if (used.has(spec.code)) continue;
      used.add(spec.code);
      list.push({
        code: spec.code,
        ecu: spec.ecu,
        status: random.pick([
          csb.v1.DtcStatus.DTC_STATUS_ACTIVE,
          csb.v1.DtcStatus.DTC_STATUS_STORED,
        ] as const),
        severity: spec.severity,
        firstSeen: toTimestamp(now - random.int(1, 90) * 24 * HOUR_MS),
      });
    }
  }
  return list;
}

function tenths(value: number): number {
  return value / 10;
}

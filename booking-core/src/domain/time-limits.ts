/**
 * Which appointment times the service accepts, judged on the core's clock (never the caller's):
 * a start or a preferred window must not be over, and must not lie beyond the booking horizon.
 * A proposal stored with a past start would expire unsent and stay Pending for ever; a start in
 * year 9999 is a typing error, not a plan. Pure: the caller passes the time it judges at.
 */
import type { TimeWindow } from './health-status.ts';

/** How far ahead a start or a preferred window may lie: two years (a pre-booking is at most ~1 year ahead). */
export const BOOKING_HORIZON_DAYS = 730;
const DAY_MS = 86_400_000;

export interface TimeRefusal {
  reason: 'past' | 'beyond-horizon' | 'future';
  /** The field refused, in the caller's naming (`start`, `preferredDates[1]`). */
  field: string;
  detail: string;
}

const latestAllowed = (now: number) => now + BOOKING_HORIZON_DAYS * DAY_MS;

/** A start (proposal, pre-booking) must be after `now` and within the horizon. */
export function checkStart(start: number, now: number, field: string): TimeRefusal | undefined {
  if (start <= now) {
    return {
      reason: 'past',
      field,
      detail: `${field} ${iso(start)} is not after the current time ${iso(now)}`,
    };
  }
  if (start > latestAllowed(now)) {
    return {
      reason: 'beyond-horizon',
      field,
      detail: `${field} ${iso(start)} is more than ${BOOKING_HORIZON_DAYS} days ahead`,
    };
  }
  return undefined;
}

/**
 * Preferred windows: each must not be over (a window that has begun but not ended is fine: "today")
 * and must begin within the horizon. `field(i)` names window i for the refusal.
 */
export function checkWindows(
  windows: readonly TimeWindow[],
  now: number,
  field: (index: number) => string,
): TimeRefusal | undefined {
  for (const [i, w] of windows.entries()) {
    if (w.latest < now) {
      return {
        reason: 'past',
        field: field(i),
        detail: `${field(i)} ended ${iso(w.latest)}, before ${iso(now)}`,
      };
    }
    if (w.earliest > latestAllowed(now)) {
      return {
        reason: 'beyond-horizon',
        field: field(i),
        detail: `${field(i)} begins more than ${BOOKING_HORIZON_DAYS} days ahead`,
      };
    }
  }
  return undefined;
}

function iso(ms: number): string {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? String(ms) : date.toISOString();
}

/**
 * How far ahead of the core's clock a car's capture time may lie: a day covers a car clock set
 * wrong by a time zone or two; more is a broken clock, and a Health Status captured "in 2100"
 * would stay the vehicle's newest for ever (snapshots are ordered by capture time, [TIME-8]).
 */
export const CAPTURE_CLOCK_SKEW_MS = DAY_MS;

/** A capture time (a Health Status) must not lie more than CAPTURE_CLOCK_SKEW_MS after `now`. */
export function checkCapturedAt(capturedAt: number, now: number, field: string): TimeRefusal | undefined {
  if (capturedAt <= now + CAPTURE_CLOCK_SKEW_MS) return undefined;
  return {
    reason: 'future',
    field,
    detail: `${field} ${iso(capturedAt)} is more than a day after the current time ${iso(now)}`,
  };
}

/**
 * The booking core's error catalogue: every coded error the service returns and the HTTP API
 * answers, with its HTTP status and title. Codes are stable: clients match on `code`, never on text.
 * Problem details follow RFC 9457; `type` is derived from the code.
 */
import type { TimeRefusal } from './domain/time-limits.ts';

export const ERROR_CATALOGUE = {
  BOOKING_NOT_FOUND: { status: 404, title: 'Appointment not found' },
  BOOKING_INVALID_TRANSITION: { status: 409, title: 'The appointment status does not allow this command' },
  BOOKING_PROPOSAL_SUPERSEDED: { status: 409, title: 'The proposal was replaced by a newer one' },
  BOOKING_PROPOSAL_EXPIRED: { status: 409, title: 'The proposal starts in the past' },
  BOOKING_CONCURRENT_UPDATE: { status: 409, title: 'The appointment was changed at the same time; retry' },
  VEHICLE_NOT_FOUND: { status: 404, title: 'No vehicle with this VIN' },
  HEALTH_STATUS_NOT_FOUND: { status: 404, title: 'No Health Status stored for this vehicle' },
  DEALER_EXISTS: { status: 409, title: 'A dealer with this id exists' },
  CUSTOMER_EXISTS: { status: 409, title: 'A customer with this id exists' },
  VEHICLE_EXISTS: { status: 409, title: 'A vehicle with this VIN exists' },
  DEALER_UNKNOWN: { status: 422, title: 'The referenced dealer does not exist' },
  CUSTOMER_NOT_FOUND: { status: 404, title: 'No customer with this id' },
  CUSTOMER_NO_PREFERRED_DEALER: {
    status: 422,
    title: 'The customer has no preferred dealer (required to use the service)',
  },
  VEHICLE_TOO_MANY_OPEN_APPOINTMENTS: {
    status: 409,
    title: 'The vehicle has as many open appointments as allowed; close or cancel one first',
  },
  HISTORY_ENTRY_NOT_FOUND: { status: 404, title: 'The appointment has no history entry at that point' },
  PREFERRED_DEALER_NO_PENDING_CHANGE: {
    status: 409,
    title: 'No dealer change waits for the customer to agree or switch back',
  },
  PREFERRED_DEALER_NOT_AGREED: {
    status: 409,
    title: 'The customer has not yet agreed to this dealer; its data cannot be changed',
  },
  VEHICLE_RELATION_NOT_FOUND: { status: 404, title: 'The customer has no relation to this vehicle' },
  CUSTOMER_UNKNOWN: { status: 422, title: 'The referenced customer does not exist' },
  AUTH_MISSING_KEY: { status: 401, title: 'Missing API key' },
  AUTH_INVALID_KEY: { status: 401, title: 'Invalid API key' },
  REQUEST_INVALID: { status: 400, title: 'The request is invalid' },
  REQUEST_TOO_LARGE: { status: 413, title: 'The request body is too large' },
  REQUEST_UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'Unsupported content type' },
  REQUEST_TIMEOUT: { status: 408, title: 'The request did not arrive in time' },
  REQUEST_URI_TOO_LONG: { status: 414, title: 'A path segment is too long' },
  REQUEST_HEADERS_TOO_LARGE: { status: 431, title: 'The request headers are too large' },
  REQUEST_TIME_IN_PAST: { status: 422, title: 'The time is not in the future' },
  REQUEST_TIME_BEYOND_HORIZON: { status: 422, title: 'The time is too far ahead' },
  PREFERRED_DEALER_CLAIM_RATE_LIMITED: {
    status: 429,
    title: 'Too many preferred-dealer claims by this dealer; retry later',
  },
  EVENT_CURSOR_INVALID: { status: 400, title: 'The cursor is not one this API handed out' },
  EVENT_NOT_FOUND: {
    status: 404,
    title: 'No event with this id in the feed (unknown, or past the retention)',
  },
  WEBHOOK_ENDPOINT_NOT_FOUND: { status: 404, title: 'No webhook endpoint with this id' },
  WEBHOOK_DELIVERY_NOT_FOUND: { status: 404, title: 'No delivery with this id' },
  WEBHOOK_URL_NOT_ALLOWED: {
    status: 422,
    title: 'The endpoint URL must be https (http only to loopback when allowed)',
  },
  WEBHOOK_ENDPOINT_LIMIT: { status: 409, title: 'The dealer has as many webhook endpoints as allowed' },
  ROUTE_NOT_FOUND: { status: 404, title: 'No such resource' },
  METHOD_NOT_ALLOWED: { status: 405, title: 'The resource does not support this method' },
  SERVICE_NOT_READY: { status: 503, title: 'Not ready to serve' },
  STORE_UNAVAILABLE: { status: 503, title: 'The database cannot be reached' },
  INTERNAL: { status: 500, title: 'Internal error' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/** A refused appointment time (domain/time-limits.ts) as a coded error naming the field. */
export function timeFailure(refusal: TimeRefusal): Result<never> {
  return fail(
    refusal.reason === 'past' ? 'REQUEST_TIME_IN_PAST' : 'REQUEST_TIME_BEYOND_HORIZON',
    refusal.detail,
    {
      field: refusal.field,
    },
  );
}

export interface CodedError {
  code: ErrorCode;
  /** Human-readable, for logs and the problem's `detail`; never parsed. */
  detail: string;
  /** Extra problem members (RFC 9457 extensions), e.g. the appointment status a command was refused in. */
  extensions?: Record<string, string>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: CodedError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(
  code: ErrorCode,
  detail: string,
  extensions?: Record<string, string>,
): Result<T> => ({ ok: false, error: extensions ? { code, detail, extensions } : { code, detail } });

/** RFC 9457 `type`: a stable URI per code (not dereferenceable yet; documented in docs/api.md). */
export function problemType(code: ErrorCode): string {
  return `urn:csb:problem:${code.toLowerCase().replaceAll('_', '-')}`;
}

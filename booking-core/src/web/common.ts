/**
 * What the dealer console and the owner website share: the page frame, formatting, forms with
 * their CSRF token, and the refusal page. Pages are plain HTML forms (POST, then 303 to the page),
 * so they work without JavaScript; the one script is the live list (assets/live.js).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Price } from '../car-channel.ts';
import type { AppointmentStatus } from '../domain/appointment.ts';
import type { TimeWindow } from '../domain/health-status.ts';
import type { CommandKind } from '../domain/transitions.ts';
import { type CodedError, ERROR_CATALOGUE, type Result } from '../errors.ts';
import { iso } from '../http/render.ts';
import { type Html, type HtmlValue, html } from './html.ts';
import type { WebSession } from './sessions.ts';

/** Every page and the asset routes send these (docs/web.md "Security"). */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; " +
  "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/** The largest form body a page accepts (the longest field is 2,000 characters of free text). */
export const FORM_BODY_LIMIT = 64 * 1024;

export interface PageInput {
  title: string;
  /** `console` or `owner`: the stylesheet is shared, the navigation differs. */
  area: 'console' | 'owner';
  session?: WebSession | undefined;
  /** Who is signed in, shown next to sign-out. */
  signedInAs?: string;
  nav?: Html;
  body: Html;
  /** Marks `<main>` as live (the list pages): assets/live.js listens to this stream. */
  liveStream?: string;
  /** A refusal or a confirmation shown above the page. */
  notice?: Html;
  scripts?: readonly string[];
}

export function page(p: PageInput): string {
  const signOut = p.session
    ? html`<form class="sign-out" method="post" action="/${p.area}/sign-out">
        ${csrfField(p.session)}<span class="who">${p.signedInAs ?? ''}</span>
        <button type="submit">Sign out</button>
      </form>`
    : '';
  const product = p.area === 'console' ? 'Dealer console' : 'Owner website';
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${p.title} · ${product}</title>
<link rel="stylesheet" href="/web/assets/site.css">
${(p.scripts ?? []).map((src) => html`<script type="module" src="${src}"></script>`)}
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top">
  <span class="product">csb · ${product}</span>
  ${p.nav ?? ''}
  ${signOut}
</header>
<main id="main" tabindex="-1" ${p.liveStream ? html`data-live="${p.liveStream}"` : ''}>
${p.notice ?? ''}
${p.body}
</main>
</body>
</html>`.toString();
}

export function csrfField(session: WebSession): Html {
  return html`<input type="hidden" name="_csrf" value="${session.csrf}">`;
}

/**
 * A refusal as the page shows it: the error's title, its code and the domain's reason. It takes the
 * focus when the page loads, so that a keyboard or screen-reader user starts at what went wrong.
 */
export function refusal(error: CodedError): Html {
  const entry = ERROR_CATALOGUE[error.code];
  return html`<div class="notice error" role="alert" tabindex="-1" autofocus><strong>Refused: ${entry.title}</strong>
    <span class="code">${error.code}</span><p>${reason(error)}</p></div>`;
}

/**
 * The domain's reason in words. A refused transition names the command and the status as the API
 * spells them ("cancel-by-customer ... cancelled-by-dealer"); the page says them as the page does.
 */
function reason(error: CodedError): string {
  const status = error.extensions?.appointmentStatus;
  const command = error.extensions?.command;
  if (error.code !== 'BOOKING_INVALID_TRANSITION' || !status || !command) return error.detail;
  const statusText = Object.hasOwn(STATUS_TEXT, status) ? STATUS_TEXT[status as AppointmentStatus] : status;
  return `${commandText(command)} is not allowed when the appointment is ${statusText}.`;
}

export const STATUS_TEXT: Record<AppointmentStatus, string> = {
  requested: 'Requested',
  inquired: 'Inquired',
  proposed: 'Proposed',
  accepted: 'Accepted',
  confirmed: 'Confirmed',
  'pre-booked': 'Pre-booked',
  'cancelled-by-customer': 'Cancelled by customer',
  'cancelled-by-dealer': 'Cancelled by dealer',
  closed: 'Closed',
};

/** What a command or history entry did, in words; the names are the domain's (transitions.ts). */
const COMMAND_TEXT: Record<CommandKind | 'request' | 'pre-book', string> = {
  request: 'Request',
  'pre-book': 'Pre-booking',
  propose: 'Propose',
  accept: 'Accept',
  'ask-another-slot': 'Ask for another slot',
  confirm: 'Confirm',
  finalize: 'Finalize',
  'cancel-by-customer': 'Cancel by customer',
  'cancel-by-dealer': 'Cancel by dealer',
  inquire: 'Inquire',
  'answer-inquiry': 'Answer the inquiry',
  'pre-booking-due': 'Pre-booking due',
  'follow-up-due': 'Pending timeout',
  'service-level-breached': 'Service level missed',
  'choose-navigation': 'Choose navigation',
};

export function commandText(name: string): string {
  return Object.hasOwn(COMMAND_TEXT, name) ? COMMAND_TEXT[name as keyof typeof COMMAND_TEXT] : name;
}

export function done(text: string): Html {
  return html`<div class="notice ok" role="status">${text}</div>`;
}

export function statusOf(error: CodedError): number {
  return ERROR_CATALOGUE[error.code].status;
}

/** Counts and logs a refused web request like the API's problems (csb_http_problems_total). */
export function countRefusal(request: FastifyRequest, error: CodedError): number {
  const status = statusOf(error);
  request.log.info({ code: error.code, status }, 'web request refused');
  request.server.countProblem(error.code, status);
  return status;
}

export function sendPage(reply: FastifyReply, body: string, status = 200): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(body);
}

/** POST-redirect-GET: a form's answer is a 303 to the page that shows the result. */
export function seeOther(reply: FastifyReply, location: string): FastifyReply {
  return reply.code(303).header('location', location).send();
}

// ---- formatting -------------------------------------------------------------------------------

/** Times are shown and entered in UTC ("2026-12-04 08:00 UTC"), the API's time zone. */
export function when(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '—';
  return `${iso(ms).slice(0, 16).replace('T', ' ')} UTC`;
}

export function day(ms: number): string {
  return iso(ms).slice(0, 10);
}

export function windowText(w: TimeWindow): string {
  return w.latest - w.earliest < 86_400_000 && day(w.earliest) === day(w.latest)
    ? day(w.earliest)
    : `${when(w.earliest)} – ${when(w.latest)}`;
}

export function money(price: Price | null | undefined): string {
  if (!price) return '—';
  const amount = (price.amountMinor / 100).toFixed(2);
  return `${amount} ${price.currencyCode}`;
}

/** A value for `<input type="datetime-local">`, in UTC. */
export function localInput(ms: number | undefined): string {
  return ms === undefined ? '' : iso(ms).slice(0, 16);
}

/** An icon with its meaning as text: screen readers read the text, sighted users see both. */
export function flag(icon: string, text: string, on: boolean, cls: string): HtmlValue {
  if (!on) return '';
  return html`<span class="flag ${cls}" title="${text}"><span aria-hidden="true">${icon}</span><span class="sr-only">${text}</span></span>`;
}

// ---- forms ------------------------------------------------------------------------------------

export type FormBody = Record<string, string | string[] | undefined>;

/** One form field as a trimmed string ('' when absent; the first value when repeated). */
export function field(body: unknown, name: string): string {
  if (typeof body !== 'object' || body === null) return '';
  const value = (body as FormBody)[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first.trim() : '';
}

/**
 * `2026-12-04T08:00` (UTC) -> epoch ms, or undefined when not a time. A day the month does not
 * have (2026-02-30) is refused, not rolled over into the next month.
 */
export function parseLocalTime(text: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(text)) return undefined;
  const ms = Date.parse(`${text}:00Z`);
  return Number.isNaN(ms) || iso(ms).slice(0, 16) !== text ? undefined : ms;
}

/**
 * A form's values checked by the REST API's own schema (http/schemas.ts): the pages accept exactly
 * what the API accepts, refused with the first thing wrong, named by its field.
 */
export function checkedBy<T>(schema: z.ZodType<T>, value: unknown): Result<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  return { ok: false, error: invalid(`${where}${issue?.message ?? 'not valid'}`) };
}

export function invalid(detail: string): CodedError {
  return { code: 'REQUEST_INVALID', detail };
}

/** A reminder-days field: '' is the dealer's default (null), else 1 to 4; anything else is refused, not reset. */
export function reminderDaysOf(text: string): Result<number | null> {
  if (text === '') return { ok: true, value: null };
  if (/^[1-4]$/.test(text)) return { ok: true, value: Number(text) };
  return { ok: false, error: invalid('reminder days: 1 to 4, or the dealer default') };
}

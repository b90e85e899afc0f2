/** The dealer console's page bodies: lists, the appointment ("Manage appointment"), vehicle, profile. */
import type { AppointmentList } from '../domain/appointment.ts';
import type { HealthStatus } from '../domain/health-status.ts';
import { type CommandKind, isAllowed } from '../domain/transitions.ts';
import type { DealerCustomerView } from '../service/customer-relations.ts';
import type { DeliveryView } from '../service/downlink-ledger.ts';
import type { HealthStatusRecord } from '../service/store-port.ts';
import type { AppointmentDetails, AppointmentSummary } from '../service/views.ts';
import {
  commandText,
  csrfField,
  field,
  flag,
  localInput,
  money,
  STATUS_TEXT,
  when,
  windowText,
} from './common.ts';
import { type Html, type HtmlValue, html } from './html.ts';
import type { WebSession } from './sessions.ts';

/** Contact data of a customer whose claim by VIN is not agreed yet (docs/api.md). */
const WITHHELD = 'withheld until the customer agrees';

export const LIST_TITLES: Record<AppointmentList, string> = {
  actions: 'Actions',
  pending: 'Pending',
  planned: 'Planned',
};

export type Counts = Record<AppointmentList | 'customers', number>;
export type NavPlace = AppointmentList | 'customers' | 'vehicles' | 'none';

export function consoleNav(counts: Counts, current: NavPlace): Html {
  const item = (place: NavPlace, href: string, text: string, count?: number) =>
    html`<li><a href="${href}" ${place === current ? html`aria-current="page"` : ''}>${text}${
      count === undefined ? '' : html` <span class="count">${count}</span>`
    }</a></li>`;
  return html`<nav aria-label="Lists" id="list-nav"><ul>
    ${item('actions', '/console/lists/actions', 'Actions', counts.actions)}
    ${item('pending', '/console/lists/pending', 'Pending', counts.pending)}
    ${item('planned', '/console/lists/planned', 'Planned', counts.planned)}
    ${item('customers', '/console/customers', 'All Workshop Customers', counts.customers)}
    ${item('vehicles', '/console/vehicles', 'Vehicle search')}
  </ul></nav>`;
}

export function appointmentFlags(a: AppointmentSummary): Html {
  return html`${flag('✉', 'Customer requested', a.flags.customerRequested, 'requested')}${flag(
    '⚠',
    'Warnings active',
    a.flags.warningsActive,
    'warnings',
  )}${a.flags.connectedCar ? flag('⇄', 'Connected car', true, 'connected') : html`<span class="flag off">not connected</span>`}${flag(
    '↻',
    'Awaiting follow-up',
    a.attention.awaitingFollowUp,
    'follow-up',
  )}${flag('!', 'Service level missed', a.attention.serviceLevelBreached, 'breached')}`;
}

export interface ListQuery {
  status: string;
  flag: string;
  q: string;
  sort: string;
  dir: 'asc' | 'desc';
}

export const SORTS: Record<string, { text: string; key: (a: AppointmentSummary) => string | number }> = {
  requestedAt: { text: 'Requested', key: (a) => a.requestedAt },
  updatedAt: { text: 'Last change', key: (a) => a.updatedAt },
  start: { text: 'Appointment time', key: (a) => a.start ?? Number.MAX_SAFE_INTEGER },
  customer: { text: 'Customer', key: (a) => a.customer.name.toLowerCase() },
  vin: { text: 'VIN', key: (a) => a.vehicle.vin },
  status: { text: 'Status', key: (a) => a.status },
};

export const FLAG_FILTERS: Record<string, { text: string; test: (a: AppointmentSummary) => boolean }> = {
  customerRequested: { text: 'Customer requested', test: (a) => a.flags.customerRequested },
  warningsActive: { text: 'Warnings active', test: (a) => a.flags.warningsActive },
  both: { text: 'Both', test: (a) => a.flags.customerRequested && a.flags.warningsActive },
  connectedCar: { text: 'Connected car', test: (a) => a.flags.connectedCar },
  notConnected: { text: 'Not connected', test: (a) => !a.flags.connectedCar },
  awaitingFollowUp: { text: 'Awaiting follow-up', test: (a) => a.attention.awaitingFollowUp },
};

export function filterAndSort(items: AppointmentSummary[], q: ListQuery): AppointmentSummary[] {
  const needle = q.q.toLowerCase();
  const flagTest = FLAG_FILTERS[q.flag]?.test;
  const sort = SORTS[q.sort] ?? SORTS.requestedAt;
  const filtered = items.filter(
    (a) =>
      (q.status === '' || a.status === q.status) &&
      (flagTest === undefined || flagTest(a)) &&
      (needle === '' ||
        a.vehicle.vin.toLowerCase().includes(needle) ||
        a.customer.name.toLowerCase().includes(needle)),
  );
  const sign = q.dir === 'desc' ? -1 : 1;
  return filtered.sort((x, y) => {
    const kx = sort?.key(x) ?? 0;
    const ky = sort?.key(y) ?? 0;
    return kx < ky ? -sign : kx > ky ? sign : 0;
  });
}

const option = (value: string, text: string, selected: string) =>
  html`<option value="${value}" ${value === selected ? html`selected` : ''}>${text}</option>`;

export function listPage(
  list: AppointmentList,
  items: AppointmentSummary[],
  q: ListQuery,
  total: number,
): Html {
  const statuses = Object.entries(STATUS_TEXT);
  return html`<h1>${LIST_TITLES[list]}</h1>
  <form class="filters" method="get" action="/console/lists/${list}" role="search" aria-label="Filter and sort">
    <label>Status <select name="status">${option('', 'Any', q.status)}${statuses.map(([v, t]) => option(v, t, q.status))}</select></label>
    <label>Flag <select name="flag">${option('', 'Any', q.flag)}${Object.entries(FLAG_FILTERS).map(([v, f]) => option(v, f.text, q.flag))}</select></label>
    <label>VIN or name <input type="search" name="q" value="${q.q}" maxlength="100"></label>
    <label>Sort by <select name="sort">${Object.entries(SORTS).map(([v, s]) => option(v, s.text, q.sort))}</select></label>
    <label>Order <select name="dir">${option('asc', 'Ascending', q.dir)}${option('desc', 'Descending', q.dir)}</select></label>
    <button type="submit">Apply</button>
  </form>
  <div id="live">
  <p class="summary" aria-live="polite">${items.length} of ${total} shown.</p>
  ${
    items.length === 0
      ? html`<p class="empty">Nothing here.</p>`
      : html`<div class="table-wrap"><table class="list">
    <caption class="sr-only">${LIST_TITLES[list]}: appointments</caption>
    <thead><tr><th scope="col">Status</th><th scope="col">Flags</th><th scope="col">Customer</th><th scope="col">Vehicle</th><th scope="col">Requested</th><th scope="col">Appointment</th></tr></thead>
    <tbody>${items.map(
      (a) => html`<tr data-appointment="${a.appointmentId}">
      <td><a href="/console/appointments/${encodeURIComponent(a.appointmentId)}">${STATUS_TEXT[a.status]}</a></td>
      <td class="flags">${appointmentFlags(a)}</td>
      <td>${a.customer.name}</td>
      <td><span class="vin">${a.vehicle.vin}</span> ${a.vehicle.model} ${a.vehicle.modelYear}</td>
      <td>${when(a.requestedAt)}</td>
      <td>${a.start === undefined ? '—' : when(a.start)}</td>
    </tr>`,
    )}</tbody></table></div>`
  }
  </div>`;
}

export function customersPage(customers: DealerCustomerView[], session: WebSession): Html {
  return html`<h1>All Workshop Customers</h1>
  ${
    customers.length === 0
      ? html`<p class="empty">No customers yet.</p>`
      : html`<div class="table-wrap"><table class="list">
    <caption class="sr-only">Customers whose preferred dealer you are</caption>
    <thead><tr><th scope="col">Customer</th><th scope="col">Source</th><th scope="col">Vehicles</th><th scope="col">Owner website</th></tr></thead>
    <tbody>${customers.map(
      (
        c,
      ) => html`<tr><td><a href="/console/customers/${encodeURIComponent(c.customerId)}">${c.name ?? WITHHELD}</a><br><span class="muted">${c.email ?? WITHHELD}</span></td>
      <td>${c.source === 'dms' ? 'DMS' : 'Central'}</td>
      <td>${c.vehicles.map(
        (v) =>
          html`<div><span class="vin">${v.vin}</span> ${v.model} ${v.connected ? flag('⇄', 'Connected car', true, 'connected') : html`<span class="flag off">not connected</span>`}</div>`,
      )}</td>
      <td>${c.websiteAccount.active ? 'Active' : c.websiteAccount.invitedAt ? `Invited ${when(c.websiteAccount.invitedAt)}` : 'None'}</td></tr>`,
    )}</tbody></table></div>`
  }
  <h2>New customer</h2>
  <form method="post" action="/console/customers" class="stack">${csrfField(session)}
    <label>Name <input name="name" required maxlength="200" autocomplete="off"></label>
    <label>Email <input name="email" type="email" required maxlength="200" autocomplete="off"></label>
    <label>Phone <input name="phone" maxlength="50" autocomplete="off"></label>
    <label>Source <select name="source"><option value="dms">DMS</option><option value="central">Central</option></select></label>
    <button type="submit">Create customer</button>
  </form>`;
}

/** The car sends a float ("12.300000190734863"); one decimal is what a gauge can tell. */
export function fuelText(percent: number): string {
  return `${Math.round(percent * 10) / 10} %`;
}

export function healthStatusBlock(h: HealthStatus | null, heading = 'Health Status'): Html {
  if (!h)
    return html`<section aria-labelledby="hs"><h2 id="hs">${heading}</h2><p>None came with this request.</p></section>`;
  const service = h.service;
  return html`<section aria-labelledby="hs" class="health"><h2 id="hs">${heading}</h2>
  <dl class="facts">
    <dt>Captured</dt><dd>${when(h.capturedAt)}</dd>
    <dt>Odometer</dt><dd>${h.odometerKm === undefined ? '—' : `${h.odometerKm} km`}</dd>
    <dt>Service reminder</dt><dd>${
      service
        ? html`${service.isServiceDue ? 'Service due' : 'Not due'}${service.distanceToServiceKm === undefined ? '' : `, ${service.distanceToServiceKm} km to service`}${service.timeToServiceS === undefined ? '' : `, ${Math.round(service.timeToServiceS / 86_400)} days to service`}${service.trigger ? ` (${service.trigger})` : ''}`
        : '—'
    }</dd>
    ${h.fuelLevelPercent === undefined ? '' : html`<dt>Fuel</dt><dd>${fuelText(h.fuelLevelPercent)}</dd>`}
    ${h.rangeKm === undefined ? '' : html`<dt>Range</dt><dd>${h.rangeKm} km</dd>`}
  </dl>
  <h3>Warnings (${h.warnings.length})</h3>
  ${
    h.warnings.length === 0
      ? html`<p>None.</p>`
      : html`<ul class="warnings">${h.warnings.map(
          (w) =>
            html`<li><span class="sev ${w.severity.toLowerCase()}">${w.severity}</span> ${w.type} <span class="code">${w.code}</span> ${w.location} ${w.text}</li>`,
        )}</ul>`
  }
  <h3>Trouble codes (${h.dtcs.length})</h3>
  ${
    h.dtcs.length === 0
      ? html`<p>None.</p>`
      : html`<ul class="dtcs">${h.dtcs.map(
          (d) =>
            html`<li><span class="code">${d.code}</span> ${d.ecu} ${d.status ?? ''} ${d.severity ?? ''}</li>`,
        )}</ul>`
  }
  </section>`;
}

const DELIVERY_TEXT: Record<string, string> = {
  proposal: 'proposal',
  'booking-confirmation': 'booking confirmation',
  'appointment-status': 'status change',
  navigation: 'navigation target',
};

export function deliveryText(d: DeliveryView): string {
  const what = DELIVERY_TEXT[d.kind] ?? d.kind;
  if (d.deliveredAt !== null) return `${what} delivered to the car ${when(d.deliveredAt)}`;
  if (d.state === 'expired') return `${what} expired before the car received it`;
  if (d.sentAt !== null)
    return `${what} sent to the car ${when(d.sentAt)}, not yet received (${d.attempts} attempts)`;
  return `${what} waiting for the car since ${when(d.createdAt)}`;
}

export interface AppointmentPageInput {
  a: AppointmentDetails;
  session: WebSession;
  deliveries: DeliveryView[];
  /** Set when the page shows the appointment as it was after this history version. */
  asOfVersion?: number;
  /** The latest version, for the history table's marks. */
  currentVersion: number;
  /** A refused action form's own values (its name and body): shown again, so nothing is retyped. */
  typed?: { action: string; body: unknown };
}

const can = (a: AppointmentDetails, kind: CommandKind) => isAllowed(a.status, kind);

export function appointmentPage(p: AppointmentPageInput): Html {
  const { a, session } = p;
  const id = encodeURIComponent(a.appointmentId);
  const base = `/console/appointments/${id}`;
  const historic = p.asOfVersion !== undefined;
  const prefill = a.preBooking ?? a.currentProposal;
  const prefillPrice = a.preBooking ? a.preBooking.price : (a.currentProposal?.price ?? null);
  /** What the refused `action` form held in `name`, else `otherwise` (the prefill). */
  const again = (action: string, name: string, otherwise: string | number = ''): string | number =>
    p.typed?.action === action ? field(p.typed.body, name) : otherwise;
  const actions: HtmlValue[] = [];
  if (!historic) {
    if (can(a, 'propose'))
      actions.push(html`<form method="post" action="${base}/propose" class="stack action">${csrfField(session)}
        <h3>Propose${a.preBooking ? ' (prefilled from the pre-booking)' : ''}</h3>
        <label>Start (UTC) <input type="datetime-local" name="start" required value="${again('propose', 'start', localInput(prefill?.start))}"></label>
        <label>Duration, minutes <input type="number" name="durationMinutes" min="15" max="1440" required value="${again('propose', 'durationMinutes', prefill?.durationMinutes ?? '')}"></label>
        <label>Price <input name="amount" inputmode="decimal" required pattern="\\d{1,9}([.,]\\d{1,2})?" value="${again('propose', 'amount', prefillPrice ? (prefillPrice.amountMinor / 100).toFixed(2) : '')}"></label>
        <label>Currency <input name="currency" required pattern="[A-Z]{3}" maxlength="3" placeholder="SEK" value="${again('propose', 'currency', prefillPrice?.currencyCode ?? '')}"></label>
        <label>Work description (not shown in the car) <textarea name="workDescription" maxlength="2000" rows="3">${again('propose', 'workDescription', prefill?.workDescription ?? '')}</textarea></label>
        <button type="submit">Send proposal</button></form>`);
    if (can(a, 'inquire'))
      actions.push(html`<form method="post" action="${base}/inquire" class="stack action">${csrfField(session)}
        <h3>Inquire</h3><label>Question to the customer <textarea name="question" required maxlength="2000" rows="3">${again('inquire', 'question')}</textarea></label>
        <button type="submit">Send question</button></form>`);
    if (can(a, 'confirm'))
      actions.push(html`<form method="post" action="${base}/confirm" class="action">${csrfField(session)}
        <h3>Confirm</h3><p>Blocks the workshop time; the car's list shows it confirmed.</p><button type="submit">Confirm appointment</button></form>`);
    if (can(a, 'finalize'))
      actions.push(html`<form method="post" action="${base}/finalize" class="action">${csrfField(session)}
        <h3>Finalize</h3><p>Closes the appointment; it leaves every list.</p><button type="submit">Finalize</button></form>`);
    if (can(a, 'cancel-by-dealer'))
      actions.push(html`<form method="post" action="${base}/cancel" class="stack action">${csrfField(session)}
        <h3>Cancel</h3><label>Reason <input name="reason" required maxlength="500" value="${again('cancel', 'reason')}"></label>
        <button type="submit" class="danger">Cancel appointment</button></form>`);
  }
  const nav = a.navigationMode ?? 'default';
  return html`<p class="crumbs"><a href="/console/lists/${a.list ?? 'actions'}">Back to ${a.list ? LIST_TITLES[a.list] : 'the lists'}</a></p>
  <h1>Manage appointment</h1>
  ${
    historic
      ? html`<div class="notice history" role="status">As it was after change ${p.asOfVersion} of ${p.currentVersion}. <a href="${base}">Show the current state</a></div>`
      : ''
  }
  <div class="grid">
  <section aria-labelledby="ov"><h2 id="ov">Overview</h2>
  <dl class="facts">
    <dt>Status</dt><dd class="status">${STATUS_TEXT[a.status]}</dd>
    <dt>List</dt><dd>${a.list ? LIST_TITLES[a.list] : 'none'}</dd>
    <dt>Flags</dt><dd class="flags">${appointmentFlags(a)}</dd>
    <dt>Origin</dt><dd>${a.origin === 'car' ? 'Car' : a.origin === 'website' ? 'Owner website' : 'Dealer (pre-booking)'}</dd>
    <dt>Customer</dt><dd><a href="/console/customers/${encodeURIComponent(a.customer.customerId)}">${a.customer.name}</a></dd>
    <dt>Vehicle</dt><dd><a class="vin" href="/console/vehicles?vin=${encodeURIComponent(a.vehicle.vin)}">${a.vehicle.vin}</a> ${a.vehicle.model} ${a.vehicle.modelYear}</dd>
    <dt>Requested</dt><dd>${when(a.requestedAt)}</dd>
    <dt>Customer's note</dt><dd class="note">${a.customerNote || '—'}</dd>
    <dt>Preferred dates</dt><dd>${a.preferredWindows.length === 0 ? '—' : a.preferredWindows.map(windowText).join(', ')}</dd>
    <dt>Odometer (customer)</dt><dd>${a.reportedOdometerKm === null ? '—' : `${a.reportedOdometerKm} km`}</dd>
    <dt>Navigation</dt><dd>${nav === 'default' ? "The dealer's default" : nav}</dd>
  </dl></section>
  ${healthStatusBlock(a.healthStatus, 'Health Status with the request')}
  <section aria-labelledby="conv"><h2 id="conv">Conversation</h2>
  ${
    a.inquiries.length === 0
      ? html`<p>No inquiries.</p>`
      : html`<ol class="conversation">${a.inquiries.map(
          (
            i,
          ) => html`<li><p class="q"><span class="who">Workshop, ${when(i.askedAt)}:</span> ${i.question}</p>
          <p class="a">${i.answer === null ? html`<em>Not answered yet.</em>` : html`<span class="who">Customer, ${when(i.answeredAt)}:</span> ${i.answer}`}</p></li>`,
        )}</ol>`
  }</section>
  <section aria-labelledby="prop"><h2 id="prop">Proposal</h2>
  ${
    a.currentProposal
      ? html`<dl class="facts"><dt>Start</dt><dd>${when(a.currentProposal.start)}</dd><dt>Duration</dt><dd>${a.currentProposal.durationMinutes} min</dd>
        <dt>Price</dt><dd>${money(a.currentProposal.price)}</dd><dt>Work</dt><dd>${a.currentProposal.workDescription || '—'}</dd></dl>`
      : html`<p>No proposal yet.</p>`
  }
  ${
    a.preBooking
      ? html`<h3>Pre-booking</h3><dl class="facts"><dt>Start</dt><dd>${when(a.preBooking.start)}</dd><dt>Duration</dt><dd>${a.preBooking.durationMinutes} min</dd>
        <dt>Price</dt><dd>${money(a.preBooking.price)}</dd><dt>Work</dt><dd>${a.preBooking.workDescription}</dd></dl>`
      : ''
  }</section>
  ${
    historic
      ? ''
      : html`<section aria-labelledby="car"><h2 id="car">Messages to the car</h2>
  ${p.deliveries.length === 0 ? html`<p>None.</p>` : html`<ul class="deliveries">${p.deliveries.map((d) => html`<li>${deliveryText(d)}</li>`)}</ul>`}</section>`
  }
  </div>
  ${
    historic
      ? ''
      : html`<section aria-labelledby="act"><h2 id="act">Actions</h2>
  ${actions.length === 0 ? html`<p>The status ${STATUS_TEXT[a.status]} allows no further dealer action.</p>` : html`<div class="actions">${actions}</div>`}
  ${
    can(a, 'choose-navigation')
      ? html`<form method="post" action="${base}/navigation" class="inline">${csrfField(session)}
    <label>Navigation in the car <select name="mode"><option value="destination" ${nav === 'destination' ? html`selected` : ''}>Workshop as destination</option><option value="waypoint" ${nav === 'waypoint' ? html`selected` : ''}>Workshop as waypoint</option></select></label>
    <button type="submit">Set navigation</button></form>`
      : ''
  }</section>`
  }
  <section aria-labelledby="hist"><h2 id="hist">History</h2>
  <div class="table-wrap"><table class="history"><caption class="sr-only">Every change, oldest first; choose one to see the appointment as it was then</caption>
  <thead><tr><th scope="col">Change</th><th scope="col">When</th><th scope="col">Who</th><th scope="col">What</th><th scope="col">Status after</th></tr></thead>
  <tbody>${a.history.map(
    (
      h,
    ) => html`<tr ${h.version === (p.asOfVersion ?? p.currentVersion) ? html`class="current" aria-current="true"` : ''}>
    <td><a href="${base}?version=${h.version}">#${h.version}</a></td><td>${when(h.at)}</td><td>${h.actor.kind}</td><td>${commandText(h.command)}</td><td>${STATUS_TEXT[h.status]}</td></tr>`,
  )}</tbody></table></div></section>`;
}

export function vehiclePage(
  vin: string,
  latest: HealthStatusRecord | undefined,
  customer: DealerCustomerView | undefined,
  message: string | undefined,
): Html {
  return html`<h1>Vehicle search</h1>
  <form method="get" action="/console/vehicles" role="search" class="inline">
    <label>VIN <input name="vin" value="${vin}" maxlength="17" autocomplete="off" spellcheck="false"></label>
    <button type="submit">Search</button></form>
  ${message ? html`<p class="notice" role="status">${message}</p>` : ''}
  ${
    latest
      ? html`<p>Received ${when(latest.receivedAt)} (from the ${latest.source}).</p>${healthStatusBlock(latest.healthStatus, `Latest Health Status of ${vin}`)}`
      : ''
  }
  ${
    customer
      ? html`<section aria-labelledby="cust"><h2 id="cust">Customer</h2><p><a href="/console/customers/${encodeURIComponent(customer.customerId)}">${customer.name ?? WITHHELD}</a> (${customer.email ?? WITHHELD})</p></section>`
      : vin && latest
        ? html`<p>This vehicle's customer is not one of your workshop customers.</p>`
        : ''
  }`;
}

export function profilePage(c: DealerCustomerView, session: WebSession, dealerId: string): Html {
  const id = encodeURIComponent(c.customerId);
  const base = `/console/customers/${id}`;
  const checked = (on: boolean) => (on ? html`checked` : '');
  // Withheld until the customer agrees to this dealer ([CUST-5]): nothing to edit, so no form
  // (saving it could only be refused, 409 PREFERRED_DEALER_NOT_AGREED).
  const details = c.contactWithheld
    ? html`<section aria-labelledby="pd"><h2 id="pd">Customer</h2>
  <p>The customer's name and contact data are withheld until the customer agrees to you as preferred dealer; until then the profile cannot be changed.</p></section>`
    : html`<section aria-labelledby="pd"><h2 id="pd">Customer</h2>
  <form method="post" action="${base}" class="stack">${csrfField(session)}
    <p>Source: <strong>${c.source === 'dms' ? 'DMS' : 'Central'}</strong> (mandatory fields are marked *)</p>
    <label>Name * <input name="name" required maxlength="200" value="${c.name ?? ''}"></label>
    <label>Email * <input name="email" type="email" required maxlength="200" value="${c.email ?? ''}"></label>
    <label>Phone <input name="phone" maxlength="50" value="${c.phone ?? ''}"></label>
    <label>Source * <select name="source"><option value="dms" ${c.source === 'dms' ? html`selected` : ''}>DMS</option><option value="central" ${c.source === 'central' ? html`selected` : ''}>Central</option></select></label>
    <fieldset><legend>Contact by (marketing)</legend>
      <label class="check"><input type="checkbox" name="contactPhone" value="on" ${checked(c.contactBy.phone)}> Phone</label>
      <label class="check"><input type="checkbox" name="contactEmail" value="on" ${checked(c.contactBy.email)}> Email</label>
      <label class="check"><input type="checkbox" name="contactSms" value="on" ${checked(c.contactBy.sms)}> SMS</label>
    </fieldset>
    <label>Booking reminder, days before <select name="reminderDays"><option value="">Dealer default</option>${[1, 2, 3, 4].map((d) => html`<option value="${d}" ${c.reminderDays === d ? html`selected` : ''}>${d}</option>`)}</select></label>
    <button type="submit">Save profile</button>
  </form></section>`;
  return html`<h1>Manage profile: ${c.name ?? WITHHELD}</h1>
  <div class="grid">
  ${details}
  <section aria-labelledby="pref"><h2 id="pref">Preferred dealer</h2>
    <p>${c.preferredDealerId === dealerId ? 'You' : (c.preferredDealerId ?? 'none')}${c.preferredDealerPending ? ' (the customer has not decided yet)' : ''}</p>
    <h2>Owner website</h2>
    <p>${c.websiteAccount.active ? 'Account active.' : c.websiteAccount.invitedAt ? `Invited ${when(c.websiteAccount.invitedAt)}.` : 'No account.'}</p>
    ${c.websiteAccount.active ? '' : html`<form method="post" action="${base}/invite">${csrfField(session)}<button type="submit">Invite to the owner website</button></form>`}
  </section>
  </div>
  <section aria-labelledby="veh"><h2 id="veh">Vehicles</h2>
  <div class="table-wrap"><table class="list"><caption class="sr-only">Vehicle relations</caption>
  <thead><tr><th scope="col">Vehicle</th><th scope="col">Relation</th><th scope="col">Change</th></tr></thead>
  <tbody>${c.vehicles.map((v) => {
    const vin = encodeURIComponent(v.vin);
    return html`<tr><td><a class="vin" href="/console/vehicles?vin=${vin}">${v.vin}</a> ${v.model} ${v.modelYear} ${v.connected ? flag('⇄', 'Connected car', true, 'connected') : html`<span class="flag off">not connected</span>`}</td>
    <td>${v.primaryDriver ? 'Primary driver' : 'Driver'}${v.reportedIncorrectAt ? html`<br>Reported incorrect ${when(v.reportedIncorrectAt)}: ${v.reportNote ?? ''}` : ''}</td>
    <td class="row-actions">
      ${v.primaryDriver ? '' : html`<form method="post" action="${base}/vehicles/${vin}/primary-driver">${csrfField(session)}<button type="submit">Make primary driver</button></form>`}
      ${v.primaryDriver && c.preferredDealerId !== dealerId ? html`<form method="post" action="${base}/vehicles/${vin}/preferred-dealer">${csrfField(session)}<button type="submit">Set yourself as preferred dealer</button></form>` : ''}
      <form method="post" action="${base}/vehicles/${vin}/remove">${csrfField(session)}<button type="submit" class="danger">Remove relation</button></form>
      <form method="post" action="${base}/vehicles/${vin}/report-incorrect" class="inline">${csrfField(session)}<label>Note <input name="note" required maxlength="500"></label><button type="submit">Report incorrect</button></form>
    </td></tr>`;
  })}</tbody></table></div>
  <form method="post" action="${base}/vehicles" class="inline">${csrfField(session)}
    <label>Add vehicle, VIN <input name="vin" required maxlength="17" autocomplete="off"></label>
    <label class="check"><input type="checkbox" name="primaryDriver" value="on"> Primary driver</label>
    <button type="submit">Add</button></form>
  </section>
  <section aria-labelledby="pb"><h2 id="pb">New pre-booking</h2>
  <form method="post" action="/console/pre-bookings" class="stack">${csrfField(session)}
    <input type="hidden" name="customerId" value="${c.customerId}">
    <label>Vehicle <select name="vin" required>${c.vehicles.map((v) => html`<option value="${v.vin}">${v.vin} ${v.model}</option>`)}</select></label>
    <label>Start (UTC) <input type="datetime-local" name="start" required></label>
    <label>Duration, minutes <input type="number" name="durationMinutes" min="1" max="1440" required value="60"></label>
    <label>Work <textarea name="workDescription" required maxlength="2000" rows="2"></textarea></label>
    <label>Price (optional) <input name="amount" inputmode="decimal" pattern="\\d{1,9}([.,]\\d{1,2})?"></label>
    <label>Currency <input name="currency" pattern="[A-Z]{3}" maxlength="3" placeholder="SEK"></label>
    <button type="submit">Create pre-booking</button></form>
  </section>`;
}

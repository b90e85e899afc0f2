/**
 * The owner website (`/owner/`): the driver's appointments with proposals (work details included,
 * unlike the car), inquiries to answer, accept / another slot / cancel, the booking-request form,
 * reminder days and preferred dealer. Sign-in with the customer's website token (docs/web.md);
 * every email's link (`/owner/appointments/{id}`) opens that page after sign-in. A customer sees
 * only its own appointments: the service answers BOOKING_NOT_FOUND for anyone else's.
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { NavigationMode } from '../domain/appointment.ts';
import { isOpen } from '../domain/lists.ts';
import { DAY_MS } from '../domain/timers.ts';
import { isAllowed } from '../domain/transitions.ts';
import type { CodedError, Result } from '../errors.ts';
import { websiteRequestBodySchema } from '../http/schemas.ts';
import type { BookingCore } from '../service/booking-core.ts';
import type { CustomerAppointmentView } from '../service/customer-api.ts';
import type { CustomerProfileView } from '../service/customer-relations.ts';
import {
  checkedBy,
  countRefusal,
  csrfField,
  done,
  FORM_BODY_LIMIT,
  field,
  invalid,
  money,
  page,
  refusal,
  reminderDaysOf,
  STATUS_TEXT,
  seeOther,
  sendPage,
  when,
  windowText,
} from './common.ts';
import { type Html, html } from './html.ts';
import type { SessionStore, WebSession } from './sessions.ts';
import { mountSessionArea } from './sign-in.ts';

const DONE_TEXT: Record<string, string> = {
  accept: 'You accepted the proposal. The workshop will confirm it.',
  'another-slot': 'You asked for another time.',
  cancel: 'The appointment is cancelled.',
  answer: 'Your answer was sent to the workshop.',
  navigation: 'Navigation choice saved.',
  request: 'Your booking request was sent to your dealer.',
  saved: 'Saved.',
};

/** A preferred date (YYYY-MM-DD) as the whole UTC day, as the customer API takes it. */
function dayWindow(date: string) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const earliest = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(earliest) ? undefined : { earliest, latest: earliest + DAY_MS - 1 };
}

function preferredDates(body: unknown, names: string[]): Result<{ earliest: number; latest: number }[]> {
  const windows = [];
  for (const name of names) {
    const text = field(body, name);
    if (text === '') continue;
    const w = dayWindow(text);
    if (!w) return { ok: false, error: invalid(`${name}: a date`) };
    windows.push(w);
  }
  return { ok: true, value: windows };
}

const ownerNav = html`<nav aria-label="Owner website"><ul><li><a href="/owner/">My appointments</a></li><li><a href="/owner/#book">Book a visit</a></li><li><a href="/owner/#settings">Settings</a></li></ul></nav>`;

function appointmentRows(items: CustomerAppointmentView[]): Html {
  if (items.length === 0) return html`<p class="empty">No appointments yet.</p>`;
  return html`<div class="table-wrap"><table class="list"><caption class="sr-only">My appointments</caption>
    <thead><tr><th scope="col">Appointment</th><th scope="col">Status</th><th scope="col">Workshop</th><th scope="col">Time</th></tr></thead>
    <tbody>${items.map(
      (
        a,
      ) => html`<tr><td><a href="/owner/appointments/${encodeURIComponent(a.appointmentId)}">${a.vin}, requested ${when(a.requestedAt)}</a></td>
      <td>${STATUS_TEXT[a.status]}</td><td>${a.dealer.name}</td><td>${a.currentProposal ? when(a.currentProposal.start) : '—'}</td></tr>`,
    )}</tbody></table></div>`;
}

/**
 * The home page; `typed` is a refused booking request's form body, shown again in its fields so
 * nothing is retyped.
 */
function homePage(
  items: CustomerAppointmentView[],
  profile: CustomerProfileView,
  s: WebSession,
  typed?: unknown,
): Html {
  const again = (name: string) => (typed === undefined ? '' : field(typed, name));
  return html`<h1>My appointments</h1>${appointmentRows(items)}
  <section aria-labelledby="book"><h2 id="book">Book a workshop visit</h2>
  <form method="post" action="/owner/requests" class="stack">${csrfField(s)}
    <label>Vehicle <select name="vin" required>${profile.vehicles.map((v) => html`<option value="${v.vin}" ${again('vin').toUpperCase() === v.vin ? html`selected` : ''}>${v.model} ${v.modelYear} (${v.vin})</option>`)}</select></label>
    <label>What should the workshop do? <textarea name="note" required maxlength="2000" rows="3">${again('note')}</textarea></label>
    <label>Preferred date <input type="date" name="date1" required value="${again('date1')}"></label>
    <label>Second preferred date <input type="date" name="date2" required value="${again('date2')}"></label>
    <label>Current odometer, km <input type="number" name="odometerKm" min="0" max="2000000" required value="${again('odometerKm')}"></label>
    <button type="submit">Send booking request</button></form></section>
  <section aria-labelledby="settings"><h2 id="settings">Settings</h2>
  <form method="post" action="/owner/settings/reminder-days" class="inline">${csrfField(s)}
    <label>Booking reminder, days before <select name="days"><option value="">Dealer default</option>${[1, 2, 3, 4].map((d) => html`<option value="${d}" ${profile.reminderDays === d ? html`selected` : ''}>${d}</option>`)}</select></label>
    <button type="submit">Save reminder</button></form>
  <h3 id="preferred">Preferred dealer</h3>
  <p>${profile.preferredDealerId ?? 'None chosen yet.'}</p>
  ${
    profile.preferredDealerPending
      ? html`<p>Your dealer was changed to ${profile.preferredDealerId ?? ''}${profile.previousPreferredDealerId ? ` (before: ${profile.previousPreferredDealerId})` : ''}. Do you agree?</p>
    <div class="inline"><form method="post" action="/owner/preferred-dealer/agree">${csrfField(s)}<button type="submit">Agree</button></form>
    <form method="post" action="/owner/preferred-dealer/reject">${csrfField(s)}<button type="submit">Change back</button></form></div>`
      : ''
  }
  <form method="post" action="/owner/preferred-dealer" class="inline">${csrfField(s)}
    <label>Choose a dealer (dealer id) <input name="dealerId" required maxlength="64" autocomplete="off"></label>
    <button type="submit">Set preferred dealer</button></form></section>`;
}

/**
 * The customer chooses in every status docs/domain.md [ST-2] allows it. There is no command to go
 * back to the dealer's default once chosen, so the form offers only the two choices.
 */
const NAVIGATION_TEXT: Record<NavigationMode | 'default', string> = {
  default: "The dealer's default",
  destination: 'Workshop as destination',
  waypoint: 'Workshop as waypoint',
};

/**
 * An unanswered question. An answer goes to the newest question (transitions.ts), so an older one
 * was repeated by a later question and waits for nothing; only the newest, while the appointment
 * is Inquired, waits for the customer.
 */
function unansweredText(a: CustomerAppointmentView, index: number): string {
  if (index < a.inquiries.length - 1) return 'Asked again below.';
  return a.status === 'inquired' ? 'Waiting for your answer.' : 'Not answered.';
}

function appointmentPage(a: CustomerAppointmentView, s: WebSession): Html {
  const base = `/owner/appointments/${encodeURIComponent(a.appointmentId)}`;
  const p = a.currentProposal;
  const open = isOpen(a.status);
  const unanswered = a.inquiries.some((i) => i.answer === null);
  const navigation = a.navigationMode ?? 'default';
  return html`<p class="crumbs"><a href="/owner/">My appointments</a></p>
  <h1>Appointment at ${a.dealer.name}</h1>
  <dl class="facts">
    <dt>Status</dt><dd class="status">${STATUS_TEXT[a.status]}</dd>
    <dt>Vehicle</dt><dd class="vin">${a.vin}</dd>
    <dt>Workshop</dt><dd>${a.dealer.name}, ${a.dealer.address.street}, ${a.dealer.address.postalCode} ${a.dealer.address.city}, ${a.dealer.phone}</dd>
    <dt>Your note</dt><dd class="note">${a.customerNote || '—'}</dd>
    <dt>Preferred dates</dt><dd>${a.preferredWindows.length === 0 ? '—' : a.preferredWindows.map(windowText).join(', ')}</dd>
    <dt>Navigation in the car</dt><dd class="navigation">${NAVIGATION_TEXT[navigation]}</dd>
  </dl>
  ${
    p
      ? html`<section aria-labelledby="prop"><h2 id="prop">Proposal</h2><dl class="facts">
    <dt>Time</dt><dd>${when(p.start)} (${p.durationMinutes} min)</dd><dt>Price</dt><dd>${money(p.price)}</dd>
    <dt>Work</dt><dd>${p.workDescription || '—'}</dd></dl>
    ${
      a.status === 'proposed'
        ? html`<div class="actions">
      <form method="post" action="${base}/accept" class="action">${csrfField(s)}<input type="hidden" name="proposalId" value="${p.proposalId}"><button type="submit">Accept this proposal</button></form>
      <form method="post" action="${base}/another-slot" class="stack action">${csrfField(s)}<input type="hidden" name="proposalId" value="${p.proposalId}">
        <h3>Ask for another time</h3>
        <label>Preferred date <input type="date" name="date1"></label>
        <label>Second preferred date <input type="date" name="date2"></label>
        <label>Message <textarea name="note" maxlength="2000" rows="2"></textarea></label>
        <button type="submit">Ask for another time</button></form></div>`
        : ''
    }</section>`
      : ''
  }
  ${
    a.preBooking
      ? html`<section><h2>Pre-booking</h2><p>${when(a.preBooking.start)}: ${a.preBooking.workDescription}</p></section>`
      : ''
  }
  <section aria-labelledby="conv"><h2 id="conv">Questions from the workshop</h2>
  ${
    a.inquiries.length === 0
      ? html`<p>None.</p>`
      : html`<ol class="conversation">${a.inquiries.map(
          (i, n) =>
            html`<li><p class="q">${i.question}</p><p class="a">${i.answer === null ? html`<em>${unansweredText(a, n)}</em>` : i.answer}</p></li>`,
        )}</ol>`
  }
  ${
    unanswered && a.status === 'inquired'
      ? html`<form method="post" action="${base}/answer" class="stack">${csrfField(s)}
    <label>Your answer <textarea name="answer" required maxlength="2000" rows="3"></textarea></label><button type="submit">Send answer</button></form>`
      : ''
  }</section>
  ${
    open
      ? html`<section aria-labelledby="more"><h2 id="more">Change</h2>
  ${
    isAllowed(a.status, 'choose-navigation')
      ? html`<form method="post" action="${base}/navigation" class="inline">${csrfField(s)}
    <label>Navigation in the car <select name="mode">${(['destination', 'waypoint'] as const).map((mode) => html`<option value="${mode}" ${navigation === mode ? html`selected` : ''}>${NAVIGATION_TEXT[mode]}</option>`)}</select></label>
    <button type="submit">Save</button></form>`
      : ''
  }
  <form method="post" action="${base}/cancel" class="inline">${csrfField(s)}
    <label>Reason <input name="reason" required maxlength="500"></label><button type="submit" class="danger">Cancel appointment</button></form></section>`
      : ''
  }`;
}

export function ownerPages(core: BookingCore, sessions: SessionStore): FastifyPluginAsync {
  return async (app) => {
    await mountSessionArea(app, {
      area: 'owner',
      kind: 'customer',
      sessions,
      title: 'Owner website sign-in',
      secretLabel: 'Website token',
      hint: 'Sign in with the website token your dealer gave you. The link in your email brings you back to the page it names.',
      sameSite: 'lax',
      authenticate: (secret) => core.authenticateCustomer(secret),
    });

    const session = (request: FastifyRequest): WebSession => {
      if (!request.webSession) throw new Error('owner route without its session guard');
      return request.webSession;
    };

    const render = async (
      request: FastifyRequest,
      reply: FastifyReply,
      p: { title: string; body: Html; notice?: Html | undefined; status?: number },
    ) => {
      const s = session(request);
      const customer = await core.getCustomer(s.principal);
      return sendPage(
        reply,
        page({
          title: p.title,
          area: 'owner',
          session: s,
          signedInAs: customer?.name ?? '',
          nav: ownerNav,
          body: p.body,
          ...(p.notice ? { notice: p.notice } : {}),
        }),
        p.status ?? 200,
      );
    };
    const doneNotice = (request: FastifyRequest) => {
      const text = DONE_TEXT[field(request.query, 'done')];
      return text ? done(text) : undefined;
    };

    const showHome = async (
      request: FastifyRequest,
      reply: FastifyReply,
      notice?: Html,
      status?: number,
      typed?: unknown,
    ) => {
      const customerId = session(request).principal;
      const [items, profile] = await Promise.all([
        core.customerAppointments(customerId),
        core.customerProfileView(customerId),
      ]);
      if (!profile.ok) return refused(request, reply, profile.error);
      return render(request, reply, {
        title: 'My appointments',
        body: homePage(items, profile.value, session(request), typed),
        notice: notice ?? doneNotice(request),
        ...(status ? { status } : {}),
      });
    };

    const refused = async (request: FastifyRequest, reply: FastifyReply, error: CodedError) => {
      const status = countRefusal(request, error);
      return render(request, reply, { title: 'Refused', body: html``, notice: refusal(error), status });
    };

    const showAppointment = async (
      request: FastifyRequest,
      reply: FastifyReply,
      appointmentId: string,
      notice?: Html,
      status?: number,
    ) => {
      const result = await core.customerAppointment(session(request).principal, appointmentId);
      if (!result.ok) return refused(request, reply, result.error);
      return render(request, reply, {
        title: 'Appointment',
        body: appointmentPage(result.value, session(request)),
        notice: notice ?? doneNotice(request),
        ...(status ? { status } : {}),
      });
    };

    app.get('/', async (request, reply) => showHome(request, reply));
    app.get('/preferred-dealer', async (_request, reply) => seeOther(reply, '/owner/#preferred'));
    app.get('/invite', async (_request, reply) => seeOther(reply, '/owner/'));
    app.get('/appointments/:appointmentId', async (request, reply) =>
      showAppointment(request, reply, (request.params as { appointmentId: string }).appointmentId),
    );

    /** A home-page form: success 303 back home, refusal the home page with the reason. */
    const homeAction = (
      path: string,
      run: (customerId: string, body: unknown) => Promise<Result<unknown>>,
      doneKey: string,
    ) =>
      app.post(path, { bodyLimit: FORM_BODY_LIMIT }, async (request, reply) => {
        const result = await run(session(request).principal, request.body);
        if (result.ok) return seeOther(reply, `/owner/?done=${doneKey}`);
        const status = countRefusal(request, result.error);
        return showHome(request, reply, refusal(result.error), status, request.body);
      });

    homeAction(
      '/requests',
      async (customerId, b) => {
        // The API's own rules (customer website API, POST /customer/v1/requests).
        const odometer = field(b, 'odometerKm');
        const checked = checkedBy(websiteRequestBodySchema, {
          vin: field(b, 'vin').toUpperCase(),
          note: field(b, 'note'),
          preferredDates: [field(b, 'date1'), field(b, 'date2')],
          odometerKm: odometer === '' ? undefined : Number(odometer),
        });
        if (!checked.ok) return checked;
        const { preferredDates, ...request } = checked.value;
        const windows = preferredDates.flatMap((date) => dayWindow(date) ?? []);
        return core.createWebsiteRequest(customerId, { ...request, preferredWindows: windows });
      },
      'request',
    );
    homeAction(
      '/settings/reminder-days',
      async (customerId, b) => {
        const checked = reminderDaysOf(field(b, 'days'));
        return checked.ok ? core.setReminderDays(customerId, checked.value) : checked;
      },
      'saved',
    );
    homeAction(
      '/preferred-dealer',
      (customerId, b) =>
        core.customerPreferredDealer(customerId, {
          kind: 'customer-chooses',
          dealerId: field(b, 'dealerId').slice(0, 64),
        }),
      'saved',
    );
    homeAction(
      '/preferred-dealer/agree',
      (customerId) => core.customerPreferredDealer(customerId, { kind: 'customer-agrees' }),
      'saved',
    );
    homeAction(
      '/preferred-dealer/reject',
      (customerId) => core.customerPreferredDealer(customerId, { kind: 'customer-rejects' }),
      'saved',
    );

    /** An appointment form: body -> customer command; success 303 to the page, refusal the page with the reason. */
    const command = (
      name: string,
      toCommand: (body: unknown) => Result<Parameters<BookingCore['customerCommand']>[2]>,
    ) =>
      app.post(
        `/appointments/:appointmentId/${name}`,
        { bodyLimit: FORM_BODY_LIMIT },
        async (request, reply) => {
          const { appointmentId } = request.params as { appointmentId: string };
          const cmd = toCommand(request.body);
          const result = cmd.ok
            ? await core.customerCommand(session(request).principal, appointmentId, cmd.value)
            : cmd;
          if (result.ok)
            return seeOther(reply, `/owner/appointments/${encodeURIComponent(appointmentId)}?done=${name}`);
          const status = countRefusal(request, result.error);
          return showAppointment(request, reply, appointmentId, refusal(result.error), status);
        },
      );

    const proposalId = (b: unknown) => field(b, 'proposalId').slice(0, 100);
    command('accept', (b) => ({ ok: true, value: { kind: 'accept', proposalId: proposalId(b) } }));
    command('another-slot', (b) => {
      const windows = preferredDates(b, ['date1', 'date2']);
      if (!windows.ok) return windows;
      return {
        ok: true,
        value: {
          kind: 'ask-another-slot',
          proposalId: proposalId(b),
          preferredWindows: windows.value,
          note: field(b, 'note').slice(0, 2000),
        },
      };
    });
    command('cancel', (b) => {
      const reason = field(b, 'reason');
      if (reason === '' || reason.length > 500)
        return { ok: false, error: invalid('reason: 1 to 500 characters') };
      return { ok: true, value: { kind: 'cancel', reason } };
    });
    command('answer', (b) => {
      const answer = field(b, 'answer');
      if (answer === '' || answer.length > 2000)
        return { ok: false, error: invalid('answer: 1 to 2000 characters') };
      return { ok: true, value: { kind: 'answer-inquiry', answer } };
    });
    command('navigation', (b) => {
      const mode = field(b, 'mode');
      if (mode !== 'destination' && mode !== 'waypoint')
        return { ok: false, error: invalid('navigation: destination or waypoint') };
      return { ok: true, value: { kind: 'choose-navigation', mode } };
    });

    app.setNotFoundHandler(async (request, reply) => {
      if (!request.webSession) return seeOther(reply, '/owner/sign-in');
      return refused(request, reply, {
        code: 'ROUTE_NOT_FOUND',
        detail: `${request.method} ${request.url} does not exist`,
      });
    });
  };
}

/**
 * The dealer console (`/console/`): sign-in with the dealer's API key (turned into a session), the
 * lists with live updates, "Manage appointment", history, vehicle search and "Manage profile".
 * Every page reads and changes through the same BookingCore functions the dealer API uses, so a
 * dealer sees only its own appointments and customers here too (docs/web.md).
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { APPOINTMENT_LISTS, type AppointmentList } from '../domain/appointment.ts';
import type { CodedError, Result } from '../errors.ts';
import { iso } from '../http/render.ts';
import {
  customerPatchSchema,
  newDealerCustomerSchema,
  preBookingBodySchema,
  proposalBodySchema,
  vinSchema,
} from '../http/schemas.ts';
import type { BookingCore } from '../service/booking-core.ts';
import type { DealerCustomerView } from '../service/customer-relations.ts';
import type { AppointmentDetails } from '../service/views.ts';
import {
  checkedBy,
  countRefusal,
  done,
  FORM_BODY_LIMIT,
  field,
  invalid,
  page,
  parseLocalTime,
  refusal,
  reminderDaysOf,
  seeOther,
  sendPage,
} from './common.ts';
import {
  appointmentPage,
  type Counts,
  consoleNav,
  customersPage,
  filterAndSort,
  type ListQuery,
  listPage,
  type NavPlace,
  profilePage,
  SORTS,
  vehiclePage,
} from './console-views.ts';
import { type Html, html } from './html.ts';
import type { LiveLists } from './live.ts';
import type { SessionStore, WebSession } from './sessions.ts';
import { mountSessionArea } from './sign-in.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in dealer's or customer's web session (set by the area's guard). */
    webSession: WebSession | undefined;
  }
}

const DONE_TEXT: Record<string, string> = {
  propose: 'Proposal sent.',
  inquire: 'Question sent to the customer.',
  confirm: 'Appointment confirmed.',
  finalize: 'Appointment finalized.',
  cancel: 'Appointment cancelled.',
  navigation: 'Navigation set.',
  saved: 'Saved.',
  invited: 'Invitation sent.',
  created: 'Created.',
};

/** A price typed as "2450.00" and a currency code; undefined when both are empty. */
export function parsePrice(
  amount: string,
  currency: string,
): Result<{ currencyCode: string; amountMinor: number } | undefined> {
  if (amount === '' && currency === '') return { ok: true, value: undefined };
  if (!/^\d{1,9}([.,]\d{1,2})?$/.test(amount))
    return { ok: false, error: invalid('price: a number like 2450.00') };
  if (!/^[A-Z]{3}$/.test(currency))
    return { ok: false, error: invalid('currency: three capital letters (ISO 4217)') };
  const [whole = '0', cents = ''] = amount.replace(',', '.').split('.');
  return {
    ok: true,
    value: { currencyCode: currency, amountMinor: Number(whole) * 100 + Number(cents.padEnd(2, '0')) },
  };
}

function listQuery(query: unknown): ListQuery {
  const q = (name: string) => field(query, name).slice(0, 100);
  const sort = q('sort');
  return {
    status: q('status'),
    flag: q('flag'),
    q: q('q'),
    sort: Object.hasOwn(SORTS, sort) ? sort : 'requestedAt',
    dir: q('dir') === 'desc' ? 'desc' : 'asc',
  };
}

export function consolePages(core: BookingCore, sessions: SessionStore, live: LiveLists): FastifyPluginAsync {
  return async (app) => {
    await mountSessionArea(app, {
      area: 'console',
      kind: 'dealer',
      sessions,
      title: 'Dealer console sign-in',
      secretLabel: 'Dealer API key',
      hint: 'Sign in with the API key of your dealership. It is exchanged for a session and never shown in an address.',
      sameSite: 'strict',
      authenticate: (secret) => core.authenticateDealer(secret),
    });

    const counts = async (dealerId: string): Promise<Counts> => {
      const [actions, pending, planned, customers] = await Promise.all([
        ...APPOINTMENT_LISTS.map((l) => core.listAppointments(dealerId, l)),
        core.allWorkshopCustomers(dealerId),
      ]);
      return {
        actions: actions?.length ?? 0,
        pending: pending?.length ?? 0,
        planned: planned?.length ?? 0,
        customers: (customers as DealerCustomerView[]).length,
      } as Counts;
    };

    const session = (request: FastifyRequest): WebSession => {
      if (!request.webSession) throw new Error('console route without its session guard');
      return request.webSession;
    };

    const render = async (
      request: FastifyRequest,
      reply: FastifyReply,
      p: { title: string; place: NavPlace; body: Html; notice?: Html; status?: number; live?: string },
    ) => {
      const s = session(request);
      const dealer = await core.getDealer(s.principal);
      return sendPage(
        reply,
        page({
          title: p.title,
          area: 'console',
          session: s,
          signedInAs: dealer?.name ?? s.principal,
          nav: consoleNav(await counts(s.principal), p.place),
          body: p.body,
          ...(p.notice ? { notice: p.notice } : {}),
          ...(p.live ? { liveStream: p.live, scripts: ['/web/assets/live.js'] } : {}),
        }),
        p.status ?? 200,
      );
    };

    const doneNotice = (request: FastifyRequest): Html | undefined => {
      const text = DONE_TEXT[field(request.query, 'done')];
      return text ? done(text) : undefined;
    };

    app.get('/', async (_request, reply) => seeOther(reply, '/console/lists/actions'));

    app.get('/lists/:list', async (request, reply) => {
      const list = (request.params as { list: string }).list as AppointmentList;
      if (!APPOINTMENT_LISTS.includes(list)) return notFound(request, reply, `no list ${list}`);
      const dealerId = session(request).principal;
      // Read before the list: a change in between makes the page look older, so the stream reports it.
      const generation = await core.dealerListGeneration(dealerId);
      const items = await core.listAppointments(dealerId, list);
      const q = listQuery(request.query);
      return render(request, reply, {
        title: list,
        place: list,
        body: listPage(list, filterAndSort(items, q), q, items.length),
        live: `/console/events?since=${encodeURIComponent(generation)}`,
      });
    });

    app.get('/events', async (request, reply) => {
      const since = field(request.query, 'since');
      const ok = /^[\w.:-]{1,64}$/.test(since);
      reply.hijack();
      if (!live.open(session(request), ok ? since : undefined, reply.raw, request.log)) {
        countRefusal(request, { code: 'REQUEST_INVALID', detail: 'too many live lists open' });
        reply.raw.writeHead(429, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '10' });
        reply.raw.end('too many live lists open for this dealer');
      }
    });

    app.get('/customers', async (request, reply) => {
      const s = session(request);
      const customers = await core.allWorkshopCustomers(s.principal);
      return render(request, reply, {
        title: 'All Workshop Customers',
        place: 'customers',
        body: customersPage(customers, s),
        ...(doneNotice(request) ? { notice: doneNotice(request) as Html } : {}),
      });
    });

    app.post('/customers', { bodyLimit: FORM_BODY_LIMIT }, async (request, reply) => {
      const s = session(request);
      const b = request.body;
      const source = field(b, 'source') === 'central' ? 'central' : 'dms';
      const phone = field(b, 'phone');
      // [CUST-1]: name and email are mandatory, as in the API.
      const checked = checkedBy(newDealerCustomerSchema, {
        name: field(b, 'name'),
        email: field(b, 'email'),
        source,
        ...(phone ? { phone } : {}),
      });
      const result = checked.ok ? await core.dealerCreateCustomer(s.principal, checked.value) : checked;
      if (result.ok)
        return seeOther(
          reply,
          `/console/customers/${encodeURIComponent(result.value.customerId)}?done=created`,
        );
      const status = countRefusal(request, result.error);
      return render(request, reply, {
        title: 'All Workshop Customers',
        place: 'customers',
        body: customersPage(await core.allWorkshopCustomers(s.principal), s),
        notice: refusal(result.error),
        status,
      });
    });

    // ---- Manage appointment --------------------------------------------------------------------

    const showAppointment = async (
      request: FastifyRequest,
      reply: FastifyReply,
      appointmentId: string,
      extra: {
        notice?: Html;
        status?: number;
        version?: number;
        typed?: { action: string; body: unknown };
      } = {},
    ) => {
      const dealerId = session(request).principal;
      const current = await core.getAppointment(dealerId, appointmentId);
      if (!current.ok) return refused(request, reply, current.error, 'Manage appointment');
      let shown: AppointmentDetails = current.value;
      if (extra.version !== undefined) {
        const asOf = await core.appointmentAsOf(dealerId, appointmentId, { version: extra.version });
        if (!asOf.ok) return refused(request, reply, asOf.error, 'Manage appointment');
        // The page as it was, with the history up to that entry (docs/domain.md [HIST-2]).
        shown = asOf.value;
      }
      const deliveries = await core.appointmentDeliveries(dealerId, appointmentId);
      return render(request, reply, {
        title: 'Manage appointment',
        place: shown.list ?? 'none',
        body: appointmentPage({
          a: shown,
          session: session(request),
          deliveries: (deliveries.ok ? deliveries.value : []).filter((d) => d.kind !== 'appointment-list'),
          currentVersion: current.value.version,
          ...(extra.version === undefined ? {} : { asOfVersion: extra.version }),
          ...(extra.typed ? { typed: extra.typed } : {}),
        }),
        ...(extra.notice ? { notice: extra.notice } : {}),
        ...(extra.status ? { status: extra.status } : {}),
      });
    };

    const refused = async (
      request: FastifyRequest,
      reply: FastifyReply,
      error: CodedError,
      title: string,
    ) => {
      const status = countRefusal(request, error);
      return render(request, reply, {
        title,
        place: 'none',
        body: html`<h1>${title}</h1>`,
        notice: refusal(error),
        status,
      });
    };

    const notFound = (request: FastifyRequest, reply: FastifyReply, detail: string) =>
      refused(request, reply, { code: 'ROUTE_NOT_FOUND', detail }, 'Not found');

    app.get('/appointments/:appointmentId', async (request, reply) => {
      const { appointmentId } = request.params as { appointmentId: string };
      const versionText = field(request.query, 'version');
      if (versionText !== '' && !/^\d{1,9}$/.test(versionText))
        return refused(request, reply, invalid('version: a whole number'), 'Manage appointment');
      const notice = doneNotice(request);
      return showAppointment(request, reply, appointmentId, {
        ...(versionText === '' ? {} : { version: Number(versionText) }),
        ...(notice ? { notice } : {}),
      });
    });

    /** One action form: body -> service call; success 303 to the page, refusal the page with the reason. */
    const action = (
      name: string,
      run: (dealerId: string, appointmentId: string, body: unknown) => Promise<Result<unknown>>,
    ) =>
      app.post(
        `/appointments/:appointmentId/${name}`,
        { bodyLimit: FORM_BODY_LIMIT },
        async (request, reply) => {
          const { appointmentId } = request.params as { appointmentId: string };
          const result = await run(session(request).principal, appointmentId, request.body);
          if (result.ok)
            return seeOther(reply, `/console/appointments/${encodeURIComponent(appointmentId)}?done=${name}`);
          const status = countRefusal(request, result.error);
          return showAppointment(request, reply, appointmentId, {
            notice: refusal(result.error),
            status,
            typed: { action: name, body: request.body },
          });
        },
      );

    action('propose', async (dealerId, appointmentId, b) => {
      const start = parseLocalTime(field(b, 'start'));
      if (start === undefined) return { ok: false, error: invalid('start: a date and time') };
      const price = parsePrice(field(b, 'amount'), field(b, 'currency'));
      if (!price.ok) return price;
      if (!price.value) return { ok: false, error: invalid('price: required') };
      // The API's own rules (duration 15 to 1440, a circulating currency, 1 to 2000 characters of work).
      const checked = checkedBy(proposalBodySchema, {
        start: iso(start),
        durationMinutes: Number(field(b, 'durationMinutes')),
        price: price.value,
        workDescription: field(b, 'workDescription'),
      });
      if (!checked.ok) return checked;
      return core.propose(dealerId, appointmentId, { ...checked.value, start });
    });
    action('inquire', async (dealerId, appointmentId, b) => {
      const question = field(b, 'question');
      if (question === '' || question.length > 2000)
        return { ok: false, error: invalid('question: 1 to 2000 characters') };
      return core.inquire(dealerId, appointmentId, question);
    });
    action('confirm', (dealerId, appointmentId) => core.confirm(dealerId, appointmentId));
    action('finalize', (dealerId, appointmentId) => core.finalize(dealerId, appointmentId));
    action('cancel', async (dealerId, appointmentId, b) => {
      const reason = field(b, 'reason');
      if (reason === '' || reason.length > 500)
        return { ok: false, error: invalid('reason: 1 to 500 characters') };
      return core.cancel(dealerId, appointmentId, reason);
    });
    action('navigation', async (dealerId, appointmentId, b) => {
      const mode = field(b, 'mode');
      if (mode !== 'destination' && mode !== 'waypoint')
        return { ok: false, error: invalid('navigation: destination or waypoint') };
      return core.chooseNavigation(dealerId, appointmentId, mode);
    });

    // ---- Vehicle search ------------------------------------------------------------------------

    app.get('/vehicles', async (request, reply) => {
      const dealerId = session(request).principal;
      const vin = field(request.query, 'vin').toUpperCase().slice(0, 17);
      if (vin === '')
        return render(request, reply, {
          title: 'Vehicle search',
          place: 'vehicles',
          body: vehiclePage('', undefined, undefined, undefined),
        });
      if (!vinSchema.safeParse(vin).success) {
        const error = invalid('a VIN: 17 characters, no I, O or Q');
        const status = countRefusal(request, error);
        return render(request, reply, {
          title: 'Vehicle search',
          place: 'vehicles',
          body: vehiclePage(vin, undefined, undefined, undefined),
          notice: refusal(error),
          status,
        });
      }
      const [statuses, customers] = await Promise.all([
        core.healthStatuses(dealerId, vin),
        core.allWorkshopCustomers(dealerId),
      ]);
      // The customer only when the dealer has the relation (one of its workshop customers).
      const customer = customers.find((c) => c.vehicles.some((v) => v.vin === vin));
      return render(request, reply, {
        title: 'Vehicle search',
        place: 'vehicles',
        body: vehiclePage(
          vin,
          statuses.ok ? statuses.value[0] : undefined,
          customer,
          statuses.ok ? undefined : `No Health Status stored for ${vin}.`,
        ),
      });
    });

    // ---- Manage profile ------------------------------------------------------------------------

    const showProfile = async (
      request: FastifyRequest,
      reply: FastifyReply,
      customerId: string,
      extra: { notice?: Html; status?: number } = {},
    ) => {
      const s = session(request);
      const profile = await core.dealerCustomer(s.principal, customerId);
      if (!profile.ok) return refused(request, reply, profile.error, 'Manage profile');
      return render(request, reply, {
        title: 'Manage profile',
        place: 'customers',
        body: profilePage(profile.value, s, s.principal),
        ...extra,
      });
    };

    app.get('/customers/:customerId', async (request, reply) => {
      const notice = doneNotice(request);
      return showProfile(
        request,
        reply,
        (request.params as { customerId: string }).customerId,
        notice ? { notice } : {},
      );
    });

    const profileAction = (
      path: string,
      run: (dealerId: string, customerId: string, body: unknown, vin: string) => Promise<Result<unknown>>,
      doneKey = 'saved',
    ) =>
      app.post(`/customers/:customerId${path}`, { bodyLimit: FORM_BODY_LIMIT }, async (request, reply) => {
        const { customerId, vin = '' } = request.params as { customerId: string; vin?: string };
        const result = await run(session(request).principal, customerId, request.body, vin);
        if (result.ok)
          return seeOther(reply, `/console/customers/${encodeURIComponent(customerId)}?done=${doneKey}`);
        const status = countRefusal(request, result.error);
        return showProfile(request, reply, customerId, { notice: refusal(result.error), status });
      });

    profileAction('', async (dealerId, customerId, b) => {
      const days = reminderDaysOf(field(b, 'reminderDays'));
      if (!days.ok) return days;
      const phone = field(b, 'phone');
      // The API's own rules: a name, an email address, reminder days 1 to 4 or the default.
      const checked = checkedBy(customerPatchSchema, {
        name: field(b, 'name'),
        email: field(b, 'email'),
        phone: phone === '' ? null : phone,
        source: field(b, 'source') === 'central' ? 'central' : 'dms',
        contactBy: {
          phone: field(b, 'contactPhone') === 'on',
          email: field(b, 'contactEmail') === 'on',
          sms: field(b, 'contactSms') === 'on',
        },
        reminderDays: days.value,
      });
      if (!checked.ok) return checked;
      return core.dealerUpdateCustomer(dealerId, customerId, checked.value);
    });
    profileAction('/invite', (dealerId, customerId) => core.inviteToWebsite(dealerId, customerId), 'invited');
    profileAction('/vehicles', (dealerId, customerId, b) =>
      core.changeVehicleRelation(dealerId, customerId, {
        kind: 'add',
        vin: field(b, 'vin').toUpperCase(),
        primaryDriver: field(b, 'primaryDriver') === 'on',
      }),
    );
    profileAction('/vehicles/:vin/primary-driver', (dealerId, customerId, _b, vin) =>
      core.changeVehicleRelation(dealerId, customerId, { kind: 'set-primary-driver', vin }),
    );
    profileAction('/vehicles/:vin/remove', (dealerId, customerId, _b, vin) =>
      core.changeVehicleRelation(dealerId, customerId, { kind: 'remove', vin }),
    );
    profileAction('/vehicles/:vin/report-incorrect', async (dealerId, customerId, b, vin) => {
      const note = field(b, 'note');
      if (note === '' || note.length > 500) return { ok: false, error: invalid('note: 1 to 500 characters') };
      return core.changeVehicleRelation(dealerId, customerId, { kind: 'report-incorrect', vin, note });
    });
    profileAction('/vehicles/:vin/preferred-dealer', (dealerId, _customerId, _b, vin) =>
      core.claimPreferredDealer(dealerId, vin),
    );

    app.post('/pre-bookings', { bodyLimit: FORM_BODY_LIMIT }, async (request, reply) => {
      const dealerId = session(request).principal;
      const b = request.body;
      const customerId = field(b, 'customerId');
      const fail = async (error: CodedError) => {
        const status = countRefusal(request, error);
        return showProfile(request, reply, customerId, { notice: refusal(error), status });
      };
      const start = parseLocalTime(field(b, 'start'));
      if (start === undefined) return fail(invalid('start: a date and time'));
      const price = parsePrice(field(b, 'amount'), field(b, 'currency'));
      if (!price.ok) return fail(price.error);
      const checked = checkedBy(preBookingBodySchema, {
        vin: field(b, 'vin').toUpperCase(),
        start: iso(start),
        durationMinutes: Number(field(b, 'durationMinutes')),
        workDescription: field(b, 'workDescription'),
        ...(price.value ? { price: price.value } : {}),
      });
      if (!checked.ok) return fail(checked.error);
      const result = await core.createPreBooking(dealerId, { ...checked.value, start });
      if (!result.ok) return fail(result.error);
      return seeOther(
        reply,
        `/console/appointments/${encodeURIComponent(result.value.appointmentId)}?done=created`,
      );
    });

    app.setNotFoundHandler(async (request, reply) => {
      if (!request.webSession) return seeOther(reply, '/console/sign-in');
      return notFound(request, reply, `${request.method} ${request.url} does not exist`);
    });
  };
}

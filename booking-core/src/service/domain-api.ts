/**
 * The booking core's API for the complete appointment domain, merged into `BookingCore`:
 * the scheduler, the dealer's further commands (inquire, pre-book, navigation, time rules), the
 * appointment's history and its state as it was, the customer website API and the mail outbox.
 */
import type { Logger } from 'pino';
import type { Clock } from '../clock.ts';
import type { NavigationMode } from '../domain/appointment.ts';
import { resolveTimeRules, type TimeRules } from '../domain/timers.ts';
import { fail, ok, type Result } from '../errors.ts';
import { type CommandContext, type CoreSettings, rescheduleTimers } from './command-context.ts';
import {
  applyCustomerCommand,
  type CustomerAppointmentView,
  type CustomerCommand,
  createWebsiteRequest,
  customerView,
  setReminderDays,
  type WebsiteRequestInput,
} from './customer-api.ts';
import {
  allWorkshopCustomers,
  type CustomerPatch,
  type CustomerProfileView,
  customerPreferredDealer,
  customerPreferredDealerClaims,
  type DealerCustomerView,
  dealerChangeRelation,
  dealerClaimPreferred,
  dealerCreateCustomer,
  dealerGetCustomer,
  dealerInviteToWebsite,
  dealerUpdateCustomer,
  type NewDealerCustomer,
  type PreferredDealerClaimView,
  profileView,
  type RelationChange,
} from './customer-relations.ts';
import { createPreBooking, type DealerCommand, type PreBookingInput } from './dealer-commands.ts';
import { type Retention, type RunCommand, runDueWork, type SweepResult } from './scheduler.ts';
import { digestsEqual, generateApiKey, sha256Hex } from './secrets.ts';
import type { BookingStore, CustomerRecord, MailRecord, MailState, StoreSession } from './store-port.ts';
import { type AppointmentDetails, toDetails } from './views.ts';

export type {
  CustomerAppointmentView,
  CustomerCommand,
  CustomerPatch,
  CustomerProfileView,
  NewDealerCustomer,
  PreBookingInput,
  RelationChange,
  SweepResult,
  WebsiteRequestInput,
};

export interface TimeRulesView {
  /** What applies to this dealer now. */
  effective: TimeRules;
  /** The dealer's own settings (override the market's). */
  dealer: Partial<TimeRules>;
  /** The settings of the dealer's market (its country). */
  market: Partial<TimeRules>;
}

/** One history row: the appointment's version after the change, when, who, what, and the status. */
export type HistoryItem = AppointmentDetails['history'][number];

/** Some time rules to set (a value) or to remove from one scope (null: the next scope's applies). */
export type TimeRulesChange = { [K in keyof TimeRules]?: TimeRules[K] | null };

/** `own` with `change` applied: values set, nulls removed. */
function withChange(own: Partial<TimeRules>, change: TimeRulesChange): Partial<TimeRules> {
  const next: Record<string, unknown> = { ...own };
  for (const [key, value] of Object.entries(change)) {
    if (value === null) delete next[key];
    else if (value !== undefined) next[key] = value;
  }
  return next as Partial<TimeRules>;
}

export interface DomainApi {
  /** Fires every timer due at `now` (default: the clock); idempotent. Tests and virtual time call it. */
  runDueWork(now?: number): Promise<SweepResult>;
  /** Sweeps every `intervalMs` of wall time (reading the injected clock); returns a stop function. */
  startScheduler(options: { intervalMs: number }): () => void;

  inquire(dealerId: string, appointmentId: string, question: string): Promise<Result<AppointmentDetails>>;
  chooseNavigation(
    dealerId: string,
    appointmentId: string,
    mode: NavigationMode,
  ): Promise<Result<AppointmentDetails>>;
  createPreBooking(dealerId: string, input: PreBookingInput): Promise<Result<AppointmentDetails>>;
  appointmentHistory(dealerId: string, appointmentId: string): Promise<Result<HistoryItem[]>>;
  /** The appointment as it was after history entry `version`, or at time `at` (the last entry not after it). */
  appointmentAsOf(
    dealerId: string,
    appointmentId: string,
    point: { version: number } | { at: number },
  ): Promise<Result<AppointmentDetails>>;
  timeRules(dealerId: string): Promise<TimeRulesView>;
  /** A value sets a rule, null removes the dealer's own. */
  setDealerTimeRules(dealerId: string, rules: TimeRulesChange): Promise<TimeRulesView>;
  /** A value sets a rule, null removes the market's own. */
  setMarketTimeRules(countryCode: string, rules: TimeRulesChange): Promise<Partial<TimeRules>>;

  /** A new website token for a customer (shown once; stored hashed). */
  issueCustomerToken(customerId: string): Promise<Result<{ customerId: string; token: string }>>;
  authenticateCustomer(token: string): Promise<string | null>;
  customerProfile(customerId: string): Promise<Result<CustomerRecord>>;
  customerAppointments(customerId: string): Promise<CustomerAppointmentView[]>;
  customerAppointment(customerId: string, appointmentId: string): Promise<Result<CustomerAppointmentView>>;
  createWebsiteRequest(
    customerId: string,
    input: WebsiteRequestInput,
  ): Promise<Result<CustomerAppointmentView>>;
  customerCommand(
    customerId: string,
    appointmentId: string,
    command: CustomerCommand,
  ): Promise<Result<CustomerAppointmentView>>;
  setReminderDays(customerId: string, days: number | null): Promise<Result<CustomerProfileView>>;
  /** The customer's own profile as the website shows it. */
  customerProfileView(customerId: string): Promise<Result<CustomerProfileView>>;
  /** The customer agrees to a dealer's change, switches back, or chooses a dealer ([CUST-5]). */
  customerPreferredDealer(
    customerId: string,
    change:
      | { kind: 'customer-agrees' }
      | { kind: 'customer-rejects' }
      | { kind: 'customer-chooses'; dealerId: string },
  ): Promise<Result<CustomerProfileView>>;

  /** [CUST-9] of one dealer. */
  allWorkshopCustomers(dealerId: string): Promise<DealerCustomerView[]>;
  dealerCreateCustomer(dealerId: string, input: NewDealerCustomer): Promise<Result<DealerCustomerView>>;
  dealerCustomer(dealerId: string, customerId: string): Promise<Result<DealerCustomerView>>;
  dealerUpdateCustomer(
    dealerId: string,
    customerId: string,
    patch: CustomerPatch,
  ): Promise<Result<DealerCustomerView>>;
  /** The dealer sets itself as preferred dealer of a vehicle's primary driver; the customer is asked by email. */
  claimPreferredDealer(dealerId: string, vin: string): Promise<Result<DealerCustomerView>>;
  changeVehicleRelation(
    dealerId: string,
    customerId: string,
    change: RelationChange,
  ): Promise<Result<DealerCustomerView>>;
  inviteToWebsite(dealerId: string, customerId: string): Promise<Result<DealerCustomerView>>;
  /** Every dealer that set itself as the customer's preferred dealer by VIN, newest first (at most 100). */
  customerPreferredDealerClaims(customerId: string): Promise<PreferredDealerClaimView[]>;
  /** The messages the website shows the customer: the same as its emails, oldest first. */
  customerMessages(customerId: string): Promise<(MailRecord & { state: MailState })[]>;

  /** The mail outbox, for operators and tests (`GET /admin/v1/mail`). */
  listMails(filter: { to?: string; appointmentId?: string }): Promise<(MailRecord & { state: MailState })[]>;
  pendingMails(limit: number): Promise<MailRecord[]>;
  /** Claims queued mails for sending (store-port.ts `claimMails`); `claim` names this batch. */
  claimMails(claim: string, freeBefore: number, claimUntil: number, limit: number): Promise<MailRecord[]>;
  markMailSent(id: string, sentAt: number): Promise<void>;
  markMailFailed(id: string, error: string, failedAt: number): Promise<void>;
  /** Called after a transaction that queued mails commits. Returns an unsubscribe function. */
  onMailQueued(listener: () => void): () => void;
}

/** The statuses whose appointments have timers (domain/timers.ts `timersFor`). */
const TIMED_STATUSES = ['requested', 'inquired', 'proposed', 'pre-booked', 'confirmed'] as const;

export interface DomainApiDeps {
  store: BookingStore;
  clock: Clock;
  logger: Logger;
  settings: CoreSettings;
  command: RunCommand;
  /** How long the sweep keeps what finished or what every uplink adds (ms; scheduler.ts). */
  retentionMs: Retention;
  /** An appointment as its dealer sees it; BOOKING_NOT_FOUND for another dealer's (booking-core.ts). */
  details: (
    session: StoreSession,
    dealerId: string,
    appointmentId: string,
  ) => Promise<Result<AppointmentDetails>>;
  /** One dealer command in its own transaction, answered with the details and logged (booking-core.ts). */
  dealerCommand: (
    dealerId: string,
    appointmentId: string,
    cmd: DealerCommand,
  ) => Promise<Result<AppointmentDetails>>;
  mailListeners: Set<() => void>;
  /** Scheduler stop functions, run by close(). */
  stoppers: Set<() => void>;
}

export function domainApi(deps: DomainApiDeps): DomainApi {
  const { store, clock, logger, command, details, dealerCommand } = deps;

  async function viewOf(
    ctx: CommandContext,
    appointmentId: string,
  ): Promise<Result<CustomerAppointmentView>> {
    const appointment = await ctx.session.getAppointment(appointmentId);
    const view = appointment && (await customerView(ctx.session, appointment));
    return view ? ok(view) : fail('BOOKING_NOT_FOUND', `appointment ${appointmentId} not found`);
  }

  async function rulesView(session: StoreSession, dealerId: string): Promise<TimeRulesView> {
    const dealer = await session.getDealer(dealerId);
    const market = (dealer && (await session.getTimeRules('market', dealer.address.countryCode))) ?? {};
    const own = (await session.getTimeRules('dealer', dealerId)) ?? {};
    return { effective: resolveTimeRules(deps.settings.defaultRules, market, own), dealer: own, market };
  }

  /** Logs a customer-information change with its outcome (personal data stays out of the log). */
  async function logged<T>(context: Record<string, string>, work: Promise<Result<T>>): Promise<Result<T>> {
    const result = await work;
    if (result.ok) logger.info(context, 'customer information changed');
    else logger.info({ ...context, code: result.error.code }, 'customer information change refused');
    return result;
  }

  const api: DomainApi = {
    runDueWork: (now) =>
      runDueWork(
        {
          store,
          command,
          logger,
          retentionMs: deps.retentionMs,
        },
        now ?? clock.now(),
      ),

    startScheduler({ intervalMs }) {
      let running = false;
      const timer = setInterval(() => {
        // One sweep at a time; a slow sweep makes the next tick skip, not pile up.
        if (running) return;
        running = true;
        api
          .runDueWork()
          .catch((error: unknown) => logger.error({ err: error }, 'scheduler sweep failed'))
          .finally(() => {
            running = false;
          });
      }, intervalMs);
      timer.unref();
      const stop = () => {
        clearInterval(timer);
        deps.stoppers.delete(stop);
      };
      deps.stoppers.add(stop);
      return stop;
    },

    inquire: (dealerId, appointmentId, question) =>
      dealerCommand(dealerId, appointmentId, { kind: 'inquire', question }),
    chooseNavigation: (dealerId, appointmentId, mode) =>
      dealerCommand(dealerId, appointmentId, { kind: 'choose-navigation', mode }),
    async createPreBooking(dealerId, input) {
      const result = await command(async (ctx) => {
        const created = await createPreBooking(ctx, dealerId, input);
        return created.ok ? details(ctx.session, dealerId, created.value.appointmentId) : created;
      });
      if (result.ok)
        logger.info({ dealerId, appointmentId: result.value.appointmentId }, 'pre-booking created');
      return result;
    },

    appointmentHistory: (dealerId, appointmentId) =>
      store.transaction(async (s) => {
        const current = await details(s, dealerId, appointmentId);
        return current.ok ? ok(current.value.history) : current;
      }),
    appointmentAsOf: (dealerId, appointmentId, point) =>
      store.transaction(async (s) => {
        const appointment = await s.getAppointment(appointmentId);
        if (!appointment || appointment.dealerId !== dealerId) {
          return fail('BOOKING_NOT_FOUND', `appointment ${appointmentId} not found`);
        }
        const history = await s.listHistory(appointmentId);
        const upTo = history.filter((h) =>
          'version' in point ? h.version <= point.version : h.at <= point.at,
        );
        const entry = upTo.at(-1);
        if (!entry || ('version' in point && entry.version !== point.version)) {
          return fail('HISTORY_ENTRY_NOT_FOUND', `no history entry of ${appointmentId} at that point`);
        }
        const [vehicle, customer] = await Promise.all([
          s.getVehicle(appointment.vin),
          s.getCustomer(appointment.customerId),
        ]);
        // The page as it was ([HIST-2]): the snapshot, with the history up to that entry.
        return ok(toDetails(entry.snapshot, vehicle, customer, upTo));
      }),

    timeRules: (dealerId) => store.transaction((s) => rulesView(s, dealerId)),
    setDealerTimeRules: (dealerId, rules) =>
      command(async (ctx) => {
        const own = withChange((await ctx.session.getTimeRules('dealer', dealerId)) ?? {}, rules);
        await ctx.session.putTimeRules('dealer', dealerId, own, ctx.now);
        // Re-arm the timers of the dealer's appointments that have any, so the new rules apply now.
        const open = await ctx.session.listDealerAppointments(dealerId, TIMED_STATUSES);
        for (const appointment of open) await rescheduleTimers(ctx, appointment);
        logger.info({ dealerId, rules, rearmed: open.length }, 'dealer time rules set');
        return rulesView(ctx.session, dealerId);
      }),
    setMarketTimeRules: (countryCode, rules) =>
      store.transaction(async (s) => {
        const merged = withChange((await s.getTimeRules('market', countryCode)) ?? {}, rules);
        await s.putTimeRules('market', countryCode, merged, clock.now());
        logger.info({ countryCode, rules }, 'market time rules set');
        return merged;
      }),

    async issueCustomerToken(customerId) {
      const token = generateApiKey();
      return store.transaction(async (s) => {
        if (!(await s.getCustomer(customerId)))
          return fail('CUSTOMER_NOT_FOUND', `customer ${customerId} not found`);
        await s.insertCustomerToken(sha256Hex(token), customerId, clock.now());
        return ok({ customerId, token });
      });
    },
    async authenticateCustomer(token) {
      const hash = sha256Hex(token);
      const row = await store.read((s) => s.findCustomerToken(hash));
      return row && digestsEqual(row.tokenHash, hash) ? row.customerId : null;
    },
    customerProfile: (customerId) =>
      store.transaction(async (s) => {
        const customer = await s.getCustomer(customerId);
        return customer ? ok(customer) : fail('CUSTOMER_NOT_FOUND', `customer ${customerId} not found`);
      }),
    customerAppointments: (customerId) =>
      store.transaction(async (s) => {
        const views = await Promise.all(
          (await s.listCustomerAppointments(customerId)).map((a) => customerView(s, a)),
        );
        return views.filter((v): v is CustomerAppointmentView => v !== undefined);
      }),
    customerAppointment: (customerId, appointmentId) =>
      store.transaction(async (s) => {
        const appointment = await s.getAppointment(appointmentId);
        const view = appointment?.customerId === customerId ? await customerView(s, appointment) : undefined;
        return view ? ok(view) : fail('BOOKING_NOT_FOUND', `appointment ${appointmentId} not found`);
      }),
    async createWebsiteRequest(customerId, input) {
      const result = await command(async (ctx) => {
        const created = await createWebsiteRequest(ctx, customerId, input);
        return created.ok ? viewOf(ctx, created.value.appointmentId) : created;
      });
      if (result.ok) logger.info({ appointmentId: result.value.appointmentId }, 'website request created');
      return result;
    },
    async customerCommand(customerId, appointmentId, cmd) {
      const result = await command(async (ctx) => {
        const applied = await applyCustomerCommand(ctx, customerId, appointmentId, cmd);
        return applied.ok ? viewOf(ctx, appointmentId) : applied;
      });
      const log = logger.child({ appointmentId });
      if (result.ok) log.info({ command: cmd.kind, status: result.value.status }, 'customer command applied');
      else log.info({ command: cmd.kind, code: result.error.code }, 'customer command refused');
      return result;
    },
    setReminderDays: (customerId, days) => command((ctx) => setReminderDays(ctx, customerId, days)),
    customerProfileView: (customerId) =>
      store.transaction(async (s) => {
        const view = await profileView(s, customerId);
        return view ? ok(view) : fail('CUSTOMER_NOT_FOUND', `customer ${customerId} not found`);
      }),
    customerPreferredDealer: (customerId, change) =>
      logged(
        { customerId, change: change.kind },
        command((ctx) => customerPreferredDealer(ctx, customerId, change)),
      ),
    allWorkshopCustomers: (dealerId) => store.transaction((s) => allWorkshopCustomers(s, dealerId)),
    dealerCreateCustomer: (dealerId, input) =>
      logged(
        { dealerId, change: 'create-customer' },
        command((ctx) => dealerCreateCustomer(ctx, dealerId, input)),
      ),
    dealerCustomer: (dealerId, customerId) => command((ctx) => dealerGetCustomer(ctx, dealerId, customerId)),
    dealerUpdateCustomer: (dealerId, customerId, patch) =>
      logged(
        { dealerId, customerId, change: 'update-customer' },
        command((ctx) => dealerUpdateCustomer(ctx, dealerId, customerId, patch)),
      ),
    claimPreferredDealer: (dealerId, vin) =>
      logged(
        { dealerId, vin, change: 'claim-preferred-dealer' },
        command((ctx) => dealerClaimPreferred(ctx, dealerId, vin)),
      ),
    changeVehicleRelation: (dealerId, customerId, change) =>
      logged(
        { dealerId, customerId, vin: change.vin, change: `relation-${change.kind}` },
        command((ctx) => dealerChangeRelation(ctx, dealerId, customerId, change)),
      ),
    inviteToWebsite: (dealerId, customerId) =>
      logged(
        { dealerId, customerId, change: 'website-invite' },
        command((ctx) => dealerInviteToWebsite(ctx, dealerId, customerId)),
      ),
    customerMessages: (customerId) => store.read((s) => s.listMails({ customerId })),
    customerPreferredDealerClaims: (customerId) =>
      store.read((s) => customerPreferredDealerClaims(s, customerId)),

    listMails: (filter) => store.read((s) => s.listMails(filter)),
    pendingMails: (limit) => store.read((s) => s.pendingMails(limit)),
    claimMails: (claim, freeBefore, claimUntil, limit) =>
      store.transaction((s) => s.claimMails(claim, freeBefore, claimUntil, limit)),
    markMailSent: (id, sentAt) => store.transaction((s) => s.markMailSent(id, sentAt)),
    markMailFailed: (id, error, failedAt) => store.transaction((s) => s.markMailFailed(id, error, failedAt)),
    onMailQueued(listener) {
      const entry = () => listener();
      deps.mailListeners.add(entry);
      return () => {
        deps.mailListeners.delete(entry);
      };
    },
  };
  return api;
}

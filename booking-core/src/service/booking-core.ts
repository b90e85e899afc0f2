/**
 * The booking core's service API: the car channel used by the gateway, the dealer's commands and
 * queries used by the HTTP API, and provisioning. Built over a store port and an injected clock.
 */
import type { Logger } from 'pino';
import type { CarChannel, CarDownlink, CarOutcome, DealerCard } from '../car-channel.ts';
import type { Clock } from '../clock.ts';
import type { AppointmentList } from '../domain/appointment.ts';
import { statusesMaybeInList } from '../domain/lists.ts';
import { DAY_MS, DEFAULT_TIME_RULES, type TimeRules } from '../domain/timers.ts';
import { fail, ok, type Result } from '../errors.ts';
import { applyCarMessage } from './car-commands.ts';
import {
  type CommandContext,
  type CoreSettings,
  DEFAULT_MAX_OPEN_APPOINTMENTS_PER_VEHICLE,
  flushOutboxes,
  memoizedReads,
} from './command-context.ts';
import { proposalDeliveredEvent } from './dealer-events.ts';
import { type DomainApi, domainApi } from './domain-api.ts';
import { newRowId } from './ids.ts';

/** Where customer emails link to when no website address is configured (CSB_WEBSITE_URL). */
export const DEFAULT_WEBSITE_URL = 'http://localhost:8080/owner';

import { applyDealerCommand, type DealerCommand, type ProposalInput } from './dealer-commands.ts';
import {
  DEFAULT_DEALER_KEY_CACHE_ENTRIES,
  type DealerKeySession,
  dealerKeyCache,
} from './dealer-key-cache.ts';
import {
  DEFAULT_LEDGER_RETENTION_DAYS,
  DEFAULT_MAX_OPEN_PER_CAR,
  DEFAULT_REDELIVERY,
  type DeliveryView,
  type DownlinkState,
  type RedeliveryPolicy,
} from './downlink-ledger.ts';
import {
  createCustomer,
  createDealer,
  createVehicles,
  type NewCustomer,
  type NewDealer,
  type NewVehicle,
  rotateDealerApiKey,
  rotateVehicleSecret,
} from './provisioning.ts';
import {
  DEFAULT_HEALTH_STATUS_RETENTION_DAYS,
  DEFAULT_MAIL_RETENTION_DAYS,
  DEFAULT_MESSAGE_ID_RETENTION_DAYS,
} from './scheduler.ts';
import { createSecretHasher, digestsEqual, generateSecretKey, sha256Hex } from './secrets.ts';
import type {
  BookingStore,
  CustomerRecord,
  HealthStatusRecord,
  StoreSession,
  VehicleRecord,
} from './store-port.ts';
import {
  type AppointmentDetails,
  type AppointmentSummary,
  dealerCard,
  summaryOfListRecord,
  toDetails,
} from './views.ts';
import type { DealerEventListener } from './webhook-delivery.ts';
import {
  DEFAULT_WEBHOOK_SETTINGS,
  type DealerEventsApi,
  type WebhookSettings,
  webhookApi,
} from './webhooks.ts';

export type { NewCustomer, NewDealer, NewVehicle, ProposalInput };

export type OutboxState = DownlinkState;

export interface BookingCore extends CarChannel, DomainApi, DealerEventsApi {
  /** The dealer an API key belongs to, or null. Keys are compared by hash, in constant time. */
  authenticateDealer(apiKey: string): Promise<string | null>;
  /**
   * `authenticateDealer` with the dealer's list generation (`dealerListGeneration`) read in the same
   * statement: the dealer API reads both on every request, and one statement is one read lock.
   */
  authenticateDealerSession(apiKey: string): Promise<{ dealerId: string; listGeneration: string } | null>;
  /** The dealer's appointments in one list, or all of them (closed and cancelled included) without `list`. */
  listAppointments(dealerId: string, list?: AppointmentList): Promise<AppointmentSummary[]>;
  /**
   * A token that changes whenever a committed change can alter one of the dealer's lists: a list
   * read after a token is at least as new as the token (the HTTP layer reuses rendered lists by it).
   */
  dealerListGeneration(dealerId: string): Promise<string>;
  getAppointment(dealerId: string, appointmentId: string): Promise<Result<AppointmentDetails>>;
  propose(
    dealerId: string,
    appointmentId: string,
    /** Fields left out are prefilled from a pre-booking ([ST-8]). */
    proposal: Partial<ProposalInput>,
  ): Promise<Result<AppointmentDetails>>;
  confirm(dealerId: string, appointmentId: string): Promise<Result<AppointmentDetails>>;
  finalize(dealerId: string, appointmentId: string): Promise<Result<AppointmentDetails>>;
  cancel(dealerId: string, appointmentId: string, reason: string): Promise<Result<AppointmentDetails>>;
  /**
   * A vehicle's Health Status snapshots, newest capture first (only the newest unless `all`). Any
   * dealer may read them: the one deliberate exception to dealer isolation ([CUST-10]).
   */
  healthStatuses(
    requesterDealerId: string,
    vin: string,
    options?: { all?: boolean },
  ): Promise<Result<HealthStatusRecord[]>>;

  createDealer(
    input: NewDealer,
    options?: { apiKey?: string },
  ): Promise<Result<{ dealerId: string; apiKey: string }>>;
  createCustomer(input: NewCustomer): Promise<Result<{ customerId: string }>>;
  createVehicles(inputs: readonly NewVehicle[]): Promise<Result<{ vin: string; secret: string }[]>>;
  /** A new secret for a car (generated when none is given); the old one stops working. */
  rotateVehicleSecret(vin: string, secret?: string): Promise<Result<{ vin: string; secret: string }>>;
  /** A new API key for a dealer; every earlier key of the dealer stops working at once. */
  rotateDealerApiKey(dealerId: string): Promise<Result<{ dealerId: string; apiKey: string }>>;
  getDealer(dealerId: string): Promise<DealerCard | undefined>;
  getCustomer(customerId: string): Promise<CustomerRecord | undefined>;
  getVehicle(vin: string): Promise<Omit<VehicleRecord, 'secretHash'> | undefined>;
  /** Every downlink of one VIN with its state, oldest first (diagnostics and tests). */
  carDownlinks(vin: string): Promise<(CarDownlink & { state: OutboxState })[]>;
  /** The car messages about one of the dealer's appointments with their delivery state (ledger). */
  appointmentDeliveries(dealerId: string, appointmentId: string): Promise<Result<DeliveryView[]>>;
  /** Expires every unreceipted downlink whose validity ended; returns how many. */
  expireCarDownlinks(): Promise<number>;

  /** How long the oldest due, not yet done, scheduler work has waited (ms; 0 when none). */
  schedulerLagMs(): Promise<number>;
  /**
   * Whether the database answers a trivial statement within `timeoutMs` (default 2,000): the
   * readiness check (`/readyz`); false while a PostgreSQL server cannot be reached.
   */
  storeReachable(timeoutMs?: number): Promise<boolean>;
  close(): Promise<void>;
}

export interface BookingCoreDeps {
  store: BookingStore;
  clock: Clock;
  logger: Logger;
  newId?: () => string;
  /** Time-rule defaults and the website address; the seeds' defaults when absent. */
  settings?: {
    defaultRules?: Partial<TimeRules>;
    websiteUrl?: string;
    /** CoreSettings.maxOpenAppointmentsPerVehicle (DEFAULT_MAX_OPEN_APPOINTMENTS_PER_VEHICLE). */
    maxOpenAppointmentsPerVehicle?: number;
  };
  /** Resend backoff of unreceipted downlinks (downlink-ledger.ts DEFAULT_REDELIVERY). */
  redelivery?: RedeliveryPolicy;
  /** Open (queued or sent) downlinks kept per car; beyond, the oldest expire (DEFAULT_MAX_OPEN_PER_CAR). */
  maxOpenDownlinksPerCar?: number;
  /** Days a finished downlink is kept after it finished (DEFAULT_LEDGER_RETENTION_DAYS). */
  ledgerRetentionDays?: number;
  /** Days a sent mail is kept after it was sent (scheduler.ts DEFAULT_MAIL_RETENTION_DAYS). */
  mailRetentionDays?: number;
  /** Days a car's message id is remembered (scheduler.ts DEFAULT_MESSAGE_ID_RETENTION_DAYS). */
  messageIdRetentionDays?: number;
  /** Days a Health Status record is kept (scheduler.ts DEFAULT_HEALTH_STATUS_RETENTION_DAYS). */
  healthStatusRetentionDays?: number;
  /** Webhook delivery settings (webhook-delivery.ts DEFAULT_WEBHOOK_SETTINGS for what is absent). */
  webhooks?: Partial<WebhookSettings>;
  /**
   * The server key of the car secret hashes (secrets.ts), at least 32 bytes. Absent: a random
   * key for this process only (tests; a restart would invalidate every car secret).
   */
  secretKey?: Uint8Array;
  /** Dealer API keys kept between requests (dealer-key-cache.ts); 0 reads every request's key. */
  dealerKeyCacheEntries?: number;
}

export function createBookingCore(deps: BookingCoreDeps): BookingCore {
  const { store, clock, logger } = deps;
  const newId = deps.newId ?? (() => newRowId());
  const listeners = new Set<(vins?: readonly string[]) => void>();
  const secrets = createSecretHasher(deps.secretKey ?? generateSecretKey());
  const redelivery = deps.redelivery ?? DEFAULT_REDELIVERY;
  const maxOpenPerCar = deps.maxOpenDownlinksPerCar ?? DEFAULT_MAX_OPEN_PER_CAR;
  let closed = false;
  const settings: CoreSettings = {
    defaultRules: { ...DEFAULT_TIME_RULES, ...deps.settings?.defaultRules },
    websiteUrl: deps.settings?.websiteUrl ?? DEFAULT_WEBSITE_URL,
    maxOpenAppointmentsPerVehicle:
      deps.settings?.maxOpenAppointmentsPerVehicle ?? DEFAULT_MAX_OPEN_APPOINTMENTS_PER_VEHICLE,
  };
  const mailListeners = new Set<() => void>();
  const eventListeners = new Set<DealerEventListener>();
  const stoppers = new Set<() => void>();

  function notifyDownlinks(vins?: readonly string[]): void {
    for (const listener of listeners) {
      try {
        listener(vins);
      } catch (error) {
        logger.error({ err: error }, 'car downlink listener failed');
      }
    }
  }

  /**
   * One command = one transaction; queued car messages are written before commit, announced after.
   * `readsOnce`: the command never writes vehicles, customers, dealers or time rules, so their reads
   * are answered once each (command-context.ts memoizedReads).
   */
  async function command<T>(
    work: (ctx: CommandContext) => Promise<T>,
    now?: number,
    readsOnce = false,
  ): Promise<T> {
    let mailed = 0;
    let eventDealers: ReadonlySet<string> | null = null;
    const { value, queued } = await store.transaction(async (session) => {
      const ctx: CommandContext = {
        session: readsOnce ? memoizedReads(session, new Map()) : session,
        now: now ?? clock.now(),
        newId,
        downlinks: [],
        mails: [],
        dealerEvents: [],
        settings,
      };
      const value = await work(ctx);
      mailed = ctx.mails.length;
      eventDealers = ctx.dealerEvents.length > 0 ? new Set(ctx.dealerEvents.map((e) => e.dealerId)) : null;
      const { capped } = await flushOutboxes(ctx, maxOpenPerCar);
      if (capped > 0) logger.warn({ capped }, 'per-car downlink cap reached: oldest open downlinks expired');
      return { value, queued: [...new Set(ctx.downlinks.map((d) => d.vin))] };
    });
    if (queued.length > 0) notifyDownlinks(queued);
    if (mailed > 0) notifyMails();
    if (eventDealers) notifyEvents(eventDealers);
    return value;
  }

  function notifyListeners<A extends unknown[]>(
    set: ReadonlySet<(...args: A) => void>,
    failure: string,
    ...args: A
  ): void {
    for (const listener of set) {
      try {
        listener(...args);
      } catch (error) {
        logger.error({ err: error }, failure);
      }
    }
  }
  const notifyMails = () => notifyListeners(mailListeners, 'mail listener failed');
  const notifyEvents = (dealerIds: ReadonlySet<string>) =>
    notifyListeners(eventListeners, 'dealer event listener failed', dealerIds);

  async function details(session: StoreSession, dealerId: string, appointmentId: string) {
    const appointment = await session.getAppointment(appointmentId);
    if (!appointment || appointment.dealerId !== dealerId) {
      return fail<AppointmentDetails>('BOOKING_NOT_FOUND', `appointment ${appointmentId} not found`);
    }
    const [vehicle, customer, history] = await Promise.all([
      session.getVehicle(appointment.vin),
      session.getCustomer(appointment.customerId),
      session.listHistory(appointmentId),
    ]);
    return ok(toDetails(appointment, vehicle, customer, history));
  }

  async function dealerCommand(
    dealerId: string,
    appointmentId: string,
    cmd: DealerCommand,
  ): Promise<Result<AppointmentDetails>> {
    const log = logger.child({ dealerId, appointmentId });
    const result = await command(async (ctx) => {
      const applied = await applyDealerCommand(ctx, dealerId, appointmentId, cmd);
      return applied.ok ? details(ctx.session, dealerId, appointmentId) : applied;
    });
    if (result.ok) log.info({ command: cmd.kind, status: result.value.status }, 'dealer command applied');
    else log.info({ command: cmd.kind, code: result.error.code }, 'dealer command refused');
    return result;
  }

  const dealerKeys = dealerKeyCache({
    writeEpoch: store.writeEpoch?.bind(store),
    maxEntries: deps.dealerKeyCacheEntries ?? DEFAULT_DEALER_KEY_CACHE_ENTRIES,
  });

  async function authenticateDealerSession(apiKey: string): Promise<DealerKeySession | null> {
    const hash = sha256Hex(apiKey);
    // Every dealer API request runs this: one statement, read outside a transaction, and reused
    // only while provably current (dealer-key-cache.ts), so a key removed from the database stops
    // working at the next request.
    return dealerKeys.session(hash, async () => {
      const row = await store.read((s) => s.findDealerApiKey(hash));
      // The lookup is by hash (which reveals nothing of the key); the comparison is constant-time anyway.
      return row && digestsEqual(row.keyHash, hash)
        ? { dealerId: row.dealerId, listGeneration: row.listGeneration }
        : null;
    });
  }

  return {
    ...webhookApi({
      store,
      clock,
      logger,
      settings: { ...DEFAULT_WEBHOOK_SETTINGS, ...deps.webhooks },
      eventListeners,
      stoppers,
    }),
    ...domainApi({
      store,
      clock,
      logger,
      settings,
      command,
      retentionMs: {
        ledger: (deps.ledgerRetentionDays ?? DEFAULT_LEDGER_RETENTION_DAYS) * DAY_MS,
        mail: (deps.mailRetentionDays ?? DEFAULT_MAIL_RETENTION_DAYS) * DAY_MS,
        messageIds: (deps.messageIdRetentionDays ?? DEFAULT_MESSAGE_ID_RETENTION_DAYS) * DAY_MS,
        healthStatuses: (deps.healthStatusRetentionDays ?? DEFAULT_HEALTH_STATUS_RETENTION_DAYS) * DAY_MS,
      },
      details,
      dealerCommand,
      mailListeners,
      stoppers,
    }),
    async authenticateCar(vin, secret) {
      const vehicle = await store.read((s) => s.getVehicle(vin));
      // Always one check, so an unknown VIN takes as long as a wrong secret.
      const { ok: matches, upgradedHash } = await secrets.verify(secret, vehicle?.secretHash);
      if (matches && upgradedHash && vehicle) {
        // An old scrypt hash: replaced by the HMAC form, unless the secret was rotated meanwhile.
        await store.transaction(async (s) => {
          if ((await s.getVehicle(vin))?.secretHash === vehicle.secretHash)
            await s.updateVehicleSecretHash(vin, upgradedHash);
        });
      }
      // A car without cloud connection has no MQTT access (it takes part via website and dealer).
      return matches && vehicle?.connected === true;
    },

    async handleCarMessage(message) {
      const { outcome, repeat } = await command(
        async (ctx) => {
          const known = await ctx.session.getCarOutcome(message.vin, message.messageId);
          // A repeat (QoS 1 redelivery, a retry) gets the stored answer and changes nothing.
          if (known) return { outcome: known, repeat: true };
          const outcome: CarOutcome = await applyCarMessage(ctx, message);
          await ctx.session.putCarOutcome(message.vin, message.messageId, outcome, ctx.now);
          return { outcome, repeat: false };
          // A car message changes appointments, timers, mails and downlinks only (car-commands.ts).
        },
        undefined,
        true,
      );
      // Bindings in the call, not a child logger: this runs for every uplink (see pipeline.ts).
      const context = {
        vin: message.vin,
        messageId: message.messageId,
        kind: message.command.kind,
        repeat,
        ...outcome,
      };
      if (outcome.ok) logger.info(context, 'car message applied');
      else logger.info(context, 'car message refused');
      return outcome;
    },

    async rememberCarRejection(vin, messageId, rejection) {
      const { outcome, repeat } = await command(async (ctx) => {
        const known = await ctx.session.getCarOutcome(vin, messageId);
        if (known) return { outcome: known, repeat: true };
        const outcome: CarOutcome = { ok: false, ...rejection, retryable: false };
        await ctx.session.putCarOutcome(vin, messageId, outcome, ctx.now);
        return { outcome, repeat: false };
      });
      logger.info({ vin, messageId, repeat, code: rejection.code }, 'car message refusal remembered');
      return outcome;
    },

    async recordCarDelivery(vin, downlinkMessageId, receivedAt) {
      const eventDealer = await store.transaction(async (s) => {
        // A proposal's first receipt is an event for its dealer (a repeat or a late receipt of a
        // superseded one is not): the mark says whether the row was still open.
        const proposal = await s.markCarDownlinkDelivered(vin, downlinkMessageId, receivedAt);
        if (!proposal) return null;
        const appointment = await s.getAppointment(proposal.appointmentId);
        if (!appointment) return null;
        await s.appendDealerEvents([proposalDeliveredEvent(appointment, proposal.proposalId, receivedAt)]);
        return appointment.dealerId;
      });
      if (eventDealer !== null) notifyEvents(new Set([eventDealer]));
    },

    pendingCarDownlinks: (limit) => store.read((s) => s.pendingCarDownlinks(limit)),
    undeliveredCarDownlinks: (vin, limit) =>
      store.transaction((s) => s.undeliveredCarDownlinks(vin, limit, clock.now())),
    dueCarDownlinks: (vin, limit) => store.transaction((s) => s.dueCarDownlinks(vin, clock.now(), limit)),
    carDownlinkWakeAt: (vin) => store.read((s) => s.carDownlinkWakeAt(vin)),
    takeCarDownlinks: (vin, { open, limit, sentAt }, choose) =>
      store.transaction(async (s) => {
        const now = clock.now();
        const batch =
          open === 'all'
            ? await s.undeliveredCarDownlinks(vin, limit, now)
            : await s.dueCarDownlinks(vin, now, limit);
        const ids = choose(batch);
        const nextAttemptAt = ids.length > 0 ? await s.markCarDownlinksSent(ids, sentAt, redelivery) : null;
        return { read: batch.length, nextAttemptAt };
      }),

    async markCarDownlinksSent(ids, sentAt) {
      if (ids.length === 0) return;
      await store.transaction((s) => s.markCarDownlinksSent(ids, sentAt, redelivery));
    },

    onCarDownlinksQueued(listener) {
      const entry = (vins?: readonly string[]) => listener(vins);
      listeners.add(entry);
      return () => {
        listeners.delete(entry);
      };
    },

    async authenticateDealer(apiKey) {
      return (await authenticateDealerSession(apiKey))?.dealerId ?? null;
    },
    authenticateDealerSession,

    // One statement (vehicle and customer joined), so no transaction: a read sees committed data.
    listAppointments: (dealerId, list) =>
      store.read(async (s) => {
        // A list holds the statuses [LIST-1] puts there, plus unanswered ones back for follow-up (lists.ts).
        const records = await s.listDealerAppointmentRecords(dealerId, list && statusesMaybeInList(list));
        const summaries = records.map(summaryOfListRecord);
        return list === undefined ? summaries : summaries.filter((a) => a.list === list);
      }),

    dealerListGeneration: (dealerId) => store.read((s) => s.dealerListGeneration(dealerId)),

    getAppointment: (dealerId, appointmentId) =>
      store.transaction((s) => details(s, dealerId, appointmentId)),
    propose: (dealerId, appointmentId, proposal) =>
      dealerCommand(dealerId, appointmentId, { kind: 'propose', proposal }),
    confirm: (dealerId, appointmentId) => dealerCommand(dealerId, appointmentId, { kind: 'confirm' }),
    finalize: (dealerId, appointmentId) => dealerCommand(dealerId, appointmentId, { kind: 'finalize' }),
    cancel: (dealerId, appointmentId, reason) =>
      dealerCommand(dealerId, appointmentId, { kind: 'cancel', reason }),

    async healthStatuses(requesterDealerId, vin, options) {
      // [CUST-10]: any dealer may look a vehicle's Health Status up by VIN; every look-up is logged.
      logger.info({ dealerId: requesterDealerId, vin, all: options?.all === true }, 'health status look-up');
      const records = await store.read((s) => s.listHealthStatuses(vin, options?.all ? undefined : 1));
      if (records.length === 0) return fail('HEALTH_STATUS_NOT_FOUND', `no Health Status for ${vin}`);
      return ok(records);
    },

    createDealer: (input, options) => createDealer(store, clock.now(), newId, input, options?.apiKey),
    createCustomer: (input) => createCustomer(store, clock.now(), newId, input),
    createVehicles: (inputs) => createVehicles(store, secrets, clock.now(), inputs),
    rotateVehicleSecret: (vin, secret) => rotateVehicleSecret(store, secrets, vin, secret),
    rotateDealerApiKey: (dealerId) => rotateDealerApiKey(store, clock.now(), dealerId),
    getDealer: (dealerId) =>
      store.transaction(async (s) => {
        const dealer = await s.getDealer(dealerId);
        return dealer && dealerCard(dealer);
      }),
    getCustomer: (customerId) => store.read((s) => s.getCustomer(customerId)),
    getVehicle: (vin) =>
      store.transaction(async (s) => {
        const vehicle = await s.getVehicle(vin);
        if (!vehicle) return undefined;
        const { secretHash: _hidden, ...rest } = vehicle;
        return rest;
      }),
    carDownlinks: (vin) => store.read((s) => s.listCarDownlinks(vin)),
    appointmentDeliveries: (dealerId, appointmentId) =>
      store.transaction(async (s) => {
        const appointment = await s.getAppointment(appointmentId);
        if (!appointment || appointment.dealerId !== dealerId) {
          return fail<DeliveryView[]>('BOOKING_NOT_FOUND', `appointment ${appointmentId} not found`);
        }
        return ok(await s.listAppointmentDownlinks(appointmentId));
      }),
    // A read only: expiry is the scheduler sweep's work (scheduler.ts), not a metrics scrape's.
    downlinkCounts: () => store.read((s) => s.countOpenCarDownlinks()),
    expireCarDownlinks: () => store.transaction((s) => s.expireCarDownlinks(clock.now())),
    async storeReachable(timeoutMs = 2_000) {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      const ping = store.ping().then(
        () => true,
        () => false,
      );
      try {
        return await Promise.race([ping, late]);
      } finally {
        clearTimeout(timer);
      }
    },
    schedulerLagMs: () =>
      store.transaction(async (s) => {
        const now = clock.now();
        const [oldest] = await s.dueWork(now, 1);
        return oldest ? now - oldest.dueAt : 0;
      }),

    async close() {
      if (closed) return;
      closed = true;
      listeners.clear();
      mailListeners.clear();
      eventListeners.clear();
      for (const stop of [...stoppers]) stop();
      await store.close();
    },
  };
}

/**
 * The storage port of the service layer. Asynchronous even over synchronous SQLite, and every
 * operation runs on an explicit session handed out by `transaction`, so a PostgreSQL adapter can
 * implement the same contract (README.md "Layout and rules").
 */
import type { CarDownlink, CarMessage, CarOutcome, DealerCard } from '../car-channel.ts';
import type { Actor, Appointment, AppointmentOrigin, AppointmentStatus } from '../domain/appointment.ts';
import type { HealthStatus } from '../domain/health-status.ts';
import type { TimeRules, TimerKind } from '../domain/timers.ts';
import type { DeliveryView, DownlinkState, OpenDownlinkState, RedeliveryPolicy } from './downlink-ledger.ts';

export interface DealerRecord extends DealerCard {
  createdAt: number;
  /** Where escalation emails go; null = none. */
  email?: string | null;
}

export interface CustomerRecord {
  customerId: string;
  name: string;
  email: string;
  phone: string | null;
  preferredDealerId: string | null;
  createdAt: number;
  /** Booking reminder days, 1-4 ([CUST-3]); null = the dealer's default. */
  reminderDays?: number | null;
}

export interface VehicleRecord {
  vin: string;
  model: string;
  modelYear: number;
  /** Sensus cloud connected: only these cars get car messages. */
  connected: boolean;
  primaryDriverCustomerId: string | null;
  /** scrypt hash with its parameters and salt (see service/secrets.ts). */
  secretHash: string;
  createdAt: number;
}

export interface HistoryEntry {
  appointmentId: string;
  /** The appointment's version after the change; history is ordered by it. */
  version: number;
  at: number;
  actor: Actor;
  command: string;
  status: AppointmentStatus;
  /** The whole appointment as it was after the change ([HIST-2]). */
  snapshot: Appointment;
}

export type HealthStatusSource = 'booking-request' | 'upload';

export interface HealthStatusRecord {
  id: string;
  vin: string;
  receivedAt: number;
  source: HealthStatusSource;
  healthStatus: HealthStatus;
}

export interface NewCarDownlink {
  id: string;
  vin: string;
  createdAt: number;
  message: CarMessage;
  /** Overrides the validity end the ledger derives from the message (downlink-ledger.ts). */
  validUntil?: number;
}

/** One row of the scheduler's due work (a timer of one appointment, domain/timers.ts). */
export interface DueWorkRecord {
  id: string;
  appointmentId: string;
  kind: TimerKind;
  dueAt: number;
}

/** One email, written in the same transaction as the change it reports (mail outbox). */
export interface MailRecord {
  id: string;
  kind: string;
  to: string;
  subject: string;
  body: string;
  customerId: string | null;
  dealerId: string | null;
  appointmentId: string | null;
  createdAt: number;
}

export type MailState = 'queued' | 'sent';

/** Customer information beyond the core record ([CUST-1]), with the defaults of a customer without a row. */
export interface CustomerProfileRecord {
  customerId: string;
  /** Where the customer data lives: the dealer's own DMS or the central customer database. */
  source: 'dms' | 'central';
  /** Marketing channels only; booking messages go to car, website and email regardless ([CUST-2]). */
  contactBy: { phone: boolean; email: boolean; sms: boolean };
  /** The dealer before a dealer set itself as preferred, while the customer has not decided. */
  previousPreferredDealerId: string | null;
  /** A dealer set itself as preferred; the customer has not yet agreed or switched back. */
  preferredDealerPending: boolean;
  websiteInvitedAt: number | null;
}

export interface VehicleRelationRecord {
  vin: string;
  customerId: string;
  /** True when the customer is the vehicle's primary driver. */
  primaryDriver: boolean;
  reportedIncorrectAt: number | null;
  reportNote: string | null;
}

/**
 * One row of a dealer list: the appointment fields a list shows, with its vehicle and customer,
 * read in one query (the dealer lists are the busiest read of the dealer API; benchmark 7).
 */
export interface AppointmentListRecord {
  appointmentId: string;
  status: AppointmentStatus;
  origin: AppointmentOrigin;
  vin: string;
  customerId: string;
  requestedAt: number;
  updatedAt: number;
  /** domain/health-status.ts hasActiveWarnings of the Health Status sent with the request. */
  warningsActive: boolean;
  awaitingFollowUpSince: number | null;
  serviceLevelBreachedAt: number | null;
  /** The current proposal's start; null without one. */
  proposalStart: number | null;
  /** Empty (0, false) when the vehicle or customer row is missing: foreign keys prevent it. */
  vehicle: { model: string; modelYear: number; connected: boolean };
  customerName: string;
}

/** A dealer set itself as preferred dealer of a car's primary driver, by VIN. */
export interface PreferredDealerClaimRecord {
  claimId: string;
  customerId: string;
  dealerId: string;
  vin: string;
  claimedAt: number;
}

/** What the car's "My appointments" shows of one appointment (service/views.ts toCarView). */
export type VehicleAppointmentRecord = Pick<
  Appointment,
  'appointmentId' | 'status' | 'dealerId' | 'currentProposal' | 'preBooking'
>;

/** One event of a dealer's feed (service/dealer-events.ts), written with the change it reports. */
export interface NewDealerEvent {
  eventId: string;
  dealerId: string;
  type: string;
  occurredAt: number;
  /** The thin payload: ids, what changed, the new status, links to the API resources. */
  data: Record<string, unknown>;
}

export interface DealerEventRecord extends NewDealerEvent {
  /** The dealer's own sequence number: gap-free and in commit order per dealer. */
  seq: number;
}

export type WebhookEndpointState = 'active' | 'disabled';

export interface WebhookEndpointRecord {
  endpointId: string;
  dealerId: string;
  url: string;
  /** null: every event type. */
  eventTypes: string[] | null;
  description: string;
  secret: string;
  /** The secret before the last rotation, still signing until `previousSecretUntil`. */
  previousSecret: string | null;
  previousSecretUntil: number | null;
  state: WebhookEndpointState;
  disabledReason: string | null;
  createdAt: number;
  /** The last seq of the dealer's feed queued for this endpoint. */
  fanoutSeq: number;
  /** Since when every attempt failed; null after a success. */
  failingSince: number | null;
}

export type WebhookDeliveryState = 'pending' | 'delivered' | 'dead';

export interface NewWebhookDelivery {
  deliveryId: string;
  /** The `webhook-id`: the event's id, the same on every attempt and replay. */
  messageId: string;
  eventType: string;
  body: string;
  createdAt: number;
}

export interface WebhookDeliveryRecord extends NewWebhookDelivery {
  endpointId: string;
  queueSeq: number;
  state: WebhookDeliveryState;
  attempts: number;
  nextAttemptAt: number;
  finishedAt: number | null;
  lastStatusCode: number | null;
  lastLatencyMs: number | null;
  lastError: string | null;
}

export interface WebhookAttemptRecord {
  deliveryId: string;
  attempt: number;
  at: number;
  statusCode: number | null;
  latencyMs: number;
  error: string | null;
}

/** The store of the dealer event feed and its webhook deliveries (store/dealer-event-queries.ts). */
export interface DealerEventSession {
  /** Numbers each event with its dealer's next seq and writes it (in the caller's transaction). */
  appendDealerEvents(events: readonly NewDealerEvent[]): Promise<void>;
  /** The dealer's last event seq (0 before its first event). */
  lastDealerEventSeq(dealerId: string): Promise<number>;
  /** The dealer's events after `afterSeq`, in seq order, at most `limit`. */
  listDealerEvents(dealerId: string, afterSeq: number, limit: number): Promise<DealerEventRecord[]>;
  getDealerEvent(dealerId: string, eventId: string): Promise<DealerEventRecord | undefined>;
  /**
   * The dealer's events with `from <= occurredAt < to`, in seq order, at most `limit`; only of
   * `types` unless it is null.
   */
  listDealerEventsBetween(
    dealerId: string,
    from: number,
    to: number,
    limit: number,
    types: readonly string[] | null,
  ): Promise<DealerEventRecord[]>;
  /** Deletes at most `limit` events older than `before`; returns how many. */
  deleteDealerEventsBefore(before: number, limit: number): Promise<number>;

  insertWebhookEndpoint(endpoint: WebhookEndpointRecord): Promise<void>;
  getWebhookEndpoint(endpointId: string): Promise<WebhookEndpointRecord | undefined>;
  listWebhookEndpoints(dealerId: string): Promise<WebhookEndpointRecord[]>;
  updateWebhookEndpoint(
    endpointId: string,
    patch: Partial<
      Pick<
        WebhookEndpointRecord,
        | 'url'
        | 'eventTypes'
        | 'description'
        | 'secret'
        | 'previousSecret'
        | 'previousSecretUntil'
        | 'state'
        | 'disabledReason'
        | 'failingSince'
        | 'fanoutSeq'
      >
    >,
  ): Promise<void>;
  /** Deletes the endpoint with its deliveries and their attempts. */
  deleteWebhookEndpoint(endpointId: string): Promise<void>;
  /**
   * Leases up to `limit` active endpoints whose lease is free (none, or ended before `now`) until
   * `until` under `token`: each row is taken by a conditional UPDATE, so two nodes never hold one.
   */
  claimWebhookEndpoints(
    now: number,
    until: number,
    token: string,
    limit: number,
  ): Promise<WebhookEndpointRecord[]>;
  /** True while `token` still holds the endpoint's lease; extends it to `until`. */
  renewWebhookEndpoint(endpointId: string, token: string, until: number): Promise<boolean>;
  releaseWebhookEndpoint(endpointId: string, token: string): Promise<void>;
  /** Appends deliveries to the endpoint's queue, in order (positions from the endpoint's counter). */
  queueWebhookDeliveries(endpointId: string, deliveries: readonly NewWebhookDelivery[]): Promise<void>;
  countPendingWebhookDeliveries(endpointId: string): Promise<number>;
  /** The endpoint's first pending delivery in queue order. */
  headWebhookDelivery(endpointId: string): Promise<WebhookDeliveryRecord | undefined>;
  /** Records one attempt and the delivery's new state. */
  recordWebhookAttempt(
    attempt: WebhookAttemptRecord,
    next: Pick<WebhookDeliveryRecord, 'state' | 'attempts' | 'nextAttemptAt' | 'finishedAt'>,
  ): Promise<void>;
  /** The endpoint's deliveries, newest first, at most `limit`. */
  listWebhookDeliveries(endpointId: string, limit: number): Promise<WebhookDeliveryRecord[]>;
  getWebhookDelivery(deliveryId: string): Promise<WebhookDeliveryRecord | undefined>;
  listWebhookAttempts(deliveryId: string): Promise<WebhookAttemptRecord[]>;
  /** Pending deliveries and the oldest pending one's creation time, per endpoint (metrics). */
  webhookQueueDepths(): Promise<{ endpointId: string; pending: number; oldestCreatedAt: number }[]>;
  /** Deletes at most `limit` finished deliveries (with their attempts) created before `before`. */
  deleteFinishedWebhookDeliveriesBefore(before: number, limit: number): Promise<number>;
}

export interface StoreSession extends DealerEventSession {
  getDealer(dealerId: string): Promise<DealerRecord | undefined>;
  getDealers(dealerIds: readonly string[]): Promise<DealerRecord[]>;
  insertDealer(dealer: DealerRecord): Promise<void>;
  insertDealerApiKey(dealerId: string, keyHash: string, createdAt: number): Promise<void>;
  /** Removes every API key of the dealer; returns how many there were. */
  deleteDealerApiKeys(dealerId: string): Promise<number>;
  /** The key's dealer, with that dealer's list generation read in the same statement. */
  findDealerApiKey(
    keyHash: string,
  ): Promise<{ dealerId: string; keyHash: string; listGeneration: string } | undefined>;

  getCustomer(customerId: string): Promise<CustomerRecord | undefined>;
  getCustomers(customerIds: readonly string[]): Promise<CustomerRecord[]>;
  insertCustomer(customer: CustomerRecord): Promise<void>;

  getVehicle(vin: string): Promise<VehicleRecord | undefined>;
  getVehicles(vins: readonly string[]): Promise<VehicleRecord[]>;
  insertVehicles(vehicles: readonly VehicleRecord[]): Promise<void>;
  /** Replaces a vehicle's secret hash; false when the VIN is unknown. */
  updateVehicleSecretHash(vin: string, secretHash: string): Promise<boolean>;

  getAppointment(appointmentId: string): Promise<Appointment | undefined>;
  insertAppointment(appointment: Appointment): Promise<void>;
  /** Writes the new state if the stored version is still `expectedVersion`; false when it is not. */
  updateAppointment(appointment: Appointment, expectedVersion: number): Promise<boolean>;
  /** Appointments of a dealer, most recently updated first; all statuses when `statuses` is undefined. */
  listDealerAppointments(dealerId: string, statuses?: readonly AppointmentStatus[]): Promise<Appointment[]>;
  /**
   * Changes whenever a change commits that can alter what one of the dealer's lists shows (its
   * appointments, or the vehicle and customer fields a list shows); equal tokens, equal lists.
   */
  dealerListGeneration(dealerId: string): Promise<string>;
  /** The same rows and order as `listDealerAppointments`, narrowed to what a list shows (one query). */
  listDealerAppointmentRecords(
    dealerId: string,
    statuses?: readonly AppointmentStatus[],
  ): Promise<AppointmentListRecord[]>;
  listVehicleAppointments(vin: string, statuses: readonly AppointmentStatus[]): Promise<Appointment[]>;
  /**
   * The car's open appointments (domain/lists.ts isOpen) in the order it shows them (oldest
   * request first), at most `limit`, narrowed to what it shows: reads only the car's open rows,
   * however many closed and cancelled ones it has.
   */
  listVehicleAppointmentRecords(vin: string, limit: number): Promise<VehicleAppointmentRecord[]>;
  /** How many open appointments the car has (the bound of booking requests, CoreSettings). */
  countOpenVehicleAppointments(vin: string): Promise<number>;
  /** The dealers of the car's open appointments, each once (reads only the car's open rows). */
  listOpenVehicleDealers(vin: string): Promise<string[]>;

  appendHistory(entry: HistoryEntry): Promise<void>;
  listHistory(appointmentId: string): Promise<HistoryEntry[]>;

  /**
   * Writes the downlinks in order; each closes the open messages of its car it supersedes
   * (downlink-ledger.ts), and a car with more than `maxOpenPerCar` open messages has its oldest
   * open ones expired. Returns how many rows were superseded and expired by the cap.
   */
  enqueueCarDownlinks(
    downlinks: readonly NewCarDownlink[],
    options?: { maxOpenPerCar?: number },
  ): Promise<{ superseded: number; capped: number }>;
  /** Queued downlinks, oldest first (creation time, then insertion order). */
  pendingCarDownlinks(limit: number): Promise<CarDownlink[]>;
  /**
   * One car's open rows (queued or sent, no receipt yet), oldest first. With `now`, rows whose
   * validity ended are expired first and not returned.
   */
  undeliveredCarDownlinks(vin: string, limit: number, now?: number): Promise<CarDownlink[]>;
  /** One car's rows due now: queued, or sent and past their next attempt time; expires stale rows first. */
  dueCarDownlinks(vin: string, now: number, limit: number): Promise<CarDownlink[]>;
  /** The earliest next attempt time of one car's sent rows, or null when none waits. */
  carDownlinkWakeAt(vin: string): Promise<number | null>;
  /**
   * Open rows move to 'sent' (a receipt may have overtaken the send: delivered rows stay), one
   * more attempt is counted and the next attempt scheduled by `policy`. `sent_at` keeps the first send.
   * Returns the earliest next attempt time of the rows it marked (null: none was open).
   */
  markCarDownlinksSent(
    ids: readonly string[],
    sentAt: number,
    policy?: RedeliveryPolicy,
  ): Promise<number | null>;
  /** Expires every open row whose validity ended; returns how many. */
  expireCarDownlinks(now: number): Promise<number>;
  /**
   * Deletes at most `limit` finished rows (delivered, expired, superseded) that finished (closed or
   * delivered) before `finishedBefore`; returns how many (the ledger's retention, scheduler.ts).
   */
  deleteFinishedCarDownlinks(finishedBefore: number, limit: number): Promise<number>;
  /**
   * Open rows by state (the `csb_gateway_downlinks` gauge): through the open rows' index, so a
   * scrape costs what is open, not the ledger's retained history.
   */
  countOpenCarDownlinks(): Promise<Record<OpenDownlinkState, number>>;
  /** The messages about one appointment with their delivery state, oldest first. */
  listAppointmentDownlinks(appointmentId: string): Promise<DeliveryView[]>;
  /**
   * Only the row with this id AND this VIN: a car can never touch another car's downlinks.
   * Returns the proposal when this receipt delivered a proposal row that was still open (queued or
   * sent): the first receipt of a live proposal, which is an event for its dealer; undefined for
   * any other kind, a repeat, an unknown id, or a row already expired or superseded. (Only a
   * proposal's message is read back: a list's would be the car's whole list, on every receipt.)
   */
  markCarDownlinkDelivered(
    vin: string,
    id: string,
    deliveredAt: number,
  ): Promise<Extract<CarMessage, { kind: 'proposal' }> | undefined>;
  /** Every downlink of one VIN, oldest first, with its delivery state (tests and diagnostics). */
  listCarDownlinks(vin: string): Promise<(CarDownlink & { state: DownlinkState })[]>;

  getCarOutcome(vin: string, messageId: string): Promise<CarOutcome | undefined>;
  putCarOutcome(vin: string, messageId: string, outcome: CarOutcome, at: number): Promise<void>;
  /** Forgets at most `limit` message ids (with their outcomes) remembered before `before`. */
  deleteCarOutcomesBefore(before: number, limit: number): Promise<number>;

  /** Booking domain: customer settings, timers, time rules, mail outbox, customer tokens. */
  updateCustomerReminderDays(customerId: string, days: number | null): Promise<void>;
  listCustomerAppointments(customerId: string): Promise<Appointment[]>;
  /**
   * Makes the appointment's open timers exactly `timers`: open rows not among them are cancelled,
   * missing ones inserted; a row that already fired for the same (kind, due time) stays done.
   * `newAppointment`: the appointment was inserted in this transaction, so it has no timers yet and
   * none are read (one statement less on every booking request).
   */
  replaceTimers(
    appointmentId: string,
    timers: readonly DueWorkRecord[],
    now: number,
    options?: { newAppointment?: boolean },
  ): Promise<void>;
  /** Open timers due at `now`, earliest first (read through the (state, due_at) index). */
  dueWork(now: number, limit: number): Promise<DueWorkRecord[]>;
  /** Claims one timer: true only for the one caller that moved it from due to done. */
  claimDueWork(id: string, now: number): Promise<boolean>;
  listTimers(appointmentId: string): Promise<(DueWorkRecord & { state: string })[]>;
  getTimeRules(scope: 'market' | 'dealer', scopeId: string): Promise<Partial<TimeRules> | undefined>;
  /** A dealer's own and its market's settings in one read (every appointment change reads both). */
  getDealerTimeRules(
    dealerId: string,
    countryCode: string | null,
  ): Promise<{ market: Partial<TimeRules> | undefined; dealer: Partial<TimeRules> | undefined }>;
  putTimeRules(
    scope: 'market' | 'dealer',
    scopeId: string,
    rules: Partial<TimeRules>,
    now: number,
  ): Promise<void>;
  enqueueMails(mails: readonly MailRecord[]): Promise<void>;
  /** Mails, oldest first, optionally only one recipient's or one appointment's. */
  listMails(filter: {
    to?: string;
    customerId?: string;
    appointmentId?: string;
    limit?: number;
  }): Promise<(MailRecord & { state: MailState })[]>;
  pendingMails(limit: number): Promise<MailRecord[]>;
  /**
   * Claims up to `limit` queued mails, oldest first, that nobody claims (no claim, or one that
   * ended before `freeBefore`), for `claim` until `claimUntil`, and returns them (wall-clock ms).
   * Of several nodes claiming at once each mail goes to one: the update re-checks the claim.
   */
  claimMails(claim: string, freeBefore: number, claimUntil: number, limit: number): Promise<MailRecord[]>;
  markMailSent(id: string, sentAt: number): Promise<void>;
  /** The send failed: the error is kept and the claim ends at `failedAt` (wall-clock ms). */
  markMailFailed(id: string, error: string, failedAt: number): Promise<void>;
  /** Deletes at most `limit` sent mails queued and sent before `sentBefore`; returns how many. */
  deleteSentMailsBefore(sentBefore: number, limit: number): Promise<number>;
  insertCustomerToken(tokenHash: string, customerId: string, createdAt: number): Promise<void>;
  findCustomerToken(tokenHash: string): Promise<{ customerId: string; tokenHash: string } | undefined>;
  countCustomerTokens(customerId: string): Promise<number>;
  /** Customer information ([CUST-1]). */
  getCustomerProfile(customerId: string): Promise<CustomerProfileRecord>;
  putCustomerProfile(profile: CustomerProfileRecord, now: number): Promise<void>;
  updateCustomerContact(
    customerId: string,
    contact: { name: string; email: string; phone: string | null },
  ): Promise<void>;
  setPreferredDealer(customerId: string, dealerId: string | null): Promise<void>;
  insertPreferredDealerClaim(claim: PreferredDealerClaimRecord): Promise<void>;
  /** The customer's claims, newest first, at most `limit`. */
  listPreferredDealerClaims(customerId: string, limit: number): Promise<PreferredDealerClaimRecord[]>;
  /** How many claims the dealer made at or after `since` (the rate limit). */
  countPreferredDealerClaimsSince(dealerId: string, since: number): Promise<number>;
  /** When the dealer's `offset`-th claim (0: the oldest) at or after `since` was made; null when it made fewer. */
  preferredDealerClaimTimeSince(dealerId: string, since: number, offset: number): Promise<number | null>;
  /** All Workshop Customers: the customers whose preferred dealer is `dealerId`, by name. */
  listDealerCustomers(dealerId: string): Promise<CustomerRecord[]>;
  /** The customer's vehicles: relations and the vehicles it is primary driver of. */
  listCustomerVehicles(customerId: string): Promise<VehicleRelationRecord[]>;
  /** Every customer related to the vehicle: its relations and its primary driver, each once. */
  listVehicleCustomerIds(vin: string): Promise<string[]>;
  addVehicleRelation(customerId: string, vin: string, now: number): Promise<void>;
  removeVehicleRelation(customerId: string, vin: string): Promise<boolean>;
  reportVehicleRelation(customerId: string, vin: string, now: number, note: string): Promise<boolean>;
  setPrimaryDriver(vin: string, customerId: string | null): Promise<void>;

  insertHealthStatus(record: HealthStatusRecord): Promise<void>;
  /** Newest first by the car's capture time, not by arrival (an upload can take over an hour). */
  listHealthStatuses(vin: string, limit?: number): Promise<HealthStatusRecord[]>;
  /**
   * Deletes at most `limit` Health Status records received before `before`, never a car's newest
   * by capture time (its `latest`); returns how many.
   */
  deleteHealthStatusesBefore(before: number, limit: number): Promise<number>;
}

/**
 * The store could not reach its database (connection refused, dropped, the server shutting down):
 * nothing of the work was committed and the same call may succeed once the server is back. The
 * HTTP API answers `503 STORE_UNAVAILABLE` with `Retry-After`; the gateway refuses the car's
 * message as retryable. Every other store error is a bug or a conflict and stays as it is.
 */
export class StoreUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`the database cannot be reached: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    this.name = 'StoreUnavailableError';
  }
}

export interface BookingStore {
  /** Runs `work` in one database transaction: everything it wrote commits together or not at all. */
  transaction<T>(work: (session: StoreSession) => Promise<T>): Promise<T>;
  /**
   * Runs read-only `work` outside a transaction: each statement sees the data committed before it
   * (never another transaction's uncommitted writes). For work that is one statement, or whose
   * statements need not agree with each other; `work` must not write.
   */
  read<T>(work: (session: StoreSession) => Promise<T>): Promise<T>;
  /**
   * A number that changes with every commit to the database, by this store or any other connection
   * (SQLite: from the WAL index, sqlite-store.ts). A row read while the epoch stayed the same is
   * still the row a fresh read would return. Absent where commits elsewhere go unseen (PostgreSQL:
   * the other cluster nodes).
   */
  writeEpoch?(): number;
  /** Runs a trivial statement on the database; rejects when it cannot be reached (readiness). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

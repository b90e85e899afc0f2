/**
 * The booking core's contract with the car channel (the gateway). Plain data only: the core
 * knows no MQTT and no protobuf; the gateway maps wire messages to these types and back.
 * Times are milliseconds since the epoch (UTC).
 */
import type { HealthStatus, TimeWindow } from './domain/health-status.ts';

/** What a car asks the core to do: one case per uplink body that has an effect. */
export type CarCommand =
  | {
      kind: 'booking-request';
      origin: 'service-need' | 'warnings' | 'manual';
      /** When the driver agreed on the head unit. The gateway refuses a request without consent. */
      consentGrantedAt: number;
      healthStatus?: HealthStatus;
      customerNote: string;
      preferredWindows: TimeWindow[];
    }
  | { kind: 'health-status-upload'; healthStatus: HealthStatus }
  | {
      kind: 'proposal-response';
      appointmentId: string;
      proposalId: string;
      answer: { kind: 'accept' } | { kind: 'another-slot'; preferredWindows: TimeWindow[]; note: string };
    }
  | { kind: 'cancellation'; appointmentId: string; reason: string }
  | { kind: 'engine-start'; startedAt: number; odometerKm?: number };

/** One uplink as the core receives it: the authenticated VIN and the car's idempotency key. */
export interface CarMessageIn {
  vin: string;
  /** The car's message id; (vin, messageId) is remembered with its outcome. */
  messageId: string;
  sentAt: number;
  command: CarCommand;
}

/** Why the core refused a car's command. Stable codes; the gateway maps them to the wire. */
export type CarRejectionCode =
  /** A field the wire format allows but the core refuses (e.g. a preferred window already over). */
  | 'INVALID_MESSAGE'
  | 'NO_PRIMARY_DRIVER'
  | 'NO_PREFERRED_DEALER'
  | 'APPOINTMENT_NOT_FOUND'
  | 'INVALID_TRANSITION'
  | 'PROPOSAL_SUPERSEDED'
  | 'PROPOSAL_EXPIRED'
  | 'TOO_MANY_OPEN_APPOINTMENTS';

/**
 * Refusals the gateway decides before the core, of a message whose id it could read
 * (docs/protocol.md section 3): final for that id, so remembered with it like the core's own.
 */
export type CheckRejectionCode = 'INVALID_MESSAGE' | 'TOPIC_MISMATCH' | 'UNKNOWN_BODY' | 'CONSENT_MISSING';

export type CarOutcome =
  | { ok: true; appointmentId?: string }
  | { ok: false; code: CarRejectionCode | CheckRejectionCode; message: string; retryable: boolean };

/** The workshop as a car shows it and navigates to it. */
export interface DealerCard {
  dealerId: string;
  name: string;
  phone: string;
  address: { street: string; postalCode: string; city: string; countryCode: string };
  location: { latitude: number; longitude: number };
}

export interface Price {
  /** ISO 4217 code. */
  currencyCode: string;
  /** Amount in the currency's minor unit. */
  amountMinor: number;
}

/** Appointment statuses as the car shows them (a dealer cancellation and a customer one look alike). */
export type CarAppointmentStatus =
  | 'requested'
  | 'inquired'
  | 'proposed'
  | 'accepted'
  | 'confirmed'
  | 'pre-booked'
  | 'cancelled'
  | 'closed';

export interface CarAppointmentView {
  appointmentId: string;
  status: CarAppointmentStatus;
  dealer: DealerCard;
  start?: number;
  durationMinutes?: number;
  price?: Price;
  /** Set while status is 'proposed'. */
  proposalId?: string;
}

/** A message the core wants delivered to a car. Never an inquiry: the car cannot answer one. */
export type CarMessage =
  | {
      kind: 'proposal';
      appointmentId: string;
      proposalId: string;
      dealer: DealerCard;
      start: number;
      durationMinutes: number;
      price: Price;
    }
  | {
      kind: 'confirmation';
      appointmentId: string;
      dealer: DealerCard;
      start: number;
      durationMinutes: number;
      status: 'accepted' | 'pre-booked';
    }
  | { kind: 'appointment-list'; generatedAt: number; appointments: CarAppointmentView[] }
  | {
      kind: 'reminder';
      appointmentId: string;
      dealer: DealerCard;
      start: number;
      reminderKind: 'days-before' | 'day-of';
      daysBefore?: number;
    }
  | {
      kind: 'navigation';
      appointmentId: string;
      dealer: DealerCard;
      arriveBy: number;
      mode: 'destination' | 'waypoint';
    }
  | {
      kind: 'appointment-cancelled';
      appointmentId: string;
      cancelledBy: 'customer' | 'dealer';
      reason: string;
    };

/** A queued car message (a row of the downlink outbox). `id` is the downlink message id. */
export interface CarDownlink {
  id: string;
  vin: string;
  createdAt: number;
  message: CarMessage;
  /** When it was first handed to the car (its envelope's `sent_at` every time); absent before. */
  firstSentAt?: number;
}

/** What the gateway needs from the core. Every method is safe to call concurrently. */
export interface CarChannel {
  /** True when the VIN is registered and the secret matches its stored hash. */
  authenticateCar(vin: string, secret: string): Promise<boolean>;
  /**
   * Applies one car message exactly once: in one transaction the effect, the history, the
   * outgoing messages and the (vin, messageId) outcome are stored. A repeat of a known
   * (vin, messageId) returns the stored outcome and changes nothing.
   */
  handleCarMessage(message: CarMessageIn): Promise<CarOutcome>;
  /**
   * Remembers a refusal the gateway decided (not retryable) under (vin, messageId), unless the id
   * already has an outcome; returns the outcome to answer with: the first one stored. A message
   * resent with the same id is thereby answered as the first time, whatever it carries now.
   */
  rememberCarRejection(
    vin: string,
    messageId: string,
    rejection: { code: CheckRejectionCode; message: string },
  ): Promise<CarOutcome>;
  /** The car has stored a downlink message (its delivery receipt). Unknown ids are ignored. */
  recordCarDelivery(vin: string, downlinkMessageId: string, receivedAt: number): Promise<void>;
  /** Up to `limit` queued downlinks, oldest first, not yet marked sent. */
  pendingCarDownlinks(limit: number): Promise<CarDownlink[]>;
  /**
   * Downlinks of one car not receipted by the car yet (queued or sent, still valid), oldest
   * first. The gateway sends them when the car (re)subscribes: the broker's own queue may have
   * been lost (a restart, a clean session), the ledger is the record (downlink-ledger.ts).
   */
  undeliveredCarDownlinks(vin: string, limit: number): Promise<CarDownlink[]>;
  /**
   * One connected car's downlinks due now, oldest first: never sent, or sent and unreceipted
   * past their next attempt time (capped exponential backoff). Expired ones are closed, not returned.
   */
  dueCarDownlinks(vin: string, limit: number): Promise<CarDownlink[]>;
  /**
   * Takes one connected car's downlinks for a hand-over, in one transaction (one statement
   * fewer and one commit turn fewer per flush than a read and a mark): reads every open one
   * (`open: 'all'`, after a subscribe) or those due now (`'due'`), lets `choose` pick the ids the
   * car takes now (it runs inside the transaction, synchronously), and marks those sent at
   * `sentAt` as `markCarDownlinksSent` does. Returns how many rows were read and the earliest
   * next attempt time of the rows it marked (null: none marked).
   */
  takeCarDownlinks(
    vin: string,
    request: { readonly open: 'all' | 'due'; readonly limit: number; readonly sentAt: number },
    choose: (batch: readonly CarDownlink[]) => readonly string[],
  ): Promise<{ read: number; nextAttemptAt: number | null }>;
  /** When the earliest unreceipted downlink of a car is due again (epoch ms), or null. */
  carDownlinkWakeAt(vin: string): Promise<number | null>;
  /** Open downlink ledger rows by state (queued, sent); a read only. */
  downlinkCounts(): Promise<Record<string, number>>;
  /** The downlinks were handed to the broker (QoS 1): one more attempt each, the next one scheduled. */
  markCarDownlinksSent(ids: string[], sentAt: number): Promise<void>;
  /**
   * Called after a transaction that queued car downlinks commits, with the VINs concerned
   * (undefined: any car may be concerned). Returns an unsubscribe function.
   */
  onCarDownlinksQueued(listener: (vins?: readonly string[]) => void): () => void;
}

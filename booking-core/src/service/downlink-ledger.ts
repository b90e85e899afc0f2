/**
 * The downlink ledger's rules: pure functions, no I/O, no clock (time comes in as an argument).
 *
 * Every car message is one row of `car_outbox` with a state:
 *   queued     -> written with the change that caused it, not handed to the broker yet
 *   sent       -> handed to the broker at QoS 1 at least once, no delivery receipt yet
 *   delivered  -> the car's DeliveryReceipt arrived (final)
 *   expired    -> its validity ended before the car receipted it (final; never sent again)
 *   superseded -> a newer message made it pointless (final; never sent again)
 *
 * The ledger, not the broker's session queue, is the store of record (aedes' offline queue
 * has been reported to grow past its `queueLimit`): the gateway hands a car its messages only
 * while the car is connected, sends again what is not receipted with a capped exponential backoff,
 * and the per-car cap bounds what one car can pile up.
 */
import type { CarMessage } from '../car-channel.ts';

export const DOWNLINK_STATES = ['queued', 'sent', 'delivered', 'expired', 'superseded'] as const;
export type DownlinkState = (typeof DOWNLINK_STATES)[number];
/** States a message can still leave (it may still be sent). */
export const OPEN_DOWNLINK_STATES = ['queued', 'sent'] as const satisfies readonly DownlinkState[];
export type OpenDownlinkState = (typeof OPEN_DOWNLINK_STATES)[number];

export interface DownlinkPolicy {
  /** The appointment the message is about (null for the car's whole appointment list). */
  appointmentId: string | null;
  /**
   * Messages of one car with the same key replace each other: the newest open one is the only
   * one still sent. A newer proposal for the same appointment replaces the older one
   * (docs/protocol.md section 6), and only the newest appointment list matters (it replaces the
   * list the car holds).
   */
  supersedeKey: string | null;
  /** Further keys this message closes (a cancellation makes a pending proposal pointless). */
  alsoSupersedes: string[];
  /** After this time (epoch ms) the message is expired and never sent; null: valid until receipted. */
  validUntil: number | null;
}

export function proposalKey(appointmentId: string): string {
  return `proposal:${appointmentId}`;
}

/** How the ledger treats one car message. */
export function downlinkPolicyOf(message: CarMessage): DownlinkPolicy {
  switch (message.kind) {
    case 'proposal':
      // A proposal for a time that has begun can no longer be accepted.
      return {
        appointmentId: message.appointmentId,
        supersedeKey: proposalKey(message.appointmentId),
        alsoSupersedes: [],
        validUntil: message.start,
      };
    case 'confirmation':
      return {
        appointmentId: message.appointmentId,
        supersedeKey: null,
        alsoSupersedes: [],
        validUntil: message.start,
      };
    case 'appointment-list':
      return { appointmentId: null, supersedeKey: 'appointment-list', alsoSupersedes: [], validUntil: null };
    case 'reminder':
      // A reminder for an appointment that has begun is never shown ([LEDGER-4]: "a reminder for a
      // day that has passed expires"). The start is the one time the message itself carries.
      return {
        appointmentId: message.appointmentId,
        supersedeKey: `reminder:${message.appointmentId}:${message.reminderKind}`,
        alsoSupersedes: [],
        validUntil: message.start,
      };
    case 'navigation':
      return {
        appointmentId: message.appointmentId,
        supersedeKey: `navigation:${message.appointmentId}`,
        alsoSupersedes: [],
        validUntil: message.arriveBy,
      };
    case 'appointment-cancelled':
      return {
        appointmentId: message.appointmentId,
        supersedeKey: null,
        alsoSupersedes: [
          proposalKey(message.appointmentId),
          `reminder:${message.appointmentId}:days-before`,
          `reminder:${message.appointmentId}:day-of`,
          `navigation:${message.appointmentId}`,
        ],
        validUntil: null,
      };
    default: {
      const unreachable: never = message;
      throw new Error(`unhandled car message ${JSON.stringify(unreachable)}`);
    }
  }
}

export interface RedeliveryPolicy {
  /** Wait before the first resend of an unreceipted message (ms). */
  baseMs: number;
  /** The longest wait between two sends (ms). */
  maxMs: number;
}

export const DEFAULT_REDELIVERY: RedeliveryPolicy = Object.freeze({ baseMs: 10_000, maxMs: 10 * 60_000 });

/**
 * The redelivery policy in the booking clock's milliseconds for a clock running `speed` times
 * faster than the wall (virtual time, docs/simulator.md): redelivery is a transport timer, so its
 * waits stay wall time (10 s, then 20 s, ... at most 10 min of wall). Without this, at 21,600x a
 * 10 s wait lasted half a wall millisecond and every downlink not receipted within the gateway's
 * shortest timer was sent again, over and over, by the thousand.
 */
export function redeliveryOnClock(
  speed: number,
  policy: RedeliveryPolicy = DEFAULT_REDELIVERY,
): RedeliveryPolicy {
  if (!(speed > 0) || !Number.isFinite(speed)) throw new RangeError(`clock speed must be > 0, got ${speed}`);
  return Object.freeze({ baseMs: policy.baseMs * speed, maxMs: policy.maxMs * speed });
}

/** When a message sent `attempts` times (>= 1) is due again: base * 2^(attempts-1), capped. */
export function nextAttemptAt(sentAt: number, attempts: number, policy: RedeliveryPolicy): number {
  const exponent = Math.min(Math.max(attempts - 1, 0), 30);
  return sentAt + Math.min(policy.maxMs, policy.baseMs * 2 ** exponent);
}

/** Final states: the row is kept only for the dealer's delivery view, until the retention ends. */
export const FINISHED_DOWNLINK_STATES = [
  'delivered',
  'expired',
  'superseded',
] as const satisfies readonly DownlinkState[];

/**
 * How long a finished (delivered, expired or superseded) message is kept after it finished, by
 * default (`CSB_LEDGER_RETENTION_DAYS`): the scheduler's sweep deletes older ones, so the ledger
 * holds the open messages (bounded per car) and what finished within the retention.
 */
export const DEFAULT_LEDGER_RETENTION_DAYS = 30;

/** Default bound of open (queued or sent) messages per car; beyond it the oldest open ones expire. */
export const DEFAULT_MAX_OPEN_PER_CAR = 500;

/** One message as the dealer API shows it on its appointment. */
export interface DeliveryView {
  messageId: string;
  kind: CarMessage['kind'];
  state: DownlinkState;
  createdAt: number;
  sentAt: number | null;
  deliveredAt: number | null;
  /** How many times it was handed to the broker. */
  attempts: number;
}

/**
 * The head unit of a connected car, as a small state machine with no I/O and no clock reads:
 * every input carries `now`, and every output is a value (an uplink to publish, or an event the
 * driver would see). The MQTT transport lives apart (connection.ts) and a client wires the two
 * (client.ts); a fleet can drive thousands of these from one timer.
 *
 * Rules it follows (docs/protocol.md):
 * - `[REQ-4]` uplinks are answered by exactly one UplinkResult; without one in time the car sends
 *   the SAME message again (same message_id, same sent_at), backing off, until it gets it;
 * - `[REJ-1]` a rejection with retryable = false is final; `[REJ-2]` a retryable one is resent
 *   with the same message_id after a growing, jittered wait;
 * - `[ENV-3]`, `[LEDGER-7]` downlinks may arrive more than once: the car keeps the ids it has seen
 *   and ignores repeats;
 * - `[DOWN-1]`, `[DOWN-9]` the car sends a DeliveryReceipt for every downlink except UplinkResult,
 *   also for bodies it does not know - and again for a repeat, since a repeat means the cloud did
 *   not get the first receipt and keeps redelivering;
 * - `[DOWN-2]` a newer proposal for an appointment replaces the one shown; only it is answered;
 * - `[DOWN-4]` an AppointmentList replaces the whole list, unless it is older than the one held;
 *   it is a silent sync.
 *
 * Bounds: seen ids `seenIdCapacity`, pending uplinks `maxPendingUplinks`, notifications
 * `notificationCapacity`, open proposals one per appointment of the car.
 */
import {
  csb,
  type DownlinkEnvelope,
  fromTimestamp,
  toTimestamp,
  type UplinkEnvelopeInit,
  type UplinkKind,
} from '@csb/proto';
import {
  type CancellationView,
  type CarAppointmentView,
  type ConfirmationView,
  cancellationView,
  carAppointmentView,
  confirmationView,
  type NavigationView,
  navigationView,
  type ProposalView,
  proposalView,
  type ReminderView,
  rejectionCodeName,
  reminderView,
  type WindowMs,
} from './views.ts';

/** A Health Status as the car sends it (health_status.proto). */
export type HealthStatusInit = csb.v1.HealthStatus.$Properties;

// ---------------------------------------------------------------------------------------------
// Inputs

export type HeadUnitInput =
  | { type: 'downlink'; envelope: DownlinkEnvelope; now: number }
  | { type: 'tick'; now: number }
  | { type: 'action'; action: UserAction; now: number };

/** What the driver (or a scenario acting for the driver) does on the head unit. */
export type UserAction =
  | {
      type: 'request-booking';
      origin: csb.v1.RequestOrigin;
      healthStatus?: HealthStatusInit;
      note?: string;
      preferredWindows?: readonly WindowMs[];
      /** The driver's agreement (BookingRequest.consent); true unless a test wants the rejection. */
      consent?: boolean;
    }
  | { type: 'send-car-data'; healthStatus: HealthStatusInit }
  | { type: 'answer-proposal'; appointmentId: string; proposalId: string; answer: ProposalAnswer }
  | { type: 'cancel'; appointmentId: string; reason?: string }
  | { type: 'engine-start'; odometerKm?: number };

export type ProposalAnswer =
  | { type: 'accept' }
  | { type: 'ask-another-slot'; preferredWindows: readonly WindowMs[]; note: string };

/**
 * How the head unit answers a proposal on its own (a scenario's driver). `undefined` leaves the
 * proposal on screen for a later `answer-proposal` action.
 */
export type ProposalPolicy = (
  proposal: ProposalView,
  context: { now: number; proposalsForAppointment: number },
) => ProposalAnswer | undefined;

const DAY_MS = 86_400_000;

export const proposalPolicies = {
  /** Shows proposals and waits for the driver. */
  manual: (): ProposalPolicy => () => undefined,
  /** Accepts every proposal. */
  accept: (): ProposalPolicy => () => ({ type: 'accept' }),
  /**
   * Asks for another slot the first `times` proposals of an appointment, then accepts: a driver who
   * asks another slot for ever would never reach CONFIRMED. The windows asked for are the mornings
   * of the two days after the proposed start.
   */
  askAnotherSlotThenAccept:
    (times = 1): ProposalPolicy =>
    (proposal, { now, proposalsForAppointment }) => {
      if (proposalsForAppointment > times) return { type: 'accept' };
      const base = proposal.startMs ?? now;
      const dayStart = base - (base % DAY_MS);
      return {
        type: 'ask-another-slot',
        preferredWindows: [1, 2].map((d) => ({
          earliestMs: dayStart + d * DAY_MS + 7 * 3_600_000,
          latestMs: dayStart + d * DAY_MS + 11 * 3_600_000,
        })),
        note: 'That time does not suit me; a morning later that week would.',
      };
    },
} as const;

// ---------------------------------------------------------------------------------------------
// Outputs

/** An uplink to publish (QoS 1, retain false) on `uplinkTopic(vin, kind)`. */
export interface PublishOutput {
  type: 'publish';
  kind: UplinkKind;
  messageId: string;
  envelope: UplinkEnvelopeInit;
  /** 1 for the first send, 2 and up for resends of the same message. */
  attempt: number;
}

export type HeadUnitEvent =
  | {
      type: 'result-accepted';
      uplinkKind: UplinkKind;
      uplinkMessageId: string;
      appointmentId: string;
      attempts: number;
    }
  | {
      type: 'result-rejected';
      uplinkKind: UplinkKind;
      uplinkMessageId: string;
      code: csb.v1.RejectionCode;
      codeName: string;
      message: string;
      retryable: boolean;
      /** True when the head unit will send the same message again later. */
      willRetry: boolean;
    }
  /** A result for an uplink no longer pending: a second answer after a resend crossed the first. */
  | { type: 'result-unmatched'; uplinkMessageId: string }
  | { type: 'uplink-gave-up'; uplinkKind: UplinkKind; uplinkMessageId: string; attempts: number }
  /** An action was not turned into an uplink (the head unit has too much unanswered). */
  | { type: 'action-refused'; action: UserAction['type']; reason: 'TOO_MANY_PENDING' }
  | { type: 'proposal'; downlinkId: string; proposal: ProposalView }
  | {
      type: 'proposal-answered';
      appointmentId: string;
      proposalId: string;
      answer: ProposalAnswer;
      uplinkMessageId: string;
    }
  | { type: 'confirmation'; downlinkId: string; confirmation: ConfirmationView }
  | {
      type: 'appointment-list';
      downlinkId: string;
      generatedAtMs: number;
      appointments: readonly CarAppointmentView[];
    }
  | { type: 'appointment-list-stale'; downlinkId: string; generatedAtMs: number; heldGeneratedAtMs: number }
  | { type: 'reminder'; downlinkId: string; reminder: ReminderView }
  | { type: 'navigation'; downlinkId: string; target: NavigationView }
  | { type: 'appointment-cancelled'; downlinkId: string; cancellation: CancellationView }
  | { type: 'downlink-duplicate'; downlinkId: string; body: string }
  | { type: 'downlink-unknown-body'; downlinkId: string }
  /** No message id: it can be neither deduplicated nor receipted. */
  | { type: 'downlink-invalid'; reason: 'MISSING_MESSAGE_ID' };

export type HeadUnitOutput = PublishOutput | HeadUnitEvent;

/** What the driver has been shown, newest last. */
export type Notification =
  | { kind: 'proposal'; atMs: number; downlinkId: string; proposal: ProposalView }
  | { kind: 'confirmation'; atMs: number; downlinkId: string; confirmation: ConfirmationView }
  | { kind: 'reminder'; atMs: number; downlinkId: string; reminder: ReminderView }
  | { kind: 'navigation'; atMs: number; downlinkId: string; target: NavigationView }
  | { kind: 'cancellation'; atMs: number; downlinkId: string; cancellation: CancellationView };

export interface PendingUplinkView {
  messageId: string;
  kind: UplinkKind;
  attempts: number;
  /** When the head unit resends (or gives up) if no result came. */
  deadlineMs: number;
}

export interface HeadUnitSnapshot {
  vin: string;
  appointments: readonly CarAppointmentView[];
  appointmentListGeneratedAtMs: number | undefined;
  /** The latest unanswered proposal per appointment. */
  openProposals: readonly ProposalView[];
  notifications: readonly Notification[];
  navigation: NavigationView | undefined;
  pendingUplinks: readonly PendingUplinkView[];
  seenDownlinkCount: number;
}

// ---------------------------------------------------------------------------------------------
// The machine

export interface HeadUnitOptions {
  vin: string;
  /** Source of uplink message ids (seeded for replay: createMessageIdFactory). */
  newMessageId: () => string;
  proposalPolicy?: ProposalPolicy;
  /** How long to wait for an UplinkResult before the first resend. Default 10 s. */
  resultTimeoutMs?: number;
  /** Sends of one message in all, the first included, before giving up. Default 5. */
  maxAttempts?: number;
  /** Downlink ids remembered for dedupe (oldest forgotten first). Default 1024. */
  seenIdCapacity?: number;
  /** Uplinks awaiting a result at once; more actions are refused. Default 64. */
  maxPendingUplinks?: number;
  /** Notifications kept for display. Default 100. */
  notificationCapacity?: number;
  /** Uniform in [0, 1), for the jitter of resends after a retryable rejection. Default Math.random. */
  jitter?: () => number;
  /**
   * What the app stored from `persist` before it restarted: unanswered uplinks are resent with
   * their original message ids (at the first tick), seen downlink ids stay deduplicated.
   */
  restore?: HeadUnitPersistentState;
  /** Called with the state to store whenever pending uplinks or seen downlink ids changed. */
  persist?: (state: HeadUnitPersistentState) => void;
}

/** What a head unit must keep across a restart to honour `[REQ-4]` and `[ENV-3]`. JSON-safe. */
export interface HeadUnitPersistentState {
  pendingUplinks: { messageId: string; kind: UplinkKind; envelope: UplinkEnvelopeInit; attempts: number }[];
  /** Oldest first. */
  seenDownlinkIds: string[];
}

export interface HeadUnit {
  readonly vin: string;
  handle(input: HeadUnitInput): HeadUnitOutput[];
  snapshot(): HeadUnitSnapshot;
  /** The earliest time a tick has work to do, or undefined when nothing waits. */
  nextDeadline(): number | undefined;
  /** The state to store for a restart (also handed to `persist` on every change). */
  persistentState(): HeadUnitPersistentState;
}

interface PendingUplink {
  messageId: string;
  kind: UplinkKind;
  envelope: UplinkEnvelopeInit;
  attempts: number;
  deadlineMs: number;
}

// Resends back off: timeout, 2x, 4x, then 8x at most, so a car behind a slow gateway does not
// pile up copies of the same message.
const MAX_BACKOFF_FACTOR = 8;

export function createHeadUnit(options: HeadUnitOptions): HeadUnit {
  const { vin, newMessageId } = options;
  const policy = options.proposalPolicy ?? proposalPolicies.manual();
  const resultTimeoutMs = options.resultTimeoutMs ?? 10_000;
  const maxAttempts = options.maxAttempts ?? 5;
  const seenIdCapacity = options.seenIdCapacity ?? 1024;
  const maxPending = options.maxPendingUplinks ?? 64;
  const notificationCapacity = options.notificationCapacity ?? 100;
  const jitter = options.jitter ?? Math.random;

  // Insertion-ordered, so the oldest id is the first one to forget.
  const seen = new Set<string>();
  const pending = new Map<string, PendingUplink>();
  const openProposals = new Map<string, ProposalView>();
  const proposalCounts = new Map<string, number>();
  let appointments: readonly CarAppointmentView[] = [];
  let listGeneratedAtMs: number | undefined;
  let navigation: NavigationView | undefined;
  let notifications: Notification[] = [];
  // Counts changes of what persistentState() holds: pending uplinks added, resent or dropped,
  // downlink ids remembered. handle() calls `persist` when it moved.
  let changes = 0;
  for (const id of options.restore?.seenDownlinkIds ?? []) remember(id);
  for (const p of options.restore?.pendingUplinks ?? []) {
    // Due at once: the result may have been lost with the process.
    pending.set(p.messageId, { ...p, deadlineMs: Number.NEGATIVE_INFINITY });
  }

  function persistentState(): HeadUnitPersistentState {
    return {
      pendingUplinks: [...pending.values()].map(({ messageId, kind, envelope, attempts }) => ({
        messageId,
        kind,
        envelope,
        attempts,
      })),
      seenDownlinkIds: [...seen],
    };
  }

  function backoff(attempts: number): number {
    return resultTimeoutMs * Math.min(2 ** (attempts - 1), MAX_BACKOFF_FACTOR);
  }

  function remember(id: string): void {
    seen.add(id);
    changes += 1;
    if (seen.size > seenIdCapacity) {
      const oldest = seen.values().next();
      if (!oldest.done) seen.delete(oldest.value);
    }
  }

  function notify(notification: Notification): void {
    notifications.push(notification);
    if (notifications.length > notificationCapacity)
      notifications = notifications.slice(-notificationCapacity);
  }

  function send(
    kind: UplinkKind,
    body: Omit<UplinkEnvelopeInit, 'messageId' | 'sentAt'>,
    now: number,
  ): PublishOutput {
    const messageId = newMessageId();
    const envelope: UplinkEnvelopeInit = { messageId, sentAt: toTimestamp(now), ...body };
    // A delivery receipt is never answered (uplink.proto DeliveryReceipt): nothing to wait for.
    if (kind !== 'delivery-receipt') {
      pending.set(messageId, { messageId, kind, envelope, attempts: 1, deadlineMs: now + backoff(1) });
      changes += 1;
    }
    return { type: 'publish', kind, messageId, envelope, attempt: 1 };
  }

  function receipt(downlinkId: string, now: number): PublishOutput {
    return send(
      'delivery-receipt',
      { deliveryReceipt: { downlinkMessageId: downlinkId, receivedAt: toTimestamp(now) } },
      now,
    );
  }

  function answerProposal(
    appointmentId: string,
    proposalId: string,
    answer: ProposalAnswer,
    now: number,
  ): HeadUnitOutput[] {
    if (pending.size >= maxPending) {
      return [{ type: 'action-refused', action: 'answer-proposal', reason: 'TOO_MANY_PENDING' }];
    }
    const response: csb.v1.ProposalResponse.$Properties =
      answer.type === 'accept'
        ? { appointmentId, proposalId, accept: {} }
        : {
            appointmentId,
            proposalId,
            askAnotherSlot: { preferredWindows: answer.preferredWindows.map(timeWindow), note: answer.note },
          };
    const out = send('proposal-response', { proposalResponse: response }, now);
    // The driver has answered: the proposal leaves the screen whatever the cloud says next.
    if (openProposals.get(appointmentId)?.proposalId === proposalId) openProposals.delete(appointmentId);
    return [
      out,
      { type: 'proposal-answered', appointmentId, proposalId, answer, uplinkMessageId: out.messageId },
    ];
  }

  function onAction(action: UserAction, now: number): HeadUnitOutput[] {
    if (action.type === 'answer-proposal') {
      return answerProposal(action.appointmentId, action.proposalId, action.answer, now);
    }
    if (pending.size >= maxPending)
      return [{ type: 'action-refused', action: action.type, reason: 'TOO_MANY_PENDING' }];
    switch (action.type) {
      case 'request-booking':
        return [
          send(
            'booking-request',
            {
              bookingRequest: {
                origin: action.origin,
                consent: { granted: action.consent ?? true, grantedAt: toTimestamp(now) },
                healthStatus: action.healthStatus ?? null,
                customerNote: action.note ?? '',
                preferredWindows: (action.preferredWindows ?? []).map(timeWindow),
              },
            },
            now,
          ),
        ];
      case 'send-car-data':
        return [send('health-status', { healthStatusUpload: { healthStatus: action.healthStatus } }, now)];
      case 'cancel':
        return [
          send(
            'cancellation',
            { cancellation: { appointmentId: action.appointmentId, reason: action.reason ?? '' } },
            now,
          ),
        ];
      case 'engine-start':
        return [
          send(
            'engine-start',
            { engineStart: { startedAt: toTimestamp(now), odometerKm: action.odometerKm ?? null } },
            now,
          ),
        ];
      default:
        return assertNever(action);
    }
  }

  function onTick(now: number): HeadUnitOutput[] {
    const out: HeadUnitOutput[] = [];
    for (const p of [...pending.values()]) {
      if (p.deadlineMs > now) continue;
      if (p.attempts >= maxAttempts) {
        pending.delete(p.messageId);
        changes += 1;
        out.push({
          type: 'uplink-gave-up',
          uplinkKind: p.kind,
          uplinkMessageId: p.messageId,
          attempts: p.attempts,
        });
        continue;
      }
      p.attempts += 1;
      changes += 1;
      p.deadlineMs = now + backoff(p.attempts);
      // The very same envelope (same message_id, same sent_at): the cloud dedupes on the id.
      out.push({
        type: 'publish',
        kind: p.kind,
        messageId: p.messageId,
        envelope: p.envelope,
        attempt: p.attempts,
      });
    }
    return out;
  }

  function onResult(result: csb.v1.UplinkResult.$Properties, now: number): HeadUnitOutput[] {
    const id = result.uplinkMessageId ?? '';
    const p = pending.get(id);
    if (p === undefined) return [{ type: 'result-unmatched', uplinkMessageId: id }];
    if (result.rejected != null) {
      const code = result.rejected.code ?? csb.v1.RejectionCode.REJECTION_CODE_UNSPECIFIED;
      const retryable = result.rejected.retryable === true;
      const willRetry = retryable && p.attempts < maxAttempts;
      if (willRetry) {
        // Retry later with the same message id (RATE_LIMITED, TEMPORARILY_UNAVAILABLE) [REJ-2]:
        // half the backoff fixed, half random, so cars refused together do not return together.
        p.deadlineMs = now + Math.round(backoff(p.attempts + 1) * (0.5 + jitter() / 2));
      } else {
        pending.delete(id);
        changes += 1;
      }
      return [
        {
          type: 'result-rejected',
          uplinkKind: p.kind,
          uplinkMessageId: id,
          code,
          codeName: rejectionCodeName(code),
          message: result.rejected.message ?? '',
          retryable,
          willRetry,
        },
      ];
    }
    pending.delete(id);
    changes += 1;
    return [
      {
        type: 'result-accepted',
        uplinkKind: p.kind,
        uplinkMessageId: id,
        appointmentId: result.accepted?.appointmentId ?? '',
        attempts: p.attempts,
      },
    ];
  }

  function onDownlink(envelope: DownlinkEnvelope, now: number): HeadUnitOutput[] {
    const id = envelope.messageId ?? '';
    if (id === '') return [{ type: 'downlink-invalid', reason: 'MISSING_MESSAGE_ID' }];
    const body = envelope.body;
    const isResult = body === 'uplinkResult';
    if (seen.has(id)) {
      const duplicate: HeadUnitEvent = {
        type: 'downlink-duplicate',
        downlinkId: id,
        body: body ?? 'unknown',
      };
      return isResult ? [duplicate] : [duplicate, receipt(id, now)];
    }
    remember(id);
    if (isResult) return envelope.uplinkResult == null ? [] : onResult(envelope.uplinkResult, now);
    const out = applyDownlink(envelope, id, now);
    out.push(receipt(id, now));
    return out;
  }

  function applyDownlink(envelope: DownlinkEnvelope, id: string, now: number): HeadUnitOutput[] {
    switch (envelope.body) {
      case 'proposal': {
        const proposal = proposalView(envelope.proposal ?? {});
        // A newer proposal for the same appointment replaces the one on screen (downlink.proto Proposal).
        openProposals.set(proposal.appointmentId, proposal);
        const count = (proposalCounts.get(proposal.appointmentId) ?? 0) + 1;
        proposalCounts.set(proposal.appointmentId, count);
        notify({ kind: 'proposal', atMs: now, downlinkId: id, proposal });
        const out: HeadUnitOutput[] = [{ type: 'proposal', downlinkId: id, proposal }];
        const answer = policy(proposal, { now, proposalsForAppointment: count });
        if (answer !== undefined)
          out.push(...answerProposal(proposal.appointmentId, proposal.proposalId, answer, now));
        return out;
      }
      case 'confirmation': {
        const confirmation = confirmationView(envelope.confirmation ?? {});
        notify({ kind: 'confirmation', atMs: now, downlinkId: id, confirmation });
        return [{ type: 'confirmation', downlinkId: id, confirmation }];
      }
      case 'appointmentList': {
        const list = envelope.appointmentList ?? {};
        const generatedAtMs = fromTimestamp(list.generatedAt) ?? 0;
        if (listGeneratedAtMs !== undefined && generatedAtMs < listGeneratedAtMs) {
          return [
            {
              type: 'appointment-list-stale',
              downlinkId: id,
              generatedAtMs,
              heldGeneratedAtMs: listGeneratedAtMs,
            },
          ];
        }
        listGeneratedAtMs = generatedAtMs;
        appointments = (list.appointments ?? []).map(carAppointmentView);
        // A proposal no longer open in the cloud's list is no longer answerable.
        for (const [appointmentId, proposal] of openProposals) {
          const row = appointments.find((a) => a.appointmentId === appointmentId);
          if (
            row === undefined ||
            row.status !== csb.v1.AppointmentStatus.APPOINTMENT_STATUS_PROPOSED ||
            (row.proposalId !== undefined && row.proposalId !== proposal.proposalId)
          ) {
            openProposals.delete(appointmentId);
          }
        }
        // Silent sync: an event for the log, no notification for the driver.
        return [{ type: 'appointment-list', downlinkId: id, generatedAtMs, appointments }];
      }
      case 'reminder': {
        const reminder = reminderView(envelope.reminder ?? {});
        notify({ kind: 'reminder', atMs: now, downlinkId: id, reminder });
        return [{ type: 'reminder', downlinkId: id, reminder }];
      }
      case 'navigationTarget': {
        const target = navigationView(envelope.navigationTarget ?? {});
        navigation = target;
        notify({ kind: 'navigation', atMs: now, downlinkId: id, target });
        return [{ type: 'navigation', downlinkId: id, target }];
      }
      case 'appointmentCancelled': {
        const cancellation = cancellationView(envelope.appointmentCancelled ?? {});
        // "The car removes it from its list" (downlink.proto AppointmentCancelled).
        appointments = appointments.filter((a) => a.appointmentId !== cancellation.appointmentId);
        openProposals.delete(cancellation.appointmentId);
        if (navigation?.appointmentId === cancellation.appointmentId) navigation = undefined;
        notify({ kind: 'cancellation', atMs: now, downlinkId: id, cancellation });
        return [{ type: 'appointment-cancelled', downlinkId: id, cancellation }];
      }
      case 'uplinkResult':
      case undefined:
        // A body this build does not know (a newer server): ignored, still receipted.
        return [{ type: 'downlink-unknown-body', downlinkId: id }];
      default:
        return assertNever(envelope.body);
    }
  }

  function dispatch(input: HeadUnitInput): HeadUnitOutput[] {
    switch (input.type) {
      case 'downlink':
        return onDownlink(input.envelope, input.now);
      case 'tick':
        return onTick(input.now);
      case 'action':
        return onAction(input.action, input.now);
      default:
        return assertNever(input);
    }
  }

  return {
    vin,
    handle(input) {
      const before = changes;
      const out = dispatch(input);
      if (options.persist && changes !== before) options.persist(persistentState());
      return out;
    },
    persistentState,
    snapshot() {
      return {
        vin,
        appointments,
        appointmentListGeneratedAtMs: listGeneratedAtMs,
        openProposals: [...openProposals.values()],
        notifications: [...notifications],
        navigation,
        pendingUplinks: [...pending.values()].map((p) => ({
          messageId: p.messageId,
          kind: p.kind,
          attempts: p.attempts,
          deadlineMs: p.deadlineMs,
        })),
        seenDownlinkCount: seen.size,
      };
    },
    nextDeadline() {
      let next: number | undefined;
      for (const p of pending.values()) if (next === undefined || p.deadlineMs < next) next = p.deadlineMs;
      return next;
    },
  };
}

function timeWindow(w: WindowMs): csb.v1.TimeWindow.$Properties {
  return { earliest: toTimestamp(w.earliestMs), latest: toTimestamp(w.latestMs) };
}

function assertNever(value: never): never {
  throw new Error(`unhandled case ${String(value)}`); // a bug: the switch is meant to be exhaustive
}

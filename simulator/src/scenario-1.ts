/**
 * Scenario 1 (docs/domain.md [SCN-1]), from the car's side: the car shows warnings, the driver agrees, a
 * booking request with Health Status goes to the preferred dealer; the dealer proposes; the
 * driver accepts (or asks another slot once, then accepts); the car shows the confirmation; the
 * dealer confirms in the workshop tool (REST API), which only updates the car's appointment list
 * (downlink.proto Confirmation). The run ends when that list shows the appointment CONFIRMED.
 */
import { csb, type DownlinkKind } from '@csb/proto';
import type { Logger } from 'pino';
import { type CarEvent, createSimulatedCar } from './car.ts';
import { type Clock, systemClock } from './clock.ts';
import { isSimulatorError, SimulatorError, type SimulatorErrorCode } from './errors.ts';
import { formatCarEvent } from './format.ts';
import { type ProposalPolicy, proposalPolicies } from './head-unit.ts';
import { generateHealthStatus } from './health-status.ts';
import { createRandom, seedFromString } from './random.ts';
import { appointmentStatusName } from './views.ts';

export type Scenario1Answer = 'accept' | 'another-slot';

export interface Scenario1Options {
  brokerUrl: string;
  vin: string;
  secret: string;
  /** Receives every human-readable line of the run. */
  log: (line: string) => void;
  /** Whole-run limit. Default 600 000 ms (10 minutes: a person plays the dealer with curl). */
  timeoutMs?: number;
  /** How the driver answers the first proposal. Default accept. */
  answer?: Scenario1Answer;
  /** Seed for message ids and the Health Status. Default: derived from the VIN. */
  seed?: number;
  clock?: Clock;
  /** How long to wait for an UplinkResult before resending. Default 10 s. */
  resultTimeoutMs?: number;
  /** IANA zone for printed times; the machine's zone by default. */
  timeZone?: string;
  signal?: AbortSignal;
  logger?: Logger;
  /** Called on every car event, after it was logged (tests can play the dealer from here). */
  onEvent?: (event: CarEvent) => void;
}

export interface Scenario1Summary {
  vin: string;
  /** The appointment the booking request created ('' when the run failed before that). */
  appointmentId: string;
  /** The appointment's last status in the car's list ('' when none was seen). */
  finalStatus: string;
  /** Downlinks received, by topic kind (result, proposal, confirmation, appointments, ...). */
  received: Partial<Record<DownlinkKind, number>>;
  /** Uplinks published, by kind, resends included. */
  sent: Record<string, number>;
  /** Uplinks sent again because no result came in time. */
  resends: number;
  /** Downlinks that arrived again and were ignored. */
  duplicates: number;
  /** Transport errors seen (undecodable downlinks, refused publishes, ...), by code. */
  errors: Partial<Record<SimulatorErrorCode, number>>;
  /** How the driver answered each proposal of the appointment. */
  answers: Array<'accept' | 'ask-another-slot'>;
  durationMs: number;
}

/** The run failed; `summary` tells how far it got. */
export class ScenarioError extends SimulatorError {
  readonly summary: Scenario1Summary;

  constructor(
    code: SimulatorErrorCode,
    message: string,
    summary: Scenario1Summary,
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
    this.name = 'ScenarioError';
    this.summary = summary;
  }
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export function runScenario1(options: Scenario1Options): Promise<Scenario1Summary> {
  const { vin, log } = options;
  const clock = options.clock ?? systemClock;
  const timeoutMs = options.timeoutMs ?? 600_000;
  const seed = options.seed ?? seedFromString(`scenario-1:${vin}`);
  const random = createRandom(seed);
  const startedAt = clock.now();
  const answerFirst: ProposalPolicy =
    options.answer === 'another-slot'
      ? proposalPolicies.askAnotherSlotThenAccept(1)
      : proposalPolicies.accept();

  let appointmentId = '';
  let requestMessageId = '';
  let waitingFor = 'the connection';
  const proposalResponses = new Set<string>();
  const summary: Scenario1Summary = {
    vin,
    appointmentId: '',
    finalStatus: '',
    received: {},
    sent: {},
    resends: 0,
    duplicates: 0,
    errors: {},
    answers: [],
    durationMs: 0,
  };

  // The driver answers only the proposal of this run's appointment; others stay on screen.
  const policy: ProposalPolicy = (proposal, context) =>
    appointmentId !== '' && proposal.appointmentId === appointmentId
      ? answerFirst(proposal, context)
      : undefined;

  const car = createSimulatedCar({
    vin,
    secret: options.secret,
    brokerUrl: options.brokerUrl,
    clock,
    seed,
    proposalPolicy: policy,
    ...(options.resultTimeoutMs !== undefined ? { resultTimeoutMs: options.resultTimeoutMs } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
  });
  const print = (lines: string[]): void => {
    for (const line of lines) log(line);
  };
  const formatOptions = options.timeZone ? { timeZone: options.timeZone } : {};

  return new Promise<Scenario1Summary>((resolve, reject) => {
    let done = false;
    const finish = (error: ScenarioError | undefined): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      summary.appointmentId = appointmentId;
      summary.durationMs = clock.now() - startedAt;
      const settle = (): void => (error ? reject(error) : resolve(summary));
      // Deferred: finish() runs inside the car's event dispatch, and the delivery receipt of the
      // downlink that ended the run is published right after this event. A graceful end then waits
      // for its PUBACK, so the cloud does not redeliver the list next time.
      setImmediate(() => car.stop().then(settle, settle));
    };
    const fail = (code: SimulatorErrorCode, message: string, cause?: unknown): void => {
      log(`[${vin}] !! scenario 1 failed: ${message}`);
      finish(new ScenarioError(code, message, summary, { cause }));
    };
    const timer = setTimeout(
      () =>
        fail('SIM_TIMEOUT', `timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${waitingFor}`),
      timeoutMs,
    );
    const onAbort = (): void => fail('SIM_ABORTED', `aborted while waiting for ${waitingFor}`);
    if (options.signal?.aborted) {
      onAbort();
      return;
    }
    options.signal?.addEventListener('abort', onAbort, { once: true });

    car.on((event) => {
      if (done) return;
      print(formatCarEvent(vin, event, formatOptions));
      observe(event);
      try {
        options.onEvent?.(event);
      } catch (error) {
        log(`[${vin}] !! onEvent threw: ${error instanceof Error ? error.message : String(error)}`);
      }
    });

    function observe(event: CarEvent): void {
      switch (event.type) {
        case 'downlink':
          summary.received[event.kind] = (summary.received[event.kind] ?? 0) + 1;
          return;
        case 'uplink-sent':
          summary.sent[event.kind] = (summary.sent[event.kind] ?? 0) + 1;
          if (event.attempt > 1) summary.resends += 1;
          return;
        case 'downlink-duplicate':
          summary.duplicates += 1;
          return;
        case 'uplink-publish-failed':
          summary.errors[event.error.code] = (summary.errors[event.error.code] ?? 0) + 1;
          return;
        case 'error':
          summary.errors[event.error.code] = (summary.errors[event.error.code] ?? 0) + 1;
          if (event.error.code === 'HU_RECONNECT_EXHAUSTED')
            fail(event.error.code, event.error.message, event.error);
          return;
        case 'result-accepted':
          if (event.uplinkMessageId === requestMessageId) {
            appointmentId = event.appointmentId;
            summary.appointmentId = appointmentId;
            waitingFor = `a proposal for appointment ${appointmentId}`;
            log(
              `[${vin}] -- booking request accepted: appointment ${appointmentId}; waiting for the dealer's proposal`,
            );
            answerEarlyProposal();
          } else if (proposalResponses.has(event.uplinkMessageId)) {
            waitingFor = `the confirmation of appointment ${appointmentId}`;
          }
          return;
        case 'result-rejected':
          if (event.willRetry) return;
          if (event.uplinkMessageId === requestMessageId) {
            fail(
              'SIM_UPLINK_REJECTED',
              `the booking request was rejected: ${event.codeName} ${event.message}`.trim(),
            );
          } else if (
            proposalResponses.has(event.uplinkMessageId) &&
            event.code !== csb.v1.RejectionCode.REJECTION_CODE_PROPOSAL_SUPERSEDED
          ) {
            // PROPOSAL_SUPERSEDED: a newer proposal is on its way; the policy answers that one.
            fail(
              'SIM_UPLINK_REJECTED',
              `the proposal response was rejected: ${event.codeName} ${event.message}`.trim(),
            );
          }
          return;
        case 'uplink-gave-up':
          if (event.uplinkMessageId === requestMessageId || proposalResponses.has(event.uplinkMessageId)) {
            fail(
              'SIM_UPLINK_UNANSWERED',
              `${event.uplinkKind} ${event.uplinkMessageId} got no result after ${event.attempts} sends`,
            );
          }
          return;
        case 'proposal-answered':
          proposalResponses.add(event.uplinkMessageId);
          summary.answers.push(event.answer.type);
          waitingFor =
            event.answer.type === 'accept'
              ? `the result of the acceptance of appointment ${appointmentId}`
              : `a new proposal for appointment ${appointmentId}`;
          return;
        case 'confirmation':
          if (event.confirmation.appointmentId === appointmentId) {
            waitingFor = `the dealer to confirm appointment ${appointmentId} (appointment list showing CONFIRMED)`;
            log(
              `[${vin}] -- waiting for the dealer to confirm appointment ${appointmentId} in the workshop tool`,
            );
          }
          return;
        case 'appointment-list': {
          const row = event.appointments.find((a) => a.appointmentId === appointmentId);
          if (appointmentId === '' || row === undefined) return;
          summary.finalStatus = appointmentStatusName(row.status);
          if (row.status === csb.v1.AppointmentStatus.APPOINTMENT_STATUS_CONFIRMED) {
            log(`[${vin}] -- appointment ${appointmentId} is CONFIRMED: scenario 1 done`);
            finish(undefined);
          } else if (
            row.status === csb.v1.AppointmentStatus.APPOINTMENT_STATUS_CANCELLED ||
            row.status === csb.v1.AppointmentStatus.APPOINTMENT_STATUS_CLOSED
          ) {
            fail(
              'SIM_APPOINTMENT_ENDED',
              `appointment ${appointmentId} became ${summary.finalStatus} before CONFIRMED`,
            );
          }
          return;
        }
        case 'appointment-cancelled':
          if (event.cancellation.appointmentId === appointmentId) {
            summary.finalStatus = 'CANCELLED';
            fail('SIM_APPOINTMENT_ENDED', `appointment ${appointmentId} was cancelled before CONFIRMED`);
          }
          return;
        default:
          return;
      }
    }

    // A proposal that arrived before the booking request's result (possible after a resend):
    // the policy could not know it was ours then.
    function answerEarlyProposal(): void {
      const open = car.headUnit.snapshot().openProposals.find((p) => p.appointmentId === appointmentId);
      if (open === undefined) return;
      const answer = answerFirst(open, { now: clock.now(), proposalsForAppointment: 1 });
      if (answer !== undefined) {
        car.perform({ type: 'answer-proposal', appointmentId, proposalId: open.proposalId, answer });
      }
    }

    log(`[${vin}] -- scenario 1: connecting to ${options.brokerUrl} (answer: ${options.answer ?? 'accept'})`);
    car.start().then(
      () => {
        if (done) return;
        sendRequest();
      },
      (error: unknown) => {
        const err = isSimulatorError(error) ? error : undefined;
        fail(err?.code ?? 'HU_CONNECT_FAILED', err?.message ?? String(error), error);
      },
    );

    function sendRequest(): void {
      const now = clock.now();
      const healthStatus = generateHealthStatus(random, {
        capturedAtMs: now - 5 * 60_000,
        profile: 'warnings',
      });
      const day = now - (now % DAY_MS);
      const outputs = car.perform({
        type: 'request-booking',
        origin: csb.v1.RequestOrigin.REQUEST_ORIGIN_WARNINGS,
        healthStatus,
        note: 'Oil warning came on yesterday and the engine feels rough at idle. I can leave the car all day.',
        preferredWindows: [
          { earliestMs: day + 7 * DAY_MS + 7 * HOUR_MS, latestMs: day + 7 * DAY_MS + 11 * HOUR_MS },
          { earliestMs: day + 8 * DAY_MS + 12 * HOUR_MS, latestMs: day + 8 * DAY_MS + 16 * HOUR_MS },
        ],
      });
      const sent = outputs.find((o) => o.type === 'publish');
      if (sent === undefined) {
        fail('SIM_UPLINK_UNANSWERED', 'the head unit refused to send the booking request');
        return;
      }
      requestMessageId = sent.messageId;
      waitingFor = `the result of booking request ${requestMessageId}`;
      const warnings = (healthStatus.warnings ?? [])
        .map((w) => String(csb.v1.WarningType[w.type ?? 0]).replace('WARNING_TYPE_', ''))
        .join(', ');
      const dtcs = (healthStatus.dtcs ?? []).map((d) => `${d.code} (${d.ecu})`).join(', ');
      log(
        `[${vin}] -> booking-request ${requestMessageId} WARNINGS, consent granted, ${healthStatus.odometerKm} km, warnings: ${warnings}; DTCs: ${dtcs}`,
      );
    }
  });
}

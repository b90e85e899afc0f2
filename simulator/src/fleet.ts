/**
 * A fleet of simulated cars in one process: each car is a real head unit (head-unit.ts) on its
 * own MQTT connection with its own credential (car.ts), following the protocol exactly as a car
 * does — QoS 1, persistent session, delivery receipts, dedupe, resends, reconnect with backoff.
 * One timer plays the plan (fleet-plan.ts) in virtual time; one timer drives every head unit's
 * resends; an automatic dealer (fleet-dealer.ts) answers through the REST API. The run ends with
 * a report (fleet-report.ts): throughput, latency percentiles, errors by kind, invariants.
 */
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { csb } from '@csb/proto';
import * as hdr from 'hdr-histogram-js';
import type { Logger } from 'pino';
import { type CarEvent, createSimulatedCar, type SimulatedCar } from './car.ts';
import type { AcceleratedClock } from './clock.ts';
import { isSimulatorError, SimulatorError } from './errors.ts';
import { type AutoDealerProposal, createAutoDealer } from './fleet-dealer.ts';
import { answerDraw, type FleetPlan, HOUR_MS, type PlannedCar } from './fleet-plan.ts';
import type { FleetCredentials } from './fleet-provision.ts';
import {
  FLEET_ANSWERS,
  type FleetAction,
  type FleetAnswer,
  type FleetScenario,
  pickWeighted,
} from './fleet-scenario.ts';
import { evaluateThresholds, type ThresholdResult } from './fleet-thresholds.ts';
import {
  createClientTimeline,
  createServerTimeline,
  type ServerPoint,
  type TimelinePoint,
} from './fleet-timeline.ts';
import { proposalPolicies } from './head-unit.ts';
import { generateHealthStatus, HEALTH_PROFILES } from './health-status.ts';
import { createProposalWatch } from './proposal-watch.ts';
import { createRandom, type Random, seedFromString } from './random.ts';
import type { ProposalView } from './views.ts';

export interface FleetProgress {
  phase: 'ramp' | 'run' | 'drain' | 'stop';
  wallMs: number;
  virtualMs: number;
  cars: number;
  connected: number;
  uplinksPerSecond: number;
  downlinksPerSecond: number;
  errors: number;
}

/** `--broker`'s comma-separated list, trimmed, empty parts dropped. */
export function splitBrokerUrls(list: string): string[] {
  return list
    .split(',')
    .map((u) => u.trim())
    .filter((u) => u.length > 0);
}

/** The broker car `index` of the plan connects to: the list round robin, so a fleet splits evenly. */
function brokerOfCar(brokers: readonly string[], index: number): string {
  return brokers[index % brokers.length] ?? brokers[0] ?? '';
}

export interface FleetRunOptions {
  scenario: FleetScenario;
  plan: FleetPlan;
  credentials: FleetCredentials;
  /**
   * The MQTT broker, or several separated by commas (the nodes of a cluster without a load
   * balancer in front): car i of the plan connects to the i-th modulo their count.
   */
  brokerUrl: string;
  /** The dealer REST API of the same deployment. */
  apiUrl: string;
  /** Shared with the system (same start, speed and anchor). */
  clock: AcceleratedClock;
  onProgress?: (progress: FleetProgress) => void;
  /** Wall ms between progress calls. Default 1000. */
  progressIntervalMs?: number;
  logger?: Logger;
  signal?: AbortSignal;
  /** The system's Prometheus `/metrics`: scraped every second, plotted beside the client's view. */
  metricsUrl?: string;
  /** Called once the ramp is over (every car that starts online connected, or its bound passed). */
  onRampDone?: (ramp: RampResult) => void;
}

/** The connect ramp's end: cars connected then, of those that start online, and its wall time. */
export interface RampResult {
  connected: number;
  startOnline: number;
  wallMs: number;
}

export interface Percentiles {
  unit: string;
  count: number;
  min: number;
  mean: number;
  stddev: number;
  p50: number;
  p90: number;
  p99: number;
  p999: number;
  max: number;
  /** [percentile, value] points for a plot, from 0 to 99.999. */
  curve: [number, number][];
}

export interface Invariant {
  name: string;
  ok: boolean;
  checked: number;
  /** The first violations (at most 20), for a person to read. */
  violations: string[];
  violationCount: number;
}

export interface FleetReport {
  scenario: string;
  seed: number;
  planDigest: string;
  /** sha256 of the sorted log of car actions and answers: equal for replays that did the same. */
  actionsDigest: string;
  cars: number;
  dealers: number;
  brokerUrl: string;
  apiUrl: string;
  startedAt: string;
  wallMs: number;
  virtual: { start: string; end: string; speed: number; days: number };
  throughput: {
    uplink: Record<string, { count: number; perSecond: number }>;
    downlink: Record<string, { count: number; perSecond: number }>;
  };
  latency: {
    uplinkToResult: Percentiles;
    requestToFirstProposal: Percentiles;
    /** Uplink -> UplinkResult by uplink kind. */
    byKind: Record<string, Percentiles>;
  };
  /** By uplink kind: OK = accepted; KO = rejected for good, or given up after every resend. */
  outcomes: Record<string, { ok: number; ko: number }>;
  /** Per wall second (bounded: fleet-timeline.ts); `server` from the system's /metrics when given. */
  timeline: {
    client: TimelinePoint[];
    server: ServerPoint[];
    metrics: { url: string; scrapes: number; failures: number } | null;
  };
  counts: Record<string, number>;
  answers: Partial<Record<FleetAnswer, number>>;
  dealerCommands: Record<string, number>;
  errors: Record<string, number>;
  invariants: Invariant[];
  thresholds: ThresholdResult[];
  /** Every violated invariant and threshold, by name; empty when the run passed. */
  verdict: string[];
  /** Every invariant holds and every threshold is met. */
  ok: boolean;
}

interface RequestRecord {
  vin: string;
  number: number;
  messageId: string;
  sentVirtualMs: number;
  outcome: { type: 'accepted'; appointmentId: string } | { type: 'rejected'; code: string } | undefined;
  outcomes: number;
}

interface CarState {
  plan: PlannedCar;
  car: SimulatedCar;
  random: Random;
  wantOnline: boolean;
  starting: boolean;
  /** start() succeeded and stop() was not called since: connected, or reconnecting by itself. */
  started: boolean;
  deferred: FleetAction[];
  requests: number;
  played: number;
  /** appointment id -> this car's request number. */
  appointments: Map<string, number>;
  proposalCounts: Map<string, number>;
  /** Proposals that came before the result naming their appointment (answered once it comes). */
  early: Map<string, ProposalView>;
}

const MAX_START_TRIES = 5;
/** Wall ms allowed, after the automatic dealer stopped, for the answers to its last commands. */
const DRAIN_AFTER_DEALER_MS = 5_000;
const TICK_MS = 250;
const PUMP_MS = 20;
const MAX_ANOTHER_SLOT = 2;
/**
 * Wall ms a car must have been online, between a proposal and its slot's start, to be expected to
 * have received it: well above the p99 uplink -> result of a loaded run. Less online than that,
 * and a proposal that expired before the car was back is the system working (proposal-watch.ts).
 */
const PROPOSAL_DELIVERY_GRACE_WALL_MS = 2_000;
/** Wall ms between two reads of the system's state of the proposals whose slot began unreceived. */
const PROPOSAL_STATE_INTERVAL_MS = 2_000;

export async function runFleet(options: FleetRunOptions): Promise<FleetReport> {
  const { scenario, plan, clock } = options;
  const seed = plan.seed;
  const log = options.logger?.child({ part: 'fleet' });
  const startedWall = performance.now();
  const startedAt = new Date().toISOString();
  const secrets = new Map(options.credentials.cars.map((c) => [c.vin, c.secret]));

  const uplinks: Record<string, number> = {};
  const downlinks: Record<string, number> = {};
  const errors: Record<string, number> = {};
  const counts: Record<string, number> = {
    connects: 0,
    reconnects: 0,
    drops: 0,
    resends: 0,
    duplicateDownlinks: 0,
    duplicateResults: 0,
    actionsPlayed: 0,
    actionsDeferred: 0,
    proposalsReceived: 0,
  };
  const answers: Partial<Record<FleetAnswer, number>> = {};
  const actionLog: string[] = [];
  const count = (bag: Record<string, number>, key: string): void => {
    bag[key] = (bag[key] ?? 0) + 1;
  };
  const uplinkLatency = hdr.build({ numberOfSignificantValueDigits: 3 });
  const proposalLatency = hdr.build({ numberOfSignificantValueDigits: 3 });
  // One per uplink kind (a fixed set: the topic kinds the head unit sends).
  const kindLatency = new Map<string, hdr.Histogram>();
  const outcomes: Record<string, { ok: number; ko: number }> = {};
  const sentAtWall = new Map<string, { at: number; kind: string }>();
  const requests = new Map<string, RequestRecord>();
  const appointmentOwner = new Map<string, string>();
  const firstProposalAt = new Map<string, number>();
  const received: { vin: string; appointmentId: string; what: string }[] = [];
  const proposalsReceived = new Set<string>();
  const dealerProposals: AutoDealerProposal[] = [];
  const proposalWatch = createProposalWatch();
  const ownershipClashes: string[] = [];
  let uplinkTotal = 0;
  let downlinkTotal = 0;
  let errorTotal = 0;

  const addError = (code: string): void => {
    count(errors, code);
    errorTotal += 1;
    timeline.error();
  };
  const own = (appointmentId: string, vin: string): void => {
    const owner = appointmentOwner.get(appointmentId);
    if (owner === undefined) appointmentOwner.set(appointmentId, vin);
    else if (owner !== vin) ownershipClashes.push(`${appointmentId} belongs to ${owner} and ${vin}`);
  };

  const brokers = splitBrokerUrls(options.brokerUrl);
  const states: CarState[] = plan.cars.map((p) => {
    const secret = secrets.get(p.vin);
    if (secret === undefined) {
      throw new SimulatorError(
        'SIM_PROVISION_FAILED',
        `no credentials for ${p.vin} (car ${p.index} of the plan)`,
      );
    }
    const car = createSimulatedCar({
      vin: p.vin,
      secret,
      brokerUrl: brokerOfCar(brokers, p.index),
      clock,
      seed: seedFromString(`${seed}:messages:${p.index}`),
      // docs/protocol.md section 4: resend 30 s (wall) after sending; the head unit counts virtual ms.
      resultTimeoutMs: Math.round(30_000 * clock.speed),
      tickIntervalMs: 0,
      // A large fleet returning at once waits on the gateway's secret checks (scrypt per CONNECT):
      // a short CONNACK timeout would turn that wait into a retry storm.
      connection: {
        keepaliveSeconds: 60,
        connectTimeoutMs: 30_000,
        reconnectBaseMs: 1_000,
        reconnectMaxMs: 60_000,
      },
      ...(options.logger ? { logger: options.logger } : {}),
    });
    const state: CarState = {
      plan: p,
      car,
      random: createRandom(seedFromString(`${seed}:content:${p.index}`)),
      wantOnline: !p.startsOffline,
      starting: false,
      started: false,
      deferred: [],
      requests: 0,
      played: 0,
      appointments: new Map(),
      proposalCounts: new Map(),
      early: new Map(),
    };
    car.on((event) => observe(state, event));
    return state;
  });

  function observe(state: CarState, event: CarEvent): void {
    const vin = state.plan.vin;
    switch (event.type) {
      case 'uplink-sent':
        count(uplinks, event.kind);
        uplinkTotal += 1;
        timeline.uplink();
        if (event.attempt === 1) {
          if (event.kind !== 'delivery-receipt')
            sentAtWall.set(event.messageId, { at: performance.now(), kind: event.kind });
        } else counts.resends = (counts.resends ?? 0) + 1;
        return;
      case 'uplink-publish-failed':
        addError(event.error.code);
        return;
      case 'result-accepted': {
        recordUplinkLatency(event.uplinkMessageId, true);
        const request = requests.get(event.uplinkMessageId);
        if (request === undefined) return;
        request.outcomes += 1;
        request.outcome = { type: 'accepted', appointmentId: event.appointmentId };
        own(event.appointmentId, vin);
        state.appointments.set(event.appointmentId, request.number);
        const early = state.early.get(event.appointmentId);
        if (early !== undefined) {
          state.early.delete(event.appointmentId);
          answer(state, early);
        }
        return;
      }
      case 'result-rejected': {
        addError(`REJECTED_${event.codeName}`);
        if (event.willRetry) return;
        recordUplinkLatency(event.uplinkMessageId, false);
        const request = requests.get(event.uplinkMessageId);
        if (request !== undefined) {
          request.outcomes += 1;
          request.outcome = { type: 'rejected', code: event.codeName };
        }
        return;
      }
      case 'result-unmatched':
        counts.duplicateResults = (counts.duplicateResults ?? 0) + 1;
        return;
      case 'uplink-gave-up':
        addError('SIM_UPLINK_GAVE_UP');
        recordUplinkLatency(event.uplinkMessageId, false);
        return;
      case 'action-refused':
        addError(`SIM_ACTION_REFUSED_${event.reason}`);
        return;
      case 'downlink':
        count(downlinks, event.kind);
        downlinkTotal += 1;
        timeline.downlink();
        return;
      case 'downlink-duplicate':
        counts.duplicateDownlinks = (counts.duplicateDownlinks ?? 0) + 1;
        return;
      case 'downlink-invalid':
        addError('SIM_DOWNLINK_INVALID');
        return;
      case 'proposal': {
        const { proposal } = event;
        counts.proposalsReceived = (counts.proposalsReceived ?? 0) + 1;
        proposalsReceived.add(`${vin}:${proposal.proposalId}`);
        proposalWatch.received(vin, proposal.proposalId);
        received.push({ vin, appointmentId: proposal.appointmentId, what: 'proposal' });
        if (!firstProposalAt.has(proposal.appointmentId))
          firstProposalAt.set(proposal.appointmentId, clock.now());
        if (state.appointments.has(proposal.appointmentId)) answer(state, proposal);
        else state.early.set(proposal.appointmentId, proposal);
        return;
      }
      case 'confirmation':
        received.push({ vin, appointmentId: event.confirmation.appointmentId, what: 'confirmation' });
        return;
      case 'appointment-cancelled':
        received.push({ vin, appointmentId: event.cancellation.appointmentId, what: 'cancellation' });
        return;
      case 'reminder':
        received.push({ vin, appointmentId: event.reminder.appointmentId, what: 'reminder' });
        return;
      case 'appointment-list':
        for (const row of event.appointments)
          received.push({ vin, appointmentId: row.appointmentId, what: 'list' });
        return;
      case 'offline':
        proposalWatch.carOffline(vin, clock.now());
        return;
      case 'connected':
        proposalWatch.carOnline(vin, clock.now());
        // Actions the driver took while the car was offline go out once it is back.
        if (state.deferred.length > 0) setImmediate(() => flushDeferred(state));
        counts.connects = (counts.connects ?? 0) + 1;
        if (event.reconnects > 0) counts.reconnects = (counts.reconnects ?? 0) + 1;
        return;
      case 'error':
        addError(event.error.code);
        return;
      default:
        return;
    }
  }

  /** The final answer of an uplink: OK (accepted) with its latency, or KO (rejected, given up). */
  function recordUplinkLatency(messageId: string, ok: boolean): void {
    const sent = sentAtWall.get(messageId);
    if (sent === undefined) return;
    sentAtWall.delete(messageId);
    const outcome = outcomes[sent.kind] ?? { ok: 0, ko: 0 };
    outcomes[sent.kind] = outcome;
    if (!ok) {
      outcome.ko += 1;
      timeline.ko();
      return;
    }
    outcome.ok += 1;
    // Microseconds: the HDR histogram holds integers.
    const us = Math.max(1, Math.round((performance.now() - sent.at) * 1000));
    uplinkLatency.recordValue(us);
    let byKind = kindLatency.get(sent.kind);
    if (byKind === undefined) {
      byKind = hdr.build({ numberOfSignificantValueDigits: 3 });
      kindLatency.set(sent.kind, byKind);
    }
    byKind.recordValue(us);
    timeline.ok(us);
  }

  /** The driver answers a proposal of one of the car's own requests, by the scenario's weights. */
  function answer(state: CarState, proposal: ProposalView): void {
    const requestNumber = state.appointments.get(proposal.appointmentId) ?? 0;
    const n = (state.proposalCounts.get(proposal.appointmentId) ?? 0) + 1;
    state.proposalCounts.set(proposal.appointmentId, n);
    let choice = pickWeighted(
      FLEET_ANSWERS,
      scenario.answers,
      answerDraw(seed, state.plan.vin, requestNumber, n),
    );
    // Asking for another slot for ever would never end: after two, the driver takes what comes.
    if (choice === 'another-slot' && n > MAX_ANOTHER_SLOT) choice = 'accept';
    answers[choice] = (answers[choice] ?? 0) + 1;
    actionLog.push(`${state.plan.vin} request ${requestNumber} proposal ${n}: ${choice}`);
    if (choice === 'ignore') return;
    // Deferred: the proposal's delivery receipt goes out first, as on a real head unit.
    setImmediate(() => {
      const now = clock.now();
      if (choice === 'cancel') {
        state.car.perform({
          type: 'cancel',
          appointmentId: proposal.appointmentId,
          reason: 'Plans changed.',
        });
        return;
      }
      const policy =
        choice === 'accept'
          ? proposalPolicies.accept()
          : proposalPolicies.askAnotherSlotThenAccept(MAX_ANOTHER_SLOT);
      const chosen = policy(proposal, { now, proposalsForAppointment: 1 });
      if (chosen === undefined) return;
      state.car.perform({
        type: 'answer-proposal',
        appointmentId: proposal.appointmentId,
        proposalId: proposal.proposalId,
        answer: chosen,
      });
    });
  }

  function play(state: CarState, action: FleetAction): void {
    const now = clock.now();
    const vin = state.plan.vin;
    counts.actionsPlayed = (counts.actionsPlayed ?? 0) + 1;
    state.played += 1;
    actionLog.push(`${vin} action ${state.played}: ${action}`);
    // Slow Health Status ([TIME-8]): captured one to three hours before it is sent.
    const lag = state.plan.profile === 'slow-health-status' ? state.random.int(1, 3) * HOUR_MS : 5 * 60_000;
    const capturedAtMs = now - lag;
    const request = (
      origin: csb.v1.RequestOrigin,
      withHealth: 'warnings' | 'service-due' | undefined,
    ): void => {
      const outputs = state.car.perform({
        type: 'request-booking',
        origin,
        ...(withHealth
          ? { healthStatus: generateHealthStatus(state.random, { capturedAtMs, profile: withHealth }) }
          : {}),
        note: `Simulated ${action}.`,
      });
      const sent = outputs.find((o) => o.type === 'publish');
      if (sent === undefined) return;
      state.requests += 1;
      requests.set(sent.messageId, {
        vin,
        number: state.requests,
        messageId: sent.messageId,
        sentVirtualMs: now,
        outcome: undefined,
        outcomes: 0,
      });
    };
    switch (action) {
      case 'warnings-request':
        request(csb.v1.RequestOrigin.REQUEST_ORIGIN_WARNINGS, 'warnings');
        return;
      case 'service-need-request':
        request(csb.v1.RequestOrigin.REQUEST_ORIGIN_SERVICE_NEED, 'service-due');
        return;
      case 'manual-request':
        request(csb.v1.RequestOrigin.REQUEST_ORIGIN_MANUAL, undefined);
        return;
      case 'send-car-data':
        state.car.perform({
          type: 'send-car-data',
          healthStatus: generateHealthStatus(state.random, {
            capturedAtMs,
            profile: state.random.pick(
              HEALTH_PROFILES as [string, ...string[]],
            ) as (typeof HEALTH_PROFILES)[number],
          }),
        });
        return;
      case 'engine-start':
        state.car.perform({ type: 'engine-start', odometerKm: state.random.int(1_000, 200_000) });
        return;
      default:
        return;
    }
  }

  function flushDeferred(state: CarState): void {
    if (!state.car.connection.connected) return;
    for (const action of state.deferred.splice(0)) play(state, action);
  }

  // --- connects at the scenario's rate ----------------------------------------------------------
  // Every start of a car (the ramp, a commuter's morning, a parked car's return, the drain) takes
  // a token; tokens come at `ramp.connectsPerSecond` (wall). Thousands of cars due online at the
  // same virtual minute (a few wall ms) are spread over the wall time the system needs for their
  // CONNECTs instead of arriving at once; their actions meanwhile wait as offline ones do. The
  // queue holds each car at most once (bound: the fleet's size). And at most a tenth of a
  // second's worth of starts wait for their CONNACK at once: a system slower than the rate gets
  // fewer CONNECTs, not CONNECTs that time out after 30 s and come again (a saturated node spent
  // its time on CONNECTs whose cars had already given up, and cars stopped coming back).
  const connectRate = scenario.ramp.connectsPerSecond;
  const tokenCap = Math.max(1, Math.ceil(connectRate / 10));
  const maxStartsInFlight = Math.max(10, tokenCap);
  let startsInFlight = 0;
  let tokens = tokenCap;
  let tokensAt = performance.now();
  /** Cars waiting for a token, each with its count of start tries. */
  const waitingToConnect: { state: CarState; tries: number }[] = [];
  const queued = new Set<CarState>();
  /** Cars whose every start try failed (the drain tries them again). */
  const gaveUpStarting = new Set<CarState>();
  const takeToken = (): boolean => {
    const nowWall = performance.now();
    tokens = Math.min(tokenCap, tokens + ((nowWall - tokensAt) / 1000) * connectRate);
    tokensAt = nowWall;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
  const mayStart = (): boolean => startsInFlight < maxStartsInFlight && takeToken();
  const startWaiting = (): void => {
    while (waitingToConnect.length > 0 && mayStart()) {
      const next = waitingToConnect.shift();
      if (next === undefined) break;
      queued.delete(next.state);
      startCar(next.state, next.tries);
    }
  };
  const connectTimer = setInterval(startWaiting, 10);

  function goOnline(state: CarState, tries = 1): void {
    state.wantOnline = true;
    if (state.started || state.starting || stopped || queued.has(state)) return;
    if (waitingToConnect.length === 0 && mayStart()) {
      startCar(state, tries);
      return;
    }
    queued.add(state);
    waitingToConnect.push({ state, tries });
  }

  function startCar(state: CarState, tries: number): void {
    if (state.started || state.starting || stopped || !state.wantOnline) {
      tokens = Math.min(tokenCap, tokens + 1); // the token goes back: nothing was sent
      return;
    }
    state.starting = true;
    startsInFlight += 1;
    state.car.start().then(
      () => {
        startsInFlight -= 1;
        state.starting = false;
        state.started = true;
        if (!state.wantOnline) goOffline(state);
        else flushDeferred(state);
      },
      (error: unknown) => {
        startsInFlight -= 1;
        state.starting = false;
        addError(isSimulatorError(error) ? error.code : 'HU_CONNECT_FAILED');
        if (tries < MAX_START_TRIES && state.wantOnline && !stopped) {
          setTimeout(() => goOnline(state, tries + 1), 1_000 * tries).unref();
        } else if (tries >= MAX_START_TRIES) gaveUpStarting.add(state);
      },
    );
  }

  function goOffline(state: CarState): void {
    state.wantOnline = false;
    if (state.starting || !state.started) return; // a start under way sees wantOnline and stops
    state.started = false;
    // A stop emits no 'offline' event (the connection closes on purpose): the watch is told here.
    proposalWatch.carOffline(state.plan.vin, clock.now());
    void state.car.stop();
  }

  /** Every car that should be online at the start is connected, or gave up starting. */
  const rampDone = (): boolean =>
    waitingToConnect.length === 0 &&
    states.every((s) => !s.wantOnline || s.car.connection.connected || gaveUpStarting.has(s));

  const connected = (): number => states.reduce((n, s) => n + (s.car.connection.connected ? 1 : 0), 0);

  // --- time series: the client's view, and the system's /metrics beside it --------------------
  const timeline = createClientTimeline(startedWall, connected);
  const server = options.metricsUrl ? createServerTimeline(options.metricsUrl, startedWall) : undefined;
  void server?.scrape(); // the first scrape is the baseline of the first interval
  const timelineTimer = setInterval(() => {
    timeline.sample();
    void server?.scrape();
  }, 1_000);

  // --- progress -----------------------------------------------------------------------------
  let phase: FleetProgress['phase'] = 'ramp';
  let lastUp = 0;
  let lastDown = 0;
  let lastProgressWall = performance.now();
  const progressTimer = setInterval(() => {
    const nowWall = performance.now();
    const seconds = Math.max(0.001, (nowWall - lastProgressWall) / 1000);
    options.onProgress?.({
      phase,
      wallMs: Math.round(nowWall - startedWall),
      virtualMs: clock.now(),
      cars: states.length,
      connected: connected(),
      uplinksPerSecond: Math.round((uplinkTotal - lastUp) / seconds),
      downlinksPerSecond: Math.round((downlinkTotal - lastDown) / seconds),
      errors: errorTotal,
    });
    lastUp = uplinkTotal;
    lastDown = downlinkTotal;
    lastProgressWall = nowWall;
  }, options.progressIntervalMs ?? 1_000);

  const dealer = createAutoDealer({
    apiUrl: options.apiUrl,
    dealers: options.credentials.dealers,
    policy: scenario.dealer,
    clock,
    vins: new Set(states.map((s) => s.plan.vin)),
    onProposal: (p) => {
      dealerProposals.push(p);
      proposalWatch.proposed(p, proposalsReceived.has(`${p.vin}:${p.proposalId}`));
      own(p.appointmentId, p.vin);
    },
    onAppointment: (appointmentId, vin) => own(appointmentId, vin),
    onError: addError,
  });

  let stopped = false;
  const aborted = (): boolean => options.signal?.aborted === true;
  const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
  // Only cars with a resend due are ticked: most have nothing pending, and a tick of each of
  // 10,000 cars four times a second was a tenth of the fleet's own CPU.
  /**
   * The system's state of each latest proposal whose slot began unreceived, read soon after: an
   * expired row is deleted by the ledger's retention later (proposal-watch.ts). One read at a time.
   */
  let recordingStates: Promise<void> | undefined;
  function recordDueProposalStates(): Promise<void> {
    recordingStates ??= (async () => {
      const due = proposalWatch.due(clock.now());
      if (due.length === 0) return;
      const states = await dealer.latestProposalStates(due);
      for (const p of due) {
        const state = states.get(p.appointmentId);
        // Only a final state: the ledger expires an open one at its next sweep or dispatch read.
        if (state !== undefined && state !== 'queued' && state !== 'sent')
          proposalWatch.recordState(p.appointmentId, p.proposalId, state);
      }
    })().finally(() => {
      recordingStates = undefined;
    });
    return recordingStates;
  }
  const stateTimer = setInterval(() => void recordDueProposalStates(), PROPOSAL_STATE_INTERVAL_MS);

  const tickTimer = setInterval(() => {
    const now = clock.now();
    for (const s of states) {
      const due = s.car.headUnit.nextDeadline();
      if (due !== undefined && due <= now && s.car.connection.connected) s.car.tick();
    }
  }, TICK_MS);

  try {
    // --- ramp: connect at the scenario's rate (the token bucket above) ------------------------
    for (const s of states) if (s.wantOnline) goOnline(s);
    // Until every car that starts online is connected: bounded by three times the ramp's own
    // length, at least 30 s (a car that fails keeps retrying in the background).
    const rampDeadline = performance.now() + Math.max(30_000, (3_000 * states.length) / connectRate);
    while (!aborted() && performance.now() < rampDeadline && !rampDone()) await sleep(20);
    options.onRampDone?.({
      connected: connected(),
      startOnline: states.filter((s) => !s.plan.startsOffline).length,
      wallMs: Math.round(performance.now() - startedWall),
    });
    dealer.start();

    // --- run: play the plan in virtual time ---------------------------------------------------
    phase = 'run';
    let next = 0;
    while (!aborted()) {
      const now = clock.now();
      while (next < plan.events.length) {
        const event = plan.events[next];
        if (event === undefined || event.atMs > now) break;
        next += 1;
        const state = states[event.car];
        if (state === undefined) continue;
        if (event.type === 'action') {
          if (state.car.connection.connected) play(state, event.action);
          else {
            counts.actionsDeferred = (counts.actionsDeferred ?? 0) + 1;
            state.deferred.push(event.action);
          }
        } else if (event.type === 'offline') goOffline(state);
        else if (event.type === 'online') goOnline(state);
        else if (event.type === 'drop' && state.car.connection.connected) {
          counts.drops = (counts.drops ?? 0) + 1;
          state.car.connection.drop();
        }
      }
      if (now >= plan.endMs) break;
      await sleep(
        Math.min(PUMP_MS, Math.max(1, clock.wallDelayUntil(plan.events[next]?.atMs ?? plan.endMs))),
      );
    }

    // --- drain: everyone back online, wait (bounded) for answers and queued downlinks -----------
    phase = 'drain';
    for (const s of states) goOnline(s);
    const drainDeadline = performance.now() + scenario.drainSeconds * 1000;
    const drainUntil = async (deadline: number): Promise<void> => {
      for (let i = 0; !aborted() && performance.now() < deadline && !settled(); i++) {
        // Cars whose starts failed are tried again every second.
        if (i % 10 === 9) for (const s of states) goOnline(s);
        await sleep(100);
      }
    };
    await drainUntil(drainDeadline);
    // The dealer's poll under way may still send a command (a new proposal after "another slot")
    // that a car answers: stop the dealer, then let those answers settle too, so an answer is
    // never cut off by the end of the run and reported as unanswered.
    await dealer.stop();
    await drainUntil(Math.max(drainDeadline, performance.now() + DRAIN_AFTER_DEALER_MS));
  } finally {
    phase = 'stop';
    stopped = true;
    await dealer.stop();
    clearInterval(tickTimer);
    clearInterval(stateTimer);
    clearInterval(connectTimer);
    clearInterval(progressTimer);
    clearInterval(timelineTimer);
    timeline.sample();
    for (let i = 0; i < states.length; i += 500) {
      await Promise.all(
        states.slice(i, i + 500).map((s) => {
          s.wantOnline = false;
          s.started = false;
          proposalWatch.carOffline(s.plan.vin, clock.now());
          return s.car.stop();
        }),
      );
    }
  }
  if (aborted()) throw new SimulatorError('SIM_ABORTED', 'the fleet run was interrupted');

  function settled(): boolean {
    if (states.some((s) => !s.car.connection.connected || s.deferred.length > 0)) return false;
    if (states.some((s) => s.car.headUnit.snapshot().pendingUplinks.length > 0)) return false;
    // The latest proposal of each appointment still valid (an earlier one a newer proposal replaced
    // may never reach a car that was offline, downlink.proto Proposal; one whose slot began is
    // expired, never sent: proposal-watch.ts).
    if (proposalWatch.awaited(clock.now()).length > 0) return false;
    // Every accepted request has been proposed to (unless the dealer is still waiting its delay).
    for (const r of requests.values()) {
      if (r.outcome === undefined) return false;
      if (r.outcome.type === 'accepted' && !firstProposalAt.has(r.outcome.appointmentId)) return false;
    }
    return true;
  }

  // --- invariants -----------------------------------------------------------------------------
  const invariants: Invariant[] = [];
  const check = (name: string, checked: number, violations: string[]): void => {
    invariants.push({
      name,
      ok: violations.length === 0,
      checked,
      violations: violations.slice(0, 20),
      violationCount: violations.length,
    });
  };

  const requestViolations: string[] = [];
  const byAppointment = new Map<string, string>();
  for (const r of requests.values()) {
    if (r.outcome === undefined)
      requestViolations.push(`${r.vin} request ${r.number} (${r.messageId}) got no answer`);
    else if (r.outcome.type === 'accepted') {
      const other = byAppointment.get(r.outcome.appointmentId);
      if (other !== undefined)
        requestViolations.push(
          `${r.messageId} and ${other} both made appointment ${r.outcome.appointmentId}`,
        );
      byAppointment.set(r.outcome.appointmentId, r.messageId);
      if (!firstProposalAt.has(r.outcome.appointmentId))
        requestViolations.push(`${r.vin} appointment ${r.outcome.appointmentId} never got a proposal`);
    }
  }
  check(
    'every booking request answered exactly once (one outcome, one appointment, a proposal)',
    requests.size,
    requestViolations,
  );

  const pendingViolations: string[] = [];
  for (const s of states) {
    for (const p of s.car.headUnit.snapshot().pendingUplinks)
      pendingViolations.push(`${s.plan.vin} ${p.kind} ${p.messageId} unanswered after ${p.attempts} sends`);
  }
  const gaveUp = errors.SIM_UPLINK_GAVE_UP ?? 0;
  if (gaveUp > 0) pendingViolations.push(`${gaveUp} uplinks gave up after every resend`);
  check(
    'every uplink answered by an UplinkResult',
    Object.values(uplinks).reduce((a, b) => a + b, 0),
    pendingViolations,
  );

  // A latest proposal never received is excused only when its slot began before the end, its car
  // was online less than the grace in between, and the system itself reports it expired.
  const endMs = clock.now();
  const graceMs = PROPOSAL_DELIVERY_GRACE_WALL_MS * clock.speed;
  await recordDueProposalStates();
  const missing = proposalWatch.missing(endMs);
  const lateStates = await dealer.latestProposalStates(
    missing.filter((m) => m.systemState === undefined).map((m) => m.proposal),
  );
  const proposalViolations: string[] = [];
  let expiredOffline = 0;
  for (const { proposal: p, longestOnlineMs, systemState } of missing) {
    const state = systemState ?? lateStates.get(p.appointmentId) ?? 'unknown';
    const onlineWallS = longestOnlineMs / clock.speed / 1000;
    if (p.startMs <= endMs && longestOnlineMs < graceMs && state === 'expired') expiredOffline += 1;
    else
      proposalViolations.push(
        `proposal ${p.proposalId} of ${p.appointmentId} never reached ${p.vin} (system: ${state}; slot ${p.startMs <= endMs ? 'began' : 'not begun'}; car online ${onlineWallS.toFixed(1)} s wall at most in one stretch)`,
      );
  }
  counts.latestProposalsExpiredOffline = expiredOffline;
  check(
    'every proposal delivered to its car (the latest of each appointment, unless it expired while the car was offline)',
    proposalWatch.count,
    proposalViolations,
  );

  const foreign = [...ownershipClashes];
  for (const r of received) {
    const owner = appointmentOwner.get(r.appointmentId);
    if (owner !== undefined && owner !== r.vin)
      foreign.push(`${r.vin} received a ${r.what} of ${owner}'s ${r.appointmentId}`);
  }
  const foreignTopics = errors.HU_DOWNLINK_FOREIGN_TOPIC ?? 0;
  if (foreignTopics > 0) foreign.push(`${foreignTopics} messages on another car's topics`);
  check("no car received another car's message", received.length, foreign);

  for (const r of requests.values()) {
    if (r.outcome?.type !== 'accepted') continue;
    const at = firstProposalAt.get(r.outcome.appointmentId);
    if (at !== undefined) proposalLatency.recordValue(Math.max(1, at - r.sentVirtualMs));
  }

  const wallMs = performance.now() - startedWall;
  const perSecond = (bag: Record<string, number>) =>
    Object.fromEntries(
      Object.entries(bag)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, { count: v, perSecond: Math.round((v / wallMs) * 1000 * 10) / 10 }]),
    );
  const report: FleetReport = {
    scenario: scenario.name,
    seed,
    planDigest: plan.digest,
    actionsDigest: createHash('sha256').update(actionLog.sort().join('\n')).digest('hex'),
    cars: states.length,
    dealers: options.credentials.dealers.length,
    brokerUrl: options.brokerUrl,
    apiUrl: options.apiUrl,
    startedAt,
    wallMs: Math.round(wallMs),
    virtual: {
      start: new Date(plan.startMs).toISOString(),
      end: new Date(plan.endMs).toISOString(),
      speed: clock.speed,
      days: (plan.endMs - plan.startMs) / 86_400_000,
    },
    throughput: { uplink: perSecond(uplinks), downlink: perSecond(downlinks) },
    latency: {
      uplinkToResult: percentiles(uplinkLatency, 'ms (wall)', 1 / 1000),
      requestToFirstProposal: percentiles(proposalLatency, 'min (virtual)', 1 / 60_000),
      byKind: Object.fromEntries(
        [...kindLatency.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([kind, h]) => [kind, percentiles(h, 'ms (wall)', 1 / 1000)]),
      ),
    },
    outcomes: Object.fromEntries(Object.entries(outcomes).sort(([a], [b]) => a.localeCompare(b))),
    timeline: {
      client: timeline.points(),
      server: server?.points() ?? [],
      metrics: server?.stats() ?? null,
    },
    counts: {
      ...counts,
      requests: requests.size,
      dealerProposals: dealerProposals.length,
      supersededProposalsNotReceived:
        dealerProposals.filter((p) => !proposalsReceived.has(`${p.vin}:${p.proposalId}`)).length -
        missing.length,
    },
    answers,
    dealerCommands: { ...dealer.commands },
    errors: Object.fromEntries(Object.entries(errors).sort(([a], [b]) => a.localeCompare(b))),
    invariants,
    thresholds: [],
    verdict: [],
    ok: false,
  };
  report.thresholds = evaluateThresholds(scenario.thresholds, report);
  report.verdict = [
    ...invariants
      .filter((i) => !i.ok)
      .map((i) => `invariant violated: ${i.name} (${i.violationCount} of ${i.checked})`),
    ...report.thresholds
      .filter((t) => !t.ok)
      .map(
        (t) =>
          `threshold violated: ${t.threshold} (actual ${t.actual === null ? 'no samples' : `${t.actual} ${t.unit}`})`,
      ),
  ];
  report.ok = report.verdict.length === 0;
  uplinkLatency.destroy();
  proposalLatency.destroy();
  for (const h of kindLatency.values()) h.destroy();
  timeline.destroy();
  log?.info({ ok: report.ok, wallMs: report.wallMs }, 'fleet run finished');
  return report;
}

function percentiles(h: hdr.Histogram, unit: string, scale: number): Percentiles {
  // Clamped to the max: a percentile reads the top of its HDR bucket, which can pass the largest value.
  const round = (v: number): number => Math.round(Math.min(v, h.maxValue) * scale * 1000) / 1000;
  if (h.totalCount === 0)
    return { unit, count: 0, min: 0, mean: 0, stddev: 0, p50: 0, p90: 0, p99: 0, p999: 0, max: 0, curve: [] };
  const points = [0, 25, 50, 75, 90, 95, 99, 99.5, 99.9, 99.95, 99.99, 99.999];
  return {
    unit,
    count: h.totalCount,
    min: round(h.minNonZeroValue),
    mean: round(h.mean),
    stddev: round(h.stdDeviation),
    p50: round(h.getValueAtPercentile(50)),
    p90: round(h.getValueAtPercentile(90)),
    p99: round(h.getValueAtPercentile(99)),
    p999: round(h.getValueAtPercentile(99.9)),
    max: round(h.maxValue),
    curve: points.map((p) => [p, round(h.getValueAtPercentile(p))]),
  };
}

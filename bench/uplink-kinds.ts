/**
 * The booking path measured kind by kind (docs/benchmarks.md "Current figures"): each uplink kind
 * on its own, the booking lifecycle, a sustained run, open-loop offered rates, first CONNECTs and a
 * soak. Every figure but the soak and the sustained run sits beside bare aedes measured in the same
 * invocation with the same payload size, connections and in-flight window.
 *
 * What each row states: the payload kind and its encoded size, the cars (connections) and lanes
 * (messages in flight: one per lane, W=1), the history (what the server had stored before the
 * window), req/s, p50/p99/p99.9 of the round trip to the UplinkResult, the server's CPU time per
 * answered message (from /proc, 10 ms resolution), its peak RSS, and the answers of each second.
 * Loopback only; every loop is bounded in count and time.
 */

import type { ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DatabaseSync } from 'node:sqlite';
import { csb, encodeUplink, toTimestamp, type UplinkEnvelopeInit } from '@csb/proto';
import { lineChartSvg } from '@csb/simulator';
import * as hdr from 'hdr-histogram-js';
import mqtt, { type MqttClient } from 'mqtt';
import {
  BENCH_PROPOSAL,
  type BenchCar,
  closeClients,
  connectBenchCar,
  dealerPost,
  eachParallel,
  echoClient,
  healthUplink,
  type LoadClient,
  noDelay,
  openClients,
  provisionCars,
  ROOT,
  rssBytes,
  type ServerChild,
  type ServerCost,
  serverCost,
  sleep,
  startAedesEcho,
  startCsb,
} from './lib.ts';

export interface Row {
  bench: string;
  measured: string;
  baseline: string;
  ratio: string;
  target: string;
  met: string;
  notes: string;
}

export interface SuiteOptions {
  /** Seconds of each measured window. */
  seconds: number;
  /** Lanes: messages in flight at once, one per lane. */
  lanes: number;
  /** A few seconds and a few dozen cars per suite: for the smoke test, not for figures. */
  quick: boolean;
  log: (line: string) => void;
  nodeArgs: string[];
}

/**
 * The per-car uplink rate limit (a hostile-input guard, 20/s by default) is lifted for these
 * suites: they measure the pipeline behind it, and a lane's car sends as fast as it is answered.
 */
export const BENCH_ENV = { CSB_CAR_RATE_PER_SECOND: '1000000', CSB_CAR_RATE_BURST: '1000000' } as const;
/** Booking requests per car before the bench moves on to the next car: below the open-appointment limit. */
export const REQUESTS_PER_CAR = 15;

const fmt = (n: number, digits = 1): string => (Math.round(n * 10 ** digits) / 10 ** digits).toString();
const mib = (bytes: number): string => `${fmt(bytes / 2 ** 20)} MiB`;
const ratio = (a: number, b: number): number => a / Math.max(1e-9, b);

// ---------------------------------------------------------------------------------------------
// Payloads

function bookingRequestBody(): UplinkEnvelopeInit {
  return {
    bookingRequest: {
      origin: csb.v1.RequestOrigin.REQUEST_ORIGIN_MANUAL,
      consent: { granted: true, grantedAt: toTimestamp(Date.now()) },
    },
  };
}

function acceptBody(appointmentId: string, proposalId: string): UplinkEnvelopeInit {
  return { proposalResponse: { appointmentId, proposalId, accept: {} } };
}

function engineStartBody(): UplinkEnvelopeInit {
  return { engineStart: { startedAt: toTimestamp(Date.now()), odometerKm: 48_210 } };
}

/** Encoded size of an envelope as a car sends it (a UUID message id, a timestamp). */
function sizeOf(body: UplinkEnvelopeInit): number {
  return encodeUplink({
    messageId: '00000000-0000-4000-8000-000000000000',
    sentAt: toTimestamp(Date.now()),
    ...body,
  }).length;
}

export const SIZES = {
  'booking-request': sizeOf(bookingRequestBody()),
  'proposal-response': sizeOf(
    acceptBody('00000000-0000-4000-8000-000000000000', '00000000-0000-4000-8000-000000000000'),
  ),
  'health-status': encodeUplink(healthUplink('00000000-0000-4000-8000-000000000000', Date.now())).length,
  'engine-start': sizeOf(engineStartBody()),
} as const;

// ---------------------------------------------------------------------------------------------
// Windows: closed loop over lanes, open loop at an offered rate

export interface Outcome {
  us: number;
  ok: boolean;
  code: string;
}
/** One lane sends one message at a time; undefined: the lane has nothing left to send. */
export type Lane = () => Promise<Outcome | undefined>;

export interface Window {
  answered: number;
  failed: number;
  rejected: Record<string, number>;
  perSecond: number;
  /** Answers completed in each wall second of the window. */
  series: number[];
  p50: number;
  p99: number;
  p999: number;
  seconds: number;
  exhaustedLanes: number;
  cost: ServerCost;
}

function percentilesMs(h: hdr.Histogram): { p50: number; p99: number; p999: number } {
  if (h.totalCount === 0) return { p50: 0, p99: 0, p999: 0 };
  const at = (p: number): number => Math.min(h.getValueAtPercentile(p), h.maxValue) / 1000;
  return { p50: at(50), p99: at(99), p999: at(99.9) };
}

export async function closedWindow(lanes: Lane[], seconds: number, pid: number | undefined): Promise<Window> {
  const histogram = hdr.build({ numberOfSignificantValueDigits: 3 });
  const series = new Array<number>(Math.ceil(seconds)).fill(0);
  const rejected: Record<string, number> = {};
  let answered = 0;
  let failed = 0;
  let exhaustedLanes = 0;
  const cost = serverCost(pid);
  const start = performance.now();
  const until = start + seconds * 1000;
  await Promise.all(
    lanes.map(async (lane) => {
      while (performance.now() < until) {
        let outcome: Outcome | undefined;
        try {
          outcome = await lane();
        } catch {
          failed += 1;
          continue;
        }
        if (outcome === undefined) {
          exhaustedLanes += 1;
          return;
        }
        if (!outcome.ok) {
          rejected[outcome.code] = (rejected[outcome.code] ?? 0) + 1;
          continue;
        }
        answered += 1;
        histogram.recordValue(outcome.us);
        const second = Math.floor((performance.now() - start) / 1000);
        if (second < series.length) series[second] = (series[second] ?? 0) + 1;
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  const window: Window = {
    answered,
    failed,
    rejected,
    perSecond: Math.round(answered / elapsed),
    series,
    ...percentilesMs(histogram),
    seconds: elapsed,
    exhaustedLanes,
    cost: cost.stop(answered),
  };
  histogram.destroy();
  return window;
}

interface OpenWindow {
  offered: number;
  sent: number;
  answered: number;
  rejected: Record<string, number>;
  /** Sent and not answered when the offered window ended. */
  queuedAtEnd: number;
  /** Never answered within the drain allowance after the window. */
  unanswered: number;
  /** Ended without an answer (the connection closed, e.g. the node stopped). */
  failed: number;
  p50: number;
  p99: number;
  p999: number;
  rssPeakBytes: number;
  /** Server CPU per answered request over the window and its drain, µs. */
  cpuUsPerRequest: number;
  perSecond: number;
}

/**
 * Sends `rate` messages per second for `seconds` whatever the answers (send(i) picks its own
 * connection), then waits at most `drainSeconds` for the answers still due.
 */
async function openWindow(
  rate: number,
  seconds: number,
  send: (i: number) => Promise<Outcome> | undefined,
  pid: number | undefined,
  drainSeconds = 30,
  /** Runs once the offered window has ended, before the drain (the burst's SIGTERM). */
  afterWindow?: () => Promise<void>,
): Promise<OpenWindow> {
  const histogram = hdr.build({ numberOfSignificantValueDigits: 3 });
  const rejected: Record<string, number> = {};
  const total = Math.max(1, Math.round(rate * seconds));
  const cost = serverCost(pid);
  let sent = 0;
  let answered = 0;
  let settled = 0;
  let failed = 0;
  const inFlight: Promise<void>[] = [];
  const start = performance.now();
  while (sent < total) {
    const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * rate) + 1);
    while (sent < due) {
      const promise = send(sent);
      sent += 1;
      if (!promise) continue;
      inFlight.push(
        promise.then(
          (o) => {
            settled += 1;
            if (o.ok) {
              answered += 1;
              histogram.recordValue(o.us);
            } else rejected[o.code] = (rejected[o.code] ?? 0) + 1;
          },
          () => {
            settled += 1;
            failed += 1;
          },
        ),
      );
    }
    await sleep(1);
  }
  const windowSeconds = (performance.now() - start) / 1000;
  const answeredInWindow = answered;
  const queuedAtEnd = inFlight.length - settled;
  const cpuRss = afterWindow ? cost.stop(answered) : undefined;
  if (afterWindow) await afterWindow();
  await Promise.race([Promise.all(inFlight), sleep(drainSeconds * 1000)]);
  const window: OpenWindow = {
    offered: rate,
    sent,
    answered,
    rejected,
    queuedAtEnd,
    unanswered: inFlight.length - settled,
    failed,
    ...percentilesMs(histogram),
    ...(cpuRss ?? cost.stop(answered)),
    perSecond: Math.round(answeredInWindow / windowSeconds),
  };
  histogram.destroy();
  return window;
}

export const describe = (w: Window): string =>
  `${w.perSecond}/s; p50 ${fmt(w.p50, 2)} p99 ${fmt(w.p99, 2)} p99.9 ${fmt(w.p999, 2)} ms; CPU ${fmt(w.cost.cpuUsPerRequest, 0)} µs/msg; RSS peak ${mib(w.cost.rssPeakBytes)}`;
export const perSecondNote = (w: Window): string => `answers per second: ${w.series.join(' ')}`;
export const rejectedNote = (r: Record<string, number>): string =>
  Object.entries(r)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ') || 'none';

// ---------------------------------------------------------------------------------------------
// Fixtures: provisioned, connected cars; the aedes baseline with the same shape

interface Fleet {
  sys: ServerChild & { dataDir: string };
  cars: BenchCar[];
  /** The dealers; car i's driver prefers dealers[i % dealers.length] (provisionCars). */
  dealers: { dealerId: string; apiKey: string }[];
  stop(): Promise<void>;
}

const dealerKeyOfCar = (fleet: Fleet, i: number): string =>
  fleet.dealers[i % fleet.dealers.length]?.apiKey ?? '';

async function csbFleet(
  o: SuiteOptions,
  count: number,
  prefix: string,
  drivers: boolean,
  env: NodeJS.ProcessEnv = {},
): Promise<Fleet> {
  const sys = await startCsb({ ...BENCH_ENV, ...env }, o.nodeArgs);
  try {
    const { cars, dealers } = await provisionCars(sys.httpPort, count, {
      prefix,
      drivers,
      dealers: drivers ? Math.max(1, Math.ceil(count / 1000)) : 1,
    });
    const url = `mqtt://127.0.0.1:${sys.mqttPort}`;
    const connected: BenchCar[] = new Array(cars.length);
    await eachParallel(cars, 50, async (car, i) => {
      connected[i] = await connectBenchCar(url, car.vin, car.secret);
    });
    return {
      sys,
      cars: connected,
      dealers,
      async stop() {
        await eachParallel(connected, 500, (c) => c.close());
        await sys.stop();
      },
    };
  } catch (error) {
    await sys.stop();
    throw error;
  }
}

interface EchoFleet {
  echo: ServerChild;
  clients: LoadClient[];
  stop(): Promise<void>;
}

export async function aedesFleet(count: number, bytes: number): Promise<EchoFleet> {
  const echo = await startAedesEcho();
  try {
    const url = `mqtt://127.0.0.1:${echo.mqttPort}`;
    const clients = await openClients(count, (i) => echoClient(url, i, bytes));
    return {
      echo,
      clients,
      async stop() {
        await closeClients(clients);
        await echo.stop();
      },
    };
  } catch (error) {
    await echo.stop();
    throw error;
  }
}

/** `lanes` lanes over `clients`, each lane cycling through its own clients (client i: lane i % lanes). */
export function echoLanes(clients: LoadClient[], lanes: number, cycles = 1): Lane[] {
  return Array.from({ length: lanes }, (_, lane) => {
    const own = clients.filter((_c, i) => i % lanes === lane);
    let k = 0;
    return async () => {
      const c = own[k++ % own.length];
      if (!c) return undefined;
      let us = 0;
      for (let n = 0; n < cycles; n++) us += await c.request();
      return { us, ok: true, code: '' };
    };
  });
}

const toOutcome = (a: { us: number; accepted: boolean; code: string }): Outcome => ({
  us: a.us,
  ok: a.accepted,
  code: a.code,
});

// ---------------------------------------------------------------------------------------------
// Each uplink kind on its own

type KindName = 'booking-request' | 'proposal-response' | 'health-status' | 'engine-start';

const TARGETS: Record<KindName, number | undefined> = {
  'booking-request': 0.25,
  'proposal-response': 0.25,
  'health-status': 0.5,
  'engine-start': undefined,
};

function kindRow(kind: KindName, w: Window, a: Window, cars: number, lanes: number, extra: string): Row {
  const r = ratio(w.perSecond, a.perSecond);
  const target = TARGETS[kind];
  return {
    bench: `uplink: ${kind}`,
    measured: describe(w),
    baseline: `aedes echo ${describe(a)}`,
    ratio: `${fmt(r, 2)}x`,
    target: target === undefined ? '-' : `>= ${target}x`,
    met: target === undefined ? '-' : r >= target ? 'yes' : 'no',
    notes: `${kind}, ${SIZES[kind]} B protobuf (aedes: ${SIZES[kind]} B opaque); ${cars} cars, ${lanes} lanes W=1, ${fmt(w.seconds)} s closed loop; ${extra}; rejected ${rejectedNote(w.rejected)}, ${w.failed} unanswered; ${perSecondNote(w)}`,
  };
}

/** Health Status uploads or engine starts: every car can send any number of them. */
async function statelessKind(o: SuiteOptions, kind: 'health-status' | 'engine-start'): Promise<Row[]> {
  const lanes = o.lanes;
  o.log(`${kind}: ${lanes} cars, ${SIZES[kind]} B, ${o.seconds} s`);
  const fleet = await csbFleet(o, lanes, kind === 'health-status' ? 'UPHS01' : 'UPES01', false);
  let w: Window;
  try {
    const body = (): UplinkEnvelopeInit =>
      kind === 'health-status'
        ? { healthStatusUpload: healthUplink('', Date.now()).healthStatusUpload ?? null }
        : engineStartBody();
    const carLanes: Lane[] = fleet.cars.map((car) => async () => toOutcome(await car.send(kind, body())));
    await closedWindow(carLanes, o.quick ? 0.5 : 2, fleet.sys.child.pid); // warm-up
    w = await closedWindow(carLanes, o.seconds, fleet.sys.child.pid);
  } finally {
    await fleet.stop();
  }
  const aedes = await aedesFleet(lanes, SIZES[kind]);
  let a: Window;
  try {
    const l = echoLanes(aedes.clients, lanes);
    await closedWindow(l, o.quick ? 0.5 : 2, aedes.echo.child.pid);
    a = await closedWindow(l, o.seconds, aedes.echo.child.pid);
  } finally {
    await aedes.stop();
  }
  o.log(`${kind}: csb ${w.perSecond}/s, aedes ${a.perSecond}/s`);
  return [
    kindRow(
      kind,
      w,
      a,
      lanes,
      lanes,
      kind === 'health-status'
        ? 'each a durable Health Status write (history: the uploads of the warm-up and the window)'
        : 'each an engine-start record (reminders on the day: none due)',
    ),
  ];
}

/** Cars that each send up to REQUESTS_PER_CAR booking requests; `take()` hands out the next one. */
export function bookingBudget(cars: BenchCar[]) {
  const used = new Array<number>(cars.length).fill(0);
  let cursor = 0;
  return {
    used: () => used.reduce((a, b) => a + b, 0),
    /** The lane's own cars (i % lanes), each until its budget is spent. */
    lane(lane: number, lanes: number): Lane {
      let i = lane;
      return async () => {
        while (i < cars.length && (used[i] ?? 0) >= REQUESTS_PER_CAR) i += lanes;
        const car = cars[i];
        if (!car) return undefined;
        used[i] = (used[i] ?? 0) + 1;
        return toOutcome(await car.send('booking-request', bookingRequestBody()));
      };
    },
    /** Any car with budget left, round robin (open loop: no window per car). */
    take(): BenchCar | undefined {
      for (let tries = 0; tries < cars.length; tries++) {
        const i = cursor++ % cars.length;
        if ((used[i] ?? 0) < REQUESTS_PER_CAR) {
          used[i] = (used[i] ?? 0) + 1;
          return cars[i];
        }
      }
      return undefined;
    },
  };
}

/** Cars needed so that `messages` booking requests stay within REQUESTS_PER_CAR each, at least `lanes`. */
export function carsFor(messages: number, lanes: number): number {
  const cars = Math.max(lanes, Math.ceil(messages / REQUESTS_PER_CAR));
  return Math.ceil(cars / lanes) * lanes;
}

/**
 * Booking requests that create appointments. "Many cars": each car sends at most 15 (below the
 * open-appointments-per-vehicle limit), so none is rejected for the limit; nothing is cancelled.
 * Then p99 at half of csb's maximum, beside aedes at the same offered rate.
 */
async function bookingRequests(o: SuiteOptions, expectPerSecond: number): Promise<Row[]> {
  const lanes = o.lanes;
  const warm = o.quick ? 0.5 : 2;
  const carsN = carsFor(Math.ceil((warm + o.seconds * 1.6) * expectPerSecond), lanes);
  o.log(`booking-request: ${carsN} cars, ${lanes} lanes, ${SIZES['booking-request']} B, ${o.seconds} s`);
  const fleet = await csbFleet(o, carsN, 'UPBR01', true);
  let w: Window;
  let half: OpenWindow;
  let warmUp = 0;
  try {
    const budget = bookingBudget(fleet.cars);
    const pid = fleet.sys.child.pid;
    const warmLanes = Array.from({ length: lanes }, (_, l) => budget.lane(l, lanes));
    warmUp = (await closedWindow(warmLanes, warm, pid)).answered;
    const carLanes = Array.from({ length: lanes }, (_, l) => budget.lane(l, lanes));
    w = await closedWindow(carLanes, o.seconds, pid);
    const rate = Math.max(1, Math.round(w.perSecond / 2));
    // Epoch times of the window, to read it out of a --loop-probe file.
    o.log(`booking-request: open loop at ${rate}/s from ${Date.now()} (csb pid ${pid})`);
    half = await openWindow(
      rate,
      o.seconds,
      () => {
        const car = budget.take();
        return car?.send('booking-request', bookingRequestBody()).then(toOutcome);
      },
      pid,
    );
    o.log(`booking-request: open loop ended ${Date.now()}`);
  } finally {
    await fleet.stop();
  }
  const aedes = await aedesFleet(carsN, SIZES['booking-request']);
  let a: Window;
  let aHalf: OpenWindow;
  try {
    const l = echoLanes(aedes.clients, lanes);
    const pid = aedes.echo.child.pid;
    await closedWindow(l, warm, pid);
    a = await closedWindow(l, o.seconds, pid);
    let k = 0;
    aHalf = await openWindow(
      half.offered,
      o.seconds,
      () => {
        const c = aedes.clients[k++ % aedes.clients.length];
        return c?.request().then((us) => ({ us, ok: true, code: '' }));
      },
      pid,
    );
  } finally {
    await aedes.stop();
  }
  o.log(`booking-request: csb ${w.perSecond}/s, aedes ${a.perSecond}/s`);
  const p99Ratio = ratio(half.p99, aHalf.p99);
  return [
    kindRow(
      'booking-request',
      w,
      a,
      carsN,
      lanes,
      `each creates an appointment (many cars: at most ${REQUESTS_PER_CAR} per car, below the open-appointment limit; none cancelled); history: ${warmUp} appointments from the warm-up`,
    ),
    {
      bench: 'p99 booking request -> acceptance at half of csb max',
      measured: `p99 ${fmt(half.p99, 2)} ms (p50 ${fmt(half.p50, 2)}, p99.9 ${fmt(half.p999, 2)}) at ${half.offered}/s offered, ${half.perSecond}/s answered; CPU ${Math.round(half.cpuUsPerRequest)} µs/msg`,
      baseline: `aedes p99 ${fmt(aHalf.p99, 2)} ms (p50 ${fmt(aHalf.p50, 2)}, p99.9 ${fmt(aHalf.p999, 2)}) at ${aHalf.offered}/s; CPU ${Math.round(aHalf.cpuUsPerRequest)} µs/msg`,
      ratio: `${fmt(p99Ratio, 2)}x`,
      target: '<= 3x',
      met: p99Ratio <= 3 ? 'yes' : 'no',
      notes: `booking-request, ${SIZES['booking-request']} B; open loop ${o.seconds} s over ${carsN} cars round robin; history: the closed-loop window's ${w.answered} appointments; rejected ${rejectedNote(half.rejected)}, ${half.unanswered} unanswered`,
    },
  ];
}

/**
 * Proposal responses (accept). Untimed set-up: each car sends booking requests and the dealer
 * proposes to every appointment through the REST API; the window then accepts them, each car's
 * in order, until the proposals run out or the time is up.
 */
async function proposalResponses(o: SuiteOptions, expectPerSecond: number): Promise<Row[]> {
  const lanes = o.lanes;
  const perCar = 10;
  const proposals = Math.ceil(o.seconds * expectPerSecond * 1.3);
  const carsN = Math.max(lanes, Math.ceil(proposals / perCar / lanes) * lanes);
  o.log(`proposal-response: ${carsN} cars x ${perCar} proposals (set-up, untimed), ${lanes} lanes`);
  const fleet = await csbFleet(o, carsN, 'UPPR01', true);
  let w: Window;
  try {
    const queues = fleet.cars.map(() => [] as { appointmentId: string; proposalId: string }[]);
    fleet.cars.forEach((car, i) => {
      car.onProposal = (p) => queues[i]?.push(p);
    });
    const appointments: { id: string; key: string }[] = [];
    await eachParallel(fleet.cars, 50, async (car, i) => {
      for (let k = 0; k < perCar; k++) {
        const answer = await car.send('booking-request', bookingRequestBody());
        if (answer.accepted) appointments.push({ id: answer.appointmentId, key: dealerKeyOfCar(fleet, i) });
      }
    });
    await eachParallel(appointments, 16, async ({ id, key }) => {
      const r = await dealerPost(fleet.sys.httpPort, key, `/appointments/${id}/proposals`, BENCH_PROPOSAL());
      if (r.status !== 201) throw new Error(`proposal for ${id}: HTTP ${r.status}`);
    });
    const deadline = performance.now() + 60_000;
    const queued = (): number => queues.reduce((n, q) => n + q.length, 0);
    while (queued() < appointments.length && performance.now() < deadline) await sleep(100);
    o.log(`proposal-response: ${queued()} proposals at the cars; accepting`);
    const carLanes: Lane[] = Array.from({ length: lanes }, (_, lane) => {
      let i = lane;
      return async () => {
        while (i < fleet.cars.length && (queues[i]?.length ?? 0) === 0) i += lanes;
        const car = fleet.cars[i];
        const p = queues[i]?.shift();
        if (!car || !p) return undefined;
        return toOutcome(await car.send('proposal-response', acceptBody(p.appointmentId, p.proposalId)));
      };
    });
    w = await closedWindow(carLanes, o.seconds, fleet.sys.child.pid);
  } finally {
    await fleet.stop();
  }
  const aedes = await aedesFleet(carsN, SIZES['proposal-response']);
  let a: Window;
  try {
    const l = echoLanes(aedes.clients, lanes);
    await closedWindow(l, o.quick ? 0.5 : 2, aedes.echo.child.pid);
    a = await closedWindow(l, o.seconds, aedes.echo.child.pid);
  } finally {
    await aedes.stop();
  }
  o.log(`proposal-response: csb ${w.perSecond}/s, aedes ${a.perSecond}/s`);
  return [
    kindRow(
      'proposal-response',
      w,
      a,
      carsN,
      lanes,
      `accept; history: ${carsN * perCar} appointments proposed to in the set-up; ${w.exhaustedLanes} lanes ran out of proposals`,
    ),
  ];
}

// ---------------------------------------------------------------------------------------------
// The booking lifecycle: request -> proposal -> accept -> confirm (-> finalize), many cars

/**
 * One car's lane of lifecycles: the car sends a booking request; the bench, as the dealer,
 * proposes through the REST API; the car accepts the proposal it receives; the dealer confirms,
 * then finalizes (closed), so the car never nears the open-appointment limit.
 */
function lifecycleLane(fleet: Fleet, i: number): Lane {
  const car = fleet.cars[i];
  const key = dealerKeyOfCar(fleet, i);
  const waiting = new Map<string, (p: { appointmentId: string; proposalId: string }) => void>();
  const early = new Map<string, { appointmentId: string; proposalId: string }>();
  if (car)
    car.onProposal = (p) => {
      const w = waiting.get(p.appointmentId);
      if (w) w(p);
      else {
        // A proposal ahead of its waiter, or a redelivery of one already answered: bounded, the
        // oldest dropped (a lane waits for one appointment at a time).
        early.set(p.appointmentId, p);
        if (early.size > 16) early.delete(early.keys().next().value ?? '');
      }
    };
  const proposalOf = (appointmentId: string): Promise<{ appointmentId: string; proposalId: string }> =>
    new Promise((resolve, reject) => {
      const got = early.get(appointmentId);
      if (got) {
        early.delete(appointmentId);
        resolve(got);
        return;
      }
      const timer = setTimeout(() => {
        waiting.delete(appointmentId);
        reject(new Error('no proposal within 30 s'));
      }, 30_000);
      waiting.set(appointmentId, (p) => {
        clearTimeout(timer);
        waiting.delete(appointmentId);
        resolve(p);
      });
    });
  const http = (route: string, body: unknown) => dealerPost(fleet.sys.httpPort, key, route, body);
  return async () => {
    if (!car) return undefined;
    const t0 = performance.now();
    const request = await car.send('booking-request', bookingRequestBody());
    if (!request.accepted) return toOutcome(request);
    const id = request.appointmentId;
    const proposed = proposalOf(id);
    const p = await http(`/appointments/${id}/proposals`, BENCH_PROPOSAL());
    if (p.status !== 201) return { us: 0, ok: false, code: `PROPOSE_HTTP_${p.status}` };
    const proposal = await proposed;
    const accept = await car.send('proposal-response', acceptBody(id, proposal.proposalId));
    if (!accept.accepted) return toOutcome(accept);
    const c = await http(`/appointments/${id}/confirm`, {});
    if (c.status !== 200) return { us: 0, ok: false, code: `CONFIRM_HTTP_${c.status}` };
    const f = await http(`/appointments/${id}/finalize`, {});
    if (f.status !== 200) return { us: 0, ok: false, code: `FINALIZE_HTTP_${f.status}` };
    return { us: Math.max(1, Math.round((performance.now() - t0) * 1000)), ok: true, code: '' };
  };
}

async function lifecycle(o: SuiteOptions): Promise<Row[]> {
  const lanes = o.lanes;
  o.log(`lifecycle: ${lanes} cars, one lifecycle in flight each, ${o.seconds} s`);
  const fleet = await csbFleet(o, lanes, 'LIFE01', true);
  let w: Window;
  try {
    const carLanes = fleet.cars.map((_c, i) => lifecycleLane(fleet, i));
    await closedWindow(carLanes, o.quick ? 0.5 : 2, fleet.sys.child.pid);
    w = await closedWindow(carLanes, o.seconds, fleet.sys.child.pid);
  } finally {
    await fleet.stop();
  }
  // Baseline: the lifecycle's two car round trips (request-sized, then accept-sized) on aedes; the
  // three dealer HTTP calls have no broker counterpart.
  const aedes = await aedesFleet(lanes, SIZES['booking-request']);
  let a: Window;
  try {
    const l = echoLanes(aedes.clients, lanes, 2);
    await closedWindow(l, o.quick ? 0.5 : 2, aedes.echo.child.pid);
    a = await closedWindow(l, o.seconds, aedes.echo.child.pid);
  } finally {
    await aedes.stop();
  }
  o.log(`lifecycle: csb ${w.perSecond}/s, aedes ${a.perSecond} double round trips/s`);
  return [
    {
      bench: 'lifecycle: request -> proposal -> accept -> confirm',
      measured: `${describe(w)} (per lifecycle: 2 uplinks, 3 dealer HTTP calls)`,
      baseline: `aedes 2 echoes in a row ${describe(a)}`,
      ratio: `${fmt(ratio(w.perSecond, a.perSecond), 2)}x`,
      target: '-',
      met: '-',
      notes: `booking-request ${SIZES['booking-request']} B + proposal-response (accept) ${SIZES['proposal-response']} B; the bench is the dealer (propose, confirm, finalize over REST; finalized so no car nears the open-appointment limit); ${lanes} cars W=1 (one lifecycle each), ${fmt(w.seconds)} s closed loop; history: the warm-up's lifecycles; rejected ${rejectedNote(w.rejected)}, ${w.failed} failed; lifecycles completed per second: ${w.series.join(' ')}`,
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Sustained: 100 cars keep sending booking requests; the dealer cancels behind them

/** Appointments a car may have open before its lane waits for the dealer's cancellations. */
const SUSTAINED_OPEN_PER_CAR = 10;
/** Dealer API cancellations in flight at once, behind the sustained run's cars. */
const SUSTAINED_CANCELLERS = 16;

async function sustained(o: SuiteOptions, seconds: number, carsN: number): Promise<Row[]> {
  const edge = Math.max(1, Math.min(10, Math.floor(seconds / 3)));
  o.log(`sustained: ${carsN} cars, booking requests for ${seconds} s, the dealer cancelling behind them`);
  const fleet = await csbFleet(o, carsN, 'SUST01', true);
  let w: Window;
  let cancelled = 0;
  let cancelFailed = 0;
  try {
    const open = new Array<number>(carsN).fill(0);
    // Bounded: at most SUSTAINED_OPEN_PER_CAR per car are queued (the lane waits above that).
    const cancels: { car: number; id: string }[] = [];
    let running = true;
    const canceller = async (): Promise<void> => {
      while (running || cancels.length > 0) {
        const job = cancels.shift();
        if (!job) {
          await sleep(2);
          continue;
        }
        const r = await dealerPost(
          fleet.sys.httpPort,
          dealerKeyOfCar(fleet, job.car),
          `/appointments/${job.id}/cancel`,
          { reason: 'Bench: making room for the next request.' },
        ).catch(() => ({ status: 0 }));
        if (r.status === 200) cancelled += 1;
        else cancelFailed += 1;
        open[job.car] = (open[job.car] ?? 1) - 1;
      }
    };
    const workers = Array.from({ length: SUSTAINED_CANCELLERS }, canceller);
    const carLanes: Lane[] = fleet.cars.map((car, i) => async () => {
      while ((open[i] ?? 0) >= SUSTAINED_OPEN_PER_CAR) await sleep(2);
      const answer = await car.send('booking-request', bookingRequestBody());
      if (answer.accepted) {
        open[i] = (open[i] ?? 0) + 1;
        cancels.push({ car: i, id: answer.appointmentId });
      }
      return toOutcome(answer);
    });
    // Warm-up to the steady state, not measured: until every car reached its open limit, requests
    // ran without waiting for cancellations, and a first-10-s figure would compare two loads.
    await closedWindow(carLanes, Math.max(1, Math.min(10, seconds / 3)), fleet.sys.child.pid);
    w = await closedWindow(carLanes, seconds, fleet.sys.child.pid);
    running = false;
    await Promise.all(workers);
  } finally {
    await fleet.stop();
  }
  const first = (w.series.slice(0, edge).reduce((a, b) => a + b, 0) / edge) | 0;
  const lastSlice = w.series.slice(-edge);
  const last = (lastSlice.reduce((a, b) => a + b, 0) / Math.max(1, lastSlice.length)) | 0;
  const r = ratio(last, first);
  o.log(`sustained: first ${edge} s ${first}/s, last ${edge} s ${last}/s`);
  return [
    {
      bench: `sustained: ${carsN} cars, booking requests, ${seconds} s`,
      measured: `last ${edge} s ${last}/s vs first ${edge} s ${first}/s; overall ${describe(w)}`,
      baseline: '-',
      ratio: `${fmt(r, 2)}x`,
      target: '>= 0.9x',
      met: r >= 0.9 ? 'yes' : 'no',
      notes: `booking-request ${SIZES['booking-request']} B; ${carsN} cars W=1; the dealer cancels each appointment through the REST API behind them (${SUSTAINED_CANCELLERS} in parallel, at most ${SUSTAINED_OPEN_PER_CAR} open per car, so in the steady state requests run at the cancellations' rate; measured after a warm-up to that state: ${cancelled} cancelled, ${cancelFailed} failed); history grows through the run (${w.answered} appointments, cancelled); rejected ${rejectedNote(w.rejected)}; ${perSecondNote(w)}`,
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Open loop: offered rates, each on a fresh csb

interface BurstStop {
  ms: number;
  code: number | null;
  stored: number;
  outcomesOk: number;
}

/** SIGTERM, the time to exit, then the stopped node's database: appointments and accepted outcomes. */
async function terminateAndCount(sys: { child: ChildProcess; dataDir: string }): Promise<BurstStop> {
  const started = performance.now();
  const exited = new Promise<number | null>((resolve) => sys.child.once('exit', (code) => resolve(code)));
  sys.child.kill('SIGTERM');
  const code = await exited;
  const ms = performance.now() - started;
  const db = new DatabaseSync(path.join(sys.dataDir, 'csb.sqlite'), { readOnly: true });
  try {
    const count = (sql: string) => Number((db.prepare(sql).get() as { n: number }).n);
    return {
      ms,
      code,
      stored: count('SELECT count(*) AS n FROM appointments'),
      outcomesOk: count(
        "SELECT count(*) AS n FROM car_message_outcomes WHERE json_extract(outcome_json, '$.ok') = 1",
      ),
    };
  } finally {
    db.close();
  }
}

async function openLoopRates(
  o: SuiteOptions,
  carsN: number,
  steps: { rate: number; seconds: number }[],
): Promise<Row[]> {
  const rows: Row[] = [];
  for (const [index, step] of steps.entries()) {
    o.log(`open loop: ${step.rate}/s booking requests offered for ${step.seconds} s over ${carsN} cars`);
    const fleet = await csbFleet(o, carsN, `OPEN${String(rows.length).padStart(2, '0')}`, true);
    // The last step is the burst: SIGTERM the moment it ends, its queue still full, then what the
    // database holds against what the cars were told was accepted.
    const burst = index === steps.length - 1 && steps.length > 1;
    let stop: BurstStop | undefined;
    let w: OpenWindow;
    try {
      let k = 0;
      w = await openWindow(
        step.rate,
        step.seconds,
        () => fleet.cars[k++ % carsN]?.send('booking-request', bookingRequestBody()).then(toOutcome),
        fleet.sys.child.pid,
        30,
        burst
          ? async () => {
              stop = await terminateAndCount(fleet.sys);
            }
          : undefined,
      );
    } finally {
      await fleet.stop();
    }
    const aedes = await aedesFleet(carsN, SIZES['booking-request']);
    let a: OpenWindow;
    try {
      let k = 0;
      a = await openWindow(
        step.rate,
        step.seconds,
        () => aedes.clients[k++ % carsN]?.request().then((us) => ({ us, ok: true, code: '' })),
        aedes.echo.child.pid,
      );
    } finally {
      await aedes.stop();
    }
    const unavailable = w.rejected.TEMPORARILY_UNAVAILABLE ?? 0;
    o.log(`open loop ${step.rate}/s: ${w.answered} completed, ${unavailable} TEMPORARILY_UNAVAILABLE`);
    rows.push({
      bench: `open loop: ${step.rate}/s offered, ${step.seconds} s`,
      measured: `${w.answered} completed (${w.perSecond}/s in the window), ${unavailable} rejected TEMPORARILY_UNAVAILABLE, ${w.queuedAtEnd} still queued at the end; p50 ${fmt(w.p50, 1)} p99 ${fmt(w.p99, 1)} p99.9 ${fmt(w.p999, 1)} ms; RSS peak ${mib(w.rssPeakBytes)}`,
      baseline: `aedes ${a.answered} echoed (${a.perSecond}/s), ${a.queuedAtEnd} queued at the end; p99 ${fmt(a.p99, 1)} ms; RSS peak ${mib(a.rssPeakBytes)}`,
      ratio: `${fmt(ratio(w.answered, a.answered), 2)}x`,
      target: '-',
      met: '-',
      notes: `booking-request ${SIZES['booking-request']} B; ${w.sent} sent round robin over ${carsN} cars (fresh csb: no history); all rejections: ${rejectedNote(w.rejected)}; ${
        stop
          ? `SIGTERM the moment the window ended (${w.queuedAtEnd} requests still queued): exited in ${fmt(stop.ms / 1000, 2)} s with code ${stop.code}; the database then held ${stop.stored} appointments and ${stop.outcomesOk} accepted outcomes (one appointment per accepted outcome: ${stop.stored === stop.outcomesOk ? 'yes' : 'NO'}); the cars had been told of ${w.answered} accepted (${stop.outcomesOk >= w.answered ? 'none of them lost' : `${w.answered - stop.outcomesOk} LOST`}); ${w.failed} got no answer (the node closed their connections as it stopped) and are sent again by their cars with the same ids; ${w.unanswered} still waited 30 s later`
          : `${w.unanswered} never answered within 30 s after the window`
      }`,
    });
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// First CONNECT: cars whose secret is checked for the first time, against aedes without auth

function connectOnce(url: string, options: mqtt.IClientOptions): Promise<MqttClient> {
  const client = mqtt.connect(url, {
    protocolVersion: 4,
    clean: true,
    reconnectPeriod: 0,
    connectTimeout: 60_000,
    keepalive: 600,
    ...options,
  });
  noDelay(client);
  return new Promise((resolve, reject) => {
    client.once('connect', () => resolve(client));
    client.once('error', (error) => {
      client.end(true);
      reject(error);
    });
  });
}

async function connectRate(
  url: string,
  n: number,
  options: (i: number) => mqtt.IClientOptions,
): Promise<{ perSecond: number; connected: number; failed: number; clients: MqttClient[] }> {
  const clients: MqttClient[] = [];
  let failed = 0;
  const started = performance.now();
  await eachParallel(
    Array.from({ length: n }, (_, i) => i),
    100,
    async (i) => {
      try {
        clients.push(await connectOnce(url, options(i)));
      } catch {
        failed += 1;
      }
    },
  );
  const seconds = (performance.now() - started) / 1000;
  return { perSecond: Math.round(clients.length / seconds), connected: clients.length, failed, clients };
}

const endClients = (clients: MqttClient[]): Promise<void> =>
  eachParallel(clients, 500, (c) => new Promise<void>((resolve) => c.end(true, {}, () => resolve())));

async function firstConnect(o: SuiteOptions, n: number): Promise<Row[]> {
  o.log(`connect: ${n} first CONNECTs, 100 at a time`);
  const sys = await startCsb(BENCH_ENV, o.nodeArgs);
  let c: Awaited<ReturnType<typeof connectRate>>;
  try {
    const { cars } = await provisionCars(sys.httpPort, n, { prefix: 'CONN02', drivers: false });
    c = await connectRate(`mqtt://127.0.0.1:${sys.mqttPort}`, n, (i) => ({
      clientId: cars[i]?.vin ?? '',
      username: cars[i]?.vin ?? '',
      password: cars[i]?.secret ?? '',
    }));
    await endClients(c.clients);
  } finally {
    await sys.stop();
  }
  const echo = await startAedesEcho();
  let a: Awaited<ReturnType<typeof connectRate>>;
  try {
    a = await connectRate(`mqtt://127.0.0.1:${echo.mqttPort}`, n, (i) => ({ clientId: `bench-first-${i}` }));
    await endClients(a.clients);
  } finally {
    await echo.stop();
  }
  const r = ratio(c.perSecond, a.perSecond);
  return [
    {
      bench: 'first CONNECT',
      measured: `${c.perSecond} connects/s (${c.connected} connected, ${c.failed} failed)`,
      baseline: `aedes ${a.perSecond} connects/s (no authentication)`,
      ratio: `${fmt(r, 2)}x`,
      target: '>= 0.5x',
      met: r >= 0.5 ? 'yes' : 'no',
      notes: `${n} cars provisioned, each CONNECT the first of its car (the secret checked against its stored hash), clean session, 100 in parallel, CONNECT to CONNACK; no subscription`,
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Soak: constant lifecycle load for minutes; server RSS and heap over time

export interface SoakOptions {
  minutes: number;
  sampleSeconds: number;
  /** Where soak.csv and soak.svg are written. */
  dir: string;
}

async function soak(o: SuiteOptions, s: SoakOptions): Promise<Row[]> {
  const heapFile = path.join(tmpdir(), `csb-bench-heap-${process.pid}.csv`);
  rmSync(heapFile, { force: true });
  const probe = path.join(ROOT, 'bench/heap-probe.ts');
  const opts: SuiteOptions = { ...o, nodeArgs: [...o.nodeArgs, '--expose-gc', `--import=${probe}`] };
  o.log(`soak: ${o.lanes} cars in lifecycles for ${s.minutes} min, sampled every ${s.sampleSeconds} s`);
  const fleet = await csbFleet(opts, o.lanes, 'SOAK01', true, {
    CSB_BENCH_HEAP_FILE: heapFile,
    CSB_BENCH_HEAP_MS: String(Math.max(200, Math.round((s.sampleSeconds * 1000) / 2))),
  });
  const samples: {
    t: number;
    rss: number;
    heapUsed: number;
    heapTotal: number;
    liveHeap: number;
    perSecond: number;
  }[] = [];
  let total = 0;
  let failed = 0;
  try {
    const carLanes = fleet.cars.map((_c, i) => lifecycleLane(fleet, i));
    const until = performance.now() + s.minutes * 60_000;
    let done = 0;
    const load = Promise.all(
      carLanes.map(async (lane) => {
        while (performance.now() < until) {
          const outcome = await lane().catch(() => undefined);
          if (outcome?.ok) done += 1;
          else failed += 1;
        }
      }),
    );
    const start = performance.now();
    let lastDone = 0;
    let lastAt = start;
    // One sample per interval: bounded by minutes * 60 / sampleSeconds rows.
    while (performance.now() < until) {
      await sleep(s.sampleSeconds * 1000);
      const now = performance.now();
      const heap = lastHeapLine(heapFile);
      samples.push({
        t: Math.round((now - start) / 100) / 10,
        rss: rssBytes(fleet.sys.child.pid),
        heapUsed: heap.heapUsed,
        heapTotal: heap.heapTotal,
        liveHeap: heap.liveHeap,
        perSecond: Math.round((done - lastDone) / ((now - lastAt) / 1000)),
      });
      lastDone = done;
      lastAt = now;
    }
    await load;
    total = done;
  } finally {
    await fleet.stop();
    rmSync(heapFile, { force: true });
  }
  mkdirSync(s.dir, { recursive: true });
  const csvFile = path.join(s.dir, 'soak.csv');
  const svgFile = path.join(s.dir, 'soak.svg');
  writeFileSync(
    csvFile,
    `seconds,rss_bytes,heap_used_bytes,heap_total_bytes,live_heap_bytes,lifecycles_per_second\n${samples.map((x) => `${x.t},${x.rss},${x.heapUsed},${x.heapTotal},${x.liveHeap},${x.perSecond}`).join('\n')}\n`,
  );
  const memory = lineChartSvg({
    title: `csb soak: server memory, ${o.lanes} cars in booking lifecycles, ${s.minutes} min`,
    xLabel: 'seconds',
    yLabel: 'MiB',
    series: [
      { name: 'RSS', points: samples.map((x) => [x.t, x.rss / 2 ** 20]) },
      { name: 'heap used', points: samples.map((x) => [x.t, x.heapUsed / 2 ** 20]) },
      { name: 'heap total', points: samples.map((x) => [x.t, x.heapTotal / 2 ** 20]) },
      { name: 'live heap (after full GC)', points: samples.map((x) => [x.t, x.liveHeap / 2 ** 20]) },
    ],
  });
  const rate = lineChartSvg({
    title: 'lifecycles per second',
    xLabel: 'seconds',
    yLabel: 'per second',
    series: [{ name: 'lifecycles/s', points: samples.map((x) => [x.t, x.perSecond]) }],
  });
  writeFileSync(
    svgFile,
    stackSvgs('csb soak: server RSS and heap, and lifecycles per second, over time', [memory, rate]),
  );
  const firstS = samples[0];
  const lastS = samples[samples.length - 1];
  const peak = Math.max(0, ...samples.map((x) => x.rss));
  return [
    {
      bench: `soak: ${s.minutes} min`,
      measured: `RSS ${mib(firstS?.rss ?? 0)} -> ${mib(lastS?.rss ?? 0)} (peak ${mib(peak)}); heap used ${mib(firstS?.heapUsed ?? 0)} -> ${mib(lastS?.heapUsed ?? 0)}; live heap after full GC ${mib(firstS?.liveHeap ?? 0)} -> ${mib(lastS?.liveHeap ?? 0)}; ${firstS?.perSecond ?? 0} -> ${lastS?.perSecond ?? 0} lifecycles/s`,
      baseline: '-',
      ratio: '-',
      target: 'flat memory and rate',
      met: '-',
      notes: `${o.lanes} cars in booking lifecycles (request, propose, accept, confirm, finalize), closed loop W=1; ${total} lifecycles, ${failed} failed; ${samples.length} samples every ${s.sampleSeconds} s: ${path.relative(ROOT, csvFile)}, plot ${path.relative(ROOT, svgFile)}; heap from process.memoryUsage() inside the server, the live heap right after a full GC there every ${s.sampleSeconds / 2} s (bench/heap-probe.ts, --expose-gc)`,
    },
  ];
}

function lastHeapLine(file: string): { heapUsed: number; heapTotal: number; liveHeap: number } {
  try {
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    const [, , heapUsed, heapTotal, liveHeap] = (lines[lines.length - 1] ?? '').split(',').map(Number);
    return { heapUsed: heapUsed ?? 0, heapTotal: heapTotal ?? 0, liveHeap: liveHeap ?? 0 };
  } catch {
    return { heapUsed: 0, heapTotal: 0, liveHeap: 0 };
  }
}

/** SVG charts one above the other, as one SVG file with a title (read out by screen readers). */
function stackSvgs(title: string, svgs: string[]): string {
  const heights = svgs.map((svg) => Number(svg.match(/height="(\d+)"/)?.[1] ?? 0));
  const widths = svgs.map((svg) => Number(svg.match(/width="(\d+)"/)?.[1] ?? 0));
  let y = 0;
  const parts = svgs.map((svg, i) => {
    const part = `<g transform="translate(0 ${y})">${svg.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '')}</g>`;
    y += heights[i] ?? 0;
    return part;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.max(...widths)}" height="${y}" role="img" aria-label="${title}">\n<title>${title}</title>\n${parts.join('\n')}\n</svg>\n`;
}

// ---------------------------------------------------------------------------------------------

export const KIND_SUITES = [
  'booking',
  'proposal',
  'health',
  'engine-start',
  'lifecycle',
  'sustained',
  'open-loop',
  'connect',
  'soak',
] as const;
export type KindSuite = (typeof KIND_SUITES)[number];

export interface KindSuiteSizes {
  sustainedSeconds: number;
  sustainedCars: number;
  openCars: number;
  openRates: number[];
  burstRate: number;
  burstSeconds: number;
  connects: number;
  soak: SoakOptions;
}

/** Runs one suite; the row notes say what bounds each figure. */
export async function runKindSuite(suite: KindSuite, o: SuiteOptions, sizes: KindSuiteSizes): Promise<Row[]> {
  // Expected maxima, only to size the car pools (a pool that runs dry ends the window early; the
  // row says so): booking requests and accepts create or change an appointment each.
  const expect = o.quick ? 400 : 2_500;
  switch (suite) {
    case 'booking':
      return bookingRequests(o, expect);
    case 'proposal':
      return proposalResponses(o, expect);
    case 'health':
      return statelessKind(o, 'health-status');
    case 'engine-start':
      return statelessKind(o, 'engine-start');
    case 'lifecycle':
      return lifecycle(o);
    case 'sustained':
      return sustained(o, sizes.sustainedSeconds, sizes.sustainedCars);
    case 'open-loop':
      return openLoopRates(o, sizes.openCars, [
        ...sizes.openRates.map((rate) => ({ rate, seconds: o.seconds })),
        { rate: sizes.burstRate, seconds: sizes.burstSeconds },
      ]);
    case 'connect':
      return firstConnect(o, sizes.connects);
    case 'soak':
      return soak(o, sizes.soak);
    default:
      return [];
  }
}

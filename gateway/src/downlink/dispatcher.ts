/**
 * Downlink dispatch: the core's downlink ledger -> connected cars.
 *
 * The ledger (booking-core service/downlink-ledger.ts) is the store of record, not the broker's
 * session queue: a message is handed to the broker only while its car is connected and subscribed
 * to its downlinks. A car that is offline for days therefore piles nothing up in aedes (its offline
 * queue has been reported to grow past its `queueLimit`), a proposal replaced meanwhile is
 * superseded in the ledger and never sent, and a reminder whose day has passed expires unsent.
 *
 * Per connected car, one flush at a time (so a car gets its messages in ledger order):
 *   - on subscribe (after every CONNACK, docs/protocol.md section 8): every open message, oldest first;
 *   - on "downlinks queued" from the core: what is due for that car;
 *   - on a per-car timer at the earliest next attempt: unreceipted messages again, with the core's
 *     capped exponential backoff, until the car's DeliveryReceipt closes them;
 *   - on a slow safety poll, round-robin over connected cars (bounded per tick).
 */
import { downlinkTopic, encodeDownlink } from '@csb/proto';
import type { Logger } from 'pino';
import type { CarChannel, CarDownlink } from '../core-types.ts';
import type { GatewayMetrics } from '../metrics.ts';
import { downlinkEnvelope } from './car-message-to-wire.ts';

export interface DownlinkDispatcherDeps {
  carChannel: CarChannel;
  /** Writes one downlink to the connected car (broker.ts `deliver`); never rejects. */
  deliver(
    vin: string,
    topic: string,
    payload: Uint8Array,
  ): Promise<'written' | 'not-connected' | 'not-subscribed'>;
  /** Would the car take a message on `topic` now (connected, and a filter of it covers the topic)? */
  accepts(vin: string, topic: string): boolean;
  logger: Logger;
  metrics: GatewayMetrics;
  clock: { now(): number };
  /**
   * Virtual ms per wall ms of `clock` (default 1): a wake time on the clock is this many times
   * nearer in wall time, and a timer counts wall ms.
   */
  clockSpeed?: number;
  /** Downlinks handed to one car per flush; the rest follow in the next flush. */
  batchSize: number;
  pollIntervalMs: number;
  /**
   * In a cluster: downlinks queued through another node (cluster.ts), or "any car" (undefined)
   * after the link to the other nodes was down. Returns an unsubscribe function.
   */
  onDownlinksQueuedElsewhere?(listener: (vins?: readonly string[]) => void): () => void;
}

export interface DownlinkDispatcher {
  start(): void;
  /** Downlinks were queued for these cars (undefined: any car). Coalesced per car. */
  kick(vins?: readonly string[]): void;
  /**
   * The car is connected and subscribed to its downlinks: send every message it has not
   * receipted, with the original ids (the car dedupes). Resolves when that flush is done.
   */
  carReady(vin: string): Promise<void>;
  /** The car's connection closed: nothing more is handed to the broker for it. */
  carGone(vin: string): void;
  /** Cars the dispatcher delivers to now. */
  readyCount(): number;
  /** Stops waking up and waits for the flushes in progress. */
  stop(): Promise<void>;
}

/** Bounds the work one subscribe can cause; a car with more open messages gets the rest in the next flushes. */
const MAX_ON_SUBSCRIBE = 200;
/** Cars checked per safety-poll tick. */
const CARS_PER_POLL = 100;
/** Never wake a car's timer sooner than this (ms): a clock step must not cause a busy loop. */
const MIN_TIMER_MS = 20;

type FlushMode = 'all' | 'due';

interface CarState {
  pending: FlushMode | null;
  running: Promise<void> | null;
  timer: NodeJS.Timeout | null;
  /** When `timer` fires (epoch ms), or null when none is armed. */
  timerAt: number | null;
  /** The earliest next attempt must be read from the ledger (the timer fired, or a safety poll). */
  wakeUnknown: boolean;
}

export function createDownlinkDispatcher(deps: DownlinkDispatcherDeps): DownlinkDispatcher {
  const { carChannel, metrics } = deps;
  const clockSpeed = deps.clockSpeed ?? 1;
  const log = deps.logger.child({ component: 'downlink' });
  const cars = new Map<string, CarState>();
  let stopped = true;
  let pollTimer: NodeJS.Timeout | null = null;
  let unsubscribe: (() => void) | null = null;
  let unsubscribeElsewhere: (() => void) | null = null;
  let pollCursor = 0;

  /**
   * The wire form of one ledger message, or null when it cannot be built (a bug, logged). Its
   * `sent_at` is the first hand-over's, the same in every copy (downlink.proto); `sentAt` for the first.
   */
  function build(
    downlink: CarDownlink,
    sentAt: number,
  ): { topic: string; payload: Uint8Array; kind: string } | null {
    try {
      const built = downlinkEnvelope(downlink, downlink.firstSentAt ?? sentAt);
      return {
        kind: built.kind,
        topic: downlinkTopic(downlink.vin, built.kind),
        payload: encodeDownlink(built.envelope),
      };
    } catch (error) {
      // A message that cannot be mapped or encoded never will be: counted as an attempt (so it
      // backs off like any other and blocks nothing), and loud (a bug between core and gateway).
      log.error(
        { err: error, vin: downlink.vin, messageId: downlink.id },
        'downlink could not be encoded; not sent',
      );
      return null;
    }
  }

  /**
   * One flush of one car: what is due is read and marked sent in one core transaction, then handed
   * to the broker. Returns whether more may be due right away, the earliest next attempt of what
   * it marked (null: nothing marked), and whether it read every open message of the car (an 'all'
   * flush below its limit: then what it marked is all the car's timer waits for).
   */
  async function flushOnce(
    vin: string,
    car: CarState,
    mode: FlushMode,
  ): Promise<{ more: boolean; nextAttemptAt: number | null; sawAll: boolean }> {
    const limit = mode === 'all' ? MAX_ON_SUBSCRIBE : deps.batchSize;
    // The time of the hand-over is taken before it: the backoff counts from the first byte out.
    const sentAt = deps.clock.now();
    let toHand: { id: string; wire: ReturnType<typeof build> }[] = [];
    // Marked sent BEFORE the hand-over, in the transaction that read them: the car may receipt a
    // message before a mark written after it, and the ledger must move queued -> sent -> delivered
    // only forward, with sentAt set for everything the car may have. Should the car leave
    // mid-batch, the rest is marked sent but not handed over: it is open, and sent again at the
    // car's next subscribe.
    const taken = await carChannel.takeCarDownlinks(vin, { open: mode, limit, sentAt }, (batch) => {
      if (stopped || cars.get(vin) !== car) return [];
      // What the car takes now: built, and of a kind one of its filters covers. A kind it did not
      // subscribe to stays queued in the ledger (and blocks nothing).
      toHand = batch
        .map((downlink) => ({ id: downlink.id, wire: build(downlink, sentAt) }))
        .filter(({ wire }) => wire === null || deps.accepts(vin, wire.topic));
      return toHand.map((item) => item.id);
    });
    const sawAll = mode === 'all' && taken.read < limit;
    if (stopped || cars.get(vin) !== car) return { more: false, nextAttemptAt: taken.nextAttemptAt, sawAll };
    let handed = 0;
    let failed = false;
    for (const { wire } of toHand) {
      if (wire === null) {
        handed += 1; // poison: counted as an attempt above, never handed over
        continue;
      }
      // The car left meanwhile: what is not handed over stays open in the ledger for its return.
      if (stopped || cars.get(vin) !== car) break;
      const outcome = await deps.deliver(vin, wire.topic, wire.payload);
      if (outcome !== 'written') {
        failed = true;
        break; // keep the order: nothing newer overtakes what could not be handed over
      }
      metrics.downlinksPublished.inc({ kind: wire.kind });
      handed += 1;
    }
    if (mode === 'all' && handed > 0) log.info({ vin, count: handed }, 'open downlinks sent on subscribe');
    return {
      more: !failed && taken.read === limit && handed === taken.read,
      nextAttemptAt: taken.nextAttemptAt,
      sawAll,
    };
  }

  function armTimerAt(vin: string, car: CarState, wake: number | null): void {
    if (car.timer) clearTimeout(car.timer);
    car.timer = null;
    car.timerAt = null;
    if (wake === null || stopped || cars.get(vin) !== car) return;
    const delay = Math.max(MIN_TIMER_MS, (wake - deps.clock.now()) / clockSpeed);
    car.timerAt = wake;
    car.timer = setTimeout(() => {
      car.timer = null;
      car.timerAt = null;
      // Fired: the rows it waited for are due now and get later attempts; what else waits is read anew.
      car.wakeUnknown = true;
      void schedule(vin, 'due');
    }, delay);
    car.timer.unref();
  }

  /**
   * Keeps the car's timer at or before its earliest unreceipted row's next attempt. A flush that
   * marked rows can only bring that time forward, and only to what it marked, so the timer moves
   * without a read; a receipt or an expiry only makes it later (the timer then fires early, finds
   * nothing due, and reads it). After a fired timer, a safety poll, or a subscribe's flush that
   * could not read every open message, the time is read from the ledger; a subscribe's flush that
   * read them all marked every unreceipted one again, so the earliest of its marks is the time
   * (one statement less at every car's return).
   */
  async function updateTimer(
    vin: string,
    car: CarState,
    mode: FlushMode,
    nextAttemptAt: number | null,
    sawAll: boolean,
  ): Promise<void> {
    if (sawAll && !car.wakeUnknown) {
      armTimerAt(vin, car, nextAttemptAt);
      return;
    }
    if (mode === 'all' || car.wakeUnknown) {
      car.wakeUnknown = false;
      armTimerAt(vin, car, await carChannel.carDownlinkWakeAt(vin));
      return;
    }
    if (nextAttemptAt !== null && (car.timerAt === null || nextAttemptAt < car.timerAt))
      armTimerAt(vin, car, nextAttemptAt);
  }

  function schedule(vin: string, mode: FlushMode): Promise<void> {
    const car = cars.get(vin);
    if (!car || stopped) return Promise.resolve();
    car.pending = car.pending === 'all' || mode === 'all' ? 'all' : 'due';
    if (car.running) return car.running;
    car.running = (async () => {
      while (car.pending && !stopped && cars.get(vin) === car) {
        const current: FlushMode = car.pending;
        car.pending = null;
        try {
          const { more, nextAttemptAt, sawAll } = await flushOnce(vin, car, current);
          if (more) car.pending ??= 'due';
          await updateTimer(vin, car, current, nextAttemptAt, sawAll);
        } catch (error) {
          metrics.coreErrors.inc({ operation: 'downlinks' });
          log.error({ err: error, vin }, 'downlink flush failed; retried at the next poll');
          return;
        }
      }
    })().finally(() => {
      car.running = null;
    });
    return car.running;
  }

  function kick(vins?: readonly string[]): void {
    if (stopped) return;
    for (const vin of vins ?? [...cars.keys()]) if (cars.has(vin)) void schedule(vin, 'due');
  }

  function poll(): void {
    if (stopped || cars.size === 0) return;
    const vins = [...cars.keys()];
    const count = Math.min(CARS_PER_POLL, vins.length);
    for (let i = 0; i < count; i++) {
      const vin = vins[(pollCursor + i) % vins.length];
      const car = vin === undefined ? undefined : cars.get(vin);
      if (vin === undefined || !car) continue;
      // A safety net also for the timer: its time is read anew from the ledger.
      car.wakeUnknown = true;
      void schedule(vin, 'due');
    }
    pollCursor = (pollCursor + count) % Math.max(1, vins.length);
  }

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      unsubscribe = carChannel.onCarDownlinksQueued(kick);
      unsubscribeElsewhere = deps.onDownlinksQueuedElsewhere?.(kick) ?? null;
      pollTimer = setInterval(poll, deps.pollIntervalMs);
      pollTimer.unref();
    },
    kick,
    carReady(vin) {
      if (stopped) return Promise.resolve();
      if (!cars.has(vin))
        cars.set(vin, { pending: null, running: null, timer: null, timerAt: null, wakeUnknown: false });
      return schedule(vin, 'all');
    },
    carGone(vin) {
      const car = cars.get(vin);
      if (!car) return;
      if (car.timer) clearTimeout(car.timer);
      cars.delete(vin);
    },
    readyCount: () => cars.size,
    async stop() {
      stopped = true;
      if (pollTimer) clearInterval(pollTimer);
      pollTimer = null;
      unsubscribe?.();
      unsubscribe = null;
      unsubscribeElsewhere?.();
      unsubscribeElsewhere = null;
      const running = [...cars.values()].map((car) => {
        if (car.timer) clearTimeout(car.timer);
        return car.running;
      });
      await Promise.allSettled(running);
    },
  };
}

/**
 * Downlink dispatch: the core's outbox -> the broker. Woken by the core's "downlinks queued"
 * notification and by a slow safety poll; one round at a time (single flight), so a burst of
 * notifications costs one extra round, not one per notification.
 *
 * A downlink is marked sent once the broker accepted it at QoS 1: from then on MQTT's session
 * (the car's persistent session) carries it, and the car's delivery receipt closes it in the core.
 */
import { downlinkTopic, encodeDownlink } from '@csb/proto';
import type { Logger } from 'pino';
import type { CarChannel, CarDownlink } from '../core-types.ts';
import type { GatewayMetrics } from '../metrics.ts';
import { downlinkEnvelope } from './car-message-to-wire.ts';

export interface DownlinkDispatcherDeps {
  carChannel: CarChannel;
  /** Publishes QoS 1, not retained; resolves once the broker took the message. */
  publish(topic: string, payload: Uint8Array): Promise<void>;
  logger: Logger;
  metrics: GatewayMetrics;
  clock: { now(): number };
  batchSize: number;
  pollIntervalMs: number;
}

export interface DownlinkDispatcher {
  start(): void;
  /** Asks for a round now (coalesced with one already running). */
  kick(): void;
  /**
   * Sends a car's handed-over but unreceipted downlinks again, with their original ids (the car
   * dedupes). Called when the car subscribes to its downlinks, i.e. after every (re)connect.
   */
  redeliver(vin: string): Promise<void>;
  /** Stops waking up and waits for the round in progress. */
  stop(): Promise<void>;
}

/** Rounds per run; every round awaits the core and the broker, so other work interleaves. */
const MAX_ROUNDS_PER_RUN = 50;
/** Bounds the work one subscribe can cause; a car with more unreceipted messages gets the rest next time. */
const MAX_REDELIVERED_PER_SUBSCRIBE = 200;

export function createDownlinkDispatcher(deps: DownlinkDispatcherDeps): DownlinkDispatcher {
  const { carChannel, metrics } = deps;
  const log = deps.logger.child({ component: 'downlink' });
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = true;
  let timer: NodeJS.Timeout | null = null;
  let unsubscribe: (() => void) | null = null;

  async function publishOne(downlink: CarDownlink): Promise<'sent' | 'poison' | 'failed'> {
    let topic: string;
    let payload: Uint8Array;
    let kind: string;
    try {
      const built = downlinkEnvelope(downlink, deps.clock.now());
      kind = built.kind;
      topic = downlinkTopic(downlink.vin, built.kind);
      payload = encodeDownlink(built.envelope);
    } catch (error) {
      // A message that cannot be mapped or encoded never will be: mark it sent so it does not
      // block the outbox head, and make it loud (it is a bug between core and gateway).
      log.error(
        { err: error, vin: downlink.vin, messageId: downlink.id },
        'downlink could not be encoded; dropped',
      );
      return 'poison';
    }
    try {
      await deps.publish(topic, payload);
      metrics.downlinksPublished.inc({ kind });
      return 'sent';
    } catch (error) {
      log.warn(
        { err: error, vin: downlink.vin, messageId: downlink.id },
        'downlink publish failed; retried later',
      );
      return 'failed';
    }
  }

  /** One batch; returns true when the outbox may hold more. */
  async function round(): Promise<boolean> {
    const pending = await carChannel.pendingCarDownlinks(deps.batchSize);
    if (pending.length === 0) return false;
    const results = await Promise.all(pending.map(publishOne));
    const done = pending.filter((_, i) => results[i] !== 'failed').map((d) => d.id);
    if (done.length > 0) await carChannel.markCarDownlinksSent(done, deps.clock.now());
    // Stop the run when the broker refused something: repeating now would only fail again.
    return pending.length === deps.batchSize && done.length === pending.length;
  }

  async function run(): Promise<void> {
    do {
      again = false;
      let more = true;
      for (let i = 0; more && i < MAX_ROUNDS_PER_RUN && !stopped; i++) {
        try {
          more = await round();
        } catch (error) {
          metrics.coreErrors.inc({ operation: 'downlinks' });
          log.error({ err: error }, 'downlink round failed; retried at the next poll');
          return;
        }
      }
      // Work left after a bounded run (a large backlog): go on in a fresh run.
      if (more) again = true;
    } while (again && !stopped);
  }

  function kick(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = run().finally(() => {
      running = null;
    });
  }

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      unsubscribe = carChannel.onCarDownlinksQueued(kick);
      timer = setInterval(kick, deps.pollIntervalMs);
      timer.unref();
      kick();
    },
    kick,
    async redeliver(vin) {
      if (stopped) return;
      try {
        const undelivered = await carChannel.undeliveredCarDownlinks(vin, MAX_REDELIVERED_PER_SUBSCRIBE);
        for (const downlink of undelivered) await publishOne(downlink);
        if (undelivered.length > 0)
          log.info({ vin, count: undelivered.length }, 'unreceipted downlinks sent again');
      } catch (error) {
        metrics.coreErrors.inc({ operation: 'redeliver' });
        log.error({ err: error, vin }, 'redelivery failed; tried again at the next subscribe');
      }
    },
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      timer = null;
      unsubscribe?.();
      unsubscribe = null;
      await running;
    },
  };
}

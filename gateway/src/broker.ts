/**
 * The aedes adapter: car authentication, topic ACL and the hand-off of uplinks to the pipeline.
 *
 * PUBACK ordering (exactly-once with the core). Read in aedes 1.2.0, lib/handlers/publish.js:
 * a PUBLISH runs `authorizePublish` then `enqueuePublish`, and for QoS 1 `enqueuePublish`
 * WRITES THE PUBACK FIRST and only then calls `broker.publish` (mqemitter, subscribers,
 * `published`). So an in-process subscription (or the `published` hook) runs after the car
 * already has its PUBACK, and a crash there would lose a message the car believes delivered.
 * The only hook that runs before the PUBACK is `authorizePublish`; the pipeline therefore runs
 * inside it and its callback is called after the core committed and the UplinkResult was
 * handed to the broker. (The car resends until it gets its result anyway, with the same
 * message id; this ordering makes the PUBACK mean "stored" too.)
 *
 * aedes issue #193 (stack overflow under load when queued publishes complete synchronously):
 * every callback we hand back to aedes is deferred with setImmediate, and a sink subscription
 * on `csb/v1/vehicles/#` defers its `done`, so no publish on our topics completes synchronously
 * in mqemitter (uplinks have no other subscriber; downlinks to offline cars neither).
 */
import type { EventEmitter } from 'node:events';
import { Aedes, type AedesOptions, type AedesPublishPacket, type Client, type PublishPacket } from 'aedes';
import type { Logger } from 'pino';
import { decideCarPublish, decideCarSubscribe, mayForwardToCar } from './acl.ts';
import { type AuthFailureReason, checkCarIdentity, RETURN_CODE_OF } from './auth.ts';
import type { CarChannel } from './core-types.ts';
import {
  type AuthBackoffOptions,
  createAuthBackoff,
  createRateLimiter,
  type RateLimitOptions,
} from './limits.ts';
import type { GatewayMetrics } from './metrics.ts';
import type { UplinkHandling, UplinkPipeline } from './uplink/pipeline.ts';
import { parseUplinkTopic } from './uplink/steps.ts';

export interface CarBrokerDeps {
  carChannel: CarChannel;
  pipeline: UplinkPipeline;
  logger: Logger;
  metrics: GatewayMetrics;
  /** Wall time for the limits (rate, auth backoff): they protect the machine, not the business. */
  wallClock: { now(): number };
  limits: {
    rate: RateLimitOptions;
    auth: AuthBackoffOptions;
  };
}

export interface CarBroker {
  broker: Aedes;
  /** Sets up persistence and the sink subscription (aedes `listen`). */
  listen(): Promise<void>;
  /** QoS 1, not retained; resolves when the broker took the message. */
  publish(topic: string, payload: Uint8Array): Promise<void>;
  /** From now on uplinks close the connection (the car resends after reconnecting elsewhere/later). */
  beginStop(): void;
  /** Waits for uplinks in progress; false when `timeoutMs` passed first. */
  drainUplinks(timeoutMs: number): Promise<boolean>;
  close(): Promise<void>;
}

/** Connection-refusal error aedes understands: `returnCode` becomes the CONNACK code. */
function connackError(reason: AuthFailureReason): Error & { returnCode: number } {
  return Object.assign(new Error(`connection refused: ${reason}`), { returnCode: RETURN_CODE_OF[reason] });
}

type AuthenticateDone = Parameters<NonNullable<AedesOptions['authenticate']>>[3];

const SINK_FILTER = 'csb/v1/vehicles/#';

export function createCarBroker(deps: CarBrokerDeps): CarBroker {
  const { carChannel, pipeline, metrics } = deps;
  const log = deps.logger.child({ component: 'broker' });
  const inFlight = new Set<Promise<void>>();
  let stopping = false;
  const uplinkRate = createRateLimiter(deps.limits.rate);
  // Delivery receipts come in bursts (one per message sent again on subscribe) and are cheap:
  // a bucket of their own, ten times larger; over it they are dropped (the message is sent again).
  const receiptRate = createRateLimiter({
    ratePerSecond: deps.limits.rate.ratePerSecond * 10,
    burst: deps.limits.rate.burst * 10,
    floodDisconnectAfter: deps.limits.rate.floodDisconnectAfter * 10,
  });
  const authBackoff = createAuthBackoff(deps.limits.auth);

  /** The source address of a connection (TCP or TLS socket); '' when the stream has none. */
  function sourceOf(client: Client): string {
    return (client.conn as { remoteAddress?: string } | undefined)?.remoteAddress ?? '';
  }

  function refuse(reason: AuthFailureReason, clientId: string, done: AuthenticateDone, source = '') {
    metrics.authFailures.inc({ reason });
    // A failure the car could cause (not our own outage, not the backoff itself) counts against
    // its source address: a secret-guessing client is refused unchecked after a few tries.
    if (reason !== 'CORE_UNAVAILABLE' && reason !== 'AUTH_BACKOFF' && source) {
      const blockedMs = authBackoff.failed(source, deps.wallClock.now());
      if (blockedMs > 0) {
        metrics.limitBreaches.inc({ limit: 'auth_backoff' });
        log.warn({ source, blockedMs }, 'too many failed CONNECTs from one address: refused for a while');
      }
    }
    // The client id is the claimed VIN (not a secret); bounded in case it is garbage.
    log.warn({ vin: clientId.slice(0, 64), reason }, 'car connection refused');
    // aedes' types want AuthenticateError (a const enum we cannot import under isolatedModules).
    setImmediate(done, connackError(reason) as Parameters<typeof done>[0], null);
  }

  const broker = new Aedes({
    // No publish queue in mqemitter. With its default queue (concurrency 100), a queued publish
    // that completes synchronously (no subscriber: aedes' own $SYS client notices, results for a
    // car that is gone) releases the next one from inside its own call, recursively: a reconnect
    // storm of 10,000 cars killed the process with "RangeError: Maximum call stack size exceeded"
    // in Qlobber._match <- MQEmitter._do <- released (bench 4; aedes issue #193; DESIGN.md).
    // Back-pressure stays where it belongs: on each car's socket and in the downlink ledger.
    concurrency: 0,
    // Last Will messages are not part of the csb protocol: a will on a car's own uplink topic
    // would be fed to the pipeline at an unclean disconnect as if the car had sent it. Dropped.
    preConnect(_client, packet, callback) {
      if (packet.will) {
        log.info(
          { vin: String(packet.clientId).slice(0, 64) },
          'Last Will in CONNECT ignored (not supported)',
        );
        packet.will = undefined;
      }
      setImmediate(callback, null, true);
    },

    authenticate(client, username, password, done) {
      const source = sourceOf(client);
      // Checked before anything else: no scrypt work for an address that keeps failing.
      if (source && authBackoff.blockedFor(source, deps.wallClock.now()) > 0) {
        return refuse('AUTH_BACKOFF', client.id, done, source);
      }
      const identity = checkCarIdentity(client.id, username, password);
      if (!identity.ok) return refuse(identity.reason, client.id, done, source);
      carChannel.authenticateCar(identity.vin, identity.secret).then(
        (valid) => {
          if (!valid) return refuse('BAD_CREDENTIALS', identity.vin, done, source);
          if (source) authBackoff.succeeded(source);
          setImmediate(done, null, true);
        },
        (error: unknown) => {
          metrics.coreErrors.inc({ operation: 'authenticateCar' });
          log.error({ err: error, vin: identity.vin }, 'core failed to authenticate a car');
          refuse('CORE_UNAVAILABLE', identity.vin, done);
        },
      );
    },

    authorizeSubscribe(client, subscription, callback) {
      const decision = decideCarSubscribe(client.id, subscription.topic);
      if (decision.allow) return setImmediate(callback, null, subscription);
      // aedes 1.2 (lib/handlers/subscribe.js storeSubscriptions) stores the WHOLE subscription
      // list of a SUBSCRIBE for a persistent session once any one filter is allowed, denied ones
      // included; aedes-persistence then queues every message matching a stored filter with
      // QoS > 0 for that session. A denied `csb/v1/vehicles/+/down/#` next to an allowed filter
      // would so queue every car's downlinks for this car (authorizeForward drops them at
      // delivery, but they pile up in memory). QoS 0 entries never enter that index. This runs
      // before any sibling stores: aedes calls this hook for every filter in one synchronous
      // loop (runParallel), and every callback here is deferred.
      subscription.qos = 0;
      metrics.aclDenials.inc({ action: 'subscribe', reason: decision.reason });
      log.warn(
        { vin: client.id, filter: subscription.topic.slice(0, 160) },
        'subscription denied (SUBACK 0x80)',
      );
      // A null subscription makes aedes answer 0x80 for this filter and keep the connection
      // (MQTT 3.1.1 section 3.9.3); other filters of the same SUBSCRIBE are unaffected.
      setImmediate(callback, null, null);
    },

    authorizeForward(client, packet) {
      if (mayForwardToCar(client.id, packet.topic)) return packet;
      metrics.aclDenials.inc({ action: 'forward', reason: 'NOT_OWN_DOWNLINK' });
      log.warn(
        { vin: client.id, topic: packet.topic.slice(0, 160) },
        'message for another topic not forwarded',
      );
      return null;
    },

    authorizePublish(client, packet, callback) {
      if (client === null) {
        // Only wills reach here without a client, and wills are dropped at CONNECT.
        return setImmediate(callback, new Error('publish without a client refused'));
      }
      const vin = client.id;
      const decision = decideCarPublish(vin, packet.topic);
      if (!decision.allow) {
        metrics.aclDenials.inc({ action: 'publish', reason: decision.reason });
        log.warn(
          { vin, topic: packet.topic.slice(0, 160), reason: decision.reason },
          'publish outside the car own uplink topics: connection closed',
        );
        // [MQTT-3.3.5-2]: a 3.1.1 server refuses a PUBLISH only by closing the connection.
        return setImmediate(callback, new Error(`publish denied: ${decision.reason}`));
      }
      if (stopping) return setImmediate(callback, new Error('gateway stopping'));
      // [MQTT-3.3.1-5] would store a retained PUBLISH; a car's uplink is never stored: it is
      // handled once here and answered, and replaying it to later subscribers makes no sense.
      packet.retain = false;
      const payload = typeof packet.payload === 'string' ? Buffer.from(packet.payload) : packet.payload;
      const isReceipt = parseUplinkTopic(packet.topic)?.kind === 'delivery-receipt';
      const verdict = (isReceipt ? receiptRate : uplinkRate).take(vin, deps.wallClock.now());
      if (verdict === 'flood') {
        metrics.limitBreaches.inc({ limit: 'flood_disconnect' });
        log.warn({ vin }, 'car keeps sending over its rate limit: disconnected');
        return setImmediate(callback, new Error('flood: rate limit exceeded persistently'));
      }
      let handled: Promise<UplinkHandling>;
      if (verdict === 'limited') {
        metrics.limitBreaches.inc({ limit: 'rate' });
        handled = Promise.resolve(
          pipeline.refuse(packet.topic, payload, {
            code: 'RATE_LIMITED',
            message: 'more uplinks than allowed per second; resend later with the same message_id',
            retryable: true,
          }),
        );
      } else {
        handled = pipeline.handle(packet.topic, payload);
      }
      const task = handled.then(sendReply).catch((error: unknown) => {
        log.error({ err: error, vin }, 'uplink result could not be published');
      });
      inFlight.add(task);
      void task.finally(() => {
        inFlight.delete(task);
        // The PUBACK follows (see the header). Deferred: never complete aedes work synchronously (#193).
        setImmediate(callback, null);
      });
    },
  });

  function publish(topic: string, payload: Uint8Array): Promise<void> {
    const packet: PublishPacket = {
      cmd: 'publish',
      topic,
      payload: Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength),
      qos: 1,
      retain: false,
      dup: false,
    };
    return new Promise((resolve, reject) => {
      broker.publish(packet, (error) => (error ? reject(error) : resolve()));
    });
  }

  async function sendReply(handling: UplinkHandling): Promise<void> {
    if (handling.kind !== 'reply') return;
    await publish(handling.topic, handling.payload);
    metrics.downlinksPublished.inc({ kind: 'result' });
  }

  broker.on('clientReady', (client: Client) => {
    metrics.carConnections.inc();
    log.info({ vin: client.id, clean: client.clean }, 'car connected');
  });
  broker.on('clientDisconnect', (client: Client) => {
    // A connection that took over keeps counting from zero: fine, the flood bound still holds per connection.
    // aedes keeps its registered clients in `clients` (aedes.js registerClient); its typings omit it.
    const registered = (broker as unknown as { clients: Record<string, Client | undefined> }).clients;
    if (registered[client.id] === undefined) {
      uplinkRate.forget(client.id);
      receiptRate.forget(client.id);
    }
    log.info({ vin: client.id }, 'car disconnected');
  });
  broker.on('clientError', (client: Client, error: Error) => {
    metrics.clientErrors.inc();
    log.info({ vin: String(client.id).slice(0, 64), err: error.message }, 'car connection closed on error');
  });
  broker.on('connectionError', (_client: Client, error: Error) => {
    log.debug({ err: error.message }, 'connection closed before CONNECT completed');
  });
  // aedes emits 'error' (persistence failures) though its typings do not list it; without a
  // listener an 'error' event would crash the process.
  (broker as EventEmitter).on('error', (error: Error) => {
    log.error({ err: error }, 'broker error');
  });

  function sink(_packet: AedesPublishPacket, done: () => void): void {
    setImmediate(done);
  }

  return {
    broker,
    async listen() {
      await broker.listen();
      await new Promise<void>((resolve) => broker.subscribe(SINK_FILTER, sink, resolve));
    },
    publish,
    beginStop() {
      stopping = true;
    },
    async drainUplinks(timeoutMs) {
      if (inFlight.size === 0) return true;
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<false>((resolve) => {
        timer = setTimeout(resolve, timeoutMs, false);
      });
      const drained = Promise.allSettled([...inFlight]).then(() => true as const);
      const result = await Promise.race([drained, timedOut]);
      clearTimeout(timer);
      return result;
    },
    close() {
      return new Promise((resolve) => broker.close(() => resolve()));
    },
  };
}

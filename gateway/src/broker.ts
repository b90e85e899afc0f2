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
 * aedes' stack overflow under load when queued publishes complete synchronously:
 * every callback we hand back to aedes is deferred with setImmediate, and a sink subscription
 * on `csb/v1/vehicles/#` defers its `done`, so no publish on our topics completes synchronously
 * in mqemitter (uplinks have no other subscriber; downlinks to offline cars neither).
 *
 * Downlinks are written to the car's own aedes client (`deliver`), not published through
 * mqemitter: a car with several matching filters (`down/+` and `down/#`) would otherwise get one
 * delivery per filter, and in a persistent session aedes 1.2 queues one copy per filter and then
 * clears the wrong one ("no such packet" from aedes-persistence `outgoingUpdate`, closing the
 * connection). One message is handed to one car once, whatever it subscribed.
 */
import type { EventEmitter } from 'node:events';
import type { Socket } from 'node:net';
import { Aedes, type AedesOptions, type AedesPublishPacket, type Client, type PublishPacket } from 'aedes';
import type { Logger } from 'pino';
import { decideCarPublish, decideCarSubscribe, filterCoversTopic, mayForwardToCar } from './acl.ts';
import { type AuthFailureReason, checkCarIdentity, RETURN_CODE_OF } from './auth.ts';
import type { ClusterEmitter } from './cluster.ts';
import type { CarChannel } from './core-types.ts';
import {
  type AuthBackoffOptions,
  createAuthBackoff,
  createLogSampler,
  createRateLimiter,
  type RateLimitOptions,
} from './limits.ts';
import type { GatewayMetrics } from './metrics.ts';
import { type CarPacket, checkCarPacket, isMqtt311Connect } from './packet-gate.ts';
import { createReadGate, type ReadGate } from './read-gate.ts';
import { type AdmissionOptions, createAdmission } from './uplink/admission.ts';
import type { UplinkHandling, UplinkPipeline } from './uplink/pipeline.ts';
import type { UplinkRejection } from './uplink/rejection.ts';
import { parseUplinkTopic } from './uplink/steps.ts';

export interface CarBrokerDeps {
  carChannel: CarChannel;
  pipeline: UplinkPipeline;
  logger: Logger;
  metrics: GatewayMetrics;
  /**
   * In a cluster: aedes' broker id and emitter (the takeover notice crosses nodes, cluster.ts),
   * and whether the link is up; a node whose link is down refuses new cars (CONNACK 3).
   */
  cluster?: { brokerId: string; emitter: ClusterEmitter; isUp(): boolean };
  /** Wall time for the limits (rate, auth backoff): they protect the machine, not the business. */
  wallClock: { now(): number };
  limits: {
    rate: RateLimitOptions;
    auth: AuthBackoffOptions;
    /** Uplinks in the core at once / waiting for it / parked, per node (uplink/admission.ts). */
    uplinks: AdmissionOptions;
    /** Filters one SUBSCRIBE or UNSUBSCRIBE may carry (packet-gate.ts). */
    maxFiltersPerPacket: number;
  };
}

/** What became of a downlink handed to `deliver`. */
export type DeliveryOutcome = 'written' | 'not-connected' | 'not-subscribed';

export interface CarBroker {
  broker: Aedes;
  /** Sets up persistence and the sink subscription (aedes `listen`). */
  listen(): Promise<void>;
  /** Hands an accepted socket (TCP or TLS) to aedes, behind the packet checks (packet-gate.ts). */
  accept(socket: Socket): void;
  /**
   * Writes a downlink (QoS 1 at most, never retained) to the connected car `vin`, once, if one
   * of its subscriptions covers `topic`. Resolves when it was written to the socket or queued in
   * the car's persistent session; never rejects.
   */
  deliver(vin: string, topic: string, payload: Uint8Array): Promise<DeliveryOutcome>;
  /** Would `deliver` write to the car now (connected, and one of its filters covers `topic`)? */
  accepts(vin: string, topic: string): boolean;
  /**
   * From now on uplinks close the connection (the car resends after reconnecting elsewhere/later);
   * the uplinks still waiting for the core are dropped unprocessed the same way.
   */
  beginStop(): void;
  /** Waits for uplinks in the core; false when `timeoutMs` passed first. */
  drainUplinks(timeoutMs: number): Promise<boolean>;
  /** Uplinks in the core, queued and parked now (the `csb_gateway_uplinks_pending` gauge). */
  pendingUplinks(): { running: number; queued: number; parked: number };
  close(): Promise<void>;
}

/** Connection-refusal error aedes understands: `returnCode` becomes the CONNACK code. */
function connackError(reason: AuthFailureReason): Error & { returnCode: number } {
  return Object.assign(new Error(`connection refused: ${reason}`), { returnCode: RETURN_CODE_OF[reason] });
}

type AuthenticateDone = Parameters<NonNullable<AedesOptions['authenticate']>>[3];

const SINK_FILTER = 'csb/v1/vehicles/#';

/**
 * A paused connection is read again after at most this long, whatever the load: aedes closes a
 * connection that sent nothing for 1.5 keep-alive periods, and a car's keep-alive is 30 s or
 * more (docs/protocol.md section 1). Under an overload that lasts, this is where the excess is
 * refused: once per connection every 20 s, at most one socket chunk of it. (20 s rather than
 * less: each such read costs a refusal per uplink in the chunk, the work parking avoids.)
 */
const MAX_PAUSED_MS = 20_000;

/** An uplink admitted but not yet handled: it waits for room in the core. */
interface UplinkJob {
  client: Client;
  vin: string;
  topic: string;
  payload: Uint8Array;
  callback: (error?: Error | null) => void;
  /** Parked on arrival: it holds its connection's reads until it starts (or is dropped). */
  parked: boolean;
  /** Settles when the connection's uplink before this one was answered (see `answerTurn`). */
  after: Promise<void>;
}

/** The subscriptions aedes 1.2 keeps per client (lib/client.js); its typings omit the field. */
function subscriptionsOf(client: Client): Record<string, { qos?: number } | undefined> {
  return (client as unknown as { subscriptions?: Record<string, { qos?: number }> }).subscriptions ?? {};
}

const TEMPORARILY_UNAVAILABLE: UplinkRejection = {
  code: 'TEMPORARILY_UNAVAILABLE',
  message: 'the server is overloaded; resend later with the same message_id',
  retryable: true,
};

export function createCarBroker(deps: CarBrokerDeps): CarBroker {
  const { carChannel, pipeline, metrics } = deps;
  const log = deps.logger.child({ component: 'broker' });
  /** Uplinks in the core now (for the graceful stop). */
  const inFlight = new Set<Promise<void>>();
  const admission = createAdmission<UplinkJob>(deps.limits.uplinks);
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
  /** Connections already being closed for flooding: their pipelined rest is neither counted nor handled. */
  const flooded = new WeakSet<Client>();
  // Warn lines a car can cause at will (denied filters, shed uplinks): at most this many per
  // second each, then one line with how many were left out.
  const deniedLog = createLogSampler(10, 1_000);
  const shedLog = createLogSampler(10, 1_000);
  const pauseLog = createLogSampler(10, 1_000);
  /** Each connection's read gate (read-gate.ts), set up when it is accepted. */
  const readGates = new WeakMap<Client, ReadGate>();
  /**
   * A connection is not read while uplinks of its are parked (`holding`: how many), nor while it
   * waits in `paused` (oldest first, since when in wall ms) for the parking to have room again.
   * Each map has at most one entry per connection; both forget a connection when it closes.
   */
  const holding = new Map<Client, number>();
  const paused = new Map<Client, number>();

  /** aedes keeps its registered clients in `clients` (aedes.js registerClient); its typings omit it. */
  function registeredClient(vin: string): Client | undefined {
    return (broker as unknown as { clients: Record<string, Client | undefined> }).clients[vin];
  }

  /** The source address of a connection (TCP or TLS socket); '' when the stream has none. */
  function sourceOf(client: Client): string {
    return (client.conn as { remoteAddress?: string } | undefined)?.remoteAddress ?? '';
  }

  function refuse(reason: AuthFailureReason, clientId: string, done: AuthenticateDone, source = '') {
    metrics.authFailures.inc({ reason });
    // A failure the car could cause (not our own outage, not the backoff itself) counts against
    // its source address: a secret-guessing client is refused unchecked after a few tries.
    if (
      reason !== 'CORE_UNAVAILABLE' &&
      reason !== 'AUTH_BACKOFF' &&
      reason !== 'CLUSTER_UNAVAILABLE' &&
      source
    ) {
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

  /** Runs one admitted uplink through the pipeline; the PUBACK follows its result (see the header). */
  function runUplink(job: UplinkJob): void {
    const task = pipeline
      .handle(job.topic, job.payload)
      .then(async (handling) => {
        await job.after;
        await sendReply(handling);
      })
      .catch((error: unknown) => {
        log.error({ err: error, vin: job.vin }, 'uplink result could not be published');
      });
    inFlight.add(task);
    void task.finally(() => {
      inFlight.delete(task);
      // Deferred: never complete aedes work synchronously (see the file's head).
      setImmediate(job.callback, null);
      startNext();
      resumeOne();
    });
  }

  /**
   * An uplink of `client` was parked: its connection is read no more until its parked uplinks
   * started (aedes' own rule, one socket chunk at a time until all its packets are done, lets a
   * car that sends packet by packet through; the read gate does not).
   */
  function hold(client: Client): void {
    holding.set(client, (holding.get(client) ?? 0) + 1);
    readGates.get(client)?.pause();
  }

  /** A parked uplink of `client` started or was dropped. */
  function release(client: Client): void {
    const left = (holding.get(client) ?? 0) - 1;
    if (left > 0) {
      holding.set(client, left);
      return;
    }
    holding.delete(client);
    if (paused.has(client) || client.closed || stopping) return;
    // Its backlog is read while the parking has room; otherwise it waits its turn, refused nothing.
    if (admission.belowHalf()) readGates.get(client)?.resume();
    else paused.set(client, deps.wallClock.now());
  }

  /**
   * An uplink of `client` was refused at a full parking: the connection is paused, so that the
   * rest of its backlog waits in TCP instead of being refused too.
   */
  function pauseAfterRefusal(client: Client): void {
    const gate = readGates.get(client);
    if (!gate || client.closed) return;
    gate.pause();
    // The rest of the chunk it came in is refused too, but counts as one pause, from the first.
    if (paused.has(client)) return;
    paused.set(client, deps.wallClock.now());
    metrics.connectionsPaused.inc();
    pauseLog.take((skipped) =>
      log.warn(
        { vin: client.id, paused: paused.size, ...(skipped ? { skipped } : {}) },
        'uplink parking full: connection paused',
      ),
    );
  }

  function resumeReads(client: Client): void {
    paused.delete(client);
    // Still holding parked uplinks: read again once they started (release).
    if (holding.has(client) || client.closed) return;
    readGates.get(client)?.resume();
  }

  /**
   * After each finished uplink, at most one paused connection is read again (bounded work per
   * step; a resumed connection's backlog is read at once and lands in the parking before the
   * next is resumed): the oldest, once the parking is below half, or once it waited
   * MAX_PAUSED_MS (what of its backlog does not fit is then refused, and it is paused again).
   * When the node is idle every paused connection is read again (no finished uplink would come).
   */
  function resumeOne(): void {
    if (stopping || paused.size === 0) return;
    if (admission.running() === 0) {
      for (const client of [...paused.keys()]) resumeReads(client);
      return;
    }
    const oldest = paused.entries().next().value;
    if (!oldest) return;
    const [client, since] = oldest;
    if (admission.belowHalf() || deps.wallClock.now() - since >= MAX_PAUSED_MS) resumeReads(client);
  }

  /** Room in the core: starts the oldest waiting uplink whose connection is still open. */
  function startNext(): void {
    for (let next = admission.finished(); next !== undefined; next = admission.finished()) {
      if (next.parked) release(next.client);
      if (!stopping && !next.client.closed) {
        runUplink(next);
        return;
      }
      dropUnprocessed(next);
    }
  }

  /**
   * The connection of a waiting (queued or parked) uplink closed, or the gateway is stopping: the
   * car never got a PUBACK and resends it with the same message id, so handling it now is wasted work.
   */
  function dropUnprocessed(job: UplinkJob): void {
    metrics.uplinksDropped.inc({ reason: stopping ? 'stopping' : 'connection_closed' });
    setImmediate(job.callback, new Error('uplink dropped unprocessed'));
  }

  /** Answers an uplink with `rejection` without handling it; the PUBACK follows the answer. */
  function refuseNow(
    vin: string,
    topic: string,
    payload: Uint8Array,
    rejection: UplinkRejection,
    callback: (error?: Error | null) => void,
    after: Promise<void>,
  ): void {
    after
      .then(() => sendReply(pipeline.refuse(topic, payload, rejection)))
      .catch((error: unknown) => {
        log.error({ err: error, vin }, 'uplink result could not be published');
      })
      .finally(() => setImmediate(callback, null));
  }

  /**
   * [REQ-1]: a connection's uplinks are answered in the order sent, the UplinkResult and then the
   * PUBACK of each before those of the next ([MQTT-4.6.0-2]: PUBACKs in the order of the
   * PUBLISHes). aedes hands `authorizePublish` every packet of a socket chunk at once, and an
   * uplink refused at once (undecodable, rate limited) would otherwise overtake one the core is
   * still storing. Each uplink takes a turn on arrival; its answer waits for the turn before it,
   * and its callback (the PUBACK, or the close) ends its own. The handling itself keeps its place
   * in the admission queue (arrival order, bounded as before); only the answers are held in order.
   */
  const lastTurns = new WeakMap<Client, Promise<void>>();
  function answerTurn(
    client: Client,
    callback: (error?: Error | null) => void,
  ): { after: Promise<void>; callback: (error?: Error | null) => void } {
    const after = lastTurns.get(client) ?? Promise.resolve();
    let end: () => void = () => {};
    lastTurns.set(
      client,
      new Promise<void>((resolve) => {
        end = resolve;
      }),
    );
    return {
      after,
      callback: (error) => {
        callback(error);
        end();
      },
    };
  }

  const broker = new Aedes({
    ...(deps.cluster ? { id: deps.cluster.brokerId, mq: deps.cluster.emitter } : {}),
    // No publish queue in mqemitter. With its default queue (concurrency 100), a queued publish
    // that completes synchronously (no subscriber: aedes' own $SYS client notices, results for a
    // car that is gone) releases the next one from inside its own call, recursively: a reconnect
    // storm of 10,000 cars killed the process with "RangeError: Maximum call stack size exceeded"
    // in Qlobber._match <- MQEmitter._do <- released (benchmark 4 in docs/benchmarks.md).
    // Back-pressure stays where it belongs: on each car's socket and in the downlink ledger.
    concurrency: 0,
    preConnect(_client, packet, callback) {
      // aedes 1.2 answers CONNACK 0 to MQTT 3.1 ("MQIsdp", level 3) and to a level-4 CONNECT named
      // "MQIsdp"; csb speaks MQTT 3.1.1 only (docs/protocol.md section 1). A protocol level aedes
      // refuses itself makes it answer CONNACK 1 (unacceptable protocol version) and close.
      if (!isMqtt311Connect(packet)) {
        metrics.authFailures.inc({ reason: 'PROTOCOL_VERSION' });
        log.warn(
          {
            vin: String(packet.clientId).slice(0, 64),
            protocolId: String(packet.protocolId).slice(0, 16),
            protocolVersion: packet.protocolVersion,
          },
          'car connection refused: not MQTT 3.1.1 (CONNACK 1)',
        );
        packet.protocolVersion = 0 as typeof packet.protocolVersion;
      }
      // Last Will messages are not part of the csb protocol: a will on a car's own uplink topic
      // would be fed to the pipeline at an unclean disconnect as if the car had sent it. Dropped.
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
      // Checked before anything else: no hashing work for an address that keeps failing.
      if (source && authBackoff.blockedFor(source, deps.wallClock.now()) > 0) {
        return refuse('AUTH_BACKOFF', client.id, done, source);
      }
      // Without the link this node could neither announce the car (a connection of the same VIN on
      // another node would stay open) nor hear of a newer one elsewhere: the car tries another node.
      if (deps.cluster && !deps.cluster.isUp()) return refuse('CLUSTER_UNAVAILABLE', client.id, done);
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
      // QoS > 0 for that session. QoS 0 entries never enter that index; and the 'subscribe'
      // listener below removes the denied entries from the session once the SUBSCRIBE is done.
      // This runs before any sibling stores: aedes calls this hook for every filter in one
      // synchronous loop (runParallel), and every callback here is deferred.
      subscription.qos = 0;
      deniedFilters(client).add(subscription.topic);
      metrics.aclDenials.inc({ action: 'subscribe', reason: decision.reason });
      deniedLog.take((skipped) =>
        log.warn(
          { vin: client.id, filter: subscription.topic.slice(0, 160), ...(skipped ? { skipped } : {}) },
          'subscription denied (SUBACK 0x80)',
        ),
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

    authorizePublish(client, packet, done) {
      if (client === null) {
        // Only wills reach here without a client, and wills are dropped at CONNECT.
        return setImmediate(done, new Error('publish without a client refused'));
      }
      const { after, callback } = answerTurn(client, done);
      const vin = client.id;
      // The rest of a pipelined batch of a connection closed for flooding: nothing more to do.
      if (flooded.has(client)) return setImmediate(callback, new Error('flood: connection closing'));
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
        // Counted once per connection: a car's pipelined batch arrives before the close takes effect.
        flooded.add(client);
        metrics.limitBreaches.inc({ limit: 'flood_disconnect' });
        log.warn({ vin }, 'car keeps sending over its rate limit: disconnected');
        return setImmediate(callback, new Error('flood: rate limit exceeded persistently'));
      }
      if (verdict === 'limited') {
        metrics.limitBreaches.inc({ limit: 'rate' });
        return refuseNow(
          vin,
          packet.topic,
          payload,
          {
            code: 'RATE_LIMITED',
            message: 'more uplinks than allowed per second; resend later with the same message_id',
            retryable: true,
          },
          callback,
          after,
        );
      }
      const job: UplinkJob = { client, vin, topic: packet.topic, payload, callback, parked: false, after };
      const admitted = admission.offer(job, payload.byteLength);
      if (admitted === 'run') return runUplink(job);
      // Queued: its callback is held (aedes reads the connection's next chunk once every packet
      // of this one is done). Parked: the connection is not read until it started, a wait bounded
      // by the time the core takes for what is ahead of it.
      if (admitted === 'queued') return;
      if (admitted === 'parked') {
        job.parked = true;
        return hold(client);
      }
      // Shed: the core is busy, its queue and the parking are full. Refusing costs a decode and an
      // encode; holding more would grow memory and latency for everyone. The connection is
      // paused so that the rest of its backlog waits in TCP instead of being refused too.
      metrics.limitBreaches.inc({ limit: 'uplink_queue' });
      shedLog.take((skipped) =>
        log.warn({ vin, ...(skipped ? { skipped } : {}) }, 'uplink parking full: TEMPORARILY_UNAVAILABLE'),
      );
      pauseAfterRefusal(client);
      refuseNow(vin, packet.topic, payload, TEMPORARILY_UNAVAILABLE, callback, after);
    },
  });

  /** Filters denied during the SUBSCRIBE in progress, per connection (removed from its session after). */
  const denied = new WeakMap<Client, Set<string>>();
  function deniedFilters(client: Client): Set<string> {
    let set = denied.get(client);
    if (!set) {
      set = new Set();
      denied.set(client, set);
    }
    return set;
  }
  broker.on('subscribe', (_subscriptions, client: Client) => {
    const filters = denied.get(client);
    if (!filters || filters.size === 0) return;
    denied.delete(client);
    if (client.clean) return;
    // Nothing denied stays in a persistent session: no memory, no re-check at every reconnect.
    // aedes 1.2 keeps its persistence in `persistence` (aedes.js); its typings omit the field.
    const { persistence } = broker as unknown as {
      persistence: { removeSubscriptions(client: Client, topics: string[]): Promise<void> };
    };
    persistence.removeSubscriptions(client, [...filters]).catch((error: unknown) => {
      log.error({ err: error, vin: client.id }, 'denied filters could not be removed from the session');
    });
  });

  /** The highest QoS of the car's filters covering `topic`; -1 when none does. */
  function grantedQos(client: Client, topic: string): number {
    let qos = -1;
    for (const [filter, subscription] of Object.entries(subscriptionsOf(client))) {
      if (subscription && filterCoversTopic(filter, topic)) qos = Math.max(qos, subscription.qos ?? 0);
    }
    return qos;
  }

  function accepts(vin: string, topic: string): boolean {
    const client = registeredClient(vin);
    return client !== undefined && !client.closed && grantedQos(client, topic) >= 0;
  }

  function deliver(vin: string, topic: string, payload: Uint8Array): Promise<DeliveryOutcome> {
    const client = registeredClient(vin);
    if (!client || client.closed) return Promise.resolve('not-connected');
    const qos = grantedQos(client, topic);
    if (qos < 0) return Promise.resolve('not-subscribed');
    const packet: PublishPacket = {
      cmd: 'publish',
      topic,
      payload: Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength),
      qos: qos > 0 ? 1 : 0,
      retain: false,
      dup: false,
    };
    // client.publish: in a persistent session the message is queued in it first (and sent again
    // after a reconnect until the PUBACK), then written; it calls back once written or failed.
    return new Promise((resolve) => {
      client.publish(packet, () => resolve('written'));
    });
  }

  async function sendReply(handling: UplinkHandling): Promise<void> {
    if (handling.kind !== 'reply') return;
    const outcome = await deliver(handling.vin, handling.topic, handling.payload);
    // A car gone before its result: it resends the uplink with the same id and gets the stored answer.
    if (outcome === 'written') metrics.downlinksPublished.inc({ kind: 'result' });
  }

  const gateLog = log.child({ component: 'packet-gate' });
  function accept(socket: Socket): void {
    const client = broker.handle(socket) as unknown as Client & {
      _parser: { prependListener(event: 'packet', listener: (packet: CarPacket) => void): void };
    };
    readGates.set(client, createReadGate(client));
    // Sees every parsed packet before aedes' own listener (lib/client.js enqueue) handles it.
    client._parser.prependListener('packet', (packet) => {
      const verdict = checkCarPacket(packet, deps.limits.maxFiltersPerPacket);
      if (verdict.ok) return;
      metrics.protocolViolations.inc({ violation: verdict.violation });
      gateLog.warn(
        { vin: String(client.id ?? '').slice(0, 64), violation: verdict.violation, cmd: packet.cmd },
        'protocol violation: connection closed',
      );
      // An unknown command makes aedes destroy the connection without handling the packet
      // (lib/handlers/index.js, default case): no filter of it is authorized, stored or logged.
      packet.cmd = 'csb-refused';
      socket.destroy();
    });
  }

  broker.on('clientReady', (client: Client) => {
    metrics.carConnections.inc();
    log.info({ vin: client.id, clean: client.clean }, 'car connected');
  });
  broker.on('clientDisconnect', (client: Client) => {
    // Its parked and queued uplinks are dropped unprocessed when their turn comes (startNext).
    paused.delete(client);
    holding.delete(client);
    // A connection that took over keeps counting from zero: fine, the flood bound still holds per connection.
    if (registeredClient(client.id) === undefined) {
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
    accept,
    deliver,
    accepts,
    beginStop() {
      stopping = true;
      // Queued and parked uplinks were never acknowledged: dropped, the cars resend them. Paused
      // connections stay paused; the broker closes them all.
      for (const job of admission.takeWaiting()) dropUnprocessed(job);
      paused.clear();
      holding.clear();
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
    pendingUplinks: () => ({
      running: admission.running(),
      queued: admission.queued(),
      parked: admission.parked(),
    }),
    close() {
      return new Promise((resolve) => broker.close(() => resolve()));
    },
  };
}

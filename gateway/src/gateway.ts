/**
 * The gateway's composition root: broker + uplink pipeline + downlink dispatcher + ops HTTP.
 * Nothing happens until start(); stop() is graceful. A gateway starts once (aedes cannot be
 * reopened after close).
 */
import { once } from 'node:events';
import { type AddressInfo, createServer, type Server, type Socket } from 'node:net';
import { createServer as createTlsServer, type Server as TlsServer } from 'node:tls';
import { TOPIC_ROOT } from '@csb/proto';
import type { Aedes, Client } from 'aedes';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { createCarBroker } from './broker.ts';
import type { ClusterLink } from './cluster.ts';
import { type GatewayConfigInput, resolveGatewayConfig } from './config.ts';
import type { CarChannel } from './core-types.ts';
import { createDownlinkDispatcher } from './downlink/dispatcher.ts';
import { createPacketSizeGuard } from './limits.ts';
import { createGatewayMetrics, type GatewayMetrics } from './metrics.ts';
import { buildOpsApp } from './ops-http.ts';
import { createUplinkPipeline } from './uplink/pipeline.ts';

export interface GatewayDeps {
  carChannel: CarChannel;
  logger: Logger;
  /** Partial configuration; defaults fill the rest (see config.ts). */
  config?: GatewayConfigInput;
  clock?: { now(): number };
  /** Virtual ms per wall ms of `clock` (default 1; CSB_CLOCK_SPEED): timers count wall ms. */
  clockSpeed?: number;
  /**
   * How late the booking core's scheduler is (ms), read at scrape time for
   * `csb_scheduler_lag_seconds`; absent where this node runs no scheduler.
   */
  schedulerLagMs?: () => Promise<number>;
  /**
   * The link to the other nodes of a cluster (cluster.ts), connected by the caller; absent on a
   * single node. The gateway closes its broker's side at stop; the caller closes the link after.
   */
  cluster?: ClusterLink;
  /** Whether the booking core's database answers now, for `/readyz` (false: not ready). */
  storeReady?: () => Promise<boolean>;
}

export interface Gateway {
  /** Listens; `opsPort` is 0 when the ops server is disabled (`config.opsPort: null`). */
  /** `mqttsPort` is 0 when MQTT over TLS is off (no `config.tls`). */
  start(): Promise<{ mqttPort: number; opsPort: number; mqttsPort: number }>;
  stop(): Promise<void>;
  /** The aedes instance (for tests and embedding; cars reach it over TCP). */
  broker: Aedes;
  metrics: GatewayMetrics;
}

const systemClock = { now: () => Date.now() };

export function createGateway(deps: GatewayDeps): Gateway {
  const config = resolveGatewayConfig(deps.config);
  const clock = deps.clock ?? systemClock;
  const logger = deps.logger;
  let state: 'new' | 'starting' | 'running' | 'stopping' | 'stopped' = 'new';

  // The gauge reads the broker at scrape time; `carBroker` exists before any scrape can happen.
  const { cluster } = deps;
  const metrics = createGatewayMetrics({
    connectedCars: () => carBroker.broker.connectedClients ?? 0,
    pendingUplinks: () => carBroker.pendingUplinks(),
    downlinkCounts: () => deps.carChannel.downlinkCounts(),
    ...(deps.schedulerLagMs ? { schedulerLagMs: deps.schedulerLagMs } : {}),
    ...(cluster ? { clusterLinkUp: () => cluster.isUp() } : {}),
  });
  const pipeline = createUplinkPipeline({
    carChannel: deps.carChannel,
    logger,
    metrics,
    clock,
    maxPayloadBytes: config.maxPayloadBytes,
  });
  const carBroker = createCarBroker({
    carChannel: deps.carChannel,
    pipeline,
    logger,
    metrics,
    ...(cluster
      ? { cluster: { brokerId: cluster.nodeId, emitter: cluster.emitter, isUp: cluster.isUp } }
      : {}),
    // Rate limits and auth backoff protect the machine, so they run on wall time, never on the
    // business clock (under CSB_CLOCK_SPEED a 60 s window would otherwise last milliseconds).
    wallClock: { now: () => Date.now() },
    limits: {
      rate: {
        ratePerSecond: config.carRatePerSecond,
        burst: config.carRateBurst,
        floodDisconnectAfter: config.floodDisconnectAfter,
      },
      auth: {
        failuresBeforeBackoff: config.authFailuresBeforeBackoff,
        windowMs: config.authFailureWindowMs,
        backoffMs: config.authBackoffMs,
        maxBackoffMs: config.authBackoffMaxMs,
        maxTracked: 10_000,
      },
      uplinks: {
        maxRunning: config.maxUplinksInFlight,
        maxQueued: config.maxUplinksQueued,
        maxParked: config.maxUplinksParked,
        maxParkedBytes: config.maxUplinksParkedBytes,
      },
      maxFiltersPerPacket: config.maxFiltersPerPacket,
    },
  });
  const dispatcher = createDownlinkDispatcher({
    carChannel: deps.carChannel,
    ...(cluster ? { onDownlinksQueuedElsewhere: cluster.onDownlinksQueuedElsewhere } : {}),
    deliver: carBroker.deliver,
    accepts: carBroker.accepts,
    logger,
    metrics,
    clock,
    ...(deps.clockSpeed !== undefined ? { clockSpeed: deps.clockSpeed } : {}),
    batchSize: config.downlinkBatchSize,
    pollIntervalMs: config.downlinkPollIntervalMs,
  });

  // Cars the dispatcher may hand downlinks to: connected AND subscribed to their own downlinks
  // at QoS 1. Keyed by VIN with the aedes client, so that the close of a connection taken over
  // by a newer one with the same VIN ([MQTT-3.1.4-2]) does not remove the newer one.
  const readyCars = new Map<string, Client>();
  function carReady(client: Client): void {
    readyCars.set(client.id, client);
    void dispatcher.carReady(client.id);
  }
  // A subscription to results only (`down/result`) receives no ledger message: not ready for them.
  const subscribesToOwnDownlinks = (vin: string, filters: { topic: string; qos: number }[]) =>
    filters.some(
      (s) =>
        s.qos > 0 &&
        s.topic.startsWith(`${TOPIC_ROOT}/${vin}/down/`) &&
        s.topic !== `${TOPIC_ROOT}/${vin}/down/result`,
    );

  // A car subscribes to its downlinks after every CONNACK (docs/protocol.md): the moment to send
  // what it never receipted — the broker's queue may be gone, the ledger is the record.
  carBroker.broker.on('subscribe', (subscriptions, client) => {
    if (client?.id && subscribesToOwnDownlinks(client.id, subscriptions)) carReady(client);
  });
  // A persistent session restores its subscriptions without a SUBSCRIBE (and without the event).
  carBroker.broker.on('clientReady', (client: Client) => {
    // aedes 1.2 keeps them in `client.subscriptions` (lib/client.js); its typings omit the field.
    const own = (client as unknown as { subscriptions?: Record<string, { qos?: number }> }).subscriptions;
    const restored = Object.entries(own ?? {}).map(([topic, sub]) => ({
      topic,
      qos: sub.qos ?? 0,
    }));
    if (subscribesToOwnDownlinks(client.id, restored)) carReady(client);
  });
  carBroker.broker.on('clientDisconnect', (client: Client) => {
    if (readyCars.get(client.id) !== client) return;
    readyCars.delete(client.id);
    dispatcher.carGone(client.id);
  });

  const limitLog = logger.child({ component: 'limits' });
  /** Hands an accepted socket (TCP or TLS) to aedes behind the packet-size guard. */
  function accept(socket: Socket): void {
    // Nagle off: with it on, QoS 1 p99 latency was 40 ms instead of 4 ms (docs/benchmarks.md).
    socket.setNoDelay(true);
    metrics.mqttConnections.inc();
    const guard = createPacketSizeGuard(config.maxPacketBytes);
    // A second 'data' listener sees the same chunks as aedes' pipe, before aedes buffers a body.
    socket.on('data', (chunk: Buffer) => {
      const oversize = guard(chunk);
      if (oversize === null) return;
      metrics.limitBreaches.inc({ limit: 'packet_size' });
      limitLog.warn(
        { source: socket.remoteAddress, bytes: oversize, limit: config.maxPacketBytes },
        'MQTT packet over the size limit: connection closed',
      );
      socket.destroy();
    });
    carBroker.accept(socket);
  }
  const server: Server = createServer(accept);
  // MQTT over TLS: the same broker behind a TLS listener; the handshake completes before aedes
  // sees a byte. The certificate comes from configuration (CSB_TLS_CERT / CSB_TLS_KEY).
  const tlsServer: TlsServer | null = config.tls
    ? createTlsServer({ cert: config.tls.cert, key: config.tls.key, minVersion: 'TLSv1.2' }, accept)
    : null;
  tlsServer?.on('tlsClientError', (error) => {
    limitLog.info({ err: error.message }, 'TLS handshake failed');
  });
  let ops: FastifyInstance | null = null;
  let stopAnnouncing: (() => void) | undefined;

  return {
    broker: carBroker.broker,
    metrics,

    async start() {
      if (state !== 'new') throw new Error(`gateway cannot start from state ${state}`);
      state = 'starting';
      await carBroker.listen();
      server.listen({ port: config.mqttPort, host: config.host, backlog: config.listenBacklog });
      await once(server, 'listening');
      const mqttPort = (server.address() as AddressInfo).port;
      let mqttsPort = 0;
      if (tlsServer && config.tls) {
        tlsServer.listen({ port: config.tls.port, host: config.host, backlog: config.listenBacklog });
        await once(tlsServer, 'listening');
        mqttsPort = (tlsServer.address() as AddressInfo).port;
      }
      let opsPort = 0;
      if (config.opsPort !== null) {
        ops = buildOpsApp({
          registry: metrics.registry,
          isReady: () => state === 'running' && server.listening && (cluster?.isUp() ?? true),
          notReadyDetail: () =>
            cluster && !cluster.isUp()
              ? 'the link to the cluster (Redis) is down'
              : 'the broker is not listening or is stopping',
          ...(deps.storeReady ? { storeReady: deps.storeReady } : {}),
        });
        await ops.listen({ port: config.opsPort, host: config.opsHost ?? config.host });
        opsPort = (ops.server.address() as AddressInfo).port;
      }
      dispatcher.start();
      // Downlinks queued through this node wake the nodes holding their cars (cluster.ts).
      if (cluster) stopAnnouncing = deps.carChannel.onCarDownlinksQueued(cluster.announceDownlinksQueued);
      state = 'running';
      logger.info({ mqttPort, mqttsPort, opsPort, host: config.host }, 'gateway started');
      return { mqttPort, opsPort, mqttsPort };
    },

    async stop() {
      if (state === 'stopped' || state === 'stopping' || state === 'new') {
        state = 'stopped';
        return;
      }
      state = 'stopping';
      // 1. No new connections, no new uplinks (an uplink now closes its connection; the car
      //    resends it with the same message id after reconnecting).
      const serverClosed = Promise.all(
        [server, ...(tlsServer ? [tlsServer] : [])].map(
          (listener) => new Promise<void>((resolve) => listener.close(() => resolve())),
        ),
      );
      carBroker.beginStop();
      stopAnnouncing?.();
      await dispatcher.stop();
      // 2. Let uplinks in progress reach the core and get their result and PUBACK.
      const drained = await carBroker.drainUplinks(config.stopTimeoutMs);
      if (!drained)
        logger.warn({ timeoutMs: config.stopTimeoutMs }, 'stop: uplinks still in progress, closing anyway');
      // 3. Close every car connection, then the listeners.
      await carBroker.close();
      await serverClosed;
      await ops?.close();
      state = 'stopped';
      logger.info('gateway stopped');
    },
  };
}

/**
 * The gateway's composition root: broker + uplink pipeline + downlink dispatcher + ops HTTP.
 * Nothing happens until start(); stop() is graceful. A gateway starts once (aedes cannot be
 * reopened after close).
 */
import { once } from 'node:events';
import { type AddressInfo, createServer, type Server } from 'node:net';
import { TOPIC_ROOT } from '@csb/proto';
import type { Aedes } from 'aedes';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { createCarBroker } from './broker.ts';
import { type GatewayConfigInput, resolveGatewayConfig } from './config.ts';
import type { CarChannel } from './core-types.ts';
import { createDownlinkDispatcher } from './downlink/dispatcher.ts';
import { createGatewayMetrics, type GatewayMetrics } from './metrics.ts';
import { buildOpsApp } from './ops-http.ts';
import { createUplinkPipeline } from './uplink/pipeline.ts';

export interface GatewayDeps {
  carChannel: CarChannel;
  logger: Logger;
  /** Partial configuration; defaults fill the rest (see config.ts). */
  config?: GatewayConfigInput;
  clock?: { now(): number };
}

export interface Gateway {
  /** Listens; `opsPort` is 0 when the ops server is disabled (`config.opsPort: null`). */
  start(): Promise<{ mqttPort: number; opsPort: number }>;
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
  const metrics = createGatewayMetrics(() => carBroker.broker.connectedClients ?? 0);
  const pipeline = createUplinkPipeline({
    carChannel: deps.carChannel,
    logger,
    metrics,
    clock,
    maxPayloadBytes: config.maxPayloadBytes,
  });
  const carBroker = createCarBroker({ carChannel: deps.carChannel, pipeline, logger, metrics });
  const dispatcher = createDownlinkDispatcher({
    carChannel: deps.carChannel,
    publish: carBroker.publish,
    logger,
    metrics,
    clock,
    batchSize: config.downlinkBatchSize,
    pollIntervalMs: config.downlinkPollIntervalMs,
  });

  // A car subscribes to its downlinks after every CONNACK (docs/protocol.md): the moment to send
  // again what it never receipted — the broker's queue may be gone, the outbox is the record.
  carBroker.broker.on('subscribe', (subscriptions, client) => {
    const vin = client?.id;
    if (!vin) return;
    const ownDownlinks = `${TOPIC_ROOT}/${vin}/down/`;
    if (subscriptions.some((s) => s.qos > 0 && s.topic.startsWith(ownDownlinks)))
      void dispatcher.redeliver(vin);
  });

  const server: Server = createServer((socket) => {
    // Nagle off: with it on, QoS 1 p99 latency was 40 ms instead of 4 ms (DESIGN, aedes notes).
    socket.setNoDelay(true);
    metrics.mqttConnections.inc();
    carBroker.broker.handle(socket);
  });
  let ops: FastifyInstance | null = null;

  return {
    broker: carBroker.broker,
    metrics,

    async start() {
      if (state !== 'new') throw new Error(`gateway cannot start from state ${state}`);
      state = 'starting';
      await carBroker.listen();
      server.listen(config.mqttPort, config.host);
      await once(server, 'listening');
      const mqttPort = (server.address() as AddressInfo).port;
      let opsPort = 0;
      if (config.opsPort !== null) {
        ops = buildOpsApp({
          registry: metrics.registry,
          isReady: () => state === 'running' && server.listening,
        });
        await ops.listen({ port: config.opsPort, host: config.opsHost ?? config.host });
        opsPort = (ops.server.address() as AddressInfo).port;
      }
      dispatcher.start();
      state = 'running';
      logger.info({ mqttPort, opsPort, host: config.host }, 'gateway started');
      return { mqttPort, opsPort };
    },

    async stop() {
      if (state === 'stopped' || state === 'stopping' || state === 'new') {
        state = 'stopped';
        return;
      }
      state = 'stopping';
      // 1. No new connections, no new uplinks (an uplink now closes its connection; the car
      //    resends it with the same message id after reconnecting).
      const serverClosed = new Promise<void>((resolve) => server.close(() => resolve()));
      carBroker.beginStop();
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

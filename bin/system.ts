/**
 * Composition root: the whole csb system in one process on its embedded defaults — booking core
 * on SQLite (or on PostgreSQL with CSB_DATABASE_URL), dealer/admin REST API, MQTT broker + gateway, ops endpoints. `csb start` and the
 * end-to-end tests both start the system through here.
 */

import { once } from 'node:events';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import {
  type BookingCore,
  buildHttpApp,
  clientErrorHandler,
  createMailDispatcher,
  fileMailTransport,
  type MailTransport,
  openBookingCore,
  redactDatabaseUrl,
  seedDemoData,
  smtpMailTransport,
  type WebhookMetrics,
} from '@csb/booking-core';
import { type ClusterLink, connectClusterLink, createGateway } from '@csb/gateway';
import type { Logger } from 'pino';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { CsbConfig } from './config.ts';
import { readSetting, StartupError, startupErrorOf } from './startup-error.ts';

export interface RunningSystem {
  /** MQTT over TLS and HTTPS ports; 0 when TLS is off (no CSB_TLS_CERT / CSB_TLS_KEY). */
  readonly mqttsPort: number;
  readonly httpsPort: number;
  readonly mqttPort: number;
  readonly httpPort: number;
  readonly opsPort: number;
  readonly demo: Awaited<ReturnType<typeof seedDemoData>> | undefined;
  /** The one clock the booking core and the gateway read (accelerated under CSB_CLOCK_*). */
  readonly clock: { now(): number };
  stop(): Promise<void>;
}

/**
 * The system's clock, set once at start: the real one, or virtual time that reads `startMs` at
 * wall time `anchorMs` (default now) and runs `speed` times faster (docs/simulator.md).
 */
function systemClockOf(config: CsbConfig): { now(): number; speed: number } {
  if (config.clock === undefined) return { now: () => Date.now(), speed: 1 };
  const { startMs, speed } = config.clock;
  const anchorMs = config.clock.anchorMs ?? Date.now();
  return { now: () => Math.floor(startMs + (Date.now() - anchorMs) * speed), speed };
}

export async function startSystem(
  config: CsbConfig,
  logger: Logger,
  /**
   * `clock`: replaces the configured clock (end-to-end tests drive virtual time with it); its
   * `speed` (default 1) is what `GET /clock` reports.
   */
  options: { clock?: { now(): number; speed?: number } } = {},
): Promise<RunningSystem> {
  // What has started so far, closed in reverse when a later part fails: a failed start leaves
  // nothing listening and no timer running, so the process can exit.
  const started: (() => Promise<void>)[] = [];
  try {
    return await startParts(config, logger, options, started);
  } catch (error) {
    for (const close of started.reverse()) {
      await close().catch((closeError: unknown) =>
        logger.warn({ err: closeError }, 'closing a part after a failed start failed'),
      );
    }
    throw startupErrorOf(error, config);
  }
}

async function startParts(
  config: CsbConfig,
  logger: Logger,
  options: { clock?: { now(): number; speed?: number } },
  started: (() => Promise<void>)[],
): Promise<RunningSystem> {
  const clock = options.clock ?? systemClockOf(config);
  const clockSpeed = options.clock ? (options.clock.speed ?? 1) : (config.clock?.speed ?? 1);
  const core = await openBookingCore({
    clock,
    clockSpeed,
    databasePath: config.databasePath,
    ...(config.databaseUrl !== undefined
      ? { databaseUrl: config.databaseUrl, databasePoolSize: config.databasePoolSize }
      : {}),
    logger: logger.child({ part: 'booking-core' }),
    sqliteSynchronous: config.sqliteSynchronous,
    ...(config.secretKey !== undefined ? { secretKey: config.secretKey } : {}),
    websiteUrl: config.websiteUrl,
    maxOpenAppointmentsPerVehicle: config.maxOpenAppointmentsPerVehicle,
    ledgerRetentionDays: config.ledgerRetentionDays,
    mailRetentionDays: config.mailRetentionDays,
    messageIdRetentionDays: config.messageIdRetentionDays,
    healthStatusRetentionDays: config.healthStatusRetentionDays,
    webhooks: {
      retentionMs: config.webhooks.retentionDays * 86_400_000,
      timeoutMs: config.webhooks.timeoutMs,
      retryScheduleMs: config.webhooks.retryScheduleMs,
      disableAfterMs: config.webhooks.disableAfterDays * 86_400_000,
      allowLoopbackHttp: config.webhooks.allowLoopbackHttp,
      allowPrivateNetworks: config.webhooks.allowPrivateNetworks,
    },
    timeRules: { navigationMode: config.navigationMode },
    ...(config.schedulerIntervalMs > 0 ? { schedulerIntervalMs: config.schedulerIntervalMs } : {}),
  }).catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    throw config.databaseUrl !== undefined
      ? new StartupError(
          ['CSB_DATABASE_URL'],
          `cannot open the PostgreSQL database ${redactDatabaseUrl(config.databaseUrl)}: ${reason} (check CSB_DATABASE_URL and that the server accepts connections)`,
          { cause: error },
        )
      : new StartupError(
          ['CSB_DATA_DIR', 'CSB_DATABASE_PATH'],
          `cannot open the database ${config.databasePath}: ${reason} (set CSB_DATA_DIR or CSB_DATABASE_PATH to a writable place)`,
          { cause: error },
        );
  });
  started.push(() => core.close());
  const demo = config.seedDemo ? await seedDemoData(core) : undefined;

  // The API's metrics and Node's process metrics; served on the ops port's /metrics (below).
  const httpMetrics = new Registry();
  collectDefaultMetrics({ register: httpMetrics });
  const http = buildHttpApp(core, {
    logger: logger.child({ part: 'http' }),
    adminKey: config.adminKey,
    metrics: httpMetrics,
    dealerListCacheBytes: config.dealerListCacheBytes,
    clock: { now: () => clock.now(), speed: clockSpeed },
  });
  started.push(() => http.close());
  await http.listen({ host: config.http.host, port: config.http.port });
  const httpAddress = http.server.address();
  const httpPort = typeof httpAddress === 'object' && httpAddress ? httpAddress.port : config.http.port;

  // The mail outbox is delivered as .eml files (default) or over SMTP (docs/operations.md, CSB_MAIL_*).
  const mailTransport: MailTransport | undefined =
    config.mail.transport === 'file'
      ? fileMailTransport(config.mail.dir)
      : config.mail.transport === 'smtp'
        ? smtpMailTransport({
            host: config.mail.host,
            port: config.mail.port,
            secure: config.mail.secure,
            ...(config.mail.user ? { user: config.mail.user } : {}),
            ...(config.mail.password ? { password: config.mail.password } : {}),
          })
        : undefined;
  const mail =
    mailTransport &&
    createMailDispatcher({
      source: core,
      transport: mailTransport,
      clock,
      logger: logger.child({ part: 'mail' }),
      from: config.mail.from,
    });
  mail?.start();
  if (mail) started.push(() => mail.stop());

  // Webhook deliveries (docs/api.md "Events and webhooks"); several nodes may run one each.
  const webhooks =
    config.webhooks.intervalMs > 0
      ? core.startWebhookDelivery({
          intervalMs: config.webhooks.intervalMs,
          metrics: webhookMetrics(httpMetrics, core, clock),
        })
      : undefined;
  if (webhooks) started.push(() => webhooks.stop());

  // TLS: the certificate and key files are read once at start; HTTPS serves the same
  // fastify app as HTTP through its router, on a port of its own.
  const tls = config.tls && {
    cert: readSetting('CSB_TLS_CERT', config.tls.certPath),
    key: readSetting('CSB_TLS_KEY', config.tls.keyPath),
  };
  let https: HttpsServer | undefined;
  let httpsPort = 0;
  if (tls && config.tls) {
    await http.ready();
    https = createHttpsServer(tls, (request, response) => http.routing(request, response));
    const server = https;
    started.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    https.on('clientError', clientErrorHandler);
    https.listen(config.tls.httpsPort, config.http.host);
    await once(https, 'listening');
    httpsPort = (https.address() as AddressInfo).port;
  }

  // A cluster node: the link to the other nodes first; without Redis the node does not start.
  let cluster: ClusterLink | undefined;
  if (config.cluster) {
    const { redisUrl, nodeId } = config.cluster;
    cluster = await connectClusterLink({
      redisUrl,
      ...(nodeId !== undefined ? { nodeId } : {}),
      logger: logger.child({ part: 'cluster' }),
    }).catch((error: unknown) => {
      throw new StartupError(
        ['CSB_REDIS_URL'],
        `cannot reach Redis at ${redactedUrl(redisUrl)}: ${error instanceof Error ? error.message : String(error)} (start Redis or fix CSB_REDIS_URL)`,
        { cause: error },
      );
    });
    const link = cluster;
    started.push(() => link.close());
  }

  const gateway = await createGateway({
    carChannel: core,
    ...(cluster ? { cluster } : {}),
    clock,
    clockSpeed,
    schedulerLagMs: () => core.schedulerLagMs(),
    storeReady: () => core.storeReachable(),
    logger: logger.child({ part: 'gateway' }),
    config: {
      host: config.mqtt.host,
      mqttPort: config.mqtt.port,
      opsHost: config.ops.host,
      opsPort: config.ops.port,
      ...config.limits,
      downlinkPollIntervalMs: config.downlinkPollIntervalMs,
      ...(tls && config.tls ? { tls: { ...tls, port: config.tls.mqttsPort } } : {}),
    },
  });
  started.push(() => gateway.stop());
  // One /metrics for the whole process (docs/operations.md): the API's and Node's join the gateway's.
  for (const { name } of httpMetrics.getMetricsAsArray()) {
    const metric = httpMetrics.getSingleMetric(name);
    if (metric) gateway.metrics.registry.registerMetric(metric);
  }
  const { mqttPort, opsPort, mqttsPort } = await gateway.start();

  let stopping: Promise<void> | undefined;
  return {
    mqttsPort,
    httpsPort,
    mqttPort,
    httpPort,
    opsPort,
    demo,
    clock,
    stop() {
      // Order matters: stop taking car traffic first, then the API, then close the database
      // once nothing can write to it any more.
      stopping ??= (async () => {
        await gateway.stop();
        if (https) {
          const server = https;
          await new Promise<void>((resolve) => server.close(() => resolve()));
        }
        await http.close();
        await webhooks?.stop();
        await mail?.stop();
        await cluster?.close();
        await core.close();
      })();
      return stopping;
    },
  };
}

/**
 * The webhook metrics (docs/operations.md): attempts by outcome and their latency, and per endpoint
 * the queue depth and the oldest undelivered message's age, read from the store at each scrape.
 */
function webhookMetrics(registry: Registry, core: BookingCore, clock: { now(): number }): WebhookMetrics {
  const deliveries = new Counter({
    name: 'csb_webhook_attempts_total',
    help: 'Webhook delivery attempts by outcome: delivered, retry (failed, tried again), dead (dead-lettered), gone (410: endpoint disabled)',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'csb_webhook_attempt_seconds',
    help: 'Webhook attempt latency (request to response headers, or to the failure)',
    buckets: [0.005, 0.025, 0.1, 0.25, 1, 2.5, 5, 15],
    registers: [registry],
  });
  const depths = () => core.webhookQueueDepths();
  new Gauge({
    name: 'csb_webhook_queue_depth',
    help: 'Pending webhook deliveries per endpoint (at most 1000 each are queued; the feed holds the rest)',
    labelNames: ['endpoint'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const d of await depths()) this.set({ endpoint: d.endpointId }, d.pending);
    },
  });
  new Gauge({
    name: 'csb_webhook_oldest_undelivered_seconds',
    help: 'Age of the oldest pending webhook delivery, over all endpoints (0 when none)',
    registers: [registry],
    async collect() {
      const all = await depths();
      const oldest = Math.min(...all.map((d) => d.oldestCreatedAt));
      this.set(all.length === 0 ? 0 : Math.max(0, (clock.now() - oldest) / 1000));
    },
  });
  return {
    attempt(outcome, seconds) {
      deliveries.inc({ outcome });
      latency.observe(seconds);
    },
  };
}

/** A Redis URL without its password, for messages and logs. */
function redactedUrl(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}

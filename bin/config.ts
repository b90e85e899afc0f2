/**
 * The one place the csb executable reads its environment. Parsed once with zod at start, every
 * problem listed with the variable's name, the result frozen and passed down (no global settings).
 * docs/operations.md lists every key; keep the two in step.
 */
import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65_535);
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const schema = z.object({
  CSB_DATA_DIR: z.string().min(1).default('./data'),
  CSB_DATABASE_PATH: z.string().min(1).optional(),
  // PostgreSQL instead of the SQLite file (docs/operations.md "PostgreSQL").
  CSB_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  CSB_DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(1_000).default(10),
  CSB_SQLITE_SYNCHRONOUS: z.enum(['NORMAL', 'FULL']).default('NORMAL'),
  // Hosts: unset means 127.0.0.1 while the demo is on (its credentials are published), else 0.0.0.0.
  CSB_MQTT_HOST: z.string().min(1).optional(),
  CSB_MQTT_PORT: port.default(1883),
  CSB_HTTP_HOST: z.string().min(1).optional(),
  CSB_HTTP_PORT: port.default(8080),
  CSB_OPS_PORT: port.default(8081),
  CSB_ADMIN_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
  CSB_SEED_DEMO: bool.default(true),
  // Lets the demo (published credentials) listen on a non-loopback address: a lab network only.
  CSB_DEMO_ON_NETWORK: bool.default(false),
  CSB_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // Booking domain: scheduler sweep interval (0: no loop), owner website, navigation default.
  CSB_SCHEDULER_INTERVAL_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
  CSB_WEBSITE_URL: z.url().default('http://localhost:8080/owner'),
  CSB_NAVIGATION_MODE: z.enum(['destination', 'waypoint']).default('destination'),
  // Open appointments per vehicle at most (docs/protocol.md TOO_MANY_OPEN_APPOINTMENTS).
  CSB_MAX_OPEN_APPOINTMENTS_PER_VEHICLE: z.coerce.number().int().min(1).max(100).default(20),
  // Days a finished car downlink stays in the ledger (the dealer's delivery view) before deletion.
  CSB_LEDGER_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  CSB_MAIL_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
  CSB_MESSAGE_ID_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  CSB_HEALTH_STATUS_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
  // Bytes of rendered dealer lists a node keeps for reuse (0: none); 8 MiB, at most 1 GiB.
  CSB_DEALER_LIST_CACHE_BYTES: z.coerce
    .number()
    .int()
    .min(0)
    .max(1024 * 1024 * 1024)
    .default(8 * 1024 * 1024),
  // Dealer events and webhooks (docs/api.md "Events and webhooks", docs/operations.md).
  CSB_EVENT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  CSB_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
  // Seconds between attempts, comma-separated; the last attempt after them dead-letters.
  CSB_WEBHOOK_RETRY_SCHEDULE: z
    .string()
    .regex(/^\d+(\.\d+)?(,\d+(\.\d+)?){0,19}$/, 'seconds, comma-separated, e.g. 5,300,1800')
    .default('5,300,1800,7200,18000,36000,36000'),
  CSB_WEBHOOK_DISABLE_AFTER_DAYS: z.coerce.number().positive().max(365).default(5),
  CSB_WEBHOOK_ALLOW_LOOPBACK_HTTP: bool.default(false),
  CSB_WEBHOOK_ALLOW_PRIVATE_NETWORKS: bool.default(false),
  CSB_WEBHOOK_INTERVAL_MS: z.coerce.number().int().min(0).max(3_600_000).default(1_000),
  // Email: every customer message also goes by email; `file` writes .eml files, `smtp` sends.
  CSB_MAIL_TRANSPORT: z.enum(['file', 'smtp', 'none']).default('file'),
  CSB_MAIL_DIR: z.string().min(1).optional(),
  CSB_MAIL_FROM: z.string().min(3).default('csb workshop booking <no-reply@csb.invalid>'),
  CSB_MAIL_SMTP_HOST: z.string().min(1).optional(),
  CSB_MAIL_SMTP_PORT: port.default(587),
  CSB_MAIL_SMTP_SECURE: bool.default(false),
  CSB_MAIL_SMTP_USER: z.string().min(1).optional(),
  CSB_MAIL_SMTP_PASSWORD: z.string().min(1).optional(),
  // Virtual time (docs/simulator.md): the whole system reads one accelerated clock set at start.
  CSB_CLOCK_START: z.iso.datetime({ offset: true }).optional(),
  CSB_CLOCK_SPEED: z.coerce.number().positive().max(1_000_000).default(1),
  CSB_CLOCK_ANCHOR: z.iso.datetime({ offset: true }).optional(),
  // Gateway limits and TLS (docs/operations.md "Limits" and "TLS").
  CSB_MQTT_MAX_PACKET_BYTES: z.coerce.number().int().min(1_024).max(268_435_455).default(65_536),
  CSB_CAR_RATE_PER_SECOND: z.coerce.number().positive().default(20),
  CSB_CAR_RATE_BURST: z.coerce.number().int().min(1).default(100),
  CSB_CAR_FLOOD_DISCONNECT_AFTER: z.coerce.number().int().min(1).default(200),
  CSB_SECRET_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  CSB_MAX_UPLINKS_IN_FLIGHT: z.coerce.number().int().min(1).max(65_536).default(256),
  CSB_MAX_UPLINKS_QUEUED: z.coerce.number().int().min(0).max(1_000_000).default(1_024),
  CSB_MAX_UPLINKS_PARKED: z.coerce.number().int().min(0).max(1_000_000).default(4_096),
  CSB_MAX_UPLINKS_PARKED_BYTES: z.coerce
    .number()
    .int()
    .min(0)
    .max(4 * 1_073_741_824)
    .default(16 * 1_048_576),
  CSB_AUTH_FAILURES_BEFORE_BACKOFF: z.coerce.number().int().min(1).default(10),
  CSB_AUTH_BACKOFF_MS: z.coerce.number().int().min(1).default(10_000),
  CSB_MQTT_LISTEN_BACKLOG: z.coerce.number().int().min(1).max(65_535).default(4_096),
  CSB_TLS_CERT: z.string().min(1).optional(),
  CSB_TLS_KEY: z.string().min(1).optional(),
  CSB_MQTTS_PORT: port.default(8883),
  CSB_HTTPS_PORT: port.default(8443),
  // Cluster (docs/deployment.md): nodes sharing one database meet through Redis.
  CSB_REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/[^\s]+$/, 'must be a redis:// or rediss:// URL')
    .optional(),
  // The dispatcher's safety poll of the downlink ledger (ms): the backstop of every wake-up.
  CSB_DOWNLINK_POLL_INTERVAL_MS: z.coerce.number().int().min(10).max(3_600_000).default(1_000),
  CSB_NODE_ID: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,64}$/, '1 to 64 letters, digits, dots, dashes, underscores')
    .optional(),
});

export interface CsbConfig {
  /** Gateway limits (hostile input); see docs/operations.md "Limits". */
  readonly limits: {
    readonly maxPacketBytes: number;
    readonly carRatePerSecond: number;
    readonly carRateBurst: number;
    readonly floodDisconnectAfter: number;
    readonly authFailuresBeforeBackoff: number;
    readonly authBackoffMs: number;
    readonly listenBacklog: number;
    readonly maxUplinksInFlight: number;
    readonly maxUplinksQueued: number;
    readonly maxUplinksParked: number;
    readonly maxUplinksParkedBytes: number;
  };
  /** Server key of the car secret hashes; undefined: the `secret.key` file next to the database. */
  readonly secretKey: string | undefined;
  /** MQTT over TLS and HTTPS besides the plain listeners, when a certificate and key are configured. */
  readonly tls:
    | {
        readonly certPath: string;
        readonly keyPath: string;
        readonly mqttsPort: number;
        readonly httpsPort: number;
      }
    | undefined;
  /** The SQLite file; with `databaseUrl` only the directory of `secret.key`. */
  readonly databasePath: string;
  /** The PostgreSQL server when set (CSB_DATABASE_URL); SQLite when undefined. */
  readonly databaseUrl: string | undefined;
  /** PostgreSQL pool connections at most. */
  readonly databasePoolSize: number;
  readonly sqliteSynchronous: 'NORMAL' | 'FULL';
  readonly mqtt: { readonly host: string; readonly port: number };
  readonly http: { readonly host: string; readonly port: number };
  readonly ops: { readonly host: string; readonly port: number };
  /** Admin (provisioning) API key; the admin routes are off without one. */
  readonly adminKey: string | undefined;
  /** Seed the demo dealers, customers and cars on start (idempotent). */
  readonly seedDemo: boolean;
  readonly logLevel: string;
  /** Wall-time ms between scheduler sweeps (each reads the system clock); 0 = no sweep loop. */
  readonly schedulerIntervalMs: number;
  /** The owner website every customer email links to. */
  readonly websiteUrl: string;
  /** Navigation target mode unless a market, dealer, customer or the dealer per appointment chose. */
  readonly navigationMode: 'destination' | 'waypoint';
  /** A booking request beyond this many open appointments of the vehicle is refused. */
  readonly maxOpenAppointmentsPerVehicle: number;
  /** Days a finished car downlink is kept (delivered, expired, superseded), then deleted by the sweep. */
  readonly ledgerRetentionDays: number;
  /** Days a sent mail stays in the mail outbox (the customer's messages), then deleted by the sweep. */
  readonly mailRetentionDays: number;
  /** Days a car's message id (with its answer) is remembered, then forgotten by the sweep. */
  readonly messageIdRetentionDays: number;
  /** Days a Health Status record is kept (never a car's newest), then deleted by the sweep. */
  readonly healthStatusRetentionDays: number;
  /** Bytes of rendered dealer lists kept for reuse (docs/operations.md); 0 renders each afresh. */
  readonly dealerListCacheBytes: number;
  /** The event feed and webhook delivery; `intervalMs` 0 = no delivery worker in this process. */
  readonly webhooks: {
    readonly retentionDays: number;
    readonly timeoutMs: number;
    readonly retryScheduleMs: readonly number[];
    readonly disableAfterDays: number;
    readonly allowLoopbackHttp: boolean;
    readonly allowPrivateNetworks: boolean;
    readonly intervalMs: number;
  };
  /** How the mail outbox is delivered: .eml files in `dir`, SMTP, or not at all (rows only). */
  readonly mail:
    | { readonly transport: 'file'; readonly from: string; readonly dir: string }
    | {
        readonly transport: 'smtp';
        readonly from: string;
        readonly host: string;
        readonly port: number;
        readonly secure: boolean;
        readonly user: string | undefined;
        readonly password: string | undefined;
      }
    | { readonly transport: 'none'; readonly from: string };
  /**
   * Virtual time: at wall time `anchorMs` (default: start) the system's clock reads `startMs` and
   * runs `speed` times faster. Undefined: the real clock.
   */
  readonly clock:
    | { readonly startMs: number; readonly speed: number; readonly anchorMs?: number }
    | undefined;
  /**
   * One node of a cluster (docs/deployment.md): the Redis the nodes meet through, and this node's
   * name (default: host name and a random suffix per start). Undefined: a single node.
   */
  /** Wall-time ms between the downlink dispatcher's safety polls of the ledger. */
  readonly downlinkPollIntervalMs: number;
  readonly cluster: { readonly redisUrl: string; readonly nodeId: string | undefined } | undefined;
}

/** The demo admin key used when demo seeding is on and no CSB_ADMIN_KEY is set. Demo only. */
export const DEMO_ADMIN_KEY = 'demo-admin-key-change-me';

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
}

/** Every variable `csb start` reads (docs/operations.md documents each). */
export const CONFIG_VARIABLES: readonly string[] = Object.freeze(Object.keys(schema.shape));

/**
 * `CSB_*` names read by the test and bench tools and the Node 24 bootstrap (.ci/node24.sh), not by
 * `csb start`: set for those tools, they are not misspellings.
 */
const TOOL_VARIABLE_PREFIXES = ['CSB_NODE_HOME', 'CSB_FAULT_', 'CSB_FUZZ_', 'CSB_BENCH_', 'CSB_BURST'];

export interface UnknownVariable {
  readonly name: string;
  /** The known variable it is closest to, when it looks like a misspelling of one. */
  readonly suggestion: string | undefined;
}

/** Every `CSB_*` name in `env` that csb does not read (a misspelling is otherwise silently ignored). */
export function unknownVariables(env: NodeJS.ProcessEnv = process.env): UnknownVariable[] {
  const known = CONFIG_VARIABLES;
  return Object.keys(env)
    .filter((name) => name.startsWith('CSB_') && !known.includes(name))
    .filter((name) => !TOOL_VARIABLE_PREFIXES.some((prefix) => name.startsWith(prefix)))
    .sort()
    .map((name) => ({ name, suggestion: closest(name, known) }));
}

/** The known name within a third of the name's length in edits (Levenshtein), if any. */
function closest(name: string, known: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(name, candidate);
    if (distance <= Math.max(2, Math.floor(name.length / 3)) && (!best || distance < best.distance)) {
      best = { name: candidate, distance };
    }
  }
  return best?.name;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** True for addresses only this machine can reach: 127.0.0.0/8, ::1 (also IPv4-mapped) and localhost. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (bare === 'localhost' || bare === '::1') return true;
  const v4 = bare.startsWith('::ffff:') ? bare.slice('::ffff:'.length) : bare;
  return isIP(v4) === 4 && v4.startsWith('127.');
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): CsbConfig {
  // An empty value counts as unset (`CSB_ADMIN_KEY=` in a shell or a compose file).
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = schema.safeParse(given);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const adminKey = e.CSB_ADMIN_KEY ?? (e.CSB_SEED_DEMO ? DEMO_ADMIN_KEY : undefined);
  // Safe defaults: the demo's credentials are printed and published, so it stays on this machine
  // unless told otherwise (docs/operations.md "Demo mode").
  const demo = e.CSB_SEED_DEMO || adminKey === DEMO_ADMIN_KEY;
  const defaultHost = demo ? '127.0.0.1' : '0.0.0.0';
  const mqttHost = e.CSB_MQTT_HOST ?? defaultHost;
  const httpHost = e.CSB_HTTP_HOST ?? defaultHost;
  if (demo && !e.CSB_DEMO_ON_NETWORK) {
    const exposed = [
      ['CSB_MQTT_HOST', mqttHost],
      ['CSB_HTTP_HOST', httpHost],
    ].filter(([, host]) => !isLoopbackHost(host ?? ''));
    if (exposed.length > 0) {
      throw new ConfigError(
        `refusing to start: ${exposed.map(([name, host]) => `${name}=${host}`).join(', ')} is not a loopback address while the demo is on (its dealer keys, car secrets and admin key are published). Turn the demo off (CSB_SEED_DEMO=false and a CSB_ADMIN_KEY of your own), listen on 127.0.0.1, or set CSB_DEMO_ON_NETWORK=true to expose it anyway`,
      );
    }
  }
  if ((e.CSB_TLS_CERT === undefined) !== (e.CSB_TLS_KEY === undefined)) {
    throw new ConfigError(
      'invalid configuration:\n  CSB_TLS_CERT, CSB_TLS_KEY: set both (TLS on) or neither (TLS off)',
    );
  }
  // A key file per node would make each node refuse the cars the others provisioned.
  if (e.CSB_REDIS_URL !== undefined && e.CSB_SECRET_KEY === undefined) {
    throw new ConfigError(
      'invalid configuration:\n  CSB_SECRET_KEY: required with CSB_REDIS_URL (every node of a cluster hashes car secrets with the same key)',
    );
  }
  if (e.CSB_MAIL_TRANSPORT === 'smtp' && e.CSB_MAIL_SMTP_HOST === undefined) {
    throw new ConfigError(
      'invalid configuration:\n  CSB_MAIL_SMTP_HOST: required when CSB_MAIL_TRANSPORT=smtp',
    );
  }
  return Object.freeze({
    limits: Object.freeze({
      maxPacketBytes: e.CSB_MQTT_MAX_PACKET_BYTES,
      carRatePerSecond: e.CSB_CAR_RATE_PER_SECOND,
      carRateBurst: e.CSB_CAR_RATE_BURST,
      floodDisconnectAfter: e.CSB_CAR_FLOOD_DISCONNECT_AFTER,
      authFailuresBeforeBackoff: e.CSB_AUTH_FAILURES_BEFORE_BACKOFF,
      authBackoffMs: e.CSB_AUTH_BACKOFF_MS,
      listenBacklog: e.CSB_MQTT_LISTEN_BACKLOG,
      maxUplinksInFlight: e.CSB_MAX_UPLINKS_IN_FLIGHT,
      maxUplinksQueued: e.CSB_MAX_UPLINKS_QUEUED,
      maxUplinksParked: e.CSB_MAX_UPLINKS_PARKED,
      maxUplinksParkedBytes: e.CSB_MAX_UPLINKS_PARKED_BYTES,
    }),
    secretKey: e.CSB_SECRET_KEY,
    tls:
      e.CSB_TLS_CERT !== undefined && e.CSB_TLS_KEY !== undefined
        ? Object.freeze({
            certPath: e.CSB_TLS_CERT,
            keyPath: e.CSB_TLS_KEY,
            mqttsPort: e.CSB_MQTTS_PORT,
            httpsPort: e.CSB_HTTPS_PORT,
          })
        : undefined,
    databasePath: e.CSB_DATABASE_PATH ?? path.join(e.CSB_DATA_DIR, 'csb.sqlite'),
    databaseUrl: e.CSB_DATABASE_URL,
    databasePoolSize: e.CSB_DATABASE_POOL_SIZE,
    sqliteSynchronous: e.CSB_SQLITE_SYNCHRONOUS,
    mqtt: Object.freeze({ host: mqttHost, port: e.CSB_MQTT_PORT }),
    http: Object.freeze({ host: httpHost, port: e.CSB_HTTP_PORT }),
    ops: Object.freeze({ host: httpHost, port: e.CSB_OPS_PORT }),
    adminKey,
    seedDemo: e.CSB_SEED_DEMO,
    logLevel: e.CSB_LOG_LEVEL,
    schedulerIntervalMs: e.CSB_SCHEDULER_INTERVAL_MS,
    websiteUrl: e.CSB_WEBSITE_URL,
    navigationMode: e.CSB_NAVIGATION_MODE,
    maxOpenAppointmentsPerVehicle: e.CSB_MAX_OPEN_APPOINTMENTS_PER_VEHICLE,
    ledgerRetentionDays: e.CSB_LEDGER_RETENTION_DAYS,
    mailRetentionDays: e.CSB_MAIL_RETENTION_DAYS,
    messageIdRetentionDays: e.CSB_MESSAGE_ID_RETENTION_DAYS,
    healthStatusRetentionDays: e.CSB_HEALTH_STATUS_RETENTION_DAYS,
    dealerListCacheBytes: e.CSB_DEALER_LIST_CACHE_BYTES,
    webhooks: Object.freeze({
      retentionDays: e.CSB_EVENT_RETENTION_DAYS,
      timeoutMs: e.CSB_WEBHOOK_TIMEOUT_MS,
      retryScheduleMs: Object.freeze(
        e.CSB_WEBHOOK_RETRY_SCHEDULE.split(',').map((s) => Math.round(Number(s) * 1000)),
      ),
      disableAfterDays: e.CSB_WEBHOOK_DISABLE_AFTER_DAYS,
      allowLoopbackHttp: e.CSB_WEBHOOK_ALLOW_LOOPBACK_HTTP,
      allowPrivateNetworks: e.CSB_WEBHOOK_ALLOW_PRIVATE_NETWORKS,
      intervalMs: e.CSB_WEBHOOK_INTERVAL_MS,
    }),
    mail: Object.freeze(
      e.CSB_MAIL_TRANSPORT === 'smtp'
        ? {
            transport: 'smtp' as const,
            from: e.CSB_MAIL_FROM,
            host: e.CSB_MAIL_SMTP_HOST ?? '',
            port: e.CSB_MAIL_SMTP_PORT,
            secure: e.CSB_MAIL_SMTP_SECURE,
            user: e.CSB_MAIL_SMTP_USER,
            password: e.CSB_MAIL_SMTP_PASSWORD,
          }
        : e.CSB_MAIL_TRANSPORT === 'file'
          ? {
              transport: 'file' as const,
              from: e.CSB_MAIL_FROM,
              dir: e.CSB_MAIL_DIR ?? path.join(e.CSB_DATA_DIR, 'mail'),
            }
          : { transport: 'none' as const, from: e.CSB_MAIL_FROM },
    ),
    clock:
      e.CSB_CLOCK_START === undefined && e.CSB_CLOCK_SPEED === 1 && e.CSB_CLOCK_ANCHOR === undefined
        ? undefined
        : Object.freeze({
            startMs: e.CSB_CLOCK_START === undefined ? Date.now() : Date.parse(e.CSB_CLOCK_START),
            speed: e.CSB_CLOCK_SPEED,
            ...(e.CSB_CLOCK_ANCHOR === undefined ? {} : { anchorMs: Date.parse(e.CSB_CLOCK_ANCHOR) }),
          }),
    downlinkPollIntervalMs: e.CSB_DOWNLINK_POLL_INTERVAL_MS,
    cluster:
      e.CSB_REDIS_URL === undefined
        ? undefined
        : Object.freeze({ redisUrl: e.CSB_REDIS_URL, nodeId: e.CSB_NODE_ID }),
  });
}

/**
 * The one place the csb executable reads its environment. Parsed once with zod at start, every
 * problem listed with the variable's name, the result frozen and passed down (no global settings).
 * docs/operations.md lists every key; keep the two in step.
 */
import path from 'node:path';
import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65_535);
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const schema = z.object({
  CSB_DATA_DIR: z.string().min(1).default('./data'),
  CSB_DATABASE_PATH: z.string().min(1).optional(),
  CSB_SQLITE_SYNCHRONOUS: z.enum(['NORMAL', 'FULL']).default('NORMAL'),
  CSB_MQTT_HOST: z.string().min(1).default('0.0.0.0'),
  CSB_MQTT_PORT: port.default(1883),
  CSB_HTTP_HOST: z.string().min(1).default('0.0.0.0'),
  CSB_HTTP_PORT: port.default(8080),
  CSB_OPS_PORT: port.default(8081),
  CSB_ADMIN_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
  CSB_SEED_DEMO: bool.default(true),
  CSB_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface CsbConfig {
  readonly databasePath: string;
  readonly sqliteSynchronous: 'NORMAL' | 'FULL';
  readonly mqtt: { readonly host: string; readonly port: number };
  readonly http: { readonly host: string; readonly port: number };
  readonly ops: { readonly host: string; readonly port: number };
  /** Admin (provisioning) API key; the admin routes are off without one. */
  readonly adminKey: string | undefined;
  /** Seed the demo dealers, customers and cars on start (idempotent). */
  readonly seedDemo: boolean;
  readonly logLevel: string;
}

/** The demo admin key used when demo seeding is on and no CSB_ADMIN_KEY is set. Demo only. */
export const DEMO_ADMIN_KEY = 'demo-admin-key-change-me';

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): CsbConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return Object.freeze({
    databasePath: e.CSB_DATABASE_PATH ?? path.join(e.CSB_DATA_DIR, 'csb.sqlite'),
    sqliteSynchronous: e.CSB_SQLITE_SYNCHRONOUS,
    mqtt: Object.freeze({ host: e.CSB_MQTT_HOST, port: e.CSB_MQTT_PORT }),
    http: Object.freeze({ host: e.CSB_HTTP_HOST, port: e.CSB_HTTP_PORT }),
    ops: Object.freeze({ host: e.CSB_HTTP_HOST, port: e.CSB_OPS_PORT }),
    adminKey: e.CSB_ADMIN_KEY ?? (e.CSB_SEED_DEMO ? DEMO_ADMIN_KEY : undefined),
    seedDemo: e.CSB_SEED_DEMO,
    logLevel: e.CSB_LOG_LEVEL,
  });
}

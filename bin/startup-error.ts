/**
 * Start-up failures of `csb start`, each turned into one line that names the cause and the
 * CSB_* setting to change (docs/operations.md "Start-up failures").
 */
import { readFileSync } from 'node:fs';
import type { CsbConfig } from './config.ts';

/**
 * A start-up failure an operator fixes with a setting: one line naming the cause and the
 * variables to change; `csb start` prints it without a stack.
 */
export class StartupError extends Error {
  readonly code = 'STARTUP_FAILED';
  /** The CSB_* variables that decide what failed (e.g. CSB_HTTP_PORT). */
  readonly settings: readonly string[];

  constructor(settings: readonly string[], message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StartupError';
    this.settings = settings;
  }
}

/** One listener of the system, by the settings that decide where it listens. */
interface Listener {
  readonly what: string;
  readonly host: string;
  readonly port: number;
  readonly hostSetting: string;
  readonly portSetting: string;
}

function listenersOf(config: CsbConfig): Listener[] {
  const mqtt = { host: config.mqtt.host, hostSetting: 'CSB_MQTT_HOST' };
  const http = { host: config.http.host, hostSetting: 'CSB_HTTP_HOST' };
  return [
    { what: 'the MQTT broker', ...mqtt, port: config.mqtt.port, portSetting: 'CSB_MQTT_PORT' },
    { what: 'the REST API', ...http, port: config.http.port, portSetting: 'CSB_HTTP_PORT' },
    { what: 'the ops endpoints', ...http, port: config.ops.port, portSetting: 'CSB_OPS_PORT' },
    ...(config.tls
      ? [
          { what: 'MQTT over TLS', ...mqtt, port: config.tls.mqttsPort, portSetting: 'CSB_MQTTS_PORT' },
          { what: 'HTTPS', ...http, port: config.tls.httpsPort, portSetting: 'CSB_HTTPS_PORT' },
        ]
      : []),
  ];
}

/**
 * Names the cause of a failed start: a listen error (address in use, no permission, no such
 * address) is matched to the listener by its port or host; anything else keeps its message.
 */
export function startupErrorOf(error: unknown, config: CsbConfig): StartupError {
  if (error instanceof StartupError) return error;
  const e = (error ?? {}) as { code?: unknown; port?: unknown; address?: unknown; hostname?: unknown };
  const message = error instanceof Error ? error.message : String(error);
  const listeners = listenersOf(config);
  const join = (names: string[]) => [...new Set(names)];
  if (e.code === 'EADDRINUSE' || e.code === 'EACCES') {
    const matching = listeners.filter((l) => l.port === e.port);
    const settings = join(matching.map((l) => l.portSetting));
    const names = settings.join(' or ') || 'the CSB_*_PORT of it';
    const where = `${String(e.address ?? matching[0]?.host ?? '?')}:${String(e.port)}`;
    const what = matching.map((l) => l.what).join(' / ') || 'a listener';
    const cause =
      e.code === 'EADDRINUSE'
        ? `${where} (${what}) is already in use (EADDRINUSE): set ${names} to a free port, or stop the process that holds it`
        : `no permission to listen on ${where} (${what}) (EACCES; ports below 1024 need privileges): set ${names} to a port of 1024 or above`;
    return new StartupError(settings, cause, { cause: error });
  }
  if (e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN') {
    const host = String(e.address ?? e.hostname ?? '');
    const matching = listeners.filter((l) => l.host === host);
    const settings = join((matching.length > 0 ? matching : listeners).map((l) => l.hostSetting));
    return new StartupError(
      settings,
      `cannot listen on host '${host}' (${String(e.code)}: not an address of this machine): set ${settings.join(' or ')} to one of its addresses (127.0.0.1, 0.0.0.0)`,
      { cause: error },
    );
  }
  return new StartupError([], message, { cause: error });
}

/** A file named by a setting (TLS certificate, key), read at start; unreadable: a StartupError. */
export function readSetting(setting: string, file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new StartupError(
      [setting],
      `cannot read ${setting}=${file}: ${error instanceof Error ? error.message : String(error)}`,
      {
        cause: error,
      },
    );
  }
}

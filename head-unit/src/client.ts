/**
 * A head-unit client: the head unit (the state machine, head-unit.ts) wired to a car connection
 * (the MQTT transport, connection.ts) and a timer that drives resends. Downlinks go into the head
 * unit; its publish outputs go out on the connection; its events go to listeners (the app's UI, a
 * test rig, a log). Receipts, dedupe and resends are handled here; the app performs actions and
 * reads events. See head-unit/README.md.
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import {
  type CarConnection,
  type CarConnectionOptions,
  type ConnectionEvent,
  createCarConnection,
} from './connection.ts';
import { HeadUnitError } from './errors.ts';
import {
  createHeadUnit,
  type HeadUnit,
  type HeadUnitEvent,
  type HeadUnitOptions,
  type HeadUnitOutput,
  type UserAction,
} from './head-unit.ts';

/** Time source: every stamp the client writes reads it, so a test can run on virtual time. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

export type CarEvent =
  | HeadUnitEvent
  | ConnectionEvent
  | { type: 'uplink-sent'; kind: string; messageId: string; attempt: number }
  | { type: 'uplink-publish-failed'; kind: string; messageId: string; error: HeadUnitError };

export interface CarClientOptions {
  vin: string;
  secret: string;
  /** `mqtt://host:1883` or `mqtts://host:8883`. */
  brokerUrl: string;
  clock?: Clock;
  /** Uplink message ids, unique per car (`[ENV-2]`). Default: random UUIDs. */
  newMessageId?: () => string;
  /** Uniform in [0, 1), for the reconnect jitter. Default Math.random. */
  random?: { next(): number };
  proposalPolicy?: HeadUnitOptions['proposalPolicy'];
  resultTimeoutMs?: number;
  maxAttempts?: number;
  /** What the head unit had stored before a restart (HeadUnit.persistentState()). */
  restore?: HeadUnitOptions['restore'];
  /** Called with the state to store whenever pending uplinks or seen downlink ids change. */
  persist?: HeadUnitOptions['persist'];
  /** How often pending uplinks are checked for a resend. Default 250 ms; 0: never (the caller calls tick()). */
  tickIntervalMs?: number;
  connection?: Omit<CarConnectionOptions, 'vin' | 'secret' | 'brokerUrl' | 'random' | 'logger'>;
  logger?: Logger;
}

export interface CarClient {
  readonly vin: string;
  readonly headUnit: HeadUnit;
  readonly connection: CarConnection;
  start(): Promise<{ sessionPresent: boolean }>;
  stop(): Promise<void>;
  /** The driver does something; returns what the head unit did about it. */
  perform(action: UserAction): HeadUnitOutput[];
  /** Runs the head unit's timers now (the interval does this too, while connected). */
  tick(): HeadUnitOutput[];
  on(listener: (event: CarEvent) => void): () => void;
  /**
   * Resolves with the first event of `type` (that `match` accepts) from now on; rejects after
   * `timeoutMs` (default 30 s) with an Error naming what was awaited.
   */
  next<T extends CarEvent['type']>(
    type: T,
    options?: { match?: (event: Extract<CarEvent, { type: T }>) => boolean; timeoutMs?: number },
  ): Promise<Extract<CarEvent, { type: T }>>;
}

export function createCarClient(options: CarClientOptions): CarClient {
  const clock = options.clock ?? { now: () => Date.now() };
  const log = options.logger?.child({ vin: options.vin });
  const headUnit = createHeadUnit({
    vin: options.vin,
    newMessageId: options.newMessageId ?? (() => randomUUID()),
    ...(options.restore ? { restore: options.restore } : {}),
    ...(options.persist ? { persist: options.persist } : {}),
    ...(options.proposalPolicy ? { proposalPolicy: options.proposalPolicy } : {}),
    ...(options.resultTimeoutMs !== undefined ? { resultTimeoutMs: options.resultTimeoutMs } : {}),
    ...(options.maxAttempts !== undefined ? { maxAttempts: options.maxAttempts } : {}),
  });
  const connection = createCarConnection({
    ...options.connection,
    vin: options.vin,
    secret: options.secret,
    brokerUrl: options.brokerUrl,
    ...(options.random ? { random: options.random } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
  });
  const listeners = new Set<(event: CarEvent) => void>();
  let timer: NodeJS.Timeout | undefined;

  function emit(event: CarEvent): void {
    for (const listener of listeners) {
      try {
        listener(event);
      } catch (error) {
        log?.error({ err: error, event: event.type }, 'car listener threw');
      }
    }
  }

  function dispatch(outputs: HeadUnitOutput[]): HeadUnitOutput[] {
    for (const output of outputs) {
      if (output.type !== 'publish') {
        emit(output);
        continue;
      }
      const { kind, messageId, attempt } = output;
      emit({ type: 'uplink-sent', kind, messageId, attempt });
      connection.publish(kind, output.envelope).catch((error: unknown) => {
        const err =
          error instanceof HeadUnitError
            ? error
            : new HeadUnitError('HU_PUBLISH_FAILED', `publish ${kind} failed`, { cause: error });
        log?.warn({ messageId, code: err.code }, err.message);
        // The head unit still holds the message and resends it at its deadline.
        emit({ type: 'uplink-publish-failed', kind, messageId, error: err });
      });
    }
    return outputs;
  }

  connection.on((event) => {
    emit(event);
    if (event.type === 'downlink') {
      dispatch(headUnit.handle({ type: 'downlink', envelope: event.envelope, now: clock.now() }));
    }
  });

  function tick(): HeadUnitOutput[] {
    return dispatch(headUnit.handle({ type: 'tick', now: clock.now() }));
  }

  return {
    vin: options.vin,
    headUnit,
    connection,
    async start() {
      const result = await connection.start();
      // A fleet drives thousands of cars from one timer instead (fleet.ts).
      if (options.tickIntervalMs === 0) return result;
      timer = setInterval(() => {
        // Offline, resends would only pile up in mqtt.js' queue; the deadline check waits for the return.
        if (connection.connected) tick();
      }, options.tickIntervalMs ?? 250);
      return result;
    },
    async stop() {
      if (timer !== undefined) clearInterval(timer);
      timer = undefined;
      await connection.stop();
    },
    perform(action) {
      return dispatch(headUnit.handle({ type: 'action', action, now: clock.now() }));
    },
    tick,
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    next(type, { match, timeoutMs = 30_000 } = {}) {
      type Wanted = Extract<CarEvent, { type: typeof type }>;
      return new Promise<Wanted>((resolve, reject) => {
        const timer = setTimeout(() => {
          listeners.delete(listener);
          reject(new Error(`no ${type} event within ${timeoutMs} ms`));
        }, timeoutMs);
        const listener = (event: CarEvent): void => {
          if (event.type !== type || (match && !match(event as Wanted))) return;
          clearTimeout(timer);
          listeners.delete(listener);
          resolve(event as Wanted);
        };
        listeners.add(listener);
      });
    },
  };
}

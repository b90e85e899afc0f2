/**
 * One simulated car: a head unit (the state machine) wired to a car connection (the MQTT
 * transport) and a timer that drives resends. Downlinks go into the head unit; its publish outputs
 * go out on the connection; its events go to listeners (a scenario, a fleet report, a log).
 */
import type { Logger } from 'pino';
import {
  type CarConnection,
  type CarConnectionOptions,
  type ConnectionEvent,
  createCarConnection,
} from './car-connection.ts';
import { type Clock, systemClock } from './clock.ts';
import { SimulatorError } from './errors.ts';
import {
  createHeadUnit,
  type HeadUnit,
  type HeadUnitEvent,
  type HeadUnitOptions,
  type HeadUnitOutput,
  type UserAction,
} from './head-unit.ts';
import { createMessageIdFactory, createRandom, seedFromString } from './random.ts';

export type CarEvent =
  | HeadUnitEvent
  | ConnectionEvent
  | { type: 'uplink-sent'; kind: string; messageId: string; attempt: number }
  | { type: 'uplink-publish-failed'; kind: string; messageId: string; error: SimulatorError };

export interface SimulatedCarOptions {
  vin: string;
  secret: string;
  brokerUrl: string;
  clock?: Clock;
  /** Seed of message ids and reconnect jitter. Default: derived from the VIN. */
  seed?: number;
  proposalPolicy?: HeadUnitOptions['proposalPolicy'];
  resultTimeoutMs?: number;
  maxAttempts?: number;
  /** How often pending uplinks are checked for a resend. Default 250 ms; 0: never (a fleet calls tick()). */
  tickIntervalMs?: number;
  connection?: Omit<CarConnectionOptions, 'vin' | 'secret' | 'brokerUrl' | 'random' | 'logger'>;
  logger?: Logger;
}

export interface SimulatedCar {
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
}

export function createSimulatedCar(options: SimulatedCarOptions): SimulatedCar {
  const clock = options.clock ?? systemClock;
  const random = createRandom(options.seed ?? seedFromString(options.vin));
  const log = options.logger?.child({ vin: options.vin });
  const headUnit = createHeadUnit({
    vin: options.vin,
    newMessageId: createMessageIdFactory(random),
    ...(options.proposalPolicy ? { proposalPolicy: options.proposalPolicy } : {}),
    ...(options.resultTimeoutMs !== undefined ? { resultTimeoutMs: options.resultTimeoutMs } : {}),
    ...(options.maxAttempts !== undefined ? { maxAttempts: options.maxAttempts } : {}),
  });
  const connection = createCarConnection({
    ...options.connection,
    vin: options.vin,
    secret: options.secret,
    brokerUrl: options.brokerUrl,
    random,
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
          error instanceof SimulatorError
            ? error
            : new SimulatorError('SIM_PUBLISH_FAILED', `publish ${kind} failed`, { cause: error });
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
  };
}

/**
 * The car's MQTT transport, and nothing else: connect as the car (client id and username = VIN,
 * password = the car's secret), subscribe to its downlinks after every CONNACK, publish its
 * uplinks, reconnect with backoff and jitter. What to send and when to resend is the head unit's
 * business (head-unit.ts).
 *
 * Protocol rules (docs/protocol.md):
 * - `[CONN-1]` MQTT 3.1.1 (`protocolVersion: 4`).
 * - `[CONN-3]` `clean: false`: a persistent session, so QoS 1 downlinks in flight when the
 *   connection dropped arrive when it returns (MQTT 3.1.1 section 3.1.2.4).
 * - `[TOPIC-2]` subscribe to `down/#` after every CONNACK, even with a session present.
 * - `[CONN-4]`, `[CONN-5]` reconnect with exponential backoff and jitter; CONNACK 3 and 4 on a
 *   reconnect are retried the same way, CONNACK 1, 2 and 5 end the connection for good.
 * - QoS 1 both ways, retain false on every uplink (`[REQ-1]`).
 */
import {
  carDownlinkFilter,
  DOWNLINK_KINDS,
  type DownlinkEnvelope,
  type DownlinkKind,
  decodeDownlink,
  encodeUplink,
  parseTopic,
  type UplinkEnvelopeInit,
  type UplinkKind,
  uplinkTopic,
} from '@csb/proto';
import { type IClientOptions, type MqttClient, connect as mqttConnect } from 'mqtt';
import type { Logger } from 'pino';
import { HeadUnitError, type HeadUnitErrorCode } from './errors.ts';

const STOP_GRACE_MS = 2_000;

export interface CarConnectionOptions {
  brokerUrl: string;
  vin: string;
  secret: string;
  /** Time allowed for one CONNACK. Default 10 s. */
  connectTimeoutMs?: number;
  /** MQTT keepalive in seconds. Default 30. */
  keepaliveSeconds?: number;
  /** First reconnect delay; doubled after each failed attempt. Default 500 ms. */
  reconnectBaseMs?: number;
  /** Longest reconnect delay. Default 30 s. */
  reconnectMaxMs?: number;
  /** Failed reconnects in a row before the connection gives up for good. Default 100. */
  maxReconnectAttempts?: number;
  /** Uniform in [0, 1), for the reconnect jitter (so a fleet does not reconnect in lock step). Default Math.random. */
  random?: { next(): number };
  logger?: Logger;
}

export type ConnectionEvent =
  | { type: 'connected'; sessionPresent: boolean; reconnects: number }
  | { type: 'offline'; reason: string }
  | { type: 'reconnect-scheduled'; attempt: number; delayMs: number }
  | { type: 'downlink'; kind: DownlinkKind; topic: string; envelope: DownlinkEnvelope }
  | { type: 'error'; error: HeadUnitError };

export interface CarConnection {
  readonly vin: string;
  readonly connected: boolean;
  /**
   * Connects and subscribes; resolves once the downlink subscription is granted. Fails at once with
   * a coded error when the broker refuses the credentials or cannot be reached: a first connection
   * is not retried (a CLI user wants to know), later drops are.
   */
  start(): Promise<{ sessionPresent: boolean }>;
  /** Disconnects cleanly. The broker keeps the session (clean: false). */
  stop(): Promise<void>;
  /**
   * Publishes one uplink, QoS 1, retain false. Resolves when the broker acknowledged it (PUBACK).
   * While offline, mqtt.js keeps the packet and sends it after reconnecting.
   */
  publish(kind: UplinkKind, envelope: UplinkEnvelopeInit): Promise<void>;
  /**
   * Loses the network at once (a tunnel): the socket is destroyed without DISCONNECT, and the
   * usual reconnect with backoff brings the car back. Nothing happens when not connected.
   */
  drop(): void;
  on(listener: (event: ConnectionEvent) => void): () => void;
}

export function createCarConnection(options: CarConnectionOptions): CarConnection {
  const { vin, brokerUrl } = options;
  const connectTimeoutMs = options.connectTimeoutMs ?? 10_000;
  const reconnectBaseMs = options.reconnectBaseMs ?? 500;
  const reconnectMaxMs = options.reconnectMaxMs ?? 30_000;
  const maxReconnectAttempts = options.maxReconnectAttempts ?? 100;
  const log = options.logger?.child({ vin });
  const listeners = new Set<(event: ConnectionEvent) => void>();
  const filter = carDownlinkFilter(vin);

  let client: MqttClient | undefined;
  let stopping = false;
  let everConnected = false;
  let failedAttempts = 0;
  let reconnects = 0;
  let reconnectTimer: NodeJS.Timeout | undefined;

  function emit(event: ConnectionEvent): void {
    for (const listener of listeners) {
      try {
        listener(event);
      } catch (error) {
        // A listener's bug must not take the transport down with it.
        log?.error({ err: error, event: event.type }, 'connection listener threw');
      }
    }
  }

  function report(code: HeadUnitErrorCode, message: string, cause?: unknown): HeadUnitError {
    const error = new HeadUnitError(code, message, { cause });
    log?.warn({ code }, message);
    emit({ type: 'error', error });
    return error;
  }

  function onMessage(topic: string, payload: Buffer): void {
    const parsed = parseTopic(topic);
    if (!parsed.ok || parsed.direction !== 'down' || parsed.vin !== vin) {
      report('HU_DOWNLINK_FOREIGN_TOPIC', `message on a topic that is not a downlink of ${vin}: ${topic}`);
      return;
    }
    const decoded = decodeDownlink(payload);
    if (!decoded.ok) {
      report('HU_DOWNLINK_UNDECODABLE', `undecodable downlink on ${topic}: ${decoded.error}`);
      return;
    }
    if (decoded.message.body !== undefined && DOWNLINK_KINDS[parsed.kind] !== decoded.message.body) {
      // Handled by its body anyway: the envelope, not the topic, says what the message is.
      log?.warn({ topic, body: decoded.message.body }, 'downlink body does not match its topic kind');
    }
    log?.debug({ topic, messageId: decoded.message.messageId }, 'downlink');
    emit({ type: 'downlink', kind: parsed.kind, topic, envelope: decoded.message });
  }

  function subscribe(c: MqttClient): Promise<void> {
    return new Promise((resolve, reject) => {
      c.subscribe(filter, { qos: 1 }, (error, granted) => {
        // mqtt.js answers a SUBACK failure code (0x80) with an error while the connection stays
        // up; an error with the connection down is the SUBSCRIBE flushed because it closed: a
        // dropped connection, nothing was refused.
        if (error && c.connected)
          return reject(
            new HeadUnitError('HU_SUBSCRIBE_REFUSED', `broker refused the subscription to ${filter}`),
          );
        if (error)
          return reject(
            new HeadUnitError(
              'HU_CONNECTION_DROPPED',
              `connection closed before the SUBACK for ${filter}: ${error.message}`,
            ),
          );
        // SUBACK return code 0x80 means failure (MQTT 3.1.1 section 3.9.3).
        if (granted?.some((g) => g.qos === 128)) {
          return reject(
            new HeadUnitError('HU_SUBSCRIBE_REFUSED', `broker refused the subscription to ${filter}`),
          );
        }
        resolve();
      });
    });
  }

  function scheduleReconnect(c: MqttClient): void {
    if (stopping || reconnectTimer !== undefined) return;
    failedAttempts += 1;
    if (failedAttempts > maxReconnectAttempts) {
      report('HU_RECONNECT_EXHAUSTED', `gave up after ${maxReconnectAttempts} failed reconnects`);
      c.end(true);
      return;
    }
    const ceiling = Math.min(reconnectMaxMs, reconnectBaseMs * 2 ** Math.min(failedAttempts - 1, 20));
    // "Equal jitter": half fixed, half random, so a fleet dropped at once spreads its returns.
    const delayMs = Math.round(ceiling / 2 + (options.random?.next() ?? Math.random()) * (ceiling / 2));
    emit({ type: 'reconnect-scheduled', attempt: failedAttempts, delayMs });
    reconnectTimer = setTimeout(() => {
      reconnectTimer = undefined;
      if (stopping) return;
      // Keep the stores: without them mqtt.js would forget unacknowledged QoS 1 publishes.
      c.reconnect({ incomingStore: c.incomingStore, outgoingStore: c.outgoingStore });
    }, delayMs);
  }

  function start(): Promise<{ sessionPresent: boolean }> {
    if (client !== undefined) throw new Error('car connection already started'); // a bug in the caller
    stopping = false;
    const mqttOptions: IClientOptions = {
      protocolVersion: 4,
      clientId: vin,
      username: vin,
      password: options.secret,
      clean: false,
      keepalive: options.keepaliveSeconds ?? 30,
      connectTimeout: connectTimeoutMs,
      // Reconnects are ours (scheduleReconnect): mqtt.js only knows a fixed period.
      reconnectPeriod: 0,
      // We subscribe again on every CONNACK ourselves (subscribe()): the persistent session should
      // keep the subscription, but asking again is harmless and covers a broker that lost it.
      resubscribe: false,
    };
    const c = mqttConnect(brokerUrl, mqttOptions);
    client = c;
    // Nagle off (as the gateway does): a PUBACK followed by the next PUBLISH would otherwise wait
    // for the broker's delayed ACK (~40 ms), and a fleet's latency figures would measure that.
    const noDelay = (): void => (c.stream as { setNoDelay?: (on: boolean) => void }).setNoDelay?.(true);
    noDelay();
    c.on('connect', noDelay);
    c.on('message', onMessage);

    return new Promise((resolve, reject) => {
      let settled = false;
      const fail = (error: HeadUnitError): void => {
        if (settled) return;
        settled = true;
        stopping = true;
        c.end(true);
        // Released, so that the caller may start() again later (a fleet retries a failed start).
        if (client === c) client = undefined;
        reject(error);
      };

      c.on('connect', (connack) => {
        const sessionPresent = connack.sessionPresent === true;
        const wasReconnect = everConnected;
        everConnected = true;
        failedAttempts = 0;
        if (wasReconnect) reconnects += 1;
        subscribe(c).then(
          () => {
            log?.info({ sessionPresent, reconnects }, 'connected');
            emit({ type: 'connected', sessionPresent, reconnects });
            if (!settled) {
              settled = true;
              resolve({ sessionPresent });
            }
          },
          (error: HeadUnitError) => {
            report(error.code, error.message);
            fail(error);
          },
        );
      });

      c.on('error', (error) => {
        const code = connackCode(error);
        if (code !== undefined) {
          const err = refusal(code, vin);
          report(err.code, err.message);
          // A first connection fails at once (a user wants to know). Later, "server unavailable" (3)
          // and "bad user name or password" (4, a rotated secret) are retried with backoff when the
          // connection closes [CONN-4]; any other refusal cannot get better by retrying.
          if (!settled) fail(err);
          else if (code !== 3 && code !== 4) {
            stopping = true;
            c.end(true);
          }
          return;
        }
        log?.debug({ err: error }, 'mqtt error');
        if (!everConnected)
          fail(new HeadUnitError('HU_CONNECT_FAILED', `cannot reach ${brokerUrl}: ${error.message}`));
      });

      c.on('close', () => {
        if (stopping) return;
        if (!everConnected) {
          fail(new HeadUnitError('HU_CONNECT_FAILED', `connection to ${brokerUrl} closed before CONNACK`));
          return;
        }
        emit({ type: 'offline', reason: 'connection closed' });
        scheduleReconnect(c);
      });
    });
  }

  async function stop(): Promise<void> {
    stopping = true;
    if (reconnectTimer !== undefined) clearTimeout(reconnectTimer);
    reconnectTimer = undefined;
    const c = client;
    client = undefined;
    everConnected = false;
    if (c === undefined) return;
    await new Promise<void>((resolve) => {
      // Not forced: a DISCONNECT lets the broker keep the session without publishing a will. A dead
      // socket may never flush it, so force the end after a bounded wait.
      const force = setTimeout(() => c.end(true, {}, () => resolve()), STOP_GRACE_MS);
      c.end(false, {}, () => {
        clearTimeout(force);
        resolve();
      });
    });
  }

  function publish(kind: UplinkKind, envelope: UplinkEnvelopeInit): Promise<void> {
    const c = client;
    if (c === undefined || stopping) {
      return Promise.reject(new HeadUnitError('HU_PUBLISH_FAILED', 'the car connection is not started'));
    }
    const payload = Buffer.from(encodeUplink(envelope));
    return new Promise((resolve, reject) => {
      c.publish(uplinkTopic(vin, kind), payload, { qos: 1, retain: false }, (error) => {
        if (error) reject(new HeadUnitError('HU_PUBLISH_FAILED', `publish ${kind} failed: ${error.message}`));
        else resolve();
      });
    });
  }

  function drop(): void {
    const c = client;
    if (c === undefined || stopping || !c.connected) return;
    c.stream.destroy();
  }

  return {
    vin,
    drop,
    get connected() {
      return client?.connected === true;
    },
    start,
    stop,
    publish,
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The CONNACK return code of a refusal error from mqtt.js, if it is one. */
function connackCode(error: Error): number | undefined {
  // mqtt.js reports a refused CONNACK as an ErrorWithReasonCode whose `code` is the return code.
  const code: unknown = (error as { code?: unknown }).code;
  return typeof code === 'number' && code > 0 && code < 256 ? code : undefined;
}

function refusal(code: number, vin: string): HeadUnitError {
  // MQTT 3.1.1 section 3.2.2.3, CONNACK return codes.
  switch (code) {
    case 2:
      return new HeadUnitError('HU_CONNECT_BAD_CLIENT_ID', `broker refused the client id ${vin} (CONNACK 2)`);
    case 4:
      return new HeadUnitError(
        'HU_CONNECT_BAD_CREDENTIALS',
        `broker refused the credentials of ${vin} (CONNACK 4: bad user name or password)`,
      );
    case 5:
      return new HeadUnitError(
        'HU_CONNECT_NOT_AUTHORIZED',
        `broker refused ${vin}: not authorized (CONNACK 5)`,
      );
    default:
      return new HeadUnitError(
        'HU_CONNECT_FAILED',
        `broker refused the connection of ${vin} (CONNACK ${code})`,
      );
  }
}

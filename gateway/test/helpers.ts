/**
 * Test harness: the real booking core on a temp SQLite file, the real gateway on port 0, the
 * real MQTT.js client speaking MQTT 3.1.1. Every wait is bounded.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type BookingCore,
  type BookingCoreOptions,
  type DemoData,
  openBookingCore,
  seedDemoData,
} from '@csb/booking-core';
import { type DownlinkEnvelope, decodeDownlink } from '@csb/proto';
import mqtt, { type IClientOptions, type MqttClient } from 'mqtt';
import { pino } from 'pino';
import { createGateway, type Gateway, type GatewayConfigInput } from '../src/index.ts';

export const WAIT_MS = 5_000;

export interface TestSystem {
  core: BookingCore;
  demo: DemoData;
  gateway: Gateway;
  mqttPort: number;
  opsPort: number;
  /** The core's SQLite file (tests read what was stored from it). */
  databasePath: string;
  stop(): Promise<void>;
}

export async function startTestSystem(
  config: GatewayConfigInput = {},
  coreOptions: Omit<BookingCoreOptions, 'databasePath'> = {},
): Promise<TestSystem> {
  const dir = await mkdtemp(join(tmpdir(), 'csb-gateway-'));
  const databasePath = join(dir, 'csb.sqlite');
  const core = await openBookingCore({ ...coreOptions, databasePath });
  const demo = await seedDemoData(core);
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const gateway = createGateway({
    carChannel: core,
    logger,
    config: { host: '127.0.0.1', mqttPort: 0, opsPort: 0, stopTimeoutMs: 2_000, ...config },
  });
  const { mqttPort, opsPort } = await gateway.start();
  return {
    core,
    demo,
    gateway,
    mqttPort,
    opsPort,
    databasePath,
    async stop() {
      await gateway.stop();
      await core.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface ReceivedMessage {
  topic: string;
  payload: Buffer;
  envelope: DownlinkEnvelope | undefined;
}

/** Everything a client received, in order, with bounded waits for what has not come yet. */
export class Inbox {
  readonly all: ReceivedMessage[] = [];
  private unread: ReceivedMessage[] = [];
  private waiters: { match: (m: ReceivedMessage) => boolean; resolve: (m: ReceivedMessage) => void }[] = [];

  constructor(client: MqttClient) {
    client.on('message', (topic, payload) => {
      const decoded = decodeDownlink(payload);
      const message = { topic, payload, envelope: decoded.ok ? decoded.message : undefined };
      this.all.push(message);
      const waiter = this.waiters.find((w) => w.match(message));
      if (waiter) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(message);
      } else {
        this.unread.push(message);
      }
    });
  }

  /** The next unread message on `topic` (oldest first); fails after `timeoutMs`. */
  next(topic: string, timeoutMs = WAIT_MS): Promise<ReceivedMessage> {
    const match = (m: ReceivedMessage) => m.topic === topic;
    const index = this.unread.findIndex(match);
    if (index >= 0) return Promise.resolve(this.unread.splice(index, 1)[0] as ReceivedMessage);
    return new Promise((resolve, reject) => {
      const waiter = {
        match,
        resolve: (m: ReceivedMessage) => {
          clearTimeout(timer);
          resolve(m);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new Error(`no message on ${topic} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** The next UplinkResult answering `uplinkMessageId`. */
  async result(vin: string, uplinkMessageId: string, timeoutMs = WAIT_MS) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const message = await this.next(
        `csb/v1/vehicles/${vin}/down/result`,
        Math.max(1, deadline - Date.now()),
      );
      const result = message.envelope?.uplinkResult;
      if (result && result.uplinkMessageId === uplinkMessageId) return result;
    }
  }
}

export interface Car {
  client: MqttClient;
  inbox: Inbox;
  vin: string;
  sessionPresent: boolean;
}

export function carOptions(vin: string, secret: string, extra: IClientOptions = {}): IClientOptions {
  return {
    clientId: vin,
    username: vin,
    password: secret,
    protocolVersion: 4,
    reconnectPeriod: 0,
    connectTimeout: WAIT_MS,
    clean: true,
    ...extra,
  };
}

/** Connects a car; the inbox listens before CONNECT so that queued messages are not missed. */
export async function connectCar(port: number, vin: string, secret: string, extra: IClientOptions = {}) {
  const client = mqtt.connect(`mqtt://127.0.0.1:${port}`, carOptions(vin, secret, extra));
  const inbox = new Inbox(client);
  const sessionPresent = await new Promise<boolean>((resolve, reject) => {
    const timer = setTimeout(() => {
      client.end(true);
      reject(new Error(`no CONNACK within ${WAIT_MS} ms`));
    }, WAIT_MS);
    client.once('connect', (connack) => {
      clearTimeout(timer);
      resolve(connack.sessionPresent);
    });
    client.once('error', (error) => {
      clearTimeout(timer);
      client.end(true);
      reject(error);
    });
  });
  return { client, inbox, vin, sessionPresent };
}

/** Connects and expects a refusal; returns the CONNACK return code. */
export async function refusedConnack(
  port: number,
  options: IClientOptions,
): Promise<number | string | undefined> {
  try {
    const client = await mqtt.connectAsync(`mqtt://127.0.0.1:${port}`, { ...options, reconnectPeriod: 0 });
    await client.endAsync(true);
    return 0;
  } catch (error) {
    // A CONNACK refusal carries its return code; a socket error its errno name (ECONNREFUSED).
    return (error as { code?: number | string }).code;
  }
}

/** Resolves when the client's connection closes; fails after `timeoutMs`. */
export function closed(client: MqttClient, timeoutMs = WAIT_MS): Promise<void> {
  if (!client.connected) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`connection still open after ${timeoutMs} ms`)),
      timeoutMs,
    );
    client.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * SUBSCRIBE and the SUBACK return code per filter (0x80 = failure). MQTT.js rejects a SUBACK
 * with any failure, so the codes are read from the SUBACK packet itself.
 */
export function subscribeCodes(client: MqttClient, filters: string[], qos: 0 | 1 = 1) {
  return new Promise<Record<string, number>>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no SUBACK in time')), WAIT_MS);
    client.subscribe(Object.fromEntries(filters.map((f) => [f, { qos }])), (error, _granted, packet) => {
      clearTimeout(timer);
      const codes = (packet as { granted?: number[] } | undefined)?.granted;
      if (!codes || codes.length !== filters.length) {
        reject(error ?? new Error('SUBACK without one code per filter'));
        return;
      }
      resolve(Object.fromEntries(filters.map((f, i) => [f, codes[i] as number])));
    });
  });
}

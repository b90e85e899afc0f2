/**
 * A bare test car: the real `mqtt` client and the real protobuf codec, written from
 * docs/protocol.md alone. It records every downlink (decoded and raw) so tests can assert
 * exactly what a car received.
 */
import { randomUUID } from 'node:crypto';
import {
  carDownlinkFilter,
  type DownlinkEnvelope,
  decodeDownlink,
  encodeUplink,
  toTimestamp,
  type UplinkEnvelopeInit,
  type UplinkKind,
  uplinkTopic,
} from '@csb/proto';
import mqtt, { type MqttClient } from 'mqtt';

export interface Received {
  topic: string;
  raw: Buffer;
  envelope: DownlinkEnvelope;
}

export class TestCar {
  readonly received: Received[] = [];
  private readonly waiters = new Set<() => void>();
  readonly client: MqttClient;
  readonly vin: string;

  private constructor(client: MqttClient, vin: string) {
    this.client = client;
    this.vin = vin;
    client.on('message', (topic, payload) => {
      const decoded = decodeDownlink(payload);
      if (!decoded.ok) throw new Error(`car ${vin} got an undecodable downlink on ${topic}`);
      this.received.push({ topic, raw: payload, envelope: decoded.message });
      for (const wake of this.waiters) wake();
    });
  }

  /** Connects with the given credentials; resolves when subscribed to its downlinks. */
  static async connect(url: string, vin: string, secret: string, options: { subscribe?: boolean } = {}) {
    const client = mqtt.connect(url, {
      clientId: vin,
      username: vin,
      password: secret,
      protocolVersion: 4,
      clean: false,
      reconnectPeriod: 0,
      connectTimeout: 5_000,
    });
    await new Promise<void>((resolve, reject) => {
      client.once('connect', () => resolve());
      client.once('error', reject);
      client.once('close', () => reject(new Error(`connection of ${vin} closed before CONNACK`)));
    });
    const car = new TestCar(client, vin);
    if (options.subscribe !== false) await client.subscribeAsync(carDownlinkFilter(vin), { qos: 1 });
    return car;
  }

  /** Publishes one uplink QoS 1; resolves on PUBACK. Returns the message id used. */
  async send(
    kind: UplinkKind,
    body: Omit<UplinkEnvelopeInit, 'messageId' | 'sentAt'>,
    messageId: string = randomUUID(),
  ) {
    const payload = encodeUplink({ messageId, sentAt: toTimestamp(Date.now()), ...body });
    await this.client.publishAsync(uplinkTopic(this.vin, kind), Buffer.from(payload), { qos: 1 });
    return messageId;
  }

  async sendRaw(topic: string, payload: Buffer): Promise<void> {
    await this.client.publishAsync(topic, payload, { qos: 1 });
  }

  /** Waits (bounded) until a received downlink matches. */
  async waitFor(match: (r: Received) => boolean, what: string, timeoutMs = 10_000): Promise<Received> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.received.find(match);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) {
        const seen = this.received.map((r) => r.envelope.body).join(', ');
        throw new Error(
          `car ${this.vin}: no ${what} within ${timeoutMs} ms (received: ${seen || 'nothing'})`,
        );
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, Math.min(left, 250));
        function done() {
          clearTimeout(timer);
          resolve();
        }
        this.waiters.add(done);
      }).finally(() => this.waiters.clear());
    }
  }

  resultFor(messageId: string, timeoutMs?: number) {
    return this.waitFor(
      (r) => r.envelope.uplinkResult?.uplinkMessageId === messageId,
      `result for ${messageId}`,
      timeoutMs,
    );
  }

  /** SUBACK return codes, one per filter (MQTT.js reports a 0x80 as an error, so read the packet). */
  subscribeCodes(filters: string[]): Promise<number[]> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no SUBACK within 5 s')), 5_000);
      this.client.subscribe(
        Object.fromEntries(filters.map((f) => [f, { qos: 1 as const }])),
        (error, _granted, packet) => {
          clearTimeout(timer);
          const codes = (packet as { granted?: number[] } | undefined)?.granted;
          if (codes?.length === filters.length) resolve(codes);
          else reject(error ?? new Error('SUBACK without one code per filter'));
        },
      );
    });
  }

  /** Closes at once: after the server closed the connection, a graceful end could wait forever. */
  close(): Promise<void> {
    return new Promise((resolve) => this.client.end(true, {}, () => resolve()));
  }
}

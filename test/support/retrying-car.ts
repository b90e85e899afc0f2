/**
 * A car written from docs/protocol.md alone, the way a head unit must behave across crashes:
 * persistent session, subscribe after every CONNACK, one booking request at a time, the SAME
 * bytes (same message_id) resent after every reconnect until its UplinkResult arrives, a
 * DeliveryReceipt for every downlink except results. The server address can change between
 * connections (the fault test restarts the system on a new port).
 */
import { carDownlinkFilter, csb, decodeDownlink, encodeUplink, toTimestamp, uplinkTopic } from '@csb/proto';
import mqtt, { type MqttClient } from 'mqtt';

export interface RequestRecord {
  messageId: string;
  payload: Buffer;
  /** 'accepted' with the appointment id, 'rejected' with the code; undefined while unanswered. */
  outcome?: { kind: 'accepted'; appointmentId: string } | { kind: 'rejected'; code: number };
  sends: number;
}

export class RetryingCar {
  readonly vin: string;
  readonly secret: string;
  readonly requests: RequestRecord[] = [];
  /** Downlink message ids seen per kind (the car dedupes on message id). */
  readonly seen = new Map<string, string>();
  /** Downlinks received per message id, repeats included. */
  copies = 0;
  private client: MqttClient | null = null;
  private current: RequestRecord | null = null;
  private readonly prefix: string;
  private counter = 0;
  private wake: (() => void) | null = null;

  constructor(vin: string, secret: string, prefix: string) {
    this.vin = vin;
    this.secret = secret;
    this.prefix = prefix;
  }

  /** Connects (or reconnects) to `port`; resolves once subscribed, or false when refused/closed. */
  async connect(port: number): Promise<boolean> {
    this.disconnect();
    const client = mqtt.connect(`mqtt://127.0.0.1:${port}`, {
      clientId: this.vin,
      username: this.vin,
      password: this.secret,
      protocolVersion: 4,
      clean: false,
      reconnectPeriod: 0,
      connectTimeout: 3_000,
    });
    this.client = client;
    client.on('message', (topic, payload) => this.onMessage(client, topic, payload));
    client.on('error', () => {});
    client.on('close', () => this.wake?.());
    const connected = await new Promise<boolean>((resolve) => {
      client.once('connect', () => resolve(true));
      client.once('close', () => resolve(false));
    });
    if (!connected) return false;
    try {
      await client.subscribeAsync(carDownlinkFilter(this.vin), { qos: 1 });
    } catch {
      return false;
    }
    // The request still unanswered is sent again, same bytes (docs/protocol.md section 4).
    if (this.current && !this.current.outcome) this.publish(this.current);
    return true;
  }

  disconnect(): void {
    this.client?.end(true);
    this.client = null;
  }

  get connected(): boolean {
    return this.client?.connected === true;
  }

  /** Sends the next new booking request unless one is still unanswered. */
  next(): void {
    if (this.current && !this.current.outcome) return;
    this.counter += 1;
    const messageId = `${this.prefix}-${this.counter.toString().padStart(5, '0')}`;
    const now = Date.now();
    const payload = Buffer.from(
      encodeUplink({
        messageId,
        sentAt: toTimestamp(now),
        bookingRequest: {
          origin: csb.v1.RequestOrigin.REQUEST_ORIGIN_MANUAL,
          consent: { granted: true, grantedAt: toTimestamp(now) },
          // The note carries the message id so the test can count appointments per request.
          customerNote: messageId,
        },
      }),
    );
    this.current = { messageId, payload, sends: 0 };
    this.requests.push(this.current);
    this.publish(this.current);
  }

  /** Resolves when the current request is answered or the connection closed, at most `ms`. */
  waitAnswerOrClose(ms: number): Promise<void> {
    if (!this.current || this.current.outcome || !this.connected) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      const self = this;
      function done() {
        clearTimeout(timer);
        self.wake = null;
        resolve();
      }
      this.wake = done;
    });
  }

  /** The current request is answered (or none was sent). */
  get idle(): boolean {
    return !this.current || this.current.outcome !== undefined;
  }

  private publish(record: RequestRecord): void {
    const client = this.client;
    if (!client?.connected) return;
    record.sends += 1;
    client.publish(uplinkTopic(this.vin, 'booking-request'), record.payload, { qos: 1 }, () => {});
  }

  private onMessage(client: MqttClient, _topic: string, payload: Buffer): void {
    const decoded = decodeDownlink(payload);
    if (!decoded.ok) return;
    const envelope = decoded.message;
    const result = envelope.uplinkResult;
    if (result) {
      const record = this.requests.find((r) => r.messageId === result.uplinkMessageId);
      if (record && !record.outcome) {
        record.outcome = result.accepted
          ? { kind: 'accepted', appointmentId: result.accepted.appointmentId ?? '' }
          : { kind: 'rejected', code: result.rejected?.code ?? 0 };
      }
      this.wake?.();
      return;
    }
    this.copies += 1;
    this.seen.set(envelope.messageId, envelope.body ?? '');
    const receipt = encodeUplink({
      messageId: `rcpt-${envelope.messageId}`.slice(0, 64),
      sentAt: toTimestamp(Date.now()),
      deliveryReceipt: { downlinkMessageId: envelope.messageId, receivedAt: toTimestamp(Date.now()) },
    });
    if (client.connected)
      client.publish(uplinkTopic(this.vin, 'delivery-receipt'), Buffer.from(receipt), { qos: 1 }, () => {});
  }
}

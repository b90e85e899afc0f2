/**
 * An MQTT 3.1.1 proxy between the head unit under test and csb: it reads every packet in both
 * directions (mqtt-packet), records what the client does, and lets the kit play the cloud's hard
 * moments - refuse a CONNECT, withhold an answer, answer an uplink itself, send a downlink again,
 * send a downlink csb would not (an unknown field, an unknown body). Everything else passes
 * through unchanged, so csb does the real work (auth, booking, results, lists, proposals).
 *
 * Packet ids: the proxy's own PUBLISHes to the client use ids from INJECTED_ID_BASE up (csb
 * counts from 1), and the client's PUBACKs for them are not forwarded. Bounds: one client
 * connection at a time (a new one replaces the old, as csb does), the log is capped at LOG_CAP.
 */
import net, { type AddressInfo } from 'node:net';
import {
  type DownlinkEnvelope,
  decodeDownlink,
  decodeUplink,
  parseTopic,
  type UplinkEnvelope,
} from '@csb/proto';
import mqttPacket, { type IConnectPacket, type IPublishPacket, type Packet } from 'mqtt-packet';

const INJECTED_ID_BASE = 50_000;
const LOG_CAP = 100_000;

export type ProxyEvent =
  | { type: 'connect'; at: number; packet: IConnectPacket; refused: number | undefined }
  | { type: 'connack'; at: number; returnCode: number }
  | { type: 'subscribe'; at: number; filters: { topic: string; qos: number }[]; afterConnack: number }
  | {
      type: 'uplink';
      at: number;
      topic: string;
      qos: number;
      retain: boolean;
      payload: Buffer;
      envelope: UplinkEnvelope | undefined;
      swallowed: boolean;
    }
  | {
      type: 'downlink';
      at: number;
      packet: IPublishPacket;
      envelope: DownlinkEnvelope | undefined;
      withheld: boolean;
      injected: boolean;
    }
  | { type: 'close'; at: number };

export type UplinkDecision = 'forward' | 'swallow';
export type DownlinkDecision = 'forward' | 'withhold';

export interface ProxyPolicy {
  /** CONNACK return code for the next `refuseCount` CONNECTs (the connection is closed after it). */
  refuseCount: number;
  refuseCode: number;
  uplink: (envelope: UplinkEnvelope | undefined, topic: string) => UplinkDecision;
  downlink: (envelope: DownlinkEnvelope | undefined, topic: string) => DownlinkDecision;
}

export interface ConformanceProxy {
  readonly port: number;
  readonly log: readonly ProxyEvent[];
  readonly policy: ProxyPolicy;
  /** Sends a PUBLISH (QoS 1) to the connected client; false when none is connected. */
  inject(topic: string, payload: Uint8Array, dup?: boolean): boolean;
  /** Closes the client's connection at once (no DISCONNECT), as a network loss would. */
  dropClient(): void;
  /** Resolves with the first logged event from index `since` on that `match` accepts. */
  waitFor<T extends ProxyEvent>(
    match: (e: ProxyEvent) => e is T,
    since: number,
    timeoutMs: number,
  ): Promise<T | undefined>;
  waitFor(
    match: (e: ProxyEvent) => boolean,
    since: number,
    timeoutMs: number,
  ): Promise<ProxyEvent | undefined>;
  close(): Promise<void>;
}

export async function startProxy(upstream: { host: string; port: number }): Promise<ConformanceProxy> {
  const log: ProxyEvent[] = [];
  const waiters = new Set<() => void>();
  const policy: ProxyPolicy = {
    refuseCount: 0,
    refuseCode: 3,
    uplink: () => 'forward',
    downlink: () => 'forward',
  };
  let current: { client: net.Socket; server: net.Socket | undefined } | undefined;
  let nextInjectedId = INJECTED_ID_BASE;
  const injectedIds = new Set<number>();
  let lastConnackAt = 0;

  function record(event: ProxyEvent): void {
    if (log.length < LOG_CAP) log.push(event);
    for (const wake of [...waiters]) wake();
  }

  const server = net.createServer((client) => {
    client.setNoDelay(true);
    current?.client.destroy();
    const conn: { client: net.Socket; server: net.Socket | undefined } = { client, server: undefined };
    current = conn;
    const fromClient = mqttPacket.parser({ protocolVersion: 4 });
    const fromServer = mqttPacket.parser({ protocolVersion: 4 });
    const pendingToServer: Buffer[] = [];
    const toServer = (packet: Packet) => {
      const bytes = mqttPacket.generate(packet);
      if (conn.server?.readyState === 'open') conn.server.write(bytes);
      else pendingToServer.push(bytes);
    };
    const toClient = (packet: Packet) => {
      if (!client.destroyed) client.write(mqttPacket.generate(packet));
    };

    fromClient.on('packet', (packet) => {
      const at = Date.now();
      switch (packet.cmd) {
        case 'connect': {
          const refused = policy.refuseCount > 0 ? policy.refuseCode : undefined;
          record({ type: 'connect', at, packet, refused });
          if (refused !== undefined) {
            policy.refuseCount -= 1;
            toClient({ cmd: 'connack', returnCode: refused, sessionPresent: false });
            record({ type: 'connack', at, returnCode: refused });
            client.end();
            return;
          }
          const s = net.connect(upstream.port, upstream.host, () => {
            for (const bytes of pendingToServer.splice(0)) s.write(bytes);
          });
          s.setNoDelay(true);
          conn.server = s;
          s.on('data', (chunk) => fromServer.parse(chunk));
          s.on('close', () => client.destroy());
          s.on('error', () => client.destroy());
          toServer(packet);
          return;
        }
        case 'publish': {
          const payload = Buffer.isBuffer(packet.payload) ? packet.payload : Buffer.from(packet.payload);
          const decoded = decodeUplink(payload);
          const envelope = decoded.ok ? decoded.message : undefined;
          const decision = policy.uplink(envelope, packet.topic);
          record({
            type: 'uplink',
            at,
            topic: packet.topic,
            qos: packet.qos,
            retain: packet.retain,
            payload,
            envelope,
            swallowed: decision === 'swallow',
          });
          if (decision === 'swallow') {
            if (packet.qos > 0) toClient({ cmd: 'puback', messageId: packet.messageId ?? 0 });
            return;
          }
          toServer(packet);
          return;
        }
        case 'puback':
          if (packet.messageId !== undefined && injectedIds.delete(packet.messageId)) return;
          toServer(packet);
          return;
        case 'subscribe':
          record({
            type: 'subscribe',
            at,
            filters: packet.subscriptions.map((s) => ({ topic: s.topic, qos: s.qos })),
            afterConnack: lastConnackAt,
          });
          toServer(packet);
          return;
        default:
          toServer(packet);
      }
    });

    fromServer.on('packet', (packet) => {
      const at = Date.now();
      if (packet.cmd === 'connack') {
        lastConnackAt = at;
        record({ type: 'connack', at, returnCode: packet.returnCode ?? 0 });
      }
      if (packet.cmd === 'publish') {
        const payload = Buffer.isBuffer(packet.payload) ? packet.payload : Buffer.from(packet.payload);
        const decoded = decodeDownlink(payload);
        const envelope = decoded.ok ? decoded.message : undefined;
        const decision = policy.downlink(envelope, packet.topic);
        record({
          type: 'downlink',
          at,
          packet,
          envelope,
          withheld: decision === 'withhold',
          injected: false,
        });
        if (decision === 'withhold') {
          // Acknowledged to csb here: as far as csb knows, the client got it.
          if (packet.qos > 0) toServer({ cmd: 'puback', messageId: packet.messageId ?? 0 });
          return;
        }
      }
      toClient(packet);
    });
    // A client that sends garbage is closed; that is recorded as a close and judged by the cases.
    fromClient.on('error', () => client.destroy());
    fromServer.on('error', () => client.destroy());
    client.on('data', (chunk) => fromClient.parse(chunk));
    client.on('error', () => client.destroy());
    client.on('close', () => {
      conn.server?.destroy();
      if (current === conn) current = undefined;
      record({ type: 'close', at: Date.now() });
    });
  });
  server.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const port = (server.address() as AddressInfo).port;

  function waitFor(match: (e: ProxyEvent) => boolean, since: number, timeoutMs: number) {
    return new Promise<ProxyEvent | undefined>((resolve) => {
      const check = () => {
        const found = log.slice(since).find(match);
        if (found === undefined) return false;
        waiters.delete(check);
        clearTimeout(timer);
        resolve(found);
        return true;
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        resolve(undefined);
      }, timeoutMs);
      if (!check()) waiters.add(check);
    });
  }

  return {
    port,
    log,
    policy,
    inject(topic, payload, dup = false) {
      const client = current?.client;
      if (client === undefined || client.destroyed) return false;
      nextInjectedId = nextInjectedId >= 65_535 ? INJECTED_ID_BASE : nextInjectedId + 1;
      injectedIds.add(nextInjectedId);
      const packet: IPublishPacket = {
        cmd: 'publish',
        topic,
        payload: Buffer.from(payload),
        qos: 1,
        dup,
        retain: false,
        messageId: nextInjectedId,
      };
      const envelope = decodeDownlink(payload);
      record({
        type: 'downlink',
        at: Date.now(),
        packet,
        envelope: envelope.ok ? envelope.message : undefined,
        withheld: false,
        injected: true,
      });
      client.write(mqttPacket.generate(packet));
      return true;
    },
    dropClient() {
      current?.client.destroy();
    },
    waitFor: waitFor as ConformanceProxy['waitFor'],
    close() {
      current?.client.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The kind of a downlink topic, or undefined. */
export function downlinkKindOf(topic: string): string | undefined {
  const parsed = parseTopic(topic);
  return parsed.ok && parsed.direction === 'down' ? parsed.kind : undefined;
}

/**
 * The cluster link: what one csb node tells the others through Redis (docs/deployment.md).
 *
 * Two things only, both over plain Redis pub/sub:
 *  1. The takeover notice. aedes publishes `$SYS/<brokerId>/new/clients` with the client id when
 *     a client registers, and every broker that holds a client of that id closes it
 *     ([MQTT-3.1.4-2], aedes.js `closeSameClients`). The emitter below relays exactly that topic
 *     through `mqemitter-redis`; every other topic stays in the process (a local mqemitter).
 *     Nothing else needs to cross nodes: a car's uplinks are handled on the node it is connected
 *     to (broker.ts `authorizePublish`) and its downlinks are written to its own client by the
 *     node holding it (dispatcher.ts). Relaying every uplink through Redis would cost a Redis
 *     PUBLISH and one delivery per node for each message nobody on the other nodes reads.
 *  2. The downlink wake-up. After a transaction that queued car downlinks commits, the node
 *     publishes their VINs on `csb:downlinks-queued`; every other node wakes its dispatcher for
 *     the VINs it holds. Redis pub/sub stores nothing: a node whose link dropped missed some, so
 *     after every reconnect it re-reads what it owes all its connected cars, and the dispatcher's
 *     safety poll stays as the backstop. The ledger in the database is the record.
 *
 * Bounds: no offline queue (`enableOfflineQueue: false`): while Redis is away a publish fails at
 * once instead of piling up in memory; a wake-up message carries at most WAKE_VINS_PER_MESSAGE
 * VINs (more are split). While the link is down the node is not ready (`/readyz`) and refuses new
 * car connections (broker.ts), because it could neither announce them nor hear of takeovers.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { isValidVin } from '@csb/proto';
import { Redis } from 'ioredis';
import mqemitter from 'mqemitter';
import MQEmitterRedis from 'mqemitter-redis';
import type { Logger } from 'pino';

/** Channel prefix of everything csb publishes; Redis pub/sub ignores the database number. */
const PREFIX = 'csb:';
const WAKE_CHANNEL = `${PREFIX}downlinks-queued`;
const TAKEOVER_FILTER = '$SYS/+/new/clients';
const TAKEOVER_TOPIC = /^\$SYS\/[^/]+\/new\/clients$/;
/** VINs per wake-up message (a message stays well under a few KiB). */
export const WAKE_VINS_PER_MESSAGE = 200;

export interface ClusterLinkOptions {
  /** `redis://[:password@]host:port[/db]` */
  redisUrl: string;
  /** This node's name in the cluster (the aedes broker id); unique per running process. */
  nodeId?: string;
  logger: Logger;
  /** How long `connect` waits for Redis at start (ms). */
  connectTimeoutMs?: number;
}

type Packet = { topic: string; [key: string]: unknown };
type Listener = (packet: Packet, done: () => void) => void;

/** The subset of mqemitter aedes 1.2 calls (aedes.js: on, removeListener, emit, close). */
export interface ClusterEmitter {
  on(topic: string, listener: Listener, done?: () => void): ClusterEmitter;
  removeListener(topic: string, listener: Listener, done?: () => void): void;
  emit(packet: Packet, done?: (error?: Error) => void): void;
  close(done: () => void): void;
}

export interface ClusterLink {
  readonly nodeId: string;
  /** aedes' `mq`: the takeover notice through Redis, everything else in this process. */
  readonly emitter: ClusterEmitter;
  /** All Redis connections up. */
  isUp(): boolean;
  /** Tells the other nodes that downlinks were queued for `vins` (undefined: any car). */
  announceDownlinksQueued(vins?: readonly string[]): void;
  /**
   * Another node queued downlinks for these VINs; called with undefined (any car) after every
   * reconnect to Redis, when some wake-ups may have been missed. Returns an unsubscribe function.
   */
  onDownlinksQueuedElsewhere(listener: (vins?: readonly string[]) => void): () => void;
  /** Called on every change of `isUp()`. */
  onUpChange(listener: (up: boolean) => void): () => void;
  close(): Promise<void>;
}

export function defaultNodeId(): string {
  return `${hostname()}-${randomBytes(3).toString('hex')}`;
}

/** Resolves once every connection is ready; rejects (and closes them) after the timeout. */
export async function connectClusterLink(options: ClusterLinkOptions): Promise<ClusterLink> {
  const nodeId = options.nodeId ?? defaultNodeId();
  const log = options.logger.child({ component: 'cluster', nodeId });
  const redisOptions = {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    // Reconnect forever, backing off to 2 s: the node recovers by itself when Redis is back.
    retryStrategy: (times: number) => Math.min(2_000, 50 * 2 ** Math.min(times, 6)),
    connectionName: `csb-${nodeId}`,
  };
  const connections = {
    pub: new Redis(options.redisUrl, redisOptions),
    takeover: new Redis(options.redisUrl, redisOptions),
    wake: new Redis(options.redisUrl, redisOptions),
  };
  const all = Object.values(connections);
  const isUp = () => all.every((c) => c.status === 'ready');

  const upListeners = new Set<(up: boolean) => void>();
  const wakeListeners = new Set<(vins?: readonly string[]) => void>();
  let wasUp = false;
  let everUp = false;
  let closing = false;
  function stateMaybeChanged(): void {
    const up = isUp();
    if (up === wasUp || closing) return;
    wasUp = up;
    if (up) {
      log.info(everUp ? 'Redis link back: re-reading what the connected cars are owed' : 'Redis link up');
      if (everUp) for (const listener of wakeListeners) listener(undefined);
      everUp = true;
    } else {
      log.warn('Redis link lost: not ready, new car connections refused until it is back');
    }
    for (const listener of upListeners) listener(up);
  }
  let lastErrorLog = 0;
  for (const connection of all) {
    connection.on('ready', stateMaybeChanged);
    connection.on('close', stateMaybeChanged);
    connection.on('end', stateMaybeChanged);
    // Without an 'error' listener ioredis prints every failed reconnect; one line per 10 s instead.
    connection.on('error', (error: Error) => {
      const now = Date.now();
      if (now - lastErrorLog < 10_000) return;
      lastErrorLog = now;
      log.warn({ err: error.message }, 'Redis connection error');
    });
  }

  try {
    await waitUntilUp(all, options.connectTimeoutMs ?? 10_000);
    await connections.wake.subscribe(WAKE_CHANNEL);
  } catch (error) {
    for (const connection of all) connection.disconnect();
    throw error;
  }
  stateMaybeChanged();

  connections.wake.on('message', (channel: string, message: string) => {
    if (channel !== WAKE_CHANNEL) return;
    const wake = parseWake(message);
    if (wake === null) {
      log.warn({ bytes: message.length }, 'malformed downlink wake-up from Redis ignored');
      return;
    }
    if (wake.node === nodeId) return; // this node's own dispatcher was woken in process
    for (const listener of wakeListeners) listener(wake.vins);
  });

  const local = mqemitter({ concurrency: 0, matchEmptyLevels: true });
  const remote = MQEmitterRedis({ pubConn: connections.pub, subConn: connections.takeover });
  // mqemitter-redis reports its connections' errors here; logged above already.
  (remote as unknown as { state: { on(event: 'error', listener: () => void): void } }).state.on(
    'error',
    () => undefined,
  );
  const relayed = new WeakMap<Listener, Listener>();
  const emitter: ClusterEmitter = {
    on(topic, listener, done) {
      if (topic !== TAKEOVER_FILTER) {
        local.on(topic, listener, done);
        return emitter;
      }
      // Prefixed in Redis (one Redis may serve other applications), bare for aedes.
      const unprefixed: Listener = (packet, next) =>
        listener({ ...packet, topic: packet.topic.slice(PREFIX.length) }, next);
      relayed.set(listener, unprefixed);
      remote.on(PREFIX + topic, unprefixed, done);
      return emitter;
    },
    removeListener(topic, listener, done) {
      const unprefixed = relayed.get(listener);
      if (topic === TAKEOVER_FILTER && unprefixed) remote.removeListener(PREFIX + topic, unprefixed, done);
      else local.removeListener(topic, listener, done);
    },
    emit(packet, done) {
      if (TAKEOVER_TOPIC.test(packet.topic)) {
        remote.emit({ ...packet, topic: PREFIX + packet.topic }, (error?: Error) => {
          if (error) log.warn({ err: error.message }, 'takeover notice not sent to the other nodes');
          done?.();
        });
      } else local.emit(packet, done);
    },
    close(done) {
      local.close(() => undefined);
      // mqemitter-redis quits both of its connections (pub and takeover) and waits for their
      // end; one that is down (Redis away) would never end that way: dropped at once instead.
      if (connections.pub.status === 'ready' && connections.takeover.status === 'ready')
        remote.close(() => done());
      else {
        connections.pub.disconnect();
        connections.takeover.disconnect();
        done();
      }
    },
  };

  return {
    nodeId,
    emitter,
    isUp,
    announceDownlinksQueued(vins) {
      if (closing) return;
      const chunks: (readonly string[] | null)[] = [];
      if (vins === undefined) chunks.push(null);
      else
        for (let i = 0; i < vins.length; i += WAKE_VINS_PER_MESSAGE)
          chunks.push(vins.slice(i, i + WAKE_VINS_PER_MESSAGE));
      for (const chunk of chunks) {
        connections.pub.publish(WAKE_CHANNEL, JSON.stringify({ node: nodeId, vins: chunk })).catch(
          // Lost: the other nodes' safety poll (and their re-read after a reconnect) covers it.
          (error: Error) => log.debug({ err: error.message }, 'downlink wake-up not published'),
        );
      }
    },
    onDownlinksQueuedElsewhere(listener) {
      wakeListeners.add(listener);
      return () => wakeListeners.delete(listener);
    },
    onUpChange(listener) {
      upListeners.add(listener);
      return () => upListeners.delete(listener);
    },
    async close() {
      if (closing) return;
      closing = true;
      connections.wake.disconnect();
      // The emitter is closed by aedes (broker.close); the pub and takeover connections with it.
      // A gateway that never started its broker leaves them open: closed here in that case.
      for (const connection of [connections.pub, connections.takeover])
        if (connection.status !== 'end') connection.disconnect();
    },
  };
}

function waitUntilUp(connections: Redis[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`Redis not reachable within ${timeoutMs} ms`));
    }, timeoutMs);
    const check = () => {
      if (!connections.every((c) => c.status === 'ready')) return;
      cleanup();
      resolve();
    };
    const cleanup = () => {
      clearTimeout(timer);
      for (const c of connections) c.off('ready', check);
    };
    for (const c of connections) c.on('ready', check);
    check();
  });
}

/** A wake-up from another node, checked: anything else on the channel is ignored (and logged). */
function parseWake(message: string): { node: string; vins: readonly string[] | undefined } | null {
  let value: unknown;
  try {
    value = JSON.parse(message);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { node, vins } = value as { node?: unknown; vins?: unknown };
  if (typeof node !== 'string') return null;
  if (vins === null) return { node, vins: undefined };
  if (!Array.isArray(vins) || vins.length > WAKE_VINS_PER_MESSAGE) return null;
  if (!vins.every((vin): vin is string => typeof vin === 'string' && isValidVin(vin))) return null;
  return { node, vins };
}

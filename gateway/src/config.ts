/**
 * Gateway configuration: one plain, frozen object passed down from the composition root.
 * Parsing environment variables is the executable's job (bin/); this file only fills defaults
 * and checks ranges, so a wrong value fails at start with the key named.
 */
import { MAX_UPLINK_PAYLOAD_BYTES } from '@csb/proto';
import { z } from 'zod';

const port = z.number().int().min(0).max(65_535);

export const gatewayConfigSchema = z.object({
  /** Interface both servers listen on. */
  host: z.string().min(1).default('127.0.0.1'),
  /** MQTT port; 0 lets the OS pick a free one (tests). */
  mqttPort: port.default(1883),
  /**
   * Pending-connection queue of the MQTT listeners (listen(2) backlog; the kernel caps it at
   * net.core.somaxconn). Node's default of 511 overflows when thousands of cars reconnect at
   * once (a cell tower or the broker coming back): dropped SYNs are retried by the car's TCP
   * stack only after 1, 3, 7, 15... seconds, so a storm drains in minutes while the broker idles.
   */
  listenBacklog: z.number().int().min(1).max(65_535).default(4_096),
  /** Interface of the ops HTTP server; defaults to `host`. */
  opsHost: z.string().min(1).optional(),
  /** Ops HTTP port (/healthz, /readyz, /metrics); 0 = any free port, null = no ops server. */
  opsPort: port.nullable().default(9100),
  /** Largest uplink payload in bytes; larger ones get PAYLOAD_TOO_LARGE unread. */
  maxPayloadBytes: z.number().int().positive().default(MAX_UPLINK_PAYLOAD_BYTES),
  /** Downlinks read from the core's outbox per round. */
  downlinkBatchSize: z.number().int().min(1).max(10_000).default(100),
  /** Safety poll of the outbox (ms), in case a queued-downlinks notification was missed. */
  downlinkPollIntervalMs: z.number().int().min(10).default(1_000),
  /** How long stop() waits for in-flight uplinks before closing the broker anyway (ms). */
  stopTimeoutMs: z.number().int().min(0).default(10_000),
  /**
   * Largest MQTT packet (Remaining Length, bytes) a car may send; a larger one closes the
   * connection before its body is read. Above the 32 KiB payload limit so that an oversize
   * payload up to this size is still answered with PAYLOAD_TOO_LARGE.
   */
  maxPacketBytes: z.number().int().min(1_024).default(65_536),
  /** Uplinks per second per car (token bucket); beyond: RATE_LIMITED (retryable). */
  carRatePerSecond: z.number().positive().default(20),
  /** Uplinks a car may send at once above its rate. */
  carRateBurst: z.number().int().min(1).default(100),
  /** RATE_LIMITED answers in a row after which the car is disconnected (a flood). */
  floodDisconnectAfter: z.number().int().min(1).default(200),
  /**
   * Uplinks handled by the core at once on this node; more wait (up to `maxUplinksQueued`) in
   * arrival order. Enough to fill the core's write batches, few enough to answer fast.
   */
  maxUplinksInFlight: z.number().int().min(1).default(256),
  /**
   * Uplinks waiting for the core on this node; beyond, uplinks are parked. Bounds memory (each
   * holds its payload, at most `maxPacketBytes`) and the wait (about this many divided by the
   * core's rate).
   */
  maxUplinksQueued: z.number().int().min(0).default(1_024),
  /**
   * Uplinks parked behind a full queue on this node: held, their connections not read meanwhile
   * (TCP slows the car down); beyond, an uplink is answered TEMPORARILY_UNAVAILABLE (retryable)
   * and its connection paused. 4,096 is about 2 s of the core's closed-loop rate on one node (with
   * the queue, about 3 s of waiting at most: far below a car's 30 s result timeout and its
   * keep-alive), and 4 per car for a node of 1,000 cars. 0: refuse at once when the queue is full.
   */
  maxUplinksParked: z.number().int().min(0).default(4_096),
  /**
   * Payload bytes the parked uplinks may hold together: 16 MiB is 4 KiB per parked uplink (a
   * booking request with a full Health Status is a few KiB), so 32 KiB payloads cannot make the
   * parking hold 128 MiB.
   */
  maxUplinksParkedBytes: z
    .number()
    .int()
    .min(0)
    .default(16 * 1_048_576),
  /**
   * Filters one SUBSCRIBE or UNSUBSCRIBE may carry; more close the connection. A car is granted
   * at most nine distinct filters (`down/#`, `down/+`, one per downlink kind).
   */
  maxFiltersPerPacket: z.number().int().min(1).max(1_000).default(16),
  /** Failed CONNECTs from one source address (within `authFailureWindowMs`) before refusing it outright. */
  authFailuresBeforeBackoff: z.number().int().min(1).default(10),
  authFailureWindowMs: z.number().int().min(1).default(60_000),
  /** First refusal period of an address over the limit; doubles per further failure up to `authBackoffMaxMs`. */
  authBackoffMs: z.number().int().min(1).default(10_000),
  authBackoffMaxMs: z
    .number()
    .int()
    .min(1)
    .default(15 * 60_000),
  /** MQTT over TLS (mqtts) besides plain MQTT: PEM certificate chain and key (contents, not paths). */
  tls: z
    .object({
      cert: z.string().min(1),
      key: z.string().min(1),
      /** mqtts port; 0 = any free port. */
      port: port.default(8883),
    })
    .optional(),
});

/** What a caller may pass: every key optional. */
export type GatewayConfigInput = z.input<typeof gatewayConfigSchema>;
export type GatewayConfig = Readonly<z.output<typeof gatewayConfigSchema>>;

/** Fills defaults and validates; throws a ZodError naming the bad key (a start-up error, not data). */
export function resolveGatewayConfig(input: GatewayConfigInput = {}): GatewayConfig {
  return Object.freeze(gatewayConfigSchema.parse(input));
}

/**
 * Prometheus metrics of one gateway instance, on a Registry of its own (no global default
 * registry: two gateways in one test process must not share counters).
 */
import { Counter, Gauge, Histogram, Registry } from 'prom-client';

export interface GatewayMetrics {
  registry: Registry;
  /** TCP connections accepted on the MQTT port. */
  mqttConnections: Counter<never>;
  /** Cars that passed authentication (CONNACK 0). */
  carConnections: Counter<never>;
  authFailures: Counter<'reason'>;
  aclDenials: Counter<'action' | 'reason'>;
  uplinks: Counter<'kind'>;
  rejections: Counter<'code'>;
  deliveryReceipts: Counter<never>;
  downlinksPublished: Counter<'kind'>;
  coreErrors: Counter<'operation'>;
  clientErrors: Counter<never>;
  uplinkResultSeconds: Histogram<never>;
  connectedCars: Gauge<never>;
  /** Downlink ledger rows by state, read from the core at scrape time. */
  downlinks: Gauge<'state'>;
  /** Limit breaches (oversize packets, floods, auth backoff), by limit. */
  limitBreaches: Counter<'limit'>;
  /** Car packets that broke an MQTT rule aedes does not check (connection closed), by violation. */
  protocolViolations: Counter<'violation'>;
  /** Uplinks admitted but dropped before the core: their connection closed, or the gateway stopped. */
  uplinksDropped: Counter<'reason'>;
  /** Uplinks in the core, queued and parked on this node, read from the broker at scrape time. */
  uplinksPending: Gauge<'stage'>;
  /** Connections whose reads were paused because the uplink parking was full. */
  connectionsPaused: Counter<never>;
  /** Age of the oldest due and not yet done scheduler work (0 when nothing is overdue). */
  schedulerLag: Gauge<never>;
  /** 1 while this node's link to the cluster (Redis) is up; absent on a single node. */
  clusterLinkUp: Gauge<never> | undefined;
}

export interface GatewayMetricSources {
  connectedCars(): number;
  pendingUplinks(): { running: number; queued: number; parked: number };
  downlinkCounts(): Promise<Record<string, number>>;
  schedulerLagMs?(): Promise<number>;
  clusterLinkUp?(): boolean;
}

/** Gauges are read at scrape time, so they cannot drift from the broker's count or the ledger. */
export function createGatewayMetrics(sources: GatewayMetricSources): GatewayMetrics {
  const registry = new Registry();
  const registers = [registry];
  return {
    registry,
    mqttConnections: new Counter({
      name: 'csb_gateway_mqtt_connections_total',
      help: 'TCP connections accepted on the MQTT port',
      registers,
    }),
    carConnections: new Counter({
      name: 'csb_gateway_car_connections_total',
      help: 'Car connections that passed authentication (CONNACK 0)',
      registers,
    }),
    authFailures: new Counter({
      name: 'csb_gateway_auth_failures_total',
      help: 'Refused CONNECTs by reason',
      labelNames: ['reason'],
      registers,
    }),
    aclDenials: new Counter({
      name: 'csb_gateway_acl_denials_total',
      help: 'Topic ACL denials (action: publish = connection closed, subscribe = SUBACK 0x80, forward = dropped)',
      labelNames: ['action', 'reason'],
      registers,
    }),
    uplinks: new Counter({
      name: 'csb_gateway_uplinks_total',
      help: 'Uplink messages received, by topic kind ("unknown" for a kind this server does not know)',
      labelNames: ['kind'],
      registers,
    }),
    rejections: new Counter({
      name: 'csb_gateway_uplink_rejections_total',
      help: 'Uplink messages rejected, by rejection code',
      labelNames: ['code'],
      registers,
    }),
    deliveryReceipts: new Counter({
      name: 'csb_gateway_delivery_receipts_total',
      help: 'Delivery receipts passed to the core',
      registers,
    }),
    downlinksPublished: new Counter({
      name: 'csb_gateway_downlinks_published_total',
      help: 'Downlink messages published to cars (QoS 1), by topic kind (result included)',
      labelNames: ['kind'],
      registers,
    }),
    coreErrors: new Counter({
      name: 'csb_gateway_core_errors_total',
      help: 'Calls to the booking core that failed with an exception',
      labelNames: ['operation'],
      registers,
    }),
    clientErrors: new Counter({
      name: 'csb_gateway_client_errors_total',
      help: 'Car connections closed by the broker on an error (protocol violation, keepalive, ACL)',
      registers,
    }),
    uplinkResultSeconds: new Histogram({
      name: 'csb_gateway_uplink_result_seconds',
      help: 'Time from receiving an uplink to its UplinkResult being handed to the broker',
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    }),
    connectedCars: new Gauge({
      name: 'csb_gateway_connected_cars',
      help: 'Authenticated car connections open now',
      registers,
      collect() {
        this.set(sources.connectedCars());
      },
    }),
    downlinks: new Gauge({
      name: 'csb_gateway_downlinks',
      help: 'Open car downlinks in the ledger by state (queued, sent: no receipt yet)',
      labelNames: ['state'],
      registers,
      async collect() {
        try {
          const counts = await sources.downlinkCounts();
          for (const [state, count] of Object.entries(counts)) this.set({ state }, count);
        } catch {
          // The core is closing or failing: keep the last values rather than fail the whole scrape.
        }
      },
    }),
    schedulerLag: new Gauge({
      name: 'csb_scheduler_lag_seconds',
      help: 'How long the oldest due scheduler work (reminders, time rules) has been waiting; 0 when none',
      registers,
      async collect() {
        if (!sources.schedulerLagMs) return;
        try {
          this.set((await sources.schedulerLagMs()) / 1000);
        } catch {
          // The core is closing or failing: keep the last value rather than fail the whole scrape.
        }
      },
    }),
    clusterLinkUp: sources.clusterLinkUp
      ? new Gauge({
          name: 'csb_cluster_link_up',
          help: "1 while this node's link to the other cluster nodes (Redis) is up, else 0",
          registers,
          collect() {
            this.set(sources.clusterLinkUp?.() ? 1 : 0);
          },
        })
      : undefined,
    protocolViolations: new Counter({
      name: 'csb_gateway_protocol_violations_total',
      help: 'Car packets closing the connection for an MQTT rule (EMPTY_SUBSCRIBE, EMPTY_UNSUBSCRIBE, TOO_MANY_FILTERS, INVALID_STRING)',
      labelNames: ['violation'],
      registers,
    }),
    uplinksDropped: new Counter({
      name: 'csb_gateway_uplinks_dropped_total',
      help: 'Uplinks dropped unprocessed while waiting for the core (connection_closed, stopping); the car resends them',
      labelNames: ['reason'],
      registers,
    }),
    uplinksPending: new Gauge({
      name: 'csb_gateway_uplinks_pending',
      help: 'Uplinks on this node not answered yet, by stage: running (in the core), queued, parked (their connection not read meanwhile)',
      labelNames: ['stage'],
      registers,
      collect() {
        const pending = sources.pendingUplinks();
        this.set({ stage: 'running' }, pending.running);
        this.set({ stage: 'queued' }, pending.queued);
        this.set({ stage: 'parked' }, pending.parked);
      },
    }),
    connectionsPaused: new Counter({
      name: 'csb_gateway_connections_paused_total',
      help: 'Connections whose reads were paused because the uplink parking was full (one of their uplinks answered TEMPORARILY_UNAVAILABLE)',
      registers,
    }),
    limitBreaches: new Counter({
      name: 'csb_gateway_limit_breaches_total',
      help: 'Hostile-input limits hit, by limit (packet_size, rate, flood_disconnect per connection, auth_backoff, uplink_queue)',
      labelNames: ['limit'],
      registers,
    }),
  };
}

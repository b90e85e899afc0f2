/**
 * The store queries of the dealer event feed and its webhook deliveries (migration 009), in
 * kysely's dialect-neutral builder only: UPSERT ... RETURNING and conditional UPDATEs run the same
 * on SQLite and PostgreSQL.
 */
import { type Kysely, sql } from 'kysely';
import type {
  DealerEventRecord,
  DealerEventSession,
  WebhookAttemptRecord,
  WebhookDeliveryRecord,
  WebhookEndpointRecord,
} from '../service/store-port.ts';
import { type HotRunner, hotStatements, queryRunner, type SqlDialect } from './hot-statements.ts';
import { json, parse } from './rows.ts';
import type { Database, DealerEventsTable, WebhookDeliveriesTable, WebhookEndpointsTable } from './schema.ts';

function toEvent(r: DealerEventsTable): DealerEventRecord {
  return {
    dealerId: r.dealer_id,
    seq: Number(r.seq),
    eventId: r.event_id,
    type: r.type,
    occurredAt: Number(r.occurred_at),
    data: parse<Record<string, unknown>>(r.data_json),
  };
}

function toEndpoint(r: WebhookEndpointsTable): WebhookEndpointRecord {
  return {
    endpointId: r.endpoint_id,
    dealerId: r.dealer_id,
    url: r.url,
    eventTypes: r.event_types_json === null ? null : parse<string[]>(r.event_types_json),
    description: r.description,
    secret: r.secret,
    previousSecret: r.previous_secret,
    previousSecretUntil: r.previous_secret_until === null ? null : Number(r.previous_secret_until),
    state: r.state,
    disabledReason: r.disabled_reason,
    createdAt: Number(r.created_at),
    fanoutSeq: Number(r.fanout_seq),
    failingSince: r.failing_since === null ? null : Number(r.failing_since),
  };
}

function toDelivery(r: WebhookDeliveriesTable): WebhookDeliveryRecord {
  return {
    deliveryId: r.delivery_id,
    endpointId: r.endpoint_id,
    queueSeq: Number(r.queue_seq),
    messageId: r.message_id,
    eventType: r.event_type,
    body: r.body,
    state: r.state,
    attempts: Number(r.attempts),
    nextAttemptAt: Number(r.next_attempt_at),
    createdAt: Number(r.created_at),
    finishedAt: r.finished_at === null ? null : Number(r.finished_at),
    lastStatusCode: r.last_status_code === null ? null : Number(r.last_status_code),
    lastLatencyMs: r.last_latency_ms === null ? null : Number(r.last_latency_ms),
    lastError: r.last_error,
  };
}

export function dealerEventQueries(
  db: Kysely<Database>,
  dialect: SqlDialect,
  run: HotRunner = queryRunner(db),
): DealerEventSession {
  const HOT_SQL = hotStatements(dialect);
  /** Reserves `n` numbers of a counter row: returns the last one (the first is last - n + 1). */
  async function bumpDealerCounter(dealerId: string, n: number): Promise<number> {
    const rows = await run.rows<{ last_seq: number }>(HOT_SQL.bumpDealerEventCounter, [dealerId, n]);
    const last = rows[0]?.last_seq;
    if (last === undefined) throw new Error(`no event counter returned for dealer ${dealerId}`);
    return Number(last);
  }

  return {
    // On every command that changes an appointment: fixed SQL texts (hot-statements.ts), not the
    // query builder, whose building cost more than the statements (docs/benchmarks.md).
    async appendDealerEvents(events) {
      const byDealer = new Map<string, typeof events>();
      for (const e of events) byDealer.set(e.dealerId, [...(byDealer.get(e.dealerId) ?? []), e]);
      for (const [dealerId, own] of byDealer) {
        const last = await bumpDealerCounter(dealerId, own.length);
        for (const [i, e] of own.entries())
          await run.changes(HOT_SQL.insertDealerEvent, [
            dealerId,
            last - own.length + 1 + i,
            e.eventId,
            e.type,
            e.occurredAt,
            json(e.data),
          ]);
      }
    },
    async lastDealerEventSeq(dealerId) {
      const row = await db
        .selectFrom('dealer_event_counters')
        .select('last_seq')
        .where('dealer_id', '=', dealerId)
        .executeTakeFirst();
      return Number(row?.last_seq ?? 0);
    },
    async listDealerEvents(dealerId, afterSeq, limit) {
      const rows = await db
        .selectFrom('dealer_events')
        .selectAll()
        .where('dealer_id', '=', dealerId)
        .where('seq', '>', afterSeq)
        .orderBy('seq')
        .limit(Math.max(0, Math.trunc(limit)))
        .execute();
      return rows.map(toEvent);
    },
    async getDealerEvent(dealerId, eventId) {
      const row = await db
        .selectFrom('dealer_events')
        .selectAll()
        .where('dealer_id', '=', dealerId)
        .where('event_id', '=', eventId)
        .executeTakeFirst();
      return row && toEvent(row);
    },
    async listDealerEventsBetween(dealerId, from, to, limit, types) {
      if (types !== null && types.length === 0) return [];
      let query = db
        .selectFrom('dealer_events')
        .selectAll()
        .where('dealer_id', '=', dealerId)
        .where('occurred_at', '>=', from)
        .where('occurred_at', '<', to);
      if (types !== null) query = query.where('type', 'in', [...types]);
      const rows = await query
        .orderBy('seq')
        .limit(Math.max(0, Math.trunc(limit)))
        .execute();
      return rows.map(toEvent);
    },
    async deleteDealerEventsBefore(before, limit) {
      const doomed = db
        .selectFrom('dealer_events')
        .select('event_id')
        .where('occurred_at', '<', before)
        .limit(Math.max(0, Math.trunc(limit)));
      const result = await db.deleteFrom('dealer_events').where('event_id', 'in', doomed).executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async insertWebhookEndpoint(e) {
      await db
        .insertInto('webhook_endpoints')
        .values({
          endpoint_id: e.endpointId,
          dealer_id: e.dealerId,
          url: e.url,
          event_types_json: e.eventTypes === null ? null : json(e.eventTypes),
          description: e.description,
          secret: e.secret,
          previous_secret: e.previousSecret,
          previous_secret_until: e.previousSecretUntil,
          state: e.state,
          disabled_reason: e.disabledReason,
          created_at: e.createdAt,
          fanout_seq: e.fanoutSeq,
          queue_seq: 0,
          failing_since: e.failingSince,
          claimed_until: null,
          claim_token: null,
        })
        .execute();
    },
    async getWebhookEndpoint(endpointId) {
      const row = await db
        .selectFrom('webhook_endpoints')
        .selectAll()
        .where('endpoint_id', '=', endpointId)
        .executeTakeFirst();
      return row && toEndpoint(row);
    },
    async listWebhookEndpoints(dealerId) {
      const rows = await db
        .selectFrom('webhook_endpoints')
        .selectAll()
        .where('dealer_id', '=', dealerId)
        .orderBy('created_at')
        .orderBy('endpoint_id')
        .execute();
      return rows.map(toEndpoint);
    },
    async updateWebhookEndpoint(endpointId, p) {
      const values: Partial<WebhookEndpointsTable> = {
        ...(p.url !== undefined ? { url: p.url } : {}),
        ...(p.eventTypes !== undefined
          ? { event_types_json: p.eventTypes === null ? null : json(p.eventTypes) }
          : {}),
        ...(p.description !== undefined ? { description: p.description } : {}),
        ...(p.secret !== undefined ? { secret: p.secret } : {}),
        ...(p.previousSecret !== undefined ? { previous_secret: p.previousSecret } : {}),
        ...(p.previousSecretUntil !== undefined ? { previous_secret_until: p.previousSecretUntil } : {}),
        ...(p.state !== undefined ? { state: p.state } : {}),
        ...(p.disabledReason !== undefined ? { disabled_reason: p.disabledReason } : {}),
        ...(p.failingSince !== undefined ? { failing_since: p.failingSince } : {}),
        ...(p.fanoutSeq !== undefined ? { fanout_seq: p.fanoutSeq } : {}),
      };
      if (Object.keys(values).length === 0) return;
      await db.updateTable('webhook_endpoints').set(values).where('endpoint_id', '=', endpointId).execute();
    },
    async deleteWebhookEndpoint(endpointId) {
      const deliveries = db
        .selectFrom('webhook_deliveries')
        .select('delivery_id')
        .where('endpoint_id', '=', endpointId);
      await db.deleteFrom('webhook_attempts').where('delivery_id', 'in', deliveries).execute();
      await db.deleteFrom('webhook_deliveries').where('endpoint_id', '=', endpointId).execute();
      await db.deleteFrom('webhook_endpoints').where('endpoint_id', '=', endpointId).execute();
    },
    async claimWebhookEndpoints(now, until, token, limit) {
      // Only endpoints with work: events past their fan-out point, or a pending delivery due.
      const candidates = await db
        .selectFrom('webhook_endpoints')
        .leftJoin('dealer_event_counters', 'dealer_event_counters.dealer_id', 'webhook_endpoints.dealer_id')
        .select('webhook_endpoints.endpoint_id')
        .where('webhook_endpoints.state', '=', 'active')
        .where((eb) =>
          eb.or([
            eb('webhook_endpoints.claimed_until', 'is', null),
            eb('webhook_endpoints.claimed_until', '<', now),
          ]),
        )
        .where((eb) =>
          eb.or([
            eb('dealer_event_counters.last_seq', '>', eb.ref('webhook_endpoints.fanout_seq')),
            eb.exists(
              eb
                .selectFrom('webhook_deliveries')
                .select('webhook_deliveries.delivery_id')
                .whereRef('webhook_deliveries.endpoint_id', '=', 'webhook_endpoints.endpoint_id')
                .where('webhook_deliveries.state', '=', 'pending')
                .where('webhook_deliveries.next_attempt_at', '<=', now),
            ),
          ]),
        )
        .orderBy('webhook_endpoints.endpoint_id')
        .limit(Math.max(0, Math.trunc(limit)))
        .execute();
      const claimed: WebhookEndpointRecord[] = [];
      for (const { endpoint_id } of candidates) {
        const result = await db
          .updateTable('webhook_endpoints')
          .set({ claimed_until: until, claim_token: token })
          .where('endpoint_id', '=', endpoint_id)
          .where('state', '=', 'active')
          .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]))
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) continue;
        const row = await db
          .selectFrom('webhook_endpoints')
          .selectAll()
          .where('endpoint_id', '=', endpoint_id)
          .executeTakeFirst();
        if (row) claimed.push(toEndpoint(row));
      }
      return claimed;
    },
    async renewWebhookEndpoint(endpointId, token, until) {
      const result = await db
        .updateTable('webhook_endpoints')
        .set({ claimed_until: until })
        .where('endpoint_id', '=', endpointId)
        .where('claim_token', '=', token)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async releaseWebhookEndpoint(endpointId, token) {
      await db
        .updateTable('webhook_endpoints')
        .set({ claimed_until: null, claim_token: null })
        .where('endpoint_id', '=', endpointId)
        .where('claim_token', '=', token)
        .execute();
    },
    async queueWebhookDeliveries(endpointId, deliveries) {
      if (deliveries.length === 0) return;
      const row = await db
        .updateTable('webhook_endpoints')
        .set({ queue_seq: sql<number>`queue_seq + ${deliveries.length}` })
        .where('endpoint_id', '=', endpointId)
        .returning('queue_seq')
        .executeTakeFirst();
      if (!row) return;
      const first = Number(row.queue_seq) - deliveries.length + 1;
      await db
        .insertInto('webhook_deliveries')
        .values(
          deliveries.map((d, i) => ({
            delivery_id: d.deliveryId,
            endpoint_id: endpointId,
            queue_seq: first + i,
            message_id: d.messageId,
            event_type: d.eventType,
            body: d.body,
            state: 'pending' as const,
            attempts: 0,
            next_attempt_at: d.createdAt,
            created_at: d.createdAt,
            finished_at: null,
            last_status_code: null,
            last_latency_ms: null,
            last_error: null,
          })),
        )
        .execute();
    },
    async countPendingWebhookDeliveries(endpointId) {
      const row = await db
        .selectFrom('webhook_deliveries')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('endpoint_id', '=', endpointId)
        .where('state', '=', 'pending')
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },
    async headWebhookDelivery(endpointId) {
      const row = await db
        .selectFrom('webhook_deliveries')
        .selectAll()
        .where('endpoint_id', '=', endpointId)
        .where('state', '=', 'pending')
        .orderBy('queue_seq')
        .limit(1)
        .executeTakeFirst();
      return row && toDelivery(row);
    },
    async recordWebhookAttempt(a, next) {
      await db
        .insertInto('webhook_attempts')
        .values({
          delivery_id: a.deliveryId,
          attempt: a.attempt,
          at: a.at,
          status_code: a.statusCode,
          latency_ms: a.latencyMs,
          error: a.error,
        })
        .execute();
      await db
        .updateTable('webhook_deliveries')
        .set({
          state: next.state,
          attempts: next.attempts,
          next_attempt_at: next.nextAttemptAt,
          finished_at: next.finishedAt,
          last_status_code: a.statusCode,
          last_latency_ms: a.latencyMs,
          last_error: a.error,
        })
        .where('delivery_id', '=', a.deliveryId)
        .execute();
    },
    async listWebhookDeliveries(endpointId, limit) {
      const rows = await db
        .selectFrom('webhook_deliveries')
        .selectAll()
        .where('endpoint_id', '=', endpointId)
        .orderBy('queue_seq', 'desc')
        .limit(Math.max(0, Math.trunc(limit)))
        .execute();
      return rows.map(toDelivery);
    },
    async getWebhookDelivery(deliveryId) {
      const row = await db
        .selectFrom('webhook_deliveries')
        .selectAll()
        .where('delivery_id', '=', deliveryId)
        .executeTakeFirst();
      return row && toDelivery(row);
    },
    async listWebhookAttempts(deliveryId): Promise<WebhookAttemptRecord[]> {
      const rows = await db
        .selectFrom('webhook_attempts')
        .selectAll()
        .where('delivery_id', '=', deliveryId)
        .orderBy('attempt')
        .execute();
      return rows.map((r) => ({
        deliveryId: r.delivery_id,
        attempt: Number(r.attempt),
        at: Number(r.at),
        statusCode: r.status_code === null ? null : Number(r.status_code),
        latencyMs: Number(r.latency_ms),
        error: r.error,
      }));
    },
    async webhookQueueDepths() {
      const rows = await db
        .selectFrom('webhook_deliveries')
        .select((eb) => [
          'endpoint_id',
          eb.fn.countAll<number>().as('pending'),
          eb.fn.min<number>('created_at').as('oldest'),
        ])
        .where('state', '=', 'pending')
        .groupBy('endpoint_id')
        .execute();
      return rows.map((r) => ({
        endpointId: r.endpoint_id,
        pending: Number(r.pending),
        oldestCreatedAt: Number(r.oldest),
      }));
    },
    async deleteFinishedWebhookDeliveriesBefore(before, limit) {
      const doomed = await db
        .selectFrom('webhook_deliveries')
        .select('delivery_id')
        .where('state', '!=', 'pending')
        .where('created_at', '<', before)
        .limit(Math.max(0, Math.trunc(limit)))
        .execute();
      if (doomed.length === 0) return 0;
      const ids = doomed.map((d) => d.delivery_id);
      await db.deleteFrom('webhook_attempts').where('delivery_id', 'in', ids).execute();
      await db.deleteFrom('webhook_deliveries').where('delivery_id', 'in', ids).execute();
      return ids.length;
    },
  };
}

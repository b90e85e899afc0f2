/**
 * Dealer API (`/dealer/v1`). Every route needs `Authorization: Bearer <dealer API key>`; the key
 * names exactly one dealer, and a dealer sees only its own appointments.
 */
import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Counter, Gauge, Registry } from 'prom-client';
import { z } from 'zod';
import type { Result } from '../errors.ts';
import type { BookingCore } from '../service/booking-core.ts';
import { sha256Hex } from '../service/secrets.ts';
import type { AppointmentDetails } from '../service/views.ts';
import { bearerToken } from './auth.ts';
import { dealerCustomerRoutes } from './dealer-customer-routes.ts';
import { dealerDomainRoutes } from './dealer-domain-routes.ts';
import { dealerEventRoutes } from './dealer-event-routes.ts';
import { sendProblem } from './problem.ts';
import { renderDetails, renderHealthStatusEntry, renderSummary, serializeSummaryList } from './render.ts';
import {
  appointmentDetailsSchema,
  appointmentIdParams,
  appointmentSummarySchema,
  cancelBodySchema,
  healthStatusResponseSchema,
  listSchema,
  PROBLEM_RESPONSES,
  proposalBodySchema,
  vinSchema,
} from './schemas.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The authenticated dealer (set by the dealer API's auth hook). */
    dealerId: string;
    /** The dealer's list generation, read with the key (BookingCore.authenticateDealerSession). */
    dealerListGeneration: string;
  }
}

const errors = PROBLEM_RESPONSES;
const security = [{ dealerApiKey: [] }];

export interface DealerRoutesOptions {
  /**
   * Bytes of rendered dealer lists kept for reuse (see listMemo); 0 renders every list afresh.
   * Default 8 MiB (CSB_DEALER_LIST_CACHE_BYTES).
   */
  listCacheBytes?: number;
  /** Where the list cache's metrics are registered (csb_dealer_list_*); default a registry of its own. */
  metrics?: Registry;
}

/**
 * What an entry holds besides its body, counted against the bound: the key (dealer id and list),
 * the ETag (36 characters), the generation and the map's slot, rounded up.
 */
const ENTRY_OVERHEAD_BYTES = 256;

/** 8 MiB: about 180 lists of 100 rows. */
export const DEFAULT_DEALER_LIST_CACHE_BYTES = 8 * 1024 * 1024;

/**
 * Rendered dealer lists by dealer and list, each with the dealer's list generation it was read at
 * (BookingCore.dealerListGeneration). A body is reused only while the generation is unchanged, and
 * the database changes the generation in the same transaction as any change a list shows
 * (store migration 005 triggers), so a reused body is never older than a fresh read would be.
 * Bounded in bytes (`maxBytes`): each entry counts its body plus ENTRY_OVERHEAD_BYTES, so at most
 * `maxBytes` / 268 entries (the smallest body, `{"items":[]}`, is 12 bytes), about 31,000 in
 * 8 MiB; an entry larger than the bound is not kept, and the oldest entry goes first. Only an
 * authenticated dealer's lists are kept (one entry per dealer and list). One per app, not a
 * module singleton.
 */
function listMemo(maxBytes: number) {
  const entries = new Map<string, { generation: string; body: Buffer; etag: string }>();
  let bytes = 0;
  const cost = (body: Buffer) => body.length + ENTRY_OVERHEAD_BYTES;
  const drop = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= cost(entry.body);
  };
  return {
    get(key: string, generation: string): { body: Buffer; etag: string } | undefined {
      const entry = entries.get(key);
      return entry && entry.generation === generation ? entry : undefined;
    },
    set(key: string, generation: string, body: Buffer, etag: string): void {
      drop(key);
      if (cost(body) > maxBytes) return;
      while (bytes + cost(body) > maxBytes) {
        const oldest = entries.keys().next();
        if (oldest.done) break;
        drop(oldest.value);
      }
      entries.set(key, { generation, body, etag });
      bytes += cost(body);
    },
    bytes: () => bytes,
    size: () => entries.size,
  };
}

type ListMemo = ReturnType<typeof listMemo>;

/**
 * The list cache on /metrics: its bytes and entries, and how each list request was answered, all
 * read at scrape time. One set per registry (tests may build two apps on one: the first app's).
 */
function listCacheMetrics(registry: Registry, memo: ListMemo) {
  const bytes = 'csb_dealer_list_cache_bytes';
  if (!registry.getSingleMetric(bytes)) {
    new Gauge({
      name: bytes,
      help: 'Bytes of rendered dealer lists kept for reuse, each list counted as its body plus 256 (at most CSB_DEALER_LIST_CACHE_BYTES)',
      registers: [registry],
      collect() {
        this.set(memo.bytes());
      },
    });
    new Gauge({
      name: 'csb_dealer_list_cache_entries',
      help: 'Rendered dealer lists kept for reuse, one per dealer and list',
      registers: [registry],
      collect() {
        this.set(memo.size());
      },
    });
  }
  // Counted in plain numbers and handed to the counter at scrape time: no label look-up per request.
  const answered = { cache: 0, rendered: 0, not_modified: 0 };
  const name = 'csb_dealer_list_answers_total';
  if (!registry.getSingleMetric(name)) {
    new Counter({
      name,
      help: 'Dealer list requests answered: from a kept rendering (cache), read and rendered (rendered), or 304 (not_modified)',
      labelNames: ['source'] as const,
      registers: [registry],
      collect() {
        this.reset();
        for (const [source, count] of Object.entries(answered)) this.inc({ source }, count);
      },
    });
  }
  return answered;
}

/**
 * The entity tag of a dealer's list at a list generation: it changes with every change the list
 * may show (the generation), differs between dealers and lists, and reveals neither (a hash). Weak:
 * two nodes render the same generation alike, but a list read just after a change may be labelled
 * with the generation before it (see the route), and a later change moves the generation on.
 */
function listEtag(key: string, generation: string): string {
  return `W/"${sha256Hex(`${key}\n${generation}`).slice(0, 32)}"`;
}

/** Whether `If-None-Match` names the entity tag (weak comparison, RFC 9110 section 13.1.2). */
function noneMatchHits(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  const opaque = etag.slice(2);
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return (t.startsWith('W/') ? t.slice(2) : t) === opaque;
  });
}

/**
 * Adds bindings to every later line of the request. Fastify gives each request a child logger of
 * its own, so binding on it (pino's setBindings) touches no other request, at less than a further
 * child costs (benchmark 7's profile, docs/benchmarks.md); a logger without it gets a child.
 */
function bindToRequestLog(request: FastifyRequest, bindings: Record<string, string>): void {
  const log = request.log as FastifyBaseLogger & { setBindings?: (bindings: object) => void };
  if (log !== request.server.log && typeof log.setBindings === 'function') log.setBindings(bindings);
  else request.log = log.child(bindings);
}

/** Each poll revalidates (no-cache); never kept by a shared cache, which would mix dealers. */
const LIST_CACHE_CONTROL = 'private, no-cache';

export function dealerRoutes(core: BookingCore, options: DealerRoutesOptions = {}): FastifyPluginAsyncZod {
  return async (app) => {
    const lists = listMemo(options.listCacheBytes ?? DEFAULT_DEALER_LIST_CACHE_BYTES);
    const answered = listCacheMetrics(options.metrics ?? new Registry(), lists);
    app.decorateRequest('dealerId', '');
    app.decorateRequest('dealerListGeneration', '');
    app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      const token = bearerToken(request.headers.authorization);
      if (token === undefined) {
        return sendProblem(reply, {
          code: 'AUTH_MISSING_KEY',
          detail: 'send Authorization: Bearer <api key>',
        });
      }
      const session = await core.authenticateDealerSession(token);
      if (session === null)
        return sendProblem(reply, { code: 'AUTH_INVALID_KEY', detail: 'unknown API key' });
      const { dealerId } = session;
      request.dealerId = dealerId;
      request.dealerListGeneration = session.listGeneration;
      bindToRequestLog(request, { dealerId });
    });

    const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
    /** The appointment with the delivery state of each message to the car (the downlink ledger). */
    const answer = async (
      reply: FastifyReply,
      result: Result<AppointmentDetails>,
      status: 200 | 201 = 200,
    ) => {
      if (!result.ok) return sendProblem(reply, result.error);
      const ledger = await core.appointmentDeliveries(reply.request.dealerId, result.value.appointmentId);
      const deliveries = (ledger.ok ? ledger.value : []).flatMap((d) =>
        d.kind === 'appointment-list'
          ? []
          : [
              {
                ...d,
                kind: d.kind,
                createdAt: new Date(d.createdAt).toISOString(),
                sentAt: iso(d.sentAt),
                deliveredAt: iso(d.deliveredAt),
              },
            ],
      );
      return reply.code(status).send({ ...renderDetails(result.value), deliveries });
    };

    app.get(
      '/appointments',
      {
        schema: {
          summary: "The dealer's appointments, in one list or all",
          description:
            'Answered with an `ETag` (weak) that changes whenever the list may have changed, and ' +
            '`Cache-Control: private, no-cache`. A poll that sends the last `ETag` back as ' +
            '`If-None-Match` gets `304 Not Modified` without a body while nothing changed.',
          tags: ['appointments'],
          security,
          headers: z.object({ 'if-none-match': z.string().max(4096).optional() }),
          querystring: z.object({ list: listSchema.optional() }),
          response: {
            200: z.object({ items: z.array(appointmentSummarySchema) }),
            // Described by openapi.ts (declareConditionalAnswers): no body, the ETag header.
            304: z.null(),
            ...errors,
          },
        },
      },
      async (request, reply) => {
        const { dealerId } = request;
        const list = request.query.list;
        const key = `${dealerId}\n${list ?? ''}`;
        // Read with the key, before the list: a change committed in between makes the entry look
        // older, never newer (and it is then rendered again at the next request).
        const generation = request.dealerListGeneration;
        let entry = lists.get(key, generation);
        const etag = entry?.etag ?? listEtag(key, generation);
        reply
          .header('etag', etag)
          .header('cache-control', LIST_CACHE_CONTROL)
          .header('vary', 'authorization');
        // A poll that has this generation already: no list read, no body.
        if (noneMatchHits(request.headers['if-none-match'], etag)) {
          answered.not_modified += 1;
          return reply.code(304).send(null);
        }
        if (entry === undefined) {
          answered.rendered += 1;
          const items = await core.listAppointments(dealerId, list);
          // Written by the list's own serializer (render.ts), not re-validated by zod per request: the
          // zod schema above stays the documented contract (OpenAPI), the serializer writes its fields.
          entry = { body: Buffer.from(serializeSummaryList(items.map(renderSummary))), etag };
          lists.set(key, generation, entry.body, etag);
        } else answered.cache += 1;
        // A Buffer is sent as is: a list is rendered once per change, not once per request.
        return reply.type('application/json; charset=utf-8').send(entry.body as never);
      },
    );

    app.get(
      '/appointments/:appointmentId',
      {
        schema: {
          summary: 'One appointment with its history',
          tags: ['appointments'],
          security,
          params: appointmentIdParams,
          response: { 200: appointmentDetailsSchema, ...errors },
        },
      },
      async (request, reply) =>
        answer(reply, await core.getAppointment(request.dealerId, request.params.appointmentId)),
    );

    app.post(
      '/appointments/:appointmentId/proposals',
      {
        schema: {
          summary: 'Propose a time and a price (Proposed, list Pending)',
          description: 'A new proposal supersedes the current one. The car is shown time and price only.',
          tags: ['appointments'],
          security,
          params: appointmentIdParams,
          body: proposalBodySchema,
          response: { 201: appointmentDetailsSchema, ...errors },
        },
      },
      async (request, reply) => {
        const body = request.body;
        // Fields left out are prefilled from a pre-booking ([ST-8]); otherwise REQUEST_INVALID.
        const result = await core.propose(request.dealerId, request.params.appointmentId, {
          ...(body.start === undefined ? {} : { start: Date.parse(body.start) }),
          ...(body.durationMinutes === undefined ? {} : { durationMinutes: body.durationMinutes }),
          ...(body.price === undefined ? {} : { price: body.price }),
          ...(body.workDescription === undefined ? {} : { workDescription: body.workDescription }),
        });
        return answer(reply, result, 201);
      },
    );

    app.post(
      '/appointments/:appointmentId/confirm',
      {
        schema: {
          summary: 'Confirm an accepted appointment (Confirmed, list Planned)',
          description: 'Blocks the workshop time. Sends no new message to the customer.',
          tags: ['appointments'],
          security,
          params: appointmentIdParams,
          response: { 200: appointmentDetailsSchema, ...errors },
        },
      },
      async (request, reply) =>
        answer(reply, await core.confirm(request.dealerId, request.params.appointmentId)),
    );

    app.post(
      '/appointments/:appointmentId/finalize',
      {
        schema: {
          summary: 'Finalize after the visit or after a customer cancellation (Closed, no list)',
          tags: ['appointments'],
          security,
          params: appointmentIdParams,
          response: { 200: appointmentDetailsSchema, ...errors },
        },
      },
      async (request, reply) =>
        answer(reply, await core.finalize(request.dealerId, request.params.appointmentId)),
    );

    app.post(
      '/appointments/:appointmentId/cancel',
      {
        schema: {
          summary: "Cancel on the customer's behalf (Cancelled by dealer, no list)",
          tags: ['appointments'],
          security,
          params: appointmentIdParams,
          body: cancelBodySchema,
          response: { 200: appointmentDetailsSchema, ...errors },
        },
      },
      async (request, reply) =>
        answer(reply, await core.cancel(request.dealerId, request.params.appointmentId, request.body.reason)),
    );

    app.get(
      '/vehicles/:vin/health-status',
      {
        schema: {
          summary: "A vehicle's latest Health Status (any dealer, by VIN)",
          description:
            'The one deliberate exception to dealer isolation: a driver away from home can be ' +
            'served by any workshop. Every look-up is logged with the dealer and the VIN.',
          tags: ['vehicles'],
          security,
          params: z.object({ vin: vinSchema }),
          querystring: z.object({ all: z.enum(['true', 'false']).optional() }),
          response: { 200: healthStatusResponseSchema, ...errors },
        },
      },
      async (request, reply) => {
        const { vin } = request.params;
        const all = request.query.all === 'true';
        const result = await core.healthStatuses(request.dealerId, vin, { all });
        if (!result.ok) return sendProblem(reply, result.error);
        const [latest] = result.value;
        if (!latest)
          return sendProblem(reply, { code: 'HEALTH_STATUS_NOT_FOUND', detail: `none for ${vin}` });
        return {
          vin,
          latest: renderHealthStatusEntry(latest),
          ...(all ? { items: result.value.map(renderHealthStatusEntry) } : {}),
        };
      },
    );

    // The complete appointment domain; a child plugin, so the auth hook above applies.
    await app.register(dealerDomainRoutes(core));
    await app.register(dealerCustomerRoutes(core));
    await app.register(dealerEventRoutes(core));
  };
}

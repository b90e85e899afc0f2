/**
 * Dealer API routes of the event feed and webhooks (docs/api.md "Events and webhooks").
 * Registered inside `dealerRoutes`: every route is authenticated and scoped to the key's dealer;
 * another dealer's endpoint or delivery is answered 404 like a missing one.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { BookingCore } from '../service/booking-core.ts';
import type { WebhookDeliveryView, WebhookEndpointView } from '../service/webhooks.ts';
import {
  dealerEventPageSchema,
  deliveryIdParams,
  endpointIdParams,
  eventQuerySchema,
  replayBodySchema,
  replayResultSchema,
  rotateSecretBodySchema,
  webhookDeliverySchema,
  webhookEndpointInputSchema,
  webhookEndpointPatchSchema,
  webhookEndpointSchema,
  webhookEndpointWithSecretSchema,
} from './event-schemas.ts';
import { sendProblem } from './problem.ts';
import { iso } from './render.ts';
import { PROBLEM_RESPONSES } from './schemas.ts';

const errors = PROBLEM_RESPONSES;
const security = [{ dealerApiKey: [] }];
const tags = ['events'];
const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));

const renderEndpoint = (e: WebhookEndpointView) => ({
  ...e,
  createdAt: iso(e.createdAt),
  failingSince: isoOrNull(e.failingSince),
  previousSecretValidUntil: isoOrNull(e.previousSecretValidUntil),
});

const renderDelivery = (d: WebhookDeliveryView) => ({
  ...d,
  nextAttemptAt: isoOrNull(d.nextAttemptAt),
  createdAt: iso(d.createdAt),
  finishedAt: isoOrNull(d.finishedAt),
  attemptLog: d.attemptLog.map((a) => ({
    attempt: a.attempt,
    at: iso(a.at),
    statusCode: a.statusCode,
    latencyMs: a.latencyMs,
    error: a.error,
  })),
});

export function dealerEventRoutes(core: BookingCore): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/events',
      {
        schema: {
          summary: "The dealer's event feed after a cursor, oldest first",
          description:
            'Every change the dealer cares about, in commit order, with an opaque cursor per event. ' +
            'Read with `after` = the last `nextCursor` to catch up after an outage; events are kept ' +
            'for the retention period (CSB_EVENT_RETENTION_DAYS). The `data` of each type is in the ' +
            "document's `webhooks`.",
          tags,
          security,
          querystring: eventQuerySchema,
          response: { 200: dealerEventPageSchema, ...errors },
        },
      },
      async (request, reply) => {
        // A client that goes away while its request waits ends the wait.
        const gone = new AbortController();
        reply.raw.once('close', () => gone.abort());
        const result = await core.dealerEvents(request.dealerId, request.query.after, request.query.limit, {
          waitMs: request.query.waitSeconds * 1000,
          signal: gone.signal,
        });
        if (!result.ok) return sendProblem(reply, result.error);
        return {
          items: result.value.items.map((e) => ({ ...e, occurredAt: iso(e.occurredAt) })),
          nextCursor: result.value.nextCursor,
        };
      },
    );

    app.post(
      '/webhook-endpoints',
      {
        schema: {
          summary: 'Register a webhook endpoint (the signing secret is shown once)',
          description:
            'Events from now on are delivered to it, signed per Standard Webhooks; earlier ones by replay.',
          tags,
          security,
          body: webhookEndpointInputSchema,
          response: { 201: webhookEndpointWithSecretSchema, ...errors },
        },
      },
      async (request, reply) => {
        const result = await core.createWebhookEndpoint(request.dealerId, {
          url: request.body.url,
          ...(request.body.eventTypes !== undefined ? { eventTypes: request.body.eventTypes } : {}),
          ...(request.body.description !== undefined ? { description: request.body.description } : {}),
        });
        if (!result.ok) return sendProblem(reply, result.error);
        return reply
          .code(201)
          .send({ ...renderEndpoint(result.value.endpoint), secret: result.value.secret });
      },
    );

    app.get(
      '/webhook-endpoints',
      {
        schema: {
          summary: "The dealer's webhook endpoints",
          tags,
          security,
          response: { 200: z.object({ items: z.array(webhookEndpointSchema) }), ...errors },
        },
      },
      async (request) => ({ items: (await core.webhookEndpoints(request.dealerId)).map(renderEndpoint) }),
    );

    app.get(
      '/webhook-endpoints/:endpointId',
      {
        schema: {
          summary: 'One webhook endpoint',
          tags,
          security,
          params: endpointIdParams,
          response: { 200: webhookEndpointSchema, ...errors },
        },
      },
      async (request, reply) => {
        const result = await core.webhookEndpoint(request.dealerId, request.params.endpointId);
        return result.ok ? renderEndpoint(result.value) : sendProblem(reply, result.error);
      },
    );

    app.patch(
      '/webhook-endpoints/:endpointId',
      {
        schema: {
          summary: 'Change an endpoint: URL, event types, description; enable or disable it',
          tags,
          security,
          params: endpointIdParams,
          body: webhookEndpointPatchSchema,
          response: { 200: webhookEndpointSchema, ...errors },
        },
      },
      async (request, reply) => {
        const b = request.body;
        const result = await core.updateWebhookEndpoint(request.dealerId, request.params.endpointId, {
          ...(b.url !== undefined ? { url: b.url } : {}),
          ...(b.eventTypes !== undefined ? { eventTypes: b.eventTypes } : {}),
          ...(b.description !== undefined ? { description: b.description } : {}),
          ...(b.enabled !== undefined ? { enabled: b.enabled } : {}),
        });
        return result.ok ? renderEndpoint(result.value) : sendProblem(reply, result.error);
      },
    );

    app.delete(
      '/webhook-endpoints/:endpointId',
      {
        schema: {
          summary: 'Remove an endpoint with its deliveries',
          tags,
          security,
          params: endpointIdParams,
          response: { 200: z.object({ deleted: z.literal(true) }), ...errors },
        },
      },
      async (request, reply) => {
        const result = await core.deleteWebhookEndpoint(request.dealerId, request.params.endpointId);
        return result.ok ? { deleted: true as const } : sendProblem(reply, result.error);
      },
    );

    app.post(
      '/webhook-endpoints/:endpointId/rotate-secret',
      {
        schema: {
          summary: 'A new signing secret (shown once); the old one keeps signing for an overlap',
          description:
            'During the overlap every delivery carries two signatures in `webhook-signature`, ' +
            'space-separated: one per secret.',
          tags,
          security,
          params: endpointIdParams,
          body: rotateSecretBodySchema,
          response: { 200: webhookEndpointWithSecretSchema, ...errors },
        },
      },
      async (request, reply) => {
        const overlap = request.body.overlapSeconds;
        const result = await core.rotateWebhookSecret(
          request.dealerId,
          request.params.endpointId,
          overlap === undefined ? undefined : overlap * 1000,
        );
        if (!result.ok) return sendProblem(reply, result.error);
        return { ...renderEndpoint(result.value.endpoint), secret: result.value.secret };
      },
    );

    app.get(
      '/webhook-endpoints/:endpointId/deliveries',
      {
        schema: {
          summary: "The endpoint's deliveries, newest first, with every attempt",
          tags,
          security,
          params: endpointIdParams,
          querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(50) }),
          response: { 200: z.object({ items: z.array(webhookDeliverySchema) }), ...errors },
        },
      },
      async (request, reply) => {
        const result = await core.webhookDeliveries(
          request.dealerId,
          request.params.endpointId,
          request.query.limit,
        );
        return result.ok ? { items: result.value.map(renderDelivery) } : sendProblem(reply, result.error);
      },
    );

    app.get(
      '/webhook-endpoints/:endpointId/deliveries/:deliveryId',
      {
        schema: {
          summary: 'One delivery with its attempts (status, response code, latency, next attempt)',
          tags,
          security,
          params: deliveryIdParams,
          response: { 200: webhookDeliverySchema, ...errors },
        },
      },
      async (request, reply) => {
        const { endpointId, deliveryId } = request.params;
        const result = await core.webhookDelivery(request.dealerId, endpointId, deliveryId);
        return result.ok ? renderDelivery(result.value) : sendProblem(reply, result.error);
      },
    );

    app.post(
      '/webhook-endpoints/:endpointId/replay',
      {
        schema: {
          summary: 'Send one event, or every event of a time range, to this endpoint again',
          description:
            '`{"eventId"}` or `{"from", "to"}` (`from` <= occurredAt < `to`, at most 1000 events). ' +
            "Only events of the endpoint's `eventTypes` are queued. A replayed event keeps its `webhook-id`.",
          tags,
          security,
          params: endpointIdParams,
          body: replayBodySchema,
          response: { 202: replayResultSchema, ...errors },
        },
      },
      async (request, reply) => {
        const b = request.body;
        const result = await core.replayWebhook(
          request.dealerId,
          request.params.endpointId,
          'eventId' in b ? { eventId: b.eventId } : { from: Date.parse(b.from), to: Date.parse(b.to) },
        );
        return result.ok ? reply.code(202).send(result.value) : sendProblem(reply, result.error);
      },
    );

    app.post(
      '/webhook-endpoints/:endpointId/test',
      {
        schema: {
          summary: 'Send a `webhook.test` event to this endpoint',
          tags,
          security,
          params: endpointIdParams,
          response: { 202: webhookDeliverySchema, ...errors },
        },
      },
      async (request, reply) => {
        const result = await core.sendWebhookTest(request.dealerId, request.params.endpointId);
        return result.ok
          ? reply.code(202).send(renderDelivery(result.value))
          : sendProblem(reply, result.error);
      },
    );
  };
}

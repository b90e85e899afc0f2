/**
 * Dealer API (`/dealer/v1`). Every route needs `Authorization: Bearer <dealer API key>`; the key
 * names exactly one dealer, and a dealer sees only its own appointments.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Result } from '../errors.ts';
import type { BookingCore } from '../service/booking-core.ts';
import type { AppointmentDetails } from '../service/views.ts';
import { bearerToken } from './auth.ts';
import { dealerCustomerRoutes } from './dealer-customer-routes.ts';
import { dealerDomainRoutes } from './dealer-domain-routes.ts';
import { sendProblem } from './problem.ts';
import { renderDetails, renderHealthStatusEntry, renderSummary } from './render.ts';
import {
  appointmentDetailsSchema,
  appointmentIdParams,
  appointmentSummarySchema,
  cancelBodySchema,
  healthStatusResponseSchema,
  listSchema,
  problemSchema,
  proposalBodySchema,
  vinSchema,
} from './schemas.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The authenticated dealer (set by the dealer API's auth hook). */
    dealerId: string;
  }
}

const errors = { 400: problemSchema, 401: problemSchema, 404: problemSchema, 409: problemSchema };
const security = [{ dealerApiKey: [] }];

export function dealerRoutes(core: BookingCore): FastifyPluginAsyncZod {
  return async (app) => {
    app.decorateRequest('dealerId', '');
    app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      const token = bearerToken(request.headers.authorization);
      if (token === undefined) {
        return sendProblem(reply, {
          code: 'AUTH_MISSING_KEY',
          detail: 'send Authorization: Bearer <api key>',
        });
      }
      const dealerId = await core.authenticateDealer(token);
      if (dealerId === null)
        return sendProblem(reply, { code: 'AUTH_INVALID_KEY', detail: 'unknown API key' });
      request.dealerId = dealerId;
      request.log = request.log.child({ dealerId });
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
          tags: ['appointments'],
          security,
          querystring: z.object({ list: listSchema.optional() }),
          response: { 200: z.object({ items: z.array(appointmentSummarySchema) }), ...errors },
        },
      },
      async (request) => {
        const items = await core.listAppointments(request.dealerId, request.query.list);
        return { items: items.map(renderSummary) };
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
        // Fields left out are prefilled from a pre-booking (seed 000 step 14); otherwise REQUEST_INVALID.
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
          description: 'Blocks the workshop time. Sends no new message to the customer (seed 003 step 29).',
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
            'The one deliberate exception to dealer isolation (seed 003): a driver away from home can be ' +
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

    // The complete appointment domain (issue 4); a child plugin, so the auth hook above applies.
    await app.register(dealerDomainRoutes(core));
    await app.register(dealerCustomerRoutes(core));
  };
}

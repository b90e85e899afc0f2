/**
 * Admin / provisioning API (`/admin/v1`), for operators, the seed and the fleet simulator.
 * Registered only when an admin key is configured; otherwise every path here answers 404.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { BookingCore } from '../service/booking-core.ts';
import { bearerToken, keyMatches } from './auth.ts';
import { sendProblem } from './problem.ts';
import { renderMail } from './render.ts';
import {
  mailSchema,
  newCustomerSchema,
  newDealerSchema,
  newVehicleSchema,
  PROBLEM_RESPONSES,
  timeRulesChangeSchema,
  timeRulesPatchSchema,
  vehicleCredentialsSchema,
  vinSchema,
} from './schemas.ts';

const errors = PROBLEM_RESPONSES;
const security = [{ adminKey: [] }];
/** Vehicles per batch call: bounds the work (one scrypt each) and the transaction of one request. */
export const MAX_VEHICLES_PER_BATCH = 1000;

export function adminRoutes(core: BookingCore, adminKey: string): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      const token = bearerToken(request.headers.authorization);
      if (token === undefined) {
        return sendProblem(reply, {
          code: 'AUTH_MISSING_KEY',
          detail: 'send Authorization: Bearer <admin key>',
        });
      }
      if (!keyMatches(token, adminKey))
        return sendProblem(reply, { code: 'AUTH_INVALID_KEY', detail: 'wrong admin key' });
    });

    app.post(
      '/dealers',
      {
        schema: {
          summary: 'Register a dealer; the answer holds its API key (shown only this once)',
          tags: ['admin'],
          security,
          body: newDealerSchema,
          response: { 201: z.object({ dealerId: z.string(), apiKey: z.string() }), ...errors },
        },
      },
      async (request, reply) => {
        const result = await core.createDealer(request.body);
        if (!result.ok) return sendProblem(reply, result.error);
        request.log.info({ dealerId: result.value.dealerId }, 'dealer created');
        return reply.code(201).send(result.value);
      },
    );

    app.post(
      '/dealers/:dealerId/api-key',
      {
        schema: {
          summary: 'Issue a new API key for a dealer; every earlier key of the dealer stops working',
          description:
            'For rotation and for revoking a key that leaked: the answer holds the new key (shown only ' +
            'this once). An earlier key is refused from the next request on, on every node.',
          tags: ['admin'],
          security,
          params: z.object({ dealerId: z.string().min(1).max(64) }),
          response: { 200: z.object({ dealerId: z.string(), apiKey: z.string() }), ...errors },
        },
      },
      async (request, reply) => {
        const result = await core.rotateDealerApiKey(request.params.dealerId);
        if (!result.ok) return sendProblem(reply, result.error);
        request.log.info({ dealerId: result.value.dealerId }, 'dealer API key rotated');
        return reply.send(result.value);
      },
    );

    app.post(
      '/customers',
      {
        schema: {
          summary: 'Register a customer',
          tags: ['admin'],
          security,
          body: newCustomerSchema,
          response: { 201: z.object({ customerId: z.string() }), ...errors },
        },
      },
      async (request, reply) => {
        const result = await core.createCustomer(request.body);
        return result.ok ? reply.code(201).send(result.value) : sendProblem(reply, result.error);
      },
    );

    app.post(
      '/vehicles',
      {
        schema: {
          summary: 'Register a vehicle; the answer holds its MQTT secret (generated when not given)',
          tags: ['admin'],
          security,
          body: newVehicleSchema,
          response: { 201: vehicleCredentialsSchema, ...errors },
        },
      },
      async (request, reply) => {
        const result = await core.createVehicles([request.body]);
        if (!result.ok) return sendProblem(reply, result.error);
        const [credentials] = result.value;
        if (!credentials) throw new Error('createVehicles returned no credentials for one vehicle');
        return reply.code(201).send(credentials);
      },
    );

    // `::` is fastify's escape for a literal colon (Google AIP-136 style custom method).
    app.post(
      '/vehicles::batch',
      {
        schema: {
          summary: `Register up to ${MAX_VEHICLES_PER_BATCH} vehicles at once (all or nothing)`,
          tags: ['admin'],
          security,
          body: z.object({ vehicles: z.array(newVehicleSchema).min(1).max(MAX_VEHICLES_PER_BATCH) }),
          response: { 201: z.object({ vehicles: z.array(vehicleCredentialsSchema) }), ...errors },
        },
      },
      async (request, reply) => {
        const result = await core.createVehicles(request.body.vehicles);
        if (!result.ok) return sendProblem(reply, result.error);
        request.log.info({ count: result.value.length }, 'vehicles created');
        return reply.code(201).send({ vehicles: result.value });
      },
    );

    app.post(
      '/vehicles/:vin/secret',
      {
        schema: {
          summary: "Rotate a car's MQTT secret (generated when not given); the old secret stops working",
          tags: ['admin'],
          security,
          params: z.object({ vin: vinSchema }),
          body: z.object({ secret: z.string().min(8).max(200).optional() }).optional(),
          response: { 200: vehicleCredentialsSchema, ...errors },
        },
      },
      async (request, reply) => {
        const result = await core.rotateVehicleSecret(request.params.vin, request.body?.secret);
        if (!result.ok) return sendProblem(reply, result.error);
        request.log.info({ vin: request.params.vin }, 'vehicle secret rotated');
        return reply.send(result.value);
      },
    );

    app.post(
      '/customers/:customerId/tokens',
      {
        schema: {
          summary: 'Issue a customer website token (shown only this once; stored hashed)',
          description: 'The owner website sends it as `Authorization: Bearer <token>` on `/customer/v1`.',
          tags: ['admin'],
          security,
          params: z.object({ customerId: z.string().min(1).max(64) }),
          response: { 201: z.object({ customerId: z.string(), token: z.string() }), ...errors },
        },
      },
      async (request, reply) => {
        const result = await core.issueCustomerToken(request.params.customerId);
        if (!result.ok) return sendProblem(reply, result.error);
        request.log.info({ customerId: result.value.customerId }, 'customer token issued');
        return reply.code(201).send(result.value);
      },
    );

    app.get(
      '/mail',
      {
        schema: {
          summary: 'The mail outbox: every email written, oldest first (filter by recipient or appointment)',
          tags: ['admin'],
          security,
          querystring: z.object({
            to: z.string().max(320).optional(),
            appointmentId: z.string().max(100).optional(),
          }),
          response: { 200: z.object({ items: z.array(mailSchema) }), ...errors },
        },
      },
      async (request) => {
        const { to, appointmentId } = request.query;
        const items = await core.listMails({
          ...(to === undefined ? {} : { to }),
          ...(appointmentId === undefined ? {} : { appointmentId }),
        });
        return { items: items.map(renderMail) };
      },
    );

    app.post(
      // `::` is fastify's escape for a literal colon (as in /vehicles::batch).
      '/scheduler::run',
      {
        schema: {
          summary: 'Run one scheduler sweep now: fire every timer due at the core clock (idempotent)',
          tags: ['admin'],
          security,
          response: {
            200: z.object({
              fired: z.number().int(),
              expiredDownlinks: z.number().int(),
              deletedDownlinks: z
                .number()
                .int()
                .describe('Finished car downlinks deleted because their retention ended'),
              deletedMails: z
                .number()
                .int()
                .describe('Sent mails deleted because their retention (CSB_MAIL_RETENTION_DAYS) ended'),
              forgottenMessageIds: z
                .number()
                .int()
                .describe(
                  'Car message ids forgotten because their retention (CSB_MESSAGE_ID_RETENTION_DAYS) ended',
                ),
              deletedHealthStatuses: z
                .number()
                .int()
                .describe(
                  'Health Status records deleted because their retention (CSB_HEALTH_STATUS_RETENTION_DAYS) ended; a car keeps its newest',
                ),
              durationMs: z.number().describe('How long the sweep took inside the core (ms), HTTP excluded'),
            }),
            ...errors,
          },
        },
      },
      async () => core.runDueWork(),
    );

    app.patch(
      '/markets/:countryCode/time-rules',
      {
        schema: {
          summary: "Set some of a market's time rules (dealers of that country inherit them)",
          description: "A value sets a rule, `null` removes the market's own (the default applies again).",
          tags: ['admin'],
          security,
          params: z.object({ countryCode: z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2') }),
          body: timeRulesChangeSchema,
          response: { 200: timeRulesPatchSchema, ...errors },
        },
      },
      async (request) => core.setMarketTimeRules(request.params.countryCode, request.body),
    );
  };
}

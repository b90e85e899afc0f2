/**
 * Dealer API routes for customer information ([CUST-1]) and the All Workshop Customers list
 * ([CUST-9]). Registered inside `dealerRoutes` (authenticated); a dealer sees only customers whose
 * preferred dealer it is, any other answers `404 CUSTOMER_NOT_FOUND`.
 */
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Result } from '../errors.ts';
import type { BookingCore } from '../service/booking-core.ts';
import type { DealerCustomerView } from '../service/customer-relations.ts';
import { sendProblem } from './problem.ts';
import { renderProfile } from './render.ts';
import {
  customerIdParams,
  customerPatchSchema,
  dealerCustomerSchema,
  newDealerCustomerSchema,
  PROBLEM_RESPONSES,
  problemSchema,
  vinSchema,
} from './schemas.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Counts one claim by VIN: `claimed` or the refusal's code (decorated by buildHttpApp). */
    countPreferredDealerClaim(outcome: string): void;
  }
}

const errors = { ...PROBLEM_RESPONSES, 429: problemSchema };
const security = [{ dealerApiKey: [] }];
const tags = ['customers'];
const vinParams = customerIdParams.extend({ vin: vinSchema });

export function dealerCustomerRoutes(core: BookingCore): FastifyPluginAsyncZod {
  return async (app) => {
    const answer = (reply: FastifyReply, result: Result<DealerCustomerView>, status: 200 | 201 = 200) =>
      result.ok ? reply.code(status).send(renderProfile(result.value)) : sendProblem(reply, result.error);

    app.get(
      '/customers',
      {
        schema: {
          summary:
            'All Workshop Customers: every customer (with vehicles) whose preferred dealer is this dealer',
          description:
            'Each row is "in All Workshop Customers"; `vehicles[].connected` is the connected-car flag.',
          tags,
          security,
          response: { 200: z.object({ items: z.array(dealerCustomerSchema) }), ...errors },
        },
      },
      async (request) => ({ items: (await core.allWorkshopCustomers(request.dealerId)).map(renderProfile) }),
    );

    app.post(
      '/customers',
      {
        schema: {
          summary:
            'Add a new customer; the dealer becomes its preferred dealer and the customer is asked by email',
          tags,
          security,
          body: newDealerCustomerSchema,
          response: { 201: dealerCustomerSchema, ...errors },
        },
      },
      async (request, reply) => {
        const b = request.body;
        const result = await core.dealerCreateCustomer(request.dealerId, {
          name: b.name,
          email: b.email,
          source: b.source,
          ...(b.phone === undefined ? {} : { phone: b.phone }),
          ...(b.contactBy === undefined ? {} : { contactBy: b.contactBy }),
          ...(b.reminderDays === undefined ? {} : { reminderDays: b.reminderDays }),
        });
        return answer(reply, result, 201);
      },
    );

    app.get(
      '/customers/:customerId',
      {
        schema: {
          summary: "One of the dealer's customers with vehicles, preferred dealer and website account",
          tags,
          security,
          params: customerIdParams,
          response: { 200: dealerCustomerSchema, ...errors },
        },
      },
      async (request, reply) =>
        answer(reply, await core.dealerCustomer(request.dealerId, request.params.customerId)),
    );

    app.patch(
      '/customers/:customerId',
      {
        schema: {
          summary: "Edit the profile on the customer's behalf (contact, source, contact-by, reminder days)",
          tags,
          security,
          params: customerIdParams,
          body: customerPatchSchema,
          response: { 200: dealerCustomerSchema, ...errors },
        },
      },
      async (request, reply) => {
        const b = request.body;
        const patch = Object.fromEntries(Object.entries(b).filter(([, v]) => v !== undefined)) as typeof b;
        return answer(
          reply,
          await core.dealerUpdateCustomer(request.dealerId, request.params.customerId, patch),
        );
      },
    );

    app.post(
      '/vehicles/:vin/preferred-dealer',
      {
        schema: {
          summary: "Set this dealer as preferred dealer of the vehicle's primary driver",
          description:
            'Takes effect at once and emails the customer, who agrees or changes back on the website. Until the ' +
            'customer agrees, the answer and every customer view withhold name, email and phone ' +
            '(`contactWithheld`), and the customer cannot be changed. Each claim is shown to the customer; ' +
            'at most 20 per dealer in 24 hours (`429 PREFERRED_DEALER_CLAIM_RATE_LIMITED`, `Retry-After`).',
          tags,
          security,
          params: z.object({ vin: vinSchema }),
          response: { 200: dealerCustomerSchema, ...errors },
        },
      },
      async (request, reply) => {
        const result = await core.claimPreferredDealer(request.dealerId, request.params.vin);
        app.countPreferredDealerClaim(result.ok ? 'claimed' : result.error.code);
        if (!result.ok && result.error.code === 'PREFERRED_DEALER_CLAIM_RATE_LIMITED') {
          reply.header('retry-after', result.error.extensions?.retryAfterSeconds ?? '3600');
        }
        return answer(reply, result);
      },
    );

    app.post(
      '/customers/:customerId/vehicles',
      {
        schema: {
          summary: 'Add a vehicle relation (optionally as primary driver)',
          tags,
          security,
          params: customerIdParams,
          body: z.object({ vin: vinSchema, primaryDriver: z.boolean().default(false) }),
          response: { 200: dealerCustomerSchema, ...errors },
        },
      },
      async (request, reply) =>
        answer(
          reply,
          await core.changeVehicleRelation(request.dealerId, request.params.customerId, {
            kind: 'add',
            vin: request.body.vin,
            primaryDriver: request.body.primaryDriver,
          }),
        ),
    );

    app.delete(
      '/customers/:customerId/vehicles/:vin',
      {
        schema: {
          summary: 'Remove a vehicle relation (and the primary-driver role)',
          tags,
          security,
          params: vinParams,
          response: { 200: dealerCustomerSchema, ...errors },
        },
      },
      async (request, reply) =>
        answer(
          reply,
          await core.changeVehicleRelation(request.dealerId, request.params.customerId, {
            kind: 'remove',
            vin: request.params.vin,
          }),
        ),
    );

    app.put(
      '/customers/:customerId/vehicles/:vin/primary-driver',
      {
        schema: {
          summary: 'Make the customer the primary driver of a related vehicle',
          tags,
          security,
          params: vinParams,
          response: { 200: dealerCustomerSchema, ...errors },
        },
      },
      async (request, reply) =>
        answer(
          reply,
          await core.changeVehicleRelation(request.dealerId, request.params.customerId, {
            kind: 'set-primary-driver',
            vin: request.params.vin,
          }),
        ),
    );

    app.post(
      '/customers/:customerId/vehicles/:vin/report-incorrect',
      {
        schema: {
          summary: 'Report an incorrect vehicle relation (kept on the relation for the central database)',
          tags,
          security,
          params: vinParams,
          body: z.object({ note: z.string().min(1).max(1000) }),
          response: { 200: dealerCustomerSchema, ...errors },
        },
      },
      async (request, reply) =>
        answer(
          reply,
          await core.changeVehicleRelation(request.dealerId, request.params.customerId, {
            kind: 'report-incorrect',
            vin: request.params.vin,
            note: request.body.note,
          }),
        ),
    );

    app.post(
      '/customers/:customerId/website-invite',
      {
        schema: {
          summary: 'Invite the customer to create an owner-website account (by email)',
          tags,
          security,
          params: customerIdParams,
          response: { 200: dealerCustomerSchema, ...errors },
        },
      },
      async (request, reply) =>
        answer(reply, await core.inviteToWebsite(request.dealerId, request.params.customerId)),
    );
  };
}

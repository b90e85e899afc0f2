/**
 * Customer website API (`/customer/v1`): what the owner website ("My Volvo") does for a driver
 * (docs/domain.md [ACT-4]). Every route needs `Authorization: Bearer <customer token>`;
 * a token is issued by `POST /admin/v1/customers/{customerId}/tokens` and names one customer, who
 * sees only the appointments where it is the customer.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DAY_MS } from '../domain/timers.ts';
import type { Result } from '../errors.ts';
import type { BookingCore } from '../service/booking-core.ts';
import type { CustomerAppointmentView, CustomerCommand } from '../service/customer-api.ts';
import type { CustomerProfileView } from '../service/customer-relations.ts';
import { bearerToken } from './auth.ts';
import { sendProblem } from './problem.ts';
import { renderCustomerAppointment, renderMail, renderProfile } from './render.ts';
import {
  appointmentIdParams,
  customerAppointmentSchema,
  customerProfileSchema,
  mailSchema,
  navigationBodySchema,
  PROBLEM_RESPONSES,
  preferredDealerClaimSchema,
  websiteRequestBodySchema,
} from './schemas.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The authenticated customer (set by the customer API's auth hook). */
    customerId: string;
  }
}

const errors = PROBLEM_RESPONSES;
const security = [{ customerToken: [] }];
const tags = ['customer'];

/** A preferred date (YYYY-MM-DD) as the whole UTC day. */
const dayWindow = (date: string) => {
  const earliest = Date.parse(`${date}T00:00:00Z`);
  return { earliest, latest: earliest + DAY_MS - 1 };
};

export function customerRoutes(core: BookingCore): FastifyPluginAsyncZod {
  return async (app) => {
    app.decorateRequest('customerId', '');
    app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      const token = bearerToken(request.headers.authorization);
      if (token === undefined) {
        return sendProblem(reply, { code: 'AUTH_MISSING_KEY', detail: 'send Authorization: Bearer <token>' });
      }
      const customerId = await core.authenticateCustomer(token);
      if (customerId === null)
        return sendProblem(reply, { code: 'AUTH_INVALID_KEY', detail: 'unknown token' });
      request.customerId = customerId;
    });

    const answer = (reply: FastifyReply, result: Result<CustomerAppointmentView>, status: 200 | 201 = 200) =>
      result.ok
        ? reply.code(status).send(renderCustomerAppointment(result.value))
        : sendProblem(reply, result.error);

    const profile = (reply: FastifyReply, result: Result<CustomerProfileView>) =>
      result.ok ? reply.send(renderProfile(result.value)) : sendProblem(reply, result.error);

    app.get(
      '/profile',
      {
        schema: {
          summary: 'The customer profile with vehicles and preferred dealer',
          tags,
          security,
          response: { 200: customerProfileSchema, ...errors },
        },
      },
      async (request, reply) => profile(reply, await core.customerProfileView(request.customerId)),
    );

    app.get(
      '/preferred-dealer/claims',
      {
        schema: {
          summary: 'Every dealer that set itself as your preferred dealer by VIN, newest first (at most 100)',
          tags,
          security,
          response: { 200: z.object({ items: z.array(preferredDealerClaimSchema) }), ...errors },
        },
      },
      async (request) => ({
        items: (await core.customerPreferredDealerClaims(request.customerId)).map((c) => ({
          ...c,
          claimedAt: new Date(c.claimedAt).toISOString(),
        })),
      }),
    );

    app.put(
      '/settings/reminder-days',
      {
        schema: {
          summary: 'Booking reminder days: 1 to 4 days before the appointment (null: the dealer default)',
          description: 'The day-of reminder at engine start is not affected.',
          tags,
          security,
          body: z.object({ days: z.number().int().min(1).max(4).nullable() }),
          response: { 200: customerProfileSchema, ...errors },
        },
      },
      async (request, reply) =>
        profile(reply, await core.setReminderDays(request.customerId, request.body.days)),
    );

    app.put(
      '/preferred-dealer',
      {
        schema: {
          summary: 'Choose the preferred dealer: every booking request goes there',
          tags,
          security,
          body: z.object({ dealerId: z.string().min(1).max(64) }),
          response: { 200: customerProfileSchema, ...errors },
        },
      },
      async (request, reply) =>
        profile(
          reply,
          await core.customerPreferredDealer(request.customerId, {
            kind: 'customer-chooses',
            dealerId: request.body.dealerId,
          }),
        ),
    );

    app.post(
      '/preferred-dealer/agree',
      {
        schema: {
          summary: 'Agree to the dealer that set itself as preferred dealer',
          tags,
          security,
          response: { 200: customerProfileSchema, ...errors },
        },
      },
      async (request, reply) =>
        profile(reply, await core.customerPreferredDealer(request.customerId, { kind: 'customer-agrees' })),
    );

    app.post(
      '/preferred-dealer/reject',
      {
        schema: {
          summary: 'Change back to the previously set preferred dealer',
          tags,
          security,
          response: { 200: customerProfileSchema, ...errors },
        },
      },
      async (request, reply) =>
        profile(reply, await core.customerPreferredDealer(request.customerId, { kind: 'customer-rejects' })),
    );

    app.get(
      '/appointments',
      {
        schema: {
          summary: "The customer's appointments with proposals (time, price and work) and inquiries",
          tags,
          security,
          response: { 200: z.object({ items: z.array(customerAppointmentSchema) }), ...errors },
        },
      },
      async (request) => ({
        items: (await core.customerAppointments(request.customerId)).map(renderCustomerAppointment),
      }),
    );

    app.get(
      '/appointments/:appointmentId',
      {
        schema: {
          summary: 'One appointment',
          tags,
          security,
          params: appointmentIdParams,
          response: { 200: customerAppointmentSchema, ...errors },
        },
      },
      async (request, reply) =>
        answer(reply, await core.customerAppointment(request.customerId, request.params.appointmentId)),
    );

    app.post(
      '/requests',
      {
        schema: {
          summary: 'Send a booking request to the preferred dealer (Requested, dealer list Actions)',
          description: 'Free text, two preferred dates and the odometer; never Health Status.',
          tags,
          security,
          body: websiteRequestBodySchema,
          response: { 201: customerAppointmentSchema, ...errors },
        },
      },
      async (request, reply) => {
        const b = request.body;
        const result = await core.createWebsiteRequest(request.customerId, {
          vin: b.vin,
          note: b.note,
          preferredWindows: b.preferredDates.map(dayWindow),
          odometerKm: b.odometerKm,
        });
        return answer(reply, result, 201);
      },
    );

    /** One customer command route: body schema -> customer command -> the appointment as the website shows it. */
    const command = <B extends z.ZodObject>(
      path: string,
      summary: string,
      body: B,
      toCommand: (body: z.infer<B>) => CustomerCommand,
    ) =>
      app.post(
        `/appointments/:appointmentId/${path}`,
        {
          schema: {
            summary,
            tags,
            security,
            params: appointmentIdParams,
            body,
            response: { 200: customerAppointmentSchema, ...errors },
          },
        },
        async (request, reply) => {
          // The validator parsed the body with `body` (fastify-type-provider-zod); only the generic
          // route typing loses that, so the cast restores what is already checked.
          const parsed = request.body as z.infer<B>;
          return answer(
            reply,
            await core.customerCommand(request.customerId, request.params.appointmentId, toCommand(parsed)),
          );
        },
      );

    command(
      'inquiry-answer',
      "Answer the dealer's question (back to Requested, dealer list Actions)",
      z.object({ answer: z.string().min(1).max(2000) }),
      (b) => ({ kind: 'answer-inquiry', answer: b.answer }),
    );
    command(
      'accept',
      'Accept the proposal (Accepted, dealer list Actions); a booking confirmation follows by car, website and email',
      z.object({ proposalId: z.string().min(1).max(100) }),
      (b) => ({ kind: 'accept', proposalId: b.proposalId }),
    );
    command(
      'another-slot',
      'Ask for another time slot (back to Requested, dealer list Actions) with new wishes',
      z.object({
        proposalId: z.string().min(1).max(100),
        note: z.string().max(2000).default(''),
        preferredDates: z.array(z.iso.date()).max(2).default([]),
      }),
      (b) => ({
        kind: 'ask-another-slot',
        proposalId: b.proposalId,
        note: b.note,
        preferredWindows: b.preferredDates.map(dayWindow),
      }),
    );
    command(
      'cancel',
      'Cancel (Cancelled by customer, dealer list Actions)',
      z.object({ reason: z.string().min(1).max(500) }),
      (b) => ({ kind: 'cancel', reason: b.reason }),
    );
    command(
      'navigation',
      'Choose how the car navigates to the workshop (destination or waypoint)',
      navigationBodySchema,
      (b) => ({ kind: 'choose-navigation', mode: b.mode }),
    );

    app.get(
      '/messages',
      {
        schema: {
          summary: 'The messages sent to the customer (the same as its emails), oldest first',
          tags,
          security,
          response: { 200: z.object({ items: z.array(mailSchema) }), ...errors },
        },
      },
      async (request) => ({ items: (await core.customerMessages(request.customerId)).map(renderMail) }),
    );
  };
}

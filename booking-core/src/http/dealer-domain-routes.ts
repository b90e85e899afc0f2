/**
 * Dealer API routes of the complete appointment domain: inquiries, pre-bookings,
 * navigation mode, history and the appointment as it was, time rules. Registered inside
 * `dealerRoutes`, so every route here is authenticated and scoped to the dealer of the key.
 */
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Result } from '../errors.ts';
import type { BookingCore } from '../service/booking-core.ts';
import type { AppointmentDetails } from '../service/views.ts';
import { sendProblem } from './problem.ts';
import { iso, renderDetails } from './render.ts';
import {
  appointmentDetailsSchema,
  appointmentIdParams,
  historyItemSchema,
  inquiryBodySchema,
  navigationBodySchema,
  PROBLEM_RESPONSES,
  preBookingBodySchema,
  timeRulesChangeSchema,
  timeRulesViewSchema,
} from './schemas.ts';

const errors = PROBLEM_RESPONSES;
const security = [{ dealerApiKey: [] }];

export function dealerDomainRoutes(core: BookingCore): FastifyPluginAsyncZod {
  return async (app) => {
    const answer = (reply: FastifyReply, result: Result<AppointmentDetails>, status: 200 | 201 = 200) =>
      result.ok ? reply.code(status).send(renderDetails(result.value)) : sendProblem(reply, result.error);

    app.post(
      '/appointments/:appointmentId/inquiries',
      {
        schema: {
          summary: 'Ask the customer a question (Inquired, list Pending)',
          description:
            'Goes to the owner website and by email, never to the car. Allowed on a ' +
            'request and again on an unanswered inquiry.',
          tags: ['appointments'],
          security,
          params: appointmentIdParams,
          body: inquiryBodySchema,
          response: { 201: appointmentDetailsSchema, ...errors },
        },
      },
      async (request, reply) =>
        answer(
          reply,
          await core.inquire(request.dealerId, request.params.appointmentId, request.body.question),
          201,
        ),
    );

    app.post(
      '/pre-bookings',
      {
        schema: {
          summary: 'Perform a pre-booking (Pre-booked, list Planned)',
          description:
            "For a vehicle in the dealer's workshop customers. The customer gets a confirmation " +
            'by car, website and email; the pre-booking becomes Requested `preBookingLeadDays` before its date.',
          tags: ['appointments'],
          security,
          body: preBookingBodySchema,
          response: { 201: appointmentDetailsSchema, ...errors },
        },
      },
      async (request, reply) => {
        const b = request.body;
        const result = await core.createPreBooking(request.dealerId, {
          vin: b.vin,
          start: Date.parse(b.start),
          durationMinutes: b.durationMinutes,
          workDescription: b.workDescription,
          ...(b.price ? { price: b.price } : {}),
          ...(b.note ? { note: b.note } : {}),
        });
        return answer(reply, result, 201);
      },
    );

    app.put(
      '/appointments/:appointmentId/navigation',
      {
        schema: {
          summary: 'Choose how the car navigates to the workshop (destination or waypoint)',
          description: 'On a confirmed appointment the car receives the new navigation target at once.',
          tags: ['appointments'],
          security,
          params: appointmentIdParams,
          body: navigationBodySchema,
          response: { 200: appointmentDetailsSchema, ...errors },
        },
      },
      async (request, reply) =>
        answer(
          reply,
          await core.chooseNavigation(request.dealerId, request.params.appointmentId, request.body.mode),
        ),
    );

    app.get(
      '/appointments/:appointmentId/history',
      {
        schema: {
          summary: "The appointment's history: every change with who and when, oldest first",
          tags: ['appointments'],
          security,
          params: appointmentIdParams,
          response: { 200: z.object({ items: z.array(historyItemSchema) }), ...errors },
        },
      },
      async (request, reply) => {
        const result = await core.appointmentHistory(request.dealerId, request.params.appointmentId);
        if (!result.ok) return sendProblem(reply, result.error);
        return { items: result.value.map((h) => ({ ...h, at: iso(h.at) })) };
      },
    );

    app.get(
      '/appointments/:appointmentId/history/:version',
      {
        schema: {
          summary: 'The appointment as it was right after one history entry',
          tags: ['appointments'],
          security,
          params: appointmentIdParams.extend({ version: z.coerce.number().int().min(1) }),
          response: { 200: appointmentDetailsSchema, ...errors },
        },
      },
      async (request, reply) =>
        answer(
          reply,
          await core.appointmentAsOf(request.dealerId, request.params.appointmentId, {
            version: request.params.version,
          }),
        ),
    );

    app.get(
      '/appointments/:appointmentId/as-of',
      {
        schema: {
          summary: 'The appointment as it was at a moment (the last history entry not after `at`)',
          tags: ['appointments'],
          security,
          params: appointmentIdParams,
          querystring: z.object({ at: z.iso.datetime({ offset: true }) }),
          response: { 200: appointmentDetailsSchema, ...errors },
        },
      },
      async (request, reply) =>
        answer(
          reply,
          await core.appointmentAsOf(request.dealerId, request.params.appointmentId, {
            at: Date.parse(request.query.at),
          }),
        ),
    );

    app.get(
      '/settings/time-rules',
      {
        schema: {
          summary: "The dealer's time rules: effective values, its own settings and its market's",
          tags: ['settings'],
          security,
          response: { 200: timeRulesViewSchema, ...errors },
        },
      },
      async (request) => core.timeRules(request.dealerId),
    );

    app.patch(
      '/settings/time-rules',
      {
        schema: {
          summary: "Set some of the dealer's time rules (they override the market's)",
          description:
            "A value sets a rule, `null` removes the dealer's own (the market's or the default applies again). " +
            "Re-arms the timers of the dealer's open appointments at once.",
          tags: ['settings'],
          security,
          body: timeRulesChangeSchema,
          response: { 200: timeRulesViewSchema, ...errors },
        },
      },
      async (request) => core.setDealerTimeRules(request.dealerId, request.body),
    );
  };
}

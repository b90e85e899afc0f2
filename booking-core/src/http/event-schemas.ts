/**
 * Schemas of the dealer event feed and of webhooks: one data schema per event type (the feed's
 * items and the webhook bodies share them), published as OpenAPI 3.1 `webhooks` (openapi.ts).
 */
import { z } from 'zod';
import { APPOINTMENT_STATUSES } from '../domain/appointment.ts';
import {
  DEALER_EVENT_TYPE_NAMES,
  DEALER_EVENT_TYPES,
  type DealerEventType,
} from '../service/dealer-events.ts';
import { apiSchemas } from './openapi.ts';

const isoDateTime = z.iso.datetime({ offset: true }).meta({ examples: ['2026-12-01T08:00:00Z'] });

export const eventTypeSchema = z.enum(DEALER_EVENT_TYPE_NAMES as [DealerEventType, ...DealerEventType[]]);

const eventId = z.string().describe('The event id; the `webhook-id` of every delivery of it');

const appointmentData = z.object({
  eventId,
  appointmentId: z.string(),
  vin: z.string(),
  customerId: z.string(),
  status: z.enum(APPOINTMENT_STATUSES).describe('The appointment status after the change'),
  links: z.object({ appointment: z.string(), history: z.string() }),
});

/** The `data` of each event type. */
export const EVENT_DATA_SCHEMAS: Record<DealerEventType, z.ZodObject> = {
  'appointment.requested': appointmentData.extend({
    origin: z
      .enum(['car', 'website', 'dealer', 'pre-booking-due'])
      .describe('car or website: a new request; pre-booking-due: a pre-booking that came due'),
    warningsActive: z.boolean().optional().describe('The Health Status sent with it shows active warnings'),
    healthStatusIncluded: z.boolean().optional(),
  }),
  'appointment.pre-booked': appointmentData,
  'appointment.inquired': appointmentData.extend({ inquiryId: z.string() }),
  'appointment.inquiry-answered': appointmentData.extend({ inquiryId: z.string() }),
  'appointment.proposed': appointmentData.extend({
    proposalId: z.string(),
    supersededProposalId: z.string().nullable(),
  }),
  'appointment.accepted': appointmentData.extend({ proposalId: z.string() }),
  'appointment.another-slot-requested': appointmentData.extend({ proposalId: z.string() }),
  'appointment.confirmed': appointmentData,
  'appointment.cancelled': appointmentData.extend({ cancelledBy: z.enum(['customer', 'dealer']) }),
  'appointment.closed': appointmentData,
  'appointment.follow-up-due': appointmentData,
  'appointment.service-level-breached': appointmentData,
  'appointment.proposal-delivered': appointmentData.extend({
    proposalId: z.string(),
    deliveredAt: isoDateTime.describe("When the car's receipt arrived"),
  }),
  'vehicle.health-status-received': z.object({
    eventId,
    vin: z.string(),
    healthStatusId: z.string(),
    links: z.object({ healthStatus: z.string() }),
  }),
  'customer.preferred-dealer-changed': z.object({
    eventId,
    customerId: z.string(),
    preferred: z.boolean().describe('true: this dealer is now preferred; false: the customer left it'),
    links: z.object({ customer: z.string().optional() }),
  }),
  'webhook.test': z.object({ eventId, endpointId: z.string() }),
};

/** The webhook body of one event type: `{ type, timestamp, data }`. */
export function webhookBodySchema(type: DealerEventType) {
  return z
    .object({
      type: z.literal(type),
      timestamp: isoDateTime.describe('When the change happened'),
      data: EVENT_DATA_SCHEMAS[type],
    })
    .describe(DEALER_EVENT_TYPES[type]);
}

export const dealerEventSchema = z.object({
  cursor: z.string().describe('Opaque: pass it as `after` to read what follows this event'),
  eventId: z.string(),
  type: z.string().describe("An event type (the document's `webhooks` lists them)"),
  occurredAt: isoDateTime,
  data: z.record(z.string(), z.unknown()).describe("The event type's data (see the OpenAPI `webhooks`)"),
});

export const dealerEventPageSchema = z.object({
  items: z.array(dealerEventSchema),
  nextCursor: z
    .string()
    .nullable()
    .describe('Pass as `after` for the next page; the same cursor again when nothing is new yet'),
});

export const eventQuerySchema = z.object({
  after: z
    .string()
    .max(64)
    .optional()
    .describe('A cursor from an earlier page; absent: the oldest retained event'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  waitSeconds: z.coerce
    .number()
    .int()
    .min(0)
    .max(30)
    .default(0)
    .describe(
      'Long polling: when no event follows the cursor, hold the request open up to this many seconds until one does (0: answer at once)',
    ),
});

export const endpointIdParams = z.object({ endpointId: z.string().min(1).max(64) });
export const deliveryIdParams = endpointIdParams.extend({ deliveryId: z.string().min(1).max(64) });

export const webhookEndpointSchema = z.object({
  endpointId: z.string(),
  url: z.string(),
  eventTypes: z.array(z.string()).nullable().describe('null: every event type'),
  description: z.string(),
  state: z.enum(['active', 'disabled']),
  disabledReason: z.string().nullable(),
  createdAt: isoDateTime,
  failingSince: isoDateTime.nullable().describe('Since when every attempt failed; null after a success'),
  previousSecretValidUntil: isoDateTime
    .nullable()
    .describe('After a rotation: until when the previous secret also signs'),
});

export const webhookEndpointWithSecretSchema = webhookEndpointSchema.extend({
  secret: z.string().describe('The signing secret (`whsec_...`): shown only in this answer'),
});

export const webhookEndpointInputSchema = z.object({
  url: z.url().max(2000).describe('https:// (http:// to loopback only where the operator allows it)'),
  eventTypes: z.array(eventTypeSchema).min(1).max(50).nullable().optional(),
  description: z.string().max(200).optional(),
});

export const webhookEndpointPatchSchema = webhookEndpointInputSchema.partial().extend({
  enabled: z.boolean().optional().describe('true re-enables a disabled endpoint; false disables it'),
});

export const rotateSecretBodySchema = z.object({
  overlapSeconds: z
    .number()
    .int()
    .min(0)
    .max(7 * 24 * 3600)
    .optional()
    .describe('How long the previous secret keeps signing (default: the configured overlap)'),
});

const attemptSchema = z.object({
  attempt: z.number().int(),
  at: isoDateTime,
  statusCode: z.number().int().nullable(),
  latencyMs: z.number().int(),
  error: z.string().nullable(),
});

export const webhookDeliverySchema = z.object({
  deliveryId: z.string(),
  messageId: z.string().describe('The `webhook-id` header'),
  eventType: z.string(),
  state: z.enum(['pending', 'delivered', 'dead']),
  attempts: z.number().int(),
  nextAttemptAt: isoDateTime.nullable(),
  createdAt: isoDateTime,
  finishedAt: isoDateTime.nullable(),
  lastStatusCode: z.number().int().nullable(),
  lastLatencyMs: z.number().int().nullable(),
  lastError: z.string().nullable(),
  attemptLog: z.array(attemptSchema),
});

export const replayBodySchema = z.union([
  z.object({ eventId: z.string().min(1).max(64) }).strict(),
  z.object({ from: isoDateTime, to: isoDateTime }).strict(),
]);

export const replayResultSchema = z.object({
  queued: z.number().int(),
  truncated: z.boolean().describe('More events fell in the range than one replay takes (1000)'),
});

for (const [schema, id] of [
  [dealerEventSchema, 'DealerEvent'],
  [webhookEndpointSchema, 'WebhookEndpoint'],
  [webhookDeliverySchema, 'WebhookDelivery'],
] as const) {
  apiSchemas.add(schema, { id });
}

/**
 * OpenAPI 3.1 `webhooks`: one POST per event type, its body `{ type, timestamp, data }` and the
 * Standard Webhooks headers (docs/api.md "Events and webhooks"). The same `data` is in the feed.
 */
export function webhookDefinitions(): Record<string, unknown> {
  const header = (description: string) => ({ required: true, schema: { type: 'string' }, description });
  return Object.fromEntries(
    DEALER_EVENT_TYPE_NAMES.map((type) => [
      type,
      {
        post: {
          operationId: `webhook${type
            .split(/[^A-Za-z0-9]+/)
            .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
            .join('')}`,
          summary: DEALER_EVENT_TYPES[type],
          tags: ['events'],
          security: [{ webhookSignature: [] }],
          parameters: [
            {
              name: 'webhook-id',
              in: 'header',
              ...header('The event id: the same on every retry and replay (the idempotency key)'),
            },
            { name: 'webhook-timestamp', in: 'header', ...header('Unix seconds of this attempt') },
            {
              name: 'webhook-signature',
              in: 'header',
              ...header(
                '`v1,<base64 HMAC-SHA256 of "id.timestamp.body">`; space-separated, one per valid secret',
              ),
            },
          ],
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: z.toJSONSchema(webhookBodySchema(type), { target: 'draft-2020-12', io: 'input' }),
              },
            },
          },
          responses: {
            '200': {
              description:
                'Any 2xx: delivered. 410: the endpoint is disabled. 429/503 with Retry-After: retried then.',
            },
          },
        },
      },
    ]),
  );
}

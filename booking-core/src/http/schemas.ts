/**
 * Request and response schemas of the HTTP API (zod 4), published as OpenAPI. Times are ISO 8601
 * strings on the wire (epoch milliseconds inside the core).
 */
import { z } from 'zod';
import { APPOINTMENT_LISTS, APPOINTMENT_STATUSES } from '../domain/appointment.ts';
import { DTC_STATUSES, SERVICE_TRIGGERS, SEVERITIES, WARNING_TYPES } from '../domain/health-status.ts';
import { CURRENCY_CODES } from '../domain/money.ts';
import { apiSchemas } from './openapi.ts';

const isoDateTime = z.iso.datetime({ offset: true }).meta({ examples: ['2026-12-01T08:00:00Z'] });

/** ISO 3779: 17 characters, letters I, O and Q excluded. */
function vinString() {
  return z
    .string()
    .regex(/^[A-HJ-NPR-Z0-9]{17}$/, 'a VIN: 17 characters, no I, O or Q')
    .meta({ examples: ['YV1LZ5SH8JA123456'] });
}

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string().describe('Stable error code (see the error catalogue)'),
    instance: z.string().optional(),
    issues: z.array(z.unknown()).optional().describe('Validation issues, for REQUEST_INVALID'),
  })
  .catchall(z.unknown().describe('Extension members (strings), e.g. appointmentStatus and command'))
  .describe('RFC 9457 problem details')
  .meta({
    examples: [
      {
        type: 'urn:csb:problem:booking-invalid-transition',
        title: 'The appointment status does not allow this command',
        status: 409,
        detail: 'confirm is not allowed when the appointment is proposed',
        code: 'BOOKING_INVALID_TRANSITION',
        appointmentStatus: 'proposed',
        command: 'confirm',
      },
    ],
  });

/**
 * The problem answers every authenticated API route may give (docs/api.md "Errors"): a bad
 * request, a missing or wrong key, an unknown resource, a conflict with the current state, a
 * refused value, and 503 while the database cannot be reached (STORE_UNAVAILABLE, Retry-After).
 */
export const PROBLEM_RESPONSES = {
  400: problemSchema,
  401: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
  503: problemSchema,
};

const amountMinorSchema = z
  .number()
  .int()
  .min(0)
  .max(Number.MAX_SAFE_INTEGER)
  .describe('Amount in the minor unit');

/** A price as the API answers it. */
export const priceSchema = z
  .object({
    currencyCode: z.string().describe('ISO 4217 code, e.g. SEK'),
    amountMinor: amountMinorSchema,
  })
  .meta({ examples: [{ currencyCode: 'SEK', amountMinor: 245_000 }] });

/** A price as the API accepts it: only the codes of circulating currencies (domain/money.ts). */
export const priceInputSchema = z
  .object({
    currencyCode: z.enum(CURRENCY_CODES).describe('ISO 4217 code of a circulating currency, e.g. SEK'),
    amountMinor: amountMinorSchema,
  })
  .meta({ examples: [{ currencyCode: 'SEK', amountMinor: 245_000 }] });

export const listSchema = z.enum(APPOINTMENT_LISTS);
const statusSchema = z.enum(APPOINTMENT_STATUSES);

const flagsSchema = z.object({
  customerRequested: z.boolean(),
  warningsActive: z.boolean(),
  connectedCar: z.boolean(),
});

export const appointmentSummarySchema = z.object({
  appointmentId: z.string(),
  status: statusSchema,
  list: listSchema.nullable(),
  flags: flagsSchema,
  attention: z
    .object({ awaitingFollowUp: z.boolean(), serviceLevelBreached: z.boolean() })
    .describe(
      'awaitingFollowUp: back in Actions after the pending timeout; serviceLevelBreached: not handled in time',
    ),
  vehicle: z.object({ vin: z.string(), model: z.string(), modelYear: z.number().int() }),
  customer: z.object({ customerId: z.string(), name: z.string() }),
  requestedAt: isoDateTime,
  start: isoDateTime.optional(),
  updatedAt: isoDateTime,
});

const timeWindowSchema = z.object({ earliest: isoDateTime, latest: isoDateTime });

export const healthStatusSchema = z.object({
  capturedAt: isoDateTime,
  odometerKm: z.number().optional(),
  service: z
    .object({
      isServiceDue: z.boolean(),
      distanceToServiceKm: z.number().optional(),
      timeToServiceS: z.number().optional(),
      engineHoursToService: z.number().optional(),
      trigger: z.enum(SERVICE_TRIGGERS).optional(),
    })
    .optional(),
  warnings: z.array(
    z.object({
      type: z.enum(WARNING_TYPES),
      severity: z.enum(SEVERITIES),
      code: z.string(),
      location: z.string(),
      activeSince: isoDateTime.optional(),
      text: z.string(),
    }),
  ),
  dtcs: z.array(
    z.object({
      code: z.string(),
      ecu: z.string(),
      status: z.enum(DTC_STATUSES).optional(),
      severity: z.enum(SEVERITIES).optional(),
      firstSeen: isoDateTime.optional(),
    }),
  ),
  fuelLevelPercent: z.number().optional(),
  tractionBatteryChargePercent: z.number().optional(),
  lowVoltageBatteryVolts: z.number().optional(),
  rangeKm: z.number().optional(),
  engineHours: z.number().optional(),
});

export const navigationModeSchema = z.enum(['destination', 'waypoint']);

export const inquirySchema = z.object({
  inquiryId: z.string(),
  question: z.string(),
  askedAt: isoDateTime,
  answer: z.string().nullable(),
  answeredAt: isoDateTime.nullable(),
});

export const preBookingSchema = z.object({
  start: isoDateTime,
  durationMinutes: z.number().int(),
  workDescription: z.string(),
  price: priceSchema.nullable(),
});

export const appointmentDetailsSchema = appointmentSummarySchema.extend({
  origin: z.enum(['car', 'website', 'dealer']),
  customerNote: z.string(),
  preferredWindows: z.array(timeWindowSchema),
  healthStatus: healthStatusSchema.nullable().describe('The Health Status sent with the request'),
  currentProposal: z
    .object({
      proposalId: z.string(),
      start: isoDateTime,
      durationMinutes: z.number().int(),
      price: priceSchema,
      workDescription: z.string(),
    })
    .nullable(),
  history: z.array(
    z.object({
      version: z.number().int(),
      at: isoDateTime,
      actor: z.object({ kind: z.enum(['car', 'customer', 'dealer', 'system']), id: z.string() }),
      command: z.string(),
      status: statusSchema,
    }),
  ),
  version: z.number().int(),
  inquiries: z.array(inquirySchema),
  preBooking: preBookingSchema.nullable(),
  navigationMode: navigationModeSchema.nullable().describe("null: the dealer's default (time rules)"),
  reportedOdometerKm: z.number().nullable().describe('The odometer typed on the website'),
  deliveries: z
    .array(
      z.object({
        messageId: z.string().describe('The downlink message id the car receipts'),
        kind: z.enum(['proposal', 'confirmation', 'reminder', 'navigation', 'appointment-cancelled']),
        state: z.enum(['queued', 'sent', 'delivered', 'expired', 'superseded']),
        createdAt: isoDateTime,
        sentAt: isoDateTime.nullable().describe('First handed to the car'),
        deliveredAt: isoDateTime.nullable().describe("The car's delivery receipt"),
        attempts: z.number().int(),
      }),
    )
    .optional()
    .describe(
      'Messages to the car about this appointment, oldest first, with their delivery state; a finished one (delivered, expired, superseded) is deleted CSB_LEDGER_RETENTION_DAYS (default 30) days after it finished and no longer listed (docs/operations.md)',
    ),
});

export const appointmentIdParams = z.object({ appointmentId: z.string().min(1).max(100) });

export const proposalBodySchema = z
  .object({
    start: isoDateTime.describe('Proposed start (ISO 8601 date-time with offset)').optional(),
    durationMinutes: z.number().int().min(15).max(1440).optional(),
    price: priceInputSchema.optional(),
    workDescription: z
      .string()
      .min(1)
      .max(2000)
      .describe('Shown to the dealer and on the website, never in the car')
      .optional(),
  })
  .describe('Every field is required, except those a pre-booking prefills');

export const inquiryBodySchema = z.object({ question: z.string().min(1).max(2000) });
export const navigationBodySchema = z.object({ mode: navigationModeSchema });

export const preBookingBodySchema = z.object({
  vin: vinString(),
  start: isoDateTime,
  durationMinutes: z.number().int().min(15).max(1440),
  workDescription: z.string().min(1).max(2000),
  price: priceInputSchema.optional(),
  note: z.string().max(2000).optional(),
});

export const timeRulesSchema = z.object({
  pendingTimeoutDays: z.number().int().min(1).max(60),
  preBookingLeadDays: z.number().int().min(1).max(365),
  defaultReminderDays: z.number().int().min(1).max(4),
  serviceLevelWorkingDays: z.number().int().min(1).max(30),
  escalationHours: z.number().int().min(1).max(720),
  navigationMode: navigationModeSchema,
});
export const timeRulesPatchSchema = timeRulesSchema.partial();
/** A change of some settings: a value sets one, `null` removes it (the market's or the default applies again). */
export const timeRulesChangeSchema = z.object({
  pendingTimeoutDays: timeRulesSchema.shape.pendingTimeoutDays.nullable().optional(),
  preBookingLeadDays: timeRulesSchema.shape.preBookingLeadDays.nullable().optional(),
  defaultReminderDays: timeRulesSchema.shape.defaultReminderDays.nullable().optional(),
  serviceLevelWorkingDays: timeRulesSchema.shape.serviceLevelWorkingDays.nullable().optional(),
  escalationHours: timeRulesSchema.shape.escalationHours.nullable().optional(),
  navigationMode: timeRulesSchema.shape.navigationMode.nullable().optional(),
});
export const timeRulesViewSchema = z.object({
  effective: timeRulesSchema,
  dealer: timeRulesPatchSchema,
  market: timeRulesPatchSchema,
});

export const historyItemSchema = z.object({
  version: z.number().int(),
  at: isoDateTime,
  actor: z.object({ kind: z.string(), id: z.string() }),
  command: z.string(),
  status: statusSchema,
});

export const mailSchema = z.object({
  id: z.string(),
  kind: z.string(),
  to: z.string(),
  subject: z.string(),
  body: z.string(),
  appointmentId: z.string().nullable(),
  createdAt: isoDateTime,
  state: z.enum(['queued', 'sent']),
});

const dealerCardSchema = z.object({
  dealerId: z.string(),
  name: z.string(),
  phone: z.string(),
  address: z.object({
    street: z.string(),
    postalCode: z.string(),
    city: z.string(),
    countryCode: z.string(),
  }),
  location: z.object({ latitude: z.number(), longitude: z.number() }),
});

export const customerAppointmentSchema = z.object({
  appointmentId: z.string(),
  vin: z.string(),
  status: statusSchema,
  origin: z.enum(['car', 'website', 'dealer']),
  dealer: dealerCardSchema,
  customerNote: z.string(),
  preferredWindows: z.array(z.object({ earliest: isoDateTime, latest: isoDateTime })),
  currentProposal: z
    .object({
      proposalId: z.string(),
      start: isoDateTime,
      durationMinutes: z.number().int(),
      price: priceSchema,
      workDescription: z.string(),
    })
    .nullable(),
  inquiries: z.array(inquirySchema),
  preBooking: preBookingSchema.nullable(),
  navigationMode: navigationModeSchema.nullable(),
  requestedAt: isoDateTime,
  updatedAt: isoDateTime,
});

const isoDate = z.iso.date();
export const websiteRequestBodySchema = z.object({
  vin: vinString(),
  note: z.string().min(1).max(2000).describe('Free text describing the need'),
  preferredDates: z.array(isoDate).length(2).describe('Two preferred dates, YYYY-MM-DD (whole days, UTC)'),
  odometerKm: z.number().int().min(0).max(2_000_000),
});

const contactBySchema = z
  .object({ phone: z.boolean(), email: z.boolean(), sms: z.boolean() })
  .describe('Marketing channels only: booking messages always go to car, website and email');

export const customerProfileSchema = z.object({
  customerId: z.string(),
  name: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  source: z.enum(['dms', 'central']).describe("The dealer's DMS or the central customer database"),
  contactBy: contactBySchema,
  reminderDays: z.number().int().nullable(),
  preferredDealerId: z.string().nullable(),
  previousPreferredDealerId: z.string().nullable(),
  preferredDealerPending: z
    .boolean()
    .describe('A dealer set itself as preferred; the customer has not decided'),
  websiteAccount: z.object({ active: z.boolean(), invitedAt: isoDateTime.nullable() }),
  vehicles: z.array(
    z.object({
      vin: z.string(),
      model: z.string(),
      modelYear: z.number().int(),
      connected: z.boolean(),
      primaryDriver: z.boolean(),
      reportedIncorrectAt: isoDateTime.nullable(),
      reportNote: z.string().nullable(),
    }),
  ),
});

/** A customer as a dealer sees it: the contact data is withheld while a claim by VIN is not agreed. */
export const dealerCustomerSchema = customerProfileSchema.extend({
  name: z.string().nullable().describe('null while contactWithheld'),
  email: z.string().nullable().describe('null while contactWithheld'),
  contactWithheld: z
    .boolean()
    .describe(
      'This dealer set itself as preferred by VIN and the customer has not agreed yet: name, email and ' +
        'phone are withheld and the customer cannot be changed (409 PREFERRED_DEALER_NOT_AGREED)',
    ),
});

export const preferredDealerClaimSchema = z.object({
  dealerId: z.string(),
  dealerName: z.string(),
  vin: z.string(),
  claimedAt: isoDateTime,
});

/** [CUST-1]: name and email are mandatory (the fields with an asterisk); the rest optional. */
export const newDealerCustomerSchema = z.object({
  name: z.string().min(1).max(200),
  email: z.email(),
  phone: z.string().min(1).max(50).optional(),
  source: z.enum(['dms', 'central']),
  contactBy: contactBySchema.optional(),
  reminderDays: z.number().int().min(1).max(4).nullable().optional(),
});

export const customerPatchSchema = z.object({
  name: z.string().min(1).max(200).optional(),
  email: z.email().optional(),
  phone: z.string().min(1).max(50).nullable().optional(),
  source: z.enum(['dms', 'central']).optional(),
  contactBy: contactBySchema.optional(),
  reminderDays: z.number().int().min(1).max(4).nullable().optional(),
});

export const customerIdParams = z.object({ customerId: z.string().min(1).max(100) });

export const cancelBodySchema = z.object({ reason: z.string().min(1).max(500) });

export const vinSchema = vinString();

export const healthStatusEntrySchema = z.object({
  receivedAt: isoDateTime,
  source: z.enum(['booking-request', 'upload']),
  healthStatus: healthStatusSchema,
});

export const healthStatusResponseSchema = z.object({
  vin: z.string(),
  latest: healthStatusEntrySchema,
  items: z
    .array(healthStatusEntrySchema)
    .optional()
    .describe('Every snapshot, newest capture first (?all=true)'),
});

const idSchema = z
  .string()
  .regex(/^[A-Za-z0-9._-]{1,64}$/, 'letters, digits, dot, dash, underscore; at most 64');

export const newDealerSchema = z.object({
  dealerId: idSchema.optional(),
  email: z.email().optional().describe('Where service-level escalation emails go'),
  name: z.string().min(1).max(200),
  phone: z.string().min(1).max(50),
  address: z.object({
    street: z.string().min(1).max(200),
    postalCode: z.string().min(1).max(20),
    city: z.string().min(1).max(100),
    countryCode: z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2'),
  }),
  location: z.object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) }),
});

export const newCustomerSchema = z.object({
  customerId: idSchema.optional(),
  name: z.string().min(1).max(200),
  email: z.email(),
  phone: z.string().min(1).max(50).optional(),
  preferredDealerId: idSchema.optional(),
});

export const newVehicleSchema = z.object({
  vin: vinSchema,
  model: z.string().min(1).max(100),
  modelYear: z.number().int().min(1900).max(2100),
  connected: z.boolean(),
  primaryDriverCustomerId: idSchema.optional(),
  secret: z.string().min(8).max(200).optional(),
});

export const vehicleCredentialsSchema = z.object({ vin: z.string(), secret: z.string() });

// Published once as components (docs: the OpenAPI document's `components.schemas`).
for (const [schema, id] of [
  [problemSchema, 'Problem'],
  [priceSchema, 'Price'],
  [priceInputSchema, 'PriceRequest'],
  [appointmentSummarySchema, 'AppointmentSummary'],
  [appointmentDetailsSchema, 'Appointment'],
  [healthStatusSchema, 'HealthStatus'],
  [customerAppointmentSchema, 'CustomerAppointment'],
  [customerProfileSchema, 'Customer'],
  [dealerCustomerSchema, 'DealerCustomer'],
  [timeRulesSchema, 'TimeRules'],
  [mailSchema, 'Mail'],
  [preferredDealerClaimSchema, 'PreferredDealerClaim'],
  [inquirySchema, 'Inquiry'],
  [preBookingSchema, 'PreBooking'],
] as const) {
  apiSchemas.add(schema, { id });
}

/**
 * Request and response schemas of the HTTP API (zod 4), published as OpenAPI. Times are ISO 8601
 * strings on the wire (epoch milliseconds inside the core).
 */
import { z } from 'zod';
import { APPOINTMENT_LISTS, APPOINTMENT_STATUSES } from '../domain/appointment.ts';
import { DTC_STATUSES, SERVICE_TRIGGERS, SEVERITIES, WARNING_TYPES } from '../domain/health-status.ts';

const isoDateTime = z.iso.datetime({ offset: true });

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
  .catchall(z.string())
  .describe('RFC 9457 problem details');

export const priceSchema = z.object({
  currencyCode: z.string().regex(/^[A-Z]{3}$/, 'ISO 4217 code, e.g. SEK'),
  amountMinor: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).describe('Amount in the minor unit'),
});

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
      at: isoDateTime,
      actor: z.object({ kind: z.enum(['car', 'customer', 'dealer', 'system']), id: z.string() }),
      command: z.string(),
      status: statusSchema,
    }),
  ),
  version: z.number().int(),
});

export const appointmentIdParams = z.object({ appointmentId: z.string().min(1).max(100) });

export const proposalBodySchema = z.object({
  start: isoDateTime.describe('Proposed start (ISO 8601 date-time with offset)'),
  durationMinutes: z.number().int().min(15).max(1440),
  price: priceSchema,
  workDescription: z
    .string()
    .min(1)
    .max(2000)
    .describe('Shown to the dealer and on the website, never in the car'),
});

export const cancelBodySchema = z.object({ reason: z.string().min(1).max(500) });

/** ISO 3779: 17 characters, letters I, O and Q excluded. */
export const vinSchema = z.string().regex(/^[A-HJ-NPR-Z0-9]{17}$/, 'a VIN: 17 characters, no I, O or Q');

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

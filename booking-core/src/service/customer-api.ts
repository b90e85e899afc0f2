/**
 * The customer's side (owner website API, docs/domain.md [ACT-4]): requests without
 * Health Status, answers to inquiries, proposals, cancellations, reminder days, navigation.
 * A customer sees and changes only appointments where it is the customer; another one's answers
 * BOOKING_NOT_FOUND exactly like an unknown id.
 */
import type { DealerCard, Price } from '../car-channel.ts';
import type {
  Actor,
  Appointment,
  AppointmentOrigin,
  AppointmentStatus,
  Inquiry,
  NavigationMode,
  PreBooking,
} from '../domain/appointment.ts';
import type { TimeWindow } from '../domain/health-status.ts';
import { checkWindows } from '../domain/time-limits.ts';
import { type AppointmentCommand, createRequest } from '../domain/transitions.ts';
import { fail, ok, type Result, timeFailure } from '../errors.ts';
import { applyCommand, type CommandContext, storeNewAppointment, vehicleIsFull } from './command-context.ts';
import { profileView, setReminderDaysOf } from './customer-relations.ts';
import { commandFailure } from './dealer-commands.ts';
import type { StoreSession } from './store-port.ts';
import { dealerCard } from './views.ts';

export interface WebsiteRequestInput {
  vin: string;
  /** The free-text description of the problem ([ACT-4]). */
  note: string;
  /** The two preferred dates, as whole-day windows. */
  preferredWindows: TimeWindow[];
  /** The current odometer the customer typed. */
  odometerKm: number;
}

export type CustomerCommand =
  | { kind: 'accept'; proposalId: string }
  | { kind: 'ask-another-slot'; proposalId: string; preferredWindows: TimeWindow[]; note: string }
  | { kind: 'cancel'; reason: string }
  | { kind: 'answer-inquiry'; answer: string }
  | { kind: 'choose-navigation'; mode: NavigationMode };

/** What the website shows: everything, the work description included ([MSG-4]). */
export interface CustomerAppointmentView {
  appointmentId: string;
  vin: string;
  status: AppointmentStatus;
  origin: AppointmentOrigin;
  dealer: DealerCard;
  customerNote: string;
  preferredWindows: TimeWindow[];
  currentProposal: {
    proposalId: string;
    start: number;
    durationMinutes: number;
    price: Price;
    workDescription: string;
  } | null;
  inquiries: Inquiry[];
  preBooking: PreBooking | null;
  navigationMode: NavigationMode | null;
  requestedAt: number;
  updatedAt: number;
}

export async function customerView(
  session: StoreSession,
  appointment: Appointment,
): Promise<CustomerAppointmentView | undefined> {
  const dealer = await session.getDealer(appointment.dealerId);
  if (!dealer) return undefined;
  const p = appointment.currentProposal;
  return {
    appointmentId: appointment.appointmentId,
    vin: appointment.vin,
    status: appointment.status,
    origin: appointment.origin,
    dealer: dealerCard(dealer),
    customerNote: appointment.customerNote,
    preferredWindows: appointment.preferredWindows,
    currentProposal: p && {
      proposalId: p.proposalId,
      start: p.start,
      durationMinutes: p.durationMinutes,
      price: p.price,
      workDescription: p.workDescription,
    },
    inquiries: appointment.inquiries,
    preBooking: appointment.preBooking,
    navigationMode: appointment.navigationMode,
    requestedAt: appointment.requestedAt,
    updatedAt: appointment.updatedAt,
  };
}

/** The website sends its wishes as whole days, `preferredDates` (docs/api.md); a refusal names that field. */
const preferredDateField = (i: number) => `preferredDates[${i}]`;

/** [ACT-4]: a website request lands at the preferred dealer, Requested, Actions, no Health Status. */
export async function createWebsiteRequest(
  ctx: CommandContext,
  customerId: string,
  input: WebsiteRequestInput,
): Promise<Result<Appointment>> {
  const refused = checkWindows(input.preferredWindows, ctx.now, preferredDateField);
  if (refused) return timeFailure(refused);
  const vehicle = await ctx.session.getVehicle(input.vin);
  // Only the customer's own car (primary driver); any other VIN reads as unknown.
  if (!vehicle || vehicle.primaryDriverCustomerId !== customerId) {
    return fail('VEHICLE_NOT_FOUND', `no vehicle ${input.vin} of this customer`);
  }
  const customer = await ctx.session.getCustomer(customerId);
  if (!customer) return fail('CUSTOMER_NOT_FOUND', `customer ${customerId} not found`);
  // [CUST-4]: "To be able to benefit from the Workshop Appointment Management functionalities, the
  // customer must have a preferred dealer"; every request lands there.
  if (!customer.preferredDealerId) {
    return fail('CUSTOMER_NO_PREFERRED_DEALER', 'choose a preferred dealer first');
  }
  if (await vehicleIsFull(ctx, input.vin)) {
    return fail(
      'VEHICLE_TOO_MANY_OPEN_APPOINTMENTS',
      `the vehicle has ${ctx.settings.maxOpenAppointmentsPerVehicle} open appointments, the most allowed`,
    );
  }
  const { appointment, events } = createRequest(
    {
      appointmentId: ctx.newId(),
      vin: input.vin,
      customerId,
      dealerId: customer.preferredDealerId,
      origin: 'website',
      customerNote: input.note,
      preferredWindows: input.preferredWindows,
      healthStatus: null,
      reportedOdometerKm: input.odometerKm,
    },
    ctx.now,
  );
  const actor: Actor = { kind: 'customer', id: customerId };
  await storeNewAppointment(ctx, appointment, events, actor, 'request');
  return ok(appointment);
}

function domainCommand(command: CustomerCommand): AppointmentCommand {
  switch (command.kind) {
    case 'accept':
    case 'ask-another-slot':
    case 'answer-inquiry':
    case 'choose-navigation':
      return command;
    case 'cancel':
      return { kind: 'cancel-by-customer', reason: command.reason };
    default: {
      const unreachable: never = command;
      throw new Error(`unhandled customer command ${JSON.stringify(unreachable)}`);
    }
  }
}

export async function applyCustomerCommand(
  ctx: CommandContext,
  customerId: string,
  appointmentId: string,
  command: CustomerCommand,
): Promise<Result<Appointment>> {
  if (command.kind === 'ask-another-slot') {
    const refused = checkWindows(command.preferredWindows, ctx.now, preferredDateField);
    if (refused) return timeFailure(refused);
  }
  const appointment = await ctx.session.getAppointment(appointmentId);
  if (!appointment || appointment.customerId !== customerId) {
    return fail('BOOKING_NOT_FOUND', `appointment ${appointmentId} not found`);
  }
  const result = await applyCommand(ctx, appointment, domainCommand(command), {
    kind: 'customer',
    id: customerId,
  });
  return result.ok ? ok(result.appointment) : commandFailure(result.error, appointmentId);
}

/**
 * [CUST-3]: 1 to 4, set by the customer (or the dealer on its behalf).
 * The reminders of the customer's confirmed appointments move with the setting.
 */
export async function setReminderDays(ctx: CommandContext, customerId: string, days: number | null) {
  if (!(await ctx.session.getCustomer(customerId)))
    return fail('CUSTOMER_NOT_FOUND', `customer ${customerId} not found`);
  await setReminderDaysOf(ctx, customerId, days);
  const view = await profileView(ctx.session, customerId);
  return view ? ok(view) : fail('CUSTOMER_NOT_FOUND', `customer ${customerId} not found`);
}

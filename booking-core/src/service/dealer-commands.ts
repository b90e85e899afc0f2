/**
 * The dealer's commands on its own appointments. Another dealer's appointment is reported exactly
 * like an unknown one (BOOKING_NOT_FOUND), so ids leak nothing across dealers.
 */
import type { Price } from '../car-channel.ts';
import type { Appointment, NavigationMode } from '../domain/appointment.ts';
import { checkStart } from '../domain/time-limits.ts';
import {
  type AppointmentCommand,
  createPreBooking as buildPreBooking,
  isAllowed,
} from '../domain/transitions.ts';
import { fail, ok, type Result, timeFailure } from '../errors.ts';
import {
  applyCommand,
  type CommandContext,
  type CommandError,
  storeNewAppointment,
} from './command-context.ts';

export interface ProposalInput {
  start: number;
  durationMinutes: number;
  price: Price;
  workDescription: string;
}

export type DealerCommand =
  /** Fields left out are prefilled from the pre-booking ([ST-8]). */
  | { kind: 'propose'; proposal: Partial<ProposalInput> }
  | { kind: 'confirm' }
  | { kind: 'finalize' }
  | { kind: 'cancel'; reason: string }
  | { kind: 'inquire'; question: string }
  | { kind: 'choose-navigation'; mode: NavigationMode };

function domainCommand(
  ctx: CommandContext,
  appointment: Appointment,
  command: DealerCommand,
): Result<AppointmentCommand> {
  switch (command.kind) {
    case 'propose': {
      const pre = appointment.preBooking;
      const p = command.proposal;
      const start = p.start ?? pre?.start;
      const durationMinutes = p.durationMinutes ?? pre?.durationMinutes;
      const price = p.price ?? pre?.price ?? undefined;
      const workDescription = p.workDescription ?? pre?.workDescription;
      if (start === undefined || durationMinutes === undefined || !price || workDescription === undefined) {
        return fail(
          'REQUEST_INVALID',
          'start, durationMinutes, price and workDescription are required (only a pre-booking prefills them)',
        );
      }
      // Also a start prefilled from a pre-booking: its date may have passed in the meantime.
      const refused = checkStart(start, ctx.now, 'start');
      if (refused) return timeFailure(refused);
      // A new proposal id every time: a re-proposal supersedes the old one (the car answers by id).
      return ok({ kind: 'propose', proposalId: ctx.newId(), start, durationMinutes, price, workDescription });
    }
    case 'inquire':
      return ok({ kind: 'inquire', inquiryId: ctx.newId(), question: command.question });
    case 'choose-navigation':
      return ok({ kind: 'choose-navigation', mode: command.mode });
    case 'confirm':
    case 'finalize':
      return ok({ kind: command.kind });
    case 'cancel':
      return ok({ kind: 'cancel-by-dealer', reason: command.reason });
    default: {
      const unreachable: never = command;
      throw new Error(`unhandled dealer command ${JSON.stringify(unreachable)}`);
    }
  }
}

export async function applyDealerCommand(
  ctx: CommandContext,
  dealerId: string,
  appointmentId: string,
  command: DealerCommand,
): Promise<Result<Appointment>> {
  const appointment = await ctx.session.getAppointment(appointmentId);
  if (!appointment || appointment.dealerId !== dealerId) {
    return fail('BOOKING_NOT_FOUND', `appointment ${appointmentId} not found`);
  }
  // The status first ([ST-2]): a command the status does not allow is refused as such, whatever
  // its body lacks (a proposal on a pre-booking without a price is not "incomplete" but not allowed).
  const kind = command.kind === 'cancel' ? 'cancel-by-dealer' : command.kind;
  if (!isAllowed(appointment.status, kind)) {
    return commandFailure(
      { code: 'BOOKING_INVALID_TRANSITION', status: appointment.status, command: kind },
      appointmentId,
    );
  }
  const mapped = domainCommand(ctx, appointment, command);
  if (!mapped.ok) return mapped;
  const result = await applyCommand(ctx, appointment, mapped.value, { kind: 'dealer', id: dealerId });
  if (result.ok) return ok(result.appointment);
  return commandFailure(result.error, appointmentId);
}

/** The one mapping of a domain refusal to a coded service error (dealer and customer API alike). */
export function commandFailure(error: CommandError, appointmentId: string): Result<never> {
  switch (error.code) {
    case 'BOOKING_INVALID_TRANSITION':
      return fail(error.code, `${error.command} is not allowed when the appointment is ${error.status}`, {
        appointmentStatus: error.status,
        command: error.command,
      });
    case 'BOOKING_PROPOSAL_SUPERSEDED':
      return fail(error.code, `proposal ${error.proposalId} was replaced by ${error.currentProposalId}`);
    case 'BOOKING_PROPOSAL_EXPIRED':
      return fail(
        error.code,
        `proposal ${error.proposalId} started ${new Date(error.start).toISOString()}; ask for another slot`,
      );
    case 'BOOKING_CONCURRENT_UPDATE':
      return fail(error.code, `appointment ${appointmentId} was changed at the same time`);
    default: {
      const unreachable: never = error;
      throw new Error(`unhandled error ${JSON.stringify(unreachable)}`);
    }
  }
}

export interface PreBookingInput {
  vin: string;
  start: number;
  durationMinutes: number;
  workDescription: string;
  price?: Price;
  note?: string;
}

/**
 * [ST-4]: the dealer picks the customer/vehicle in its Workshop Customers and performs a
 * pre-booking: Pre-booked, Planned; the customer gets a confirmation (car, website, email).
 */
export async function createPreBooking(
  ctx: CommandContext,
  dealerId: string,
  input: PreBookingInput,
): Promise<Result<Appointment>> {
  const refused = checkStart(input.start, ctx.now, 'start');
  if (refused) return timeFailure(refused);
  const vehicle = await ctx.session.getVehicle(input.vin);
  const customer = vehicle?.primaryDriverCustomerId
    ? await ctx.session.getCustomer(vehicle.primaryDriverCustomerId)
    : undefined;
  // Only a vehicle in this dealer's All Workshop Customers (its primary driver prefers this dealer).
  if (!vehicle || !customer || customer.preferredDealerId !== dealerId) {
    return fail('VEHICLE_NOT_FOUND', `no vehicle ${input.vin} among this dealer's workshop customers`);
  }
  const { appointment, events } = buildPreBooking(
    {
      appointmentId: ctx.newId(),
      vin: input.vin,
      customerId: customer.customerId,
      dealerId,
      note: input.note ?? '',
      preBooking: {
        start: input.start,
        durationMinutes: input.durationMinutes,
        workDescription: input.workDescription,
        price: input.price ?? null,
      },
    },
    ctx.now,
  );
  await storeNewAppointment(ctx, appointment, events, { kind: 'dealer', id: dealerId }, 'pre-book');
  return ok(appointment);
}

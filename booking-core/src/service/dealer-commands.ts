/**
 * The dealer's commands on its own appointments. Another dealer's appointment is reported exactly
 * like an unknown one (BOOKING_NOT_FOUND), so ids leak nothing across dealers.
 */
import type { Price } from '../car-channel.ts';
import type { Appointment } from '../domain/appointment.ts';
import type { AppointmentCommand } from '../domain/transitions.ts';
import { fail, ok, type Result } from '../errors.ts';
import { applyCommand, type CommandContext } from './command-context.ts';

export interface ProposalInput {
  start: number;
  durationMinutes: number;
  price: Price;
  workDescription: string;
}

export type DealerCommand =
  | { kind: 'propose'; proposal: ProposalInput }
  | { kind: 'confirm' }
  | { kind: 'finalize' }
  | { kind: 'cancel'; reason: string };

function domainCommand(ctx: CommandContext, command: DealerCommand): AppointmentCommand {
  switch (command.kind) {
    case 'propose':
      // A new proposal id every time: a re-proposal supersedes the old one (the car answers by id).
      return { kind: 'propose', proposalId: ctx.newId(), ...command.proposal };
    case 'confirm':
    case 'finalize':
      return { kind: command.kind };
    case 'cancel':
      return { kind: 'cancel-by-dealer', reason: command.reason };
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
  const result = await applyCommand(ctx, appointment, domainCommand(ctx, command), {
    kind: 'dealer',
    id: dealerId,
  });
  if (result.ok) return ok(result.appointment);
  const error = result.error;
  switch (error.code) {
    case 'BOOKING_INVALID_TRANSITION':
      return fail(error.code, `${error.command} is not allowed when the appointment is ${error.status}`, {
        appointmentStatus: error.status,
        command: error.command,
      });
    case 'BOOKING_PROPOSAL_SUPERSEDED':
      return fail(error.code, `proposal ${error.proposalId} was replaced by ${error.currentProposalId}`);
    case 'BOOKING_CONCURRENT_UPDATE':
      return fail(error.code, `appointment ${appointmentId} was changed at the same time`);
    default: {
      const unreachable: never = error;
      throw new Error(`unhandled error ${JSON.stringify(unreachable)}`);
    }
  }
}

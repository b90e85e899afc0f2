/**
 * One handler per car command (car-channel.ts `CarCommand`), run inside the command's transaction.
 * Rejections change nothing; the caller stores every outcome under (vin, messageId).
 */
import type { CarCommand, CarMessageIn, CarOutcome, CarRejectionCode } from '../car-channel.ts';
import type { Actor } from '../domain/appointment.ts';
import { checkCapturedAt, checkWindows } from '../domain/time-limits.ts';
import { dayStart } from '../domain/timers.ts';
import type { AppointmentCommand } from '../domain/transitions.ts';
import { createRequest } from '../domain/transitions.ts';
import {
  applyCommand,
  type CommandContext,
  type CommandError,
  storeNewAppointment,
  vehicleIsFull,
} from './command-context.ts';
import { queueHealthStatusEvents } from './dealer-events.ts';
import { queueReminder } from './scheduler.ts';

const reject = (code: CarRejectionCode, message: string): CarOutcome => ({
  ok: false,
  code,
  message,
  // None of these can succeed by resending the same message: the car must change something first.
  retryable: false,
});

export async function applyCarMessage(ctx: CommandContext, message: CarMessageIn): Promise<CarOutcome> {
  const command: CarCommand = message.command;
  const refused = refusedTimes(command, ctx.now);
  if (refused) return reject('INVALID_MESSAGE', refused.detail);
  const actor: Actor = { kind: 'car', id: message.vin };
  switch (command.kind) {
    case 'booking-request':
      return bookingRequest(ctx, message.vin, command, actor);
    case 'health-status-upload': {
      // "Send car data" ([SCN-2]): stored for the vehicle's Health Status tab; no request, no flag.
      const healthStatusId = ctx.newId();
      await ctx.session.insertHealthStatus({
        id: healthStatusId,
        vin: message.vin,
        receivedAt: ctx.now,
        source: 'upload',
        healthStatus: command.healthStatus,
      });
      await queueHealthStatusEvents(ctx, message.vin, healthStatusId);
      return { ok: true };
    }
    case 'proposal-response':
      return appointmentCommand(
        ctx,
        message.vin,
        command.appointmentId,
        command.answer.kind === 'accept'
          ? { kind: 'accept', proposalId: command.proposalId }
          : {
              kind: 'ask-another-slot',
              proposalId: command.proposalId,
              preferredWindows: command.answer.preferredWindows,
              note: command.answer.note,
            },
        actor,
      );
    case 'cancellation':
      return appointmentCommand(
        ctx,
        message.vin,
        command.appointmentId,
        { kind: 'cancel-by-customer', reason: command.reason },
        actor,
      );
    case 'engine-start': {
      // [TIME-6]: "On the day of service, Sensus Connect displays another
      // appointment reminder ... every time the engine is started", whatever the reminder-days setting
      // ([CUST-3]). The day is judged on the core's clock (the car's may be off), in UTC.
      const today = dayStart(ctx.now);
      for (const appointment of await ctx.session.listVehicleAppointments(message.vin, ['confirmed'])) {
        const start = appointment.currentProposal?.start;
        if (start !== undefined && dayStart(start) === today) {
          await queueReminder(ctx, appointment, { reminderKind: 'day-of' });
        }
      }
      return { ok: true };
    }
    default: {
      const unreachable: never = command;
      throw new Error(`unhandled car command ${JSON.stringify(unreachable)}`);
    }
  }
}

/**
 * Preferred windows judged on the core's clock (domain/time-limits.ts); the field path is in .proto
 * names, as the gateway's own INVALID_MESSAGE rejections are.
 */
function refusedTimes(command: CarCommand, now: number) {
  if (command.kind === 'booking-request') {
    const captured = command.healthStatus
      ? checkCapturedAt(command.healthStatus.capturedAt, now, 'booking_request.health_status.captured_at')
      : undefined;
    return (
      captured ??
      checkWindows(command.preferredWindows, now, (i) => `booking_request.preferred_windows[${i}]`)
    );
  }
  if (command.kind === 'health-status-upload') {
    return checkCapturedAt(
      command.healthStatus.capturedAt,
      now,
      'health_status_upload.health_status.captured_at',
    );
  }
  if (command.kind === 'proposal-response' && command.answer.kind === 'another-slot') {
    const windows = command.answer.preferredWindows;
    return checkWindows(windows, now, (i) => `proposal_response.ask_another_slot.preferred_windows[${i}]`);
  }
  return undefined;
}

/** Routing: VIN -> vehicle -> primary driver -> the driver's preferred dealer ([CUST-4]). */
async function bookingRequest(
  ctx: CommandContext,
  vin: string,
  command: Extract<CarCommand, { kind: 'booking-request' }>,
  actor: Actor,
): Promise<CarOutcome> {
  const vehicle = await ctx.session.getVehicle(vin);
  if (!vehicle?.primaryDriverCustomerId) return reject('NO_PRIMARY_DRIVER', 'the car has no primary driver');
  const customer = await ctx.session.getCustomer(vehicle.primaryDriverCustomerId);
  if (!customer) return reject('NO_PRIMARY_DRIVER', 'the primary driver is not registered');
  // [CUST-4]: a preferred dealer is required to use the service.
  if (!customer.preferredDealerId) {
    return reject('NO_PREFERRED_DEALER', 'the primary driver has no preferred dealer');
  }
  if (await vehicleIsFull(ctx, vin)) {
    return reject(
      'TOO_MANY_OPEN_APPOINTMENTS',
      `the car has at least ${ctx.settings.maxOpenAppointmentsPerVehicle} open appointments, the most allowed`,
    );
  }
  const { appointment, events } = createRequest(
    {
      appointmentId: ctx.newId(),
      vin,
      customerId: customer.customerId,
      dealerId: customer.preferredDealerId,
      origin: 'car',
      customerNote: command.customerNote,
      preferredWindows: command.preferredWindows,
      healthStatus: command.healthStatus ?? null,
    },
    ctx.now,
  );
  await storeNewAppointment(ctx, appointment, events, actor, 'request');
  if (command.healthStatus) {
    // Also part of the vehicle's Health Status history, readable by any dealer.
    await ctx.session.insertHealthStatus({
      id: ctx.newId(),
      vin,
      receivedAt: ctx.now,
      source: 'booking-request',
      healthStatus: command.healthStatus,
    });
  }
  return { ok: true, appointmentId: appointment.appointmentId };
}

async function appointmentCommand(
  ctx: CommandContext,
  vin: string,
  appointmentId: string,
  command: AppointmentCommand,
  actor: Actor,
): Promise<CarOutcome> {
  const appointment = await ctx.session.getAppointment(appointmentId);
  // Another car's appointment is reported exactly like an unknown one.
  if (!appointment || appointment.vin !== vin) {
    return reject('APPOINTMENT_NOT_FOUND', 'no appointment with that id belongs to this car');
  }
  const result = await applyCommand(ctx, appointment, command, actor);
  if (result.ok) return { ok: true, appointmentId };
  return carRejection(result.error);
}

function carRejection(error: CommandError): CarOutcome {
  switch (error.code) {
    case 'BOOKING_INVALID_TRANSITION':
      return reject('INVALID_TRANSITION', `${error.command} is not allowed in status ${error.status}`);
    case 'BOOKING_PROPOSAL_SUPERSEDED':
      return reject(
        'PROPOSAL_SUPERSEDED',
        `proposal ${error.proposalId} was replaced by ${error.currentProposalId}`,
      );
    case 'BOOKING_PROPOSAL_EXPIRED':
      return reject(
        'PROPOSAL_EXPIRED',
        `proposal ${error.proposalId} started ${new Date(error.start).toISOString()}; ask for another slot`,
      );
    case 'BOOKING_CONCURRENT_UPDATE':
      // Cannot happen on SQLite (writers are serialized); on PostgreSQL the caller retries the message.
      throw new Error('concurrent update of an appointment; retry the message');
    default: {
      const unreachable: never = error;
      throw new Error(`unhandled error ${JSON.stringify(unreachable)}`);
    }
  }
}

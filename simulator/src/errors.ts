/**
 * Coded errors of the simulator. Callers branch on `code`, never on the message text.
 * Thrown only where a promise must fail (connecting, waiting); everything else is reported as an event.
 */

import { HEAD_UNIT_ERROR_CODES, HeadUnitError } from '@csb/head-unit';

export const SIMULATOR_ERROR_CODES = [
  // The car's transport (connect, subscribe, publish, reconnect, downlink decoding): the head-unit library's codes.
  ...HEAD_UNIT_ERROR_CODES,
  // The system's clock (GET /clock of the REST API) could not be read.
  'SIM_CLOCK_UNREADABLE',
  // The system's clock and the fleet's differ (speed, or time beyond the tolerance).
  'SIM_CLOCK_MISMATCH',
  // A scenario step did not happen in time.
  'SIM_TIMEOUT',
  // The cloud refused an uplink a scenario depends on.
  'SIM_UPLINK_REJECTED',
  // An uplink a scenario depends on never got its UplinkResult, after every resend.
  'SIM_UPLINK_UNANSWERED',
  // The appointment a scenario follows was cancelled or closed before it got where the run expects.
  'SIM_APPOINTMENT_ENDED',
  // The run was aborted (signal).
  'SIM_ABORTED',
  // A command line or option value is invalid.
  'SIM_BAD_ARGUMENT',
  // A fleet scenario file is unreadable or does not match its schema (docs/simulator.md).
  'SIM_BAD_SCENARIO',
  // Provisioning the fleet through the admin API failed, or a provisioning file is invalid.
  'SIM_PROVISION_FAILED',
  // A call of the automatic dealer to the dealer REST API failed.
  'SIM_DEALER_API_FAILED',
] as const;

export type SimulatorErrorCode = (typeof SIMULATOR_ERROR_CODES)[number];

export class SimulatorError extends Error {
  readonly code: SimulatorErrorCode;

  constructor(code: SimulatorErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SimulatorError';
    this.code = code;
  }
}

/** A coded error of the simulator or of the head-unit library under it: both carry `code`. */
export function isSimulatorError(error: unknown): error is SimulatorError | HeadUnitError {
  return error instanceof SimulatorError || error instanceof HeadUnitError;
}

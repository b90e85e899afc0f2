/**
 * Coded errors of the simulator. Callers branch on `code`, never on the message text.
 * Thrown only where a promise must fail (connecting, waiting); everything else is reported as an event.
 */

export const SIMULATOR_ERROR_CODES = [
  // CONNACK return code 4 (MQTT 3.1.1 section 3.2.2.3): the broker refused the VIN/secret pair.
  'SIM_CONNECT_BAD_CREDENTIALS',
  // CONNACK return code 2: the broker refused the client id (the VIN).
  'SIM_CONNECT_BAD_CLIENT_ID',
  // CONNACK return code 5: not authorized.
  'SIM_CONNECT_NOT_AUTHORIZED',
  // Any other refusal, a network error or no CONNACK in time.
  'SIM_CONNECT_FAILED',
  // The broker granted the downlink subscription with return code 0x80 (failure).
  'SIM_SUBSCRIBE_REFUSED',
  // The connection closed before the broker answered (a SUBACK): a dropped connection, not a
  // refusal; the car reconnects as after any drop.
  'SIM_CONNECTION_DROPPED',
  // The system's clock (GET /clock of the REST API) could not be read.
  'SIM_CLOCK_UNREADABLE',
  // The system's clock and the fleet's differ (speed, or time beyond the tolerance).
  'SIM_CLOCK_MISMATCH',
  // A publish could not be handed to the broker (the client was stopped, or the socket failed).
  'SIM_PUBLISH_FAILED',
  // Reconnecting failed more often in a row than allowed.
  'SIM_RECONNECT_EXHAUSTED',
  // A downlink payload is not a decodable DownlinkEnvelope.
  'SIM_DOWNLINK_UNDECODABLE',
  // A message arrived on a topic that is not one of this car's downlink topics.
  'SIM_DOWNLINK_FOREIGN_TOPIC',
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

export function isSimulatorError(error: unknown): error is SimulatorError {
  return error instanceof SimulatorError;
}

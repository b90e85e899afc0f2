/**
 * Coded errors of the head-unit library. Callers branch on `code`, never on the message text.
 * Thrown only where a promise must fail (connecting, publishing); everything else is an event.
 */
export const HEAD_UNIT_ERROR_CODES = [
  // CONNACK return code 4 (MQTT 3.1.1 section 3.2.2.3): the broker refused the VIN/secret pair.
  'HU_CONNECT_BAD_CREDENTIALS',
  // CONNACK return code 2: the broker refused the client id (the VIN).
  'HU_CONNECT_BAD_CLIENT_ID',
  // CONNACK return code 5: not authorized.
  'HU_CONNECT_NOT_AUTHORIZED',
  // Any other refusal, a network error or no CONNACK in time.
  'HU_CONNECT_FAILED',
  // The broker granted the downlink subscription with return code 0x80 (failure).
  'HU_SUBSCRIBE_REFUSED',
  // The connection closed before the broker answered (a SUBACK): a dropped connection, not a
  // refusal; the car reconnects as after any drop.
  'HU_CONNECTION_DROPPED',
  // A publish could not be handed to the broker (the client was stopped, or the socket failed).
  'HU_PUBLISH_FAILED',
  // Reconnecting failed more often in a row than allowed.
  'HU_RECONNECT_EXHAUSTED',
  // A downlink payload is not a decodable DownlinkEnvelope.
  'HU_DOWNLINK_UNDECODABLE',
  // A message arrived on a topic that is not one of this car's downlink topics.
  'HU_DOWNLINK_FOREIGN_TOPIC',
] as const;
export type HeadUnitErrorCode = (typeof HEAD_UNIT_ERROR_CODES)[number];

export class HeadUnitError extends Error {
  readonly code: HeadUnitErrorCode;
  constructor(code: HeadUnitErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'HeadUnitError';
    this.code = code;
  }
}

export function isHeadUnitError(error: unknown): error is HeadUnitError {
  return error instanceof HeadUnitError;
}

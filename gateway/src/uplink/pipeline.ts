/**
 * The uplink pipeline: `(topic, payload) -> what to answer`, independent of aedes, so that a
 * shared-subscription consumer of another broker could feed it too (docs/operations.md).
 *
 *   parse topic -> check size -> decode -> body matches topic -> validate -> core -> result
 *
 * Every uplink except those on `up/delivery-receipt` gets exactly one UplinkResult, echoing its
 * message id (empty when it could not be read). A bad message is answered and counted; nothing
 * here throws: a core exception becomes a retryable TEMPORARILY_UNAVAILABLE.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { downlinkTopic, encodeDownlink, toTimestamp, type UplinkEnvelope } from '@csb/proto';
import type { Logger } from 'pino';
import type { CarChannel, CarOutcome, CheckRejectionCode } from '../core-types.ts';
import type { GatewayMetrics } from '../metrics.ts';
import { toWireRejectionCode, type UplinkRejection } from './rejection.ts';
import { checkBodyMatchesTopic, checkSize, decode, echoableMessageId, parseUplinkTopic } from './steps.ts';
import { type FieldError, MESSAGE_ID_PATTERN, toValidUplink } from './wire-to-command.ts';

/** Refusals of a message whose id could be read that are final for that id (docs/protocol.md section 3). */
const REMEMBERED: ReadonlySet<string> = new Set<CheckRejectionCode>([
  'INVALID_MESSAGE',
  'TOPIC_MISMATCH',
  'UNKNOWN_BODY',
  'CONSENT_MISSING',
]);

export interface UplinkPipelineDeps {
  carChannel: CarChannel;
  logger: Logger;
  metrics: GatewayMetrics;
  clock: { now(): number };
  maxPayloadBytes: number;
}

export type UplinkOutcome =
  | { kind: 'accepted'; appointmentId: string }
  | { kind: 'rejected'; rejection: UplinkRejection };

/** What the transport must do after the pipeline ran. */
export type UplinkHandling =
  | {
      kind: 'reply';
      vin: string;
      /** `csb/v1/vehicles/{VIN}/down/result`. */
      topic: string;
      /** An encoded DownlinkEnvelope carrying the UplinkResult. */
      payload: Uint8Array;
      uplinkMessageId: string;
      outcome: UplinkOutcome;
    }
  /** Nothing to send: a delivery receipt (never answered), or a topic with no VIN to answer to. */
  | { kind: 'no-reply'; reason: 'delivery-receipt' | 'unroutable' };

export interface UplinkPipeline {
  handle(topic: string, payload: Uint8Array): Promise<UplinkHandling>;
  /**
   * Answers an uplink with `rejection` without handling it (a limit was hit before the core):
   * the message id is echoed when it can be read; a delivery receipt is only counted.
   */
  refuse(topic: string, payload: Uint8Array, rejection: UplinkRejection): UplinkHandling;
}

export function fieldErrorToRejection(error: FieldError): UplinkRejection {
  return { code: error.code, message: `${error.path}: ${error.reason}`, retryable: false };
}

function outcomeOfCore(outcome: CarOutcome): UplinkOutcome {
  if (outcome.ok) return { kind: 'accepted', appointmentId: outcome.appointmentId ?? '' };
  return {
    kind: 'rejected',
    rejection: { code: outcome.code, message: outcome.message, retryable: outcome.retryable },
  };
}

export function createUplinkPipeline(deps: UplinkPipelineDeps): UplinkPipeline {
  const { carChannel, metrics, clock } = deps;
  const baseLog = deps.logger.child({ component: 'uplink' });

  function reply(vin: string, uplinkMessageId: string, outcome: UplinkOutcome): UplinkHandling {
    const payload = encodeDownlink({
      messageId: randomUUID(),
      sentAt: toTimestamp(clock.now()),
      uplinkResult:
        outcome.kind === 'accepted'
          ? { uplinkMessageId, accepted: { appointmentId: outcome.appointmentId } }
          : {
              uplinkMessageId,
              rejected: {
                code: toWireRejectionCode(outcome.rejection.code),
                message: outcome.rejection.message,
                retryable: outcome.rejection.retryable,
              },
            },
    });
    return { kind: 'reply', vin, topic: downlinkTopic(vin, 'result'), payload, uplinkMessageId, outcome };
  }

  async function run(topic: string, payload: Uint8Array, started: number): Promise<UplinkHandling> {
    const address = parseUplinkTopic(topic);
    if (address === null) {
      // The broker ACL lets no such topic through; another feeder might.
      metrics.uplinks.inc({ kind: 'unroutable' });
      baseLog.warn({ topic: topic.slice(0, 160) }, 'uplink on a topic with no car address: dropped');
      return { kind: 'no-reply', reason: 'unroutable' };
    }
    const { vin } = address;
    const isReceipt = address.kind === 'delivery-receipt';
    metrics.uplinks.inc({ kind: address.kind ?? 'unknown' });
    // Fields instead of pino child loggers: a child serializes its bindings when made, and three
    // children per uplink were 4% of the gateway's CPU at 3,000 uplinks/s (docs/benchmarks.md).
    const fields: { vin: string; messageId?: string } = { vin };
    const log = {
      debug: (o: object, msg: string) => baseLog.debug({ ...fields, ...o }, msg),
      info: (o: object, msg: string) => baseLog.info({ ...fields, ...o }, msg),
      warn: (o: object, msg: string) => baseLog.warn({ ...fields, ...o }, msg),
      error: (o: object, msg: string) => baseLog.error({ ...fields, ...o }, msg),
    };

    const reject = (rejection: UplinkRejection, envelope?: UplinkEnvelope): UplinkHandling => {
      metrics.rejections.inc({ code: rejection.code });
      const messageId = echoableMessageId(envelope);
      log.warn(
        { code: rejection.code, detail: rejection.message, topicKind: address.rawKind.slice(0, 64) },
        'uplink rejected',
      );
      // [protocol] A delivery receipt is never answered (uplink.proto DeliveryReceipt).
      if (isReceipt) return { kind: 'no-reply', reason: 'delivery-receipt' };
      const handling = reply(vin, messageId, { kind: 'rejected', rejection });
      metrics.uplinkResultSeconds.observe((performance.now() - started) / 1000);
      return handling;
    };

    /**
     * A final refusal of a message with a readable id is remembered with the id (the core keeps
     * every id's first outcome), so a resend with the same id gets the same answer even when it
     * now carries something else; an id already answered keeps its first answer.
     */
    const rejectFinal = async (
      rejection: UplinkRejection,
      envelope: UplinkEnvelope,
    ): Promise<UplinkHandling> => {
      const messageId = envelope.messageId ?? '';
      if (
        isReceipt ||
        rejection.retryable ||
        !REMEMBERED.has(rejection.code) ||
        !MESSAGE_ID_PATTERN.test(messageId)
      )
        return reject(rejection, envelope);
      let first: UplinkOutcome;
      try {
        first = outcomeOfCore(
          await carChannel.rememberCarRejection(vin, messageId, {
            code: rejection.code as CheckRejectionCode,
            message: rejection.message,
          }),
        );
      } catch (error) {
        // Answered all the same; only the memory of it is missing (the car will not resend a final refusal).
        metrics.coreErrors.inc({ operation: 'rememberCarRejection' });
        log.error({ err: error }, 'core failed to remember a refusal');
        return reject(rejection, envelope);
      }
      if (first.kind === 'rejected') return reject(first.rejection, envelope);
      log.info({ code: rejection.code }, 'uplink repeats an accepted message id: answered as the first time');
      const handling = reply(vin, messageId, first);
      metrics.uplinkResultSeconds.observe((performance.now() - started) / 1000);
      return handling;
    };

    const sized = checkSize(payload, deps.maxPayloadBytes);
    if (!sized.ok) return reject(sized.rejection);
    const decoded = decode(sized.value);
    if (!decoded.ok) return reject(decoded.rejection);
    const envelope = decoded.value;
    if (envelope.messageId) fields.messageId = echoableMessageId(envelope);
    const matched = checkBodyMatchesTopic(envelope, address);
    if (!matched.ok) return rejectFinal(matched.rejection, envelope);
    const valid = toValidUplink(envelope);
    if (!valid.ok) return rejectFinal(fieldErrorToRejection(valid.error), envelope);
    const uplink = valid.value;

    if (uplink.kind === 'delivery-receipt') {
      try {
        await carChannel.recordCarDelivery(vin, uplink.downlinkMessageId, uplink.receivedAt);
        metrics.deliveryReceipts.inc();
        log.debug({ downlinkMessageId: uplink.downlinkMessageId }, 'delivery receipt recorded');
      } catch (error) {
        // No answer exists for a receipt; the core redelivers unreceipted messages and the car
        // sends the receipt again then.
        metrics.coreErrors.inc({ operation: 'recordCarDelivery' });
        log.error({ err: error }, 'core failed to record a delivery receipt');
      }
      return { kind: 'no-reply', reason: 'delivery-receipt' };
    }

    let outcome: UplinkOutcome;
    try {
      outcome = outcomeOfCore(
        await carChannel.handleCarMessage({
          vin,
          messageId: uplink.messageId,
          sentAt: uplink.sentAt,
          command: uplink.command,
        }),
      );
    } catch (error) {
      metrics.coreErrors.inc({ operation: 'handleCarMessage' });
      log.error({ err: error }, 'core failed on a car message');
      return reject(
        {
          code: 'TEMPORARILY_UNAVAILABLE',
          message: 'the server could not handle the message now; resend it with the same message_id',
          retryable: true,
        },
        envelope,
      );
    }
    if (outcome.kind === 'rejected') {
      metrics.rejections.inc({ code: outcome.rejection.code });
      log.info(
        { code: outcome.rejection.code, detail: outcome.rejection.message },
        'uplink refused by the core',
      );
    } else {
      log.debug(
        {
          command: uplink.command.kind,
          ...(outcome.appointmentId ? { appointmentId: outcome.appointmentId } : {}),
        },
        'uplink accepted',
      );
    }
    const handling = reply(vin, uplink.messageId, outcome);
    metrics.uplinkResultSeconds.observe((performance.now() - started) / 1000);
    return handling;
  }

  return {
    refuse(topic, payload, rejection) {
      const address = parseUplinkTopic(topic);
      metrics.rejections.inc({ code: rejection.code });
      if (address === null) return { kind: 'no-reply', reason: 'unroutable' };
      metrics.uplinks.inc({ kind: address.kind ?? 'unknown' });
      const decoded = payload.byteLength <= deps.maxPayloadBytes ? decode(payload) : undefined;
      const messageId = decoded?.ok ? echoableMessageId(decoded.value) : '';
      baseLog.warn(
        { vin: address.vin, messageId, code: rejection.code, detail: rejection.message },
        'uplink refused before handling',
      );
      if (address.kind === 'delivery-receipt') return { kind: 'no-reply', reason: 'delivery-receipt' };
      return reply(address.vin, messageId, { kind: 'rejected', rejection });
    },

    async handle(topic, payload) {
      const started = performance.now();
      try {
        return await run(topic, payload, started);
      } catch (error) {
        // A bug in the gateway itself (every expected failure is a value above). Answer as
        // retryable rather than leave the car waiting, and make it loud.
        baseLog.error({ err: error, topic: topic.slice(0, 160) }, 'uplink pipeline failed unexpectedly');
        metrics.coreErrors.inc({ operation: 'pipeline' });
        const address = parseUplinkTopic(topic);
        if (address === null || address.kind === 'delivery-receipt')
          return { kind: 'no-reply', reason: 'unroutable' };
        metrics.rejections.inc({ code: 'TEMPORARILY_UNAVAILABLE' });
        return reply(address.vin, '', {
          kind: 'rejected',
          rejection: { code: 'TEMPORARILY_UNAVAILABLE', message: 'internal error', retryable: true },
        });
      }
    },
  };
}

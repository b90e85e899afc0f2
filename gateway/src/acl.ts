/**
 * Topic access rules for cars: pure decisions, no broker. The authenticated client id is the
 * car's VIN (checked at CONNECT), and a car may touch only its own VIN's topics (docs/protocol.md [TOPIC-3]): it publishes under `csb/v1/vehicles/{VIN}/up/` and subscribes under
 * `csb/v1/vehicles/{VIN}/down/`.
 */
import { DOWNLINK_KINDS, MAX_TOPIC_LENGTH, TOPIC_ROOT } from '@csb/proto';

export type PublishDenialReason = 'WILDCARD' | 'TOO_LONG' | 'NOT_OWN_UPLINK';
export type SubscribeDenialReason = 'NOT_OWN_DOWNLINK';

export type PublishDecision = { allow: true } | { allow: false; reason: PublishDenialReason };
export type SubscribeDecision = { allow: true } | { allow: false; reason: SubscribeDenialReason };

function upPrefix(vin: string): string {
  return `${TOPIC_ROOT}/${vin}/up/`;
}

function downPrefix(vin: string): string {
  return `${TOPIC_ROOT}/${vin}/down/`;
}

/**
 * May the car `vin` publish on `topic`? Anything under its own `up/` is allowed, including an
 * unknown kind (`up/nope`): that one is answered with a TOPIC_MISMATCH rejection by the uplink
 * pipeline instead of a disconnect, so a car with a typo learns why. Everything else (another
 * VIN, `down/`, `$SYS/`, wildcard characters) is denied; over MQTT 3.1.1 the only way to refuse
 * a PUBLISH is to close the connection [MQTT-3.3.5-2].
 */
export function decideCarPublish(vin: string, topic: string): PublishDecision {
  // [MQTT-3.3.2-2]: a topic name must not contain wildcards (aedes checks too; this keeps the rule whole).
  if (topic.includes('+') || topic.includes('#')) return { allow: false, reason: 'WILDCARD' };
  if (topic.length > MAX_TOPIC_LENGTH) return { allow: false, reason: 'TOO_LONG' };
  const prefix = upPrefix(vin);
  // An empty kind (`.../up/`) is the car's own topic too: answered TOPIC_MISMATCH like any unknown kind.
  if (!topic.startsWith(prefix)) return { allow: false, reason: 'NOT_OWN_UPLINK' };
  return { allow: true };
}

/**
 * May the car `vin` subscribe to `filter`? Only `.../{VIN}/down/#`, `.../{VIN}/down/+` and
 * `.../{VIN}/down/{kind}` for a known downlink kind. A wildcard at or above the VIN level
 * (`csb/v1/vehicles/+/down/#`, `#`, `+/...`) could match another car's topics, so it is denied
 * even though today's ACL on forward would filter the messages; `$SYS/...` is broker-internal.
 */
export function decideCarSubscribe(vin: string, filter: string): SubscribeDecision {
  const prefix = downPrefix(vin);
  if (!filter.startsWith(prefix)) return { allow: false, reason: 'NOT_OWN_DOWNLINK' };
  const rest = filter.slice(prefix.length);
  if (rest === '#' || rest === '+' || Object.hasOwn(DOWNLINK_KINDS, rest)) return { allow: true };
  return { allow: false, reason: 'NOT_OWN_DOWNLINK' };
}

/**
 * Does a filter a car was granted (`.../down/#`, `.../down/+`, `.../down/{kind}`) cover `topic`?
 * The MQTT matching rules reduced to the three shapes the subscribe ACL allows.
 */
export function filterCoversTopic(filter: string, topic: string): boolean {
  if (filter.endsWith('/#')) return topic.startsWith(filter.slice(0, -1));
  if (filter.endsWith('/+')) {
    const prefix = filter.slice(0, -1);
    return topic.startsWith(prefix) && topic.length > prefix.length && !topic.includes('/', prefix.length);
  }
  return filter === topic;
}

/**
 * May a message on `topic` be delivered to the car `vin`? Only its own downlinks. A second
 * line of defence behind the subscribe ACL: even a subscription that slipped through could
 * not carry another car's messages.
 */
export function mayForwardToCar(vin: string, topic: string): boolean {
  return topic.startsWith(downPrefix(vin));
}

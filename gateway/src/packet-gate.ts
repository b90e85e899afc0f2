/**
 * Checks every packet a car sends before aedes handles it (pure: the packet in, a verdict out).
 * aedes 1.2 and mqtt-packet accept a few things MQTT 3.1.1 forbids, and grant what csb does not
 * offer; this is the one place where the car's raw packets are held to the rules csb documents
 * (docs/protocol.md section 2):
 *
 * - a SUBSCRIBE or UNSUBSCRIBE without any filter is a protocol violation [MQTT-3.8.3-3],
 *   [MQTT-3.10.3-2]: the connection is closed;
 * - a topic or filter with U+0000, or with bytes that are not UTF-8 (mqtt-packet decodes them to
 *   U+FFFD, which never occurs in a csb topic), closes the connection [MQTT-1.5.3-1/2];
 * - a SUBSCRIBE with more filters than a car can ever be granted (`maxFilters`) closes the
 *   connection before any filter is looked at: it bounds the work and the log of one packet;
 * - QoS 2 is not offered: a filter asked at QoS 2 is granted QoS 1 [MQTT-3.8.4-6] (rewritten in
 *   the packet, so that the SUBACK says 1).
 */

export type PacketViolation = 'EMPTY_SUBSCRIBE' | 'EMPTY_UNSUBSCRIBE' | 'TOO_MANY_FILTERS' | 'INVALID_STRING';

export type PacketVerdict = { ok: true } | { ok: false; violation: PacketViolation };

/** The fields of the mqtt-packet objects this looks at. */
export interface CarPacket {
  cmd: string;
  topic?: unknown;
  subscriptions?: { topic: string; qos: number }[];
  unsubscriptions?: string[];
}

/** U+0000 is forbidden in any MQTT string; U+FFFD is what an invalid UTF-8 sequence decodes to. */
export function isInvalidMqttString(value: string): boolean {
  return value.includes('\u0000') || value.includes('\uFFFD');
}

const OK: PacketVerdict = { ok: true };

export function checkCarPacket(packet: CarPacket, maxFilters: number): PacketVerdict {
  switch (packet.cmd) {
    case 'publish':
      return typeof packet.topic === 'string' && isInvalidMqttString(packet.topic)
        ? { ok: false, violation: 'INVALID_STRING' }
        : OK;
    case 'subscribe': {
      const subscriptions = packet.subscriptions ?? [];
      if (subscriptions.length === 0) return { ok: false, violation: 'EMPTY_SUBSCRIBE' };
      if (subscriptions.length > maxFilters) return { ok: false, violation: 'TOO_MANY_FILTERS' };
      for (const subscription of subscriptions) {
        if (isInvalidMqttString(subscription.topic)) return { ok: false, violation: 'INVALID_STRING' };
        if (subscription.qos > 1) subscription.qos = 1;
      }
      return OK;
    }
    case 'unsubscribe': {
      const filters = packet.unsubscriptions ?? [];
      if (filters.length === 0) return { ok: false, violation: 'EMPTY_UNSUBSCRIBE' };
      if (filters.length > maxFilters) return { ok: false, violation: 'TOO_MANY_FILTERS' };
      return filters.some(isInvalidMqttString) ? { ok: false, violation: 'INVALID_STRING' } : OK;
    }
    default:
      return OK;
  }
}

/** MQTT 3.1.1 only: protocol name "MQTT" at level 4 (3.1 is "MQIsdp" at level 3) [MQTT-3.1.2-1/2]. */
export function isMqtt311Connect(packet: { protocolId?: unknown; protocolVersion?: unknown }): boolean {
  return packet.protocolId === 'MQTT' && packet.protocolVersion === 4;
}

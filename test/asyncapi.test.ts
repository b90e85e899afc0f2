/**
 * docs/asyncapi.yaml is valid AsyncAPI 3 and says what the `.proto` files, the topic table in
 * proto/src/topics.ts and docs/protocol.md say: a new topic kind, body case or rejection code that
 * is not in the document (or one the document invents) fails here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from '@asyncapi/parser';
import { csb, DOWNLINK_KINDS, downlinkTopic, UPLINK_KINDS, uplinkTopic } from '@csb/proto';
import protobuf from 'protobufjs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './support/paths.ts';

const DOC_FILE = path.join(ROOT, 'docs/asyncapi.yaml');
const source = readFileSync(DOC_FILE, 'utf8');
const protocol = readFileSync(path.join(ROOT, 'docs/protocol.md'), 'utf8');

interface ProtobufRef {
  file: string;
  envelope: string;
  body: string;
  bodyType: string;
}
interface DocMessage {
  payload: { schemaFormat: string; schema: string };
  'x-csb-protobuf': ProtobufRef;
  'x-csb-delivery-receipt'?: boolean;
  'x-csb-answered'?: boolean;
}
interface DocOperation {
  action: 'send' | 'receive';
  channel: { $ref: string };
  bindings: { mqtt: { qos: number; retain: boolean } };
  reply?: { channel: { $ref: string } };
}
interface Doc {
  channels: Record<string, { address: string; messages: Record<string, { $ref: string }> }>;
  operations: Record<string, DocOperation>;
  components: {
    messages: Record<string, DocMessage>;
    schemas: { RejectionCode: { enum: string[]; 'x-csb-retryable': string[] } };
  };
}
const doc = parse(source) as Doc;

/** The .proto files as protobufjs reflection, resolved from proto/ like protoc -I proto. */
function loadProto(): protobuf.Root {
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => path.join(ROOT, 'proto', target);
  root.loadSync(['csb/v1/uplink.proto', 'csb/v1/downlink.proto'], { keepCase: true });
  root.resolveAll();
  return root;
}
const proto = loadProto();

/** camelCase body case of topics.ts -> the .proto field name. */
const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function messageOf(channelId: string): DocMessage {
  const channel = doc.channels[channelId];
  if (!channel) throw new Error(`no channel ${channelId}`);
  const refs = Object.values(channel.messages);
  expect(refs).toHaveLength(1);
  const name = refs[0]?.$ref.split('/').at(-1) ?? '';
  const message = doc.components.messages[name];
  if (!message) throw new Error(`no message ${name}`);
  return message;
}

/** Rows `| \`kind\` | \`body\` | yes/no |` of a table in docs/protocol.md, by kind. */
function protocolTable(kinds: string[]): Map<string, boolean> {
  const rows = new Map<string, boolean>();
  for (const line of protocol.split('\n')) {
    const m = /^\| `([a-z-]+)` \| `[a-z_]+` \| \**(yes|no)/.exec(line);
    if (m?.[1] && kinds.includes(m[1])) rows.set(m[1], m[2] === 'yes');
  }
  return rows;
}

describe('docs/asyncapi.yaml', () => {
  it('is a valid AsyncAPI 3 document without errors or warnings', async () => {
    const { document, diagnostics } = await new Parser().parse(source);
    // Severity 0 is an error, 1 a warning; hints (2, 3) are style advice.
    expect(
      diagnostics.filter((d) => d.severity <= 1).map((d) => `${d.path.join('.')}: ${d.message}`),
    ).toEqual([]);
    expect(document?.version()).toMatch(/^3\./);
    expect(document?.channels().length).toBe(
      Object.keys(UPLINK_KINDS).length + Object.keys(DOWNLINK_KINDS).length,
    );
  });

  it('has one channel per topic kind, with the address the code uses', () => {
    const expected = [
      ...Object.keys(UPLINK_KINDS).map((kind) => [`up.${kind}`, uplinkTopic('{vin}', kind as never)]),
      ...Object.keys(DOWNLINK_KINDS).map((kind) => [`down.${kind}`, downlinkTopic('{vin}', kind as never)]),
    ];
    const actual = Object.entries(doc.channels).map(([id, channel]) => [id, channel.address]);
    expect(actual.sort()).toEqual(expected.sort());
  });

  it('names for every kind the envelope body case and message type of the .proto files', () => {
    const cases = [
      ...Object.entries(UPLINK_KINDS).map(
        ([kind, body]) => ['up', kind, body, 'csb.v1.UplinkEnvelope'] as const,
      ),
      ...Object.entries(DOWNLINK_KINDS).map(
        ([kind, body]) => ['down', kind, body, 'csb.v1.DownlinkEnvelope'] as const,
      ),
    ];
    for (const [direction, kind, body, envelope] of cases) {
      const message = messageOf(`${direction}.${kind}`);
      const ref = message['x-csb-protobuf'];
      const envelopeType = proto.lookupType(envelope);
      const field = envelopeType.fields[ref.body];
      expect(ref.envelope, kind).toBe(envelope);
      expect(message.payload.schema, kind).toBe(envelope);
      expect(ref.body, kind).toBe(snake(body));
      expect(field?.partOf?.name, kind).toBe('body');
      expect(field?.resolvedType?.fullName, kind).toBe(`.${ref.bodyType}`);
      expect(readFileSync(path.join(ROOT, ref.file), 'utf8'), kind).toContain(
        `message ${envelope.split('.').at(-1)} {`,
      );
    }
  });

  it('covers every body case of both envelopes', () => {
    const documented = Object.values(doc.components.messages).map((m) => m['x-csb-protobuf'].body);
    const bodies = ['csb.v1.UplinkEnvelope', 'csb.v1.DownlinkEnvelope'].flatMap(
      (name) => proto.lookupType(name).oneofs.body?.oneof ?? [],
    );
    expect(bodies.length).toBeGreaterThan(10);
    expect([...new Set(documented)].sort()).toEqual([...new Set(bodies)].sort());
  });

  it('gives every operation QoS 1 without retain, and a reply on down/result to every answered uplink', () => {
    const answered = protocolTable(Object.keys(UPLINK_KINDS));
    expect(answered.size).toBe(Object.keys(UPLINK_KINDS).length);
    for (const [id, operation] of Object.entries(doc.operations)) {
      expect(operation.bindings.mqtt, id).toEqual({ qos: 1, retain: false, bindingVersion: '0.2.0' });
      const channelId = operation.channel.$ref.replace('#/channels/', '');
      const [direction, kind = ''] = channelId.split(/\.(.*)/);
      expect(operation.action, id).toBe(direction === 'up' ? 'receive' : 'send');
      if (direction === 'up') {
        expect(operation.reply?.channel.$ref === '#/channels/down.result', id).toBe(answered.get(kind));
        expect(messageOf(channelId)['x-csb-answered'], id).toBe(answered.get(kind));
      }
    }
    expect(Object.keys(doc.operations)).toHaveLength(Object.keys(doc.channels).length);
  });

  it('marks the downlinks a car receipts as docs/protocol.md does', () => {
    const receipted = protocolTable(Object.keys(DOWNLINK_KINDS));
    expect(receipted.size).toBe(Object.keys(DOWNLINK_KINDS).length);
    for (const kind of Object.keys(DOWNLINK_KINDS)) {
      expect(messageOf(`down.${kind}`)['x-csb-delivery-receipt'], kind).toBe(receipted.get(kind));
    }
  });

  it('lists the rejection codes of the .proto files, retryable as in docs/protocol.md', () => {
    const codes = Object.keys(csb.v1.RejectionCode)
      .filter((name) => Number.isNaN(Number(name)) && name !== 'REJECTION_CODE_UNSPECIFIED')
      .map((name) => name.replace('REJECTION_CODE_', ''));
    const schema = doc.components.schemas.RejectionCode;
    expect([...schema.enum].sort()).toEqual([...codes].sort());
    const retryable = codes.filter((code) =>
      new RegExp(`^\\| \`${code}\` \\|[^|]*\\| yes \\|`, 'm').test(protocol),
    );
    expect(retryable.length).toBeGreaterThan(0);
    expect([...schema['x-csb-retryable']].sort()).toEqual(retryable.sort());
  });
});

/**
 * runScenario1 against a real aedes broker on 127.0.0.1 with a scripted cloud: a few lines that
 * answer the car over MQTT with real protobuf as the gateway would (results, list, proposal,
 * confirmation). It checks the scenario's own logic - waits, answers, end condition, timeout. The
 * run against the real gateway and booking core is in test/.
 */
import { once } from 'node:events';
import net, { type AddressInfo } from 'node:net';
import {
  csb,
  type DownlinkEnvelopeInit,
  type DownlinkKind,
  decodeUplink,
  downlinkTopic,
  encodeDownlink,
  parseTopic,
  toTimestamp,
  type UplinkEnvelope,
} from '@csb/proto';
import { Aedes } from 'aedes';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runScenario1, ScenarioError } from '../src/index.ts';

const VIN = 'YV1DZ8256C1234567';
const S = csb.v1.AppointmentStatus;
const DEALER = {
  dealerId: 'dealer-gbg',
  name: 'Göteborg Bil AB',
  address: { street: 'Bilvägen 1', postalCode: '41705', city: 'Göteborg', countryCode: 'SE' },
};

let broker: Aedes;
let server: net.Server;
let brokerUrl: string;

interface CloudScript {
  /** Answers to the car's uplinks (none = stay silent). */
  onUplink: (envelope: UplinkEnvelope, attempt: number) => Array<[DownlinkKind, DownlinkEnvelopeInit]>;
}
let script: CloudScript;
let downlinkSeq = 0;

beforeEach(async () => {
  downlinkSeq = 0;
  broker = await Aedes.createBroker();
  const attempts = new Map<string, number>();
  broker.on('publish', (packet, client) => {
    if (client === null) return;
    const topic = parseTopic(packet.topic);
    if (!topic.ok || topic.direction !== 'up') return;
    const decoded = decodeUplink(packet.payload as Buffer);
    if (!decoded.ok) return;
    const id = decoded.message.messageId;
    const attempt = (attempts.get(id) ?? 0) + 1;
    attempts.set(id, attempt);
    const replies = script.onUplink(decoded.message, attempt);
    // Deferred: publishing from inside aedes' publish path can exhaust the stack (docs/benchmarks.md, benchmark 4).
    setImmediate(() => {
      for (const [kind, envelope] of replies) {
        broker.publish(
          {
            cmd: 'publish',
            topic: downlinkTopic(VIN, kind),
            payload: Buffer.from(encodeDownlink(envelope)),
            qos: 1,
            retain: false,
            dup: false,
          },
          () => {},
        );
      }
    });
  });
  server = net.createServer((socket) => {
    socket.setNoDelay(true);
    broker.handle(socket);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  brokerUrl = `mqtt://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  await new Promise<void>((resolve) => broker.close(() => resolve()));
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function down(body: Omit<DownlinkEnvelopeInit, 'messageId' | 'sentAt'>): DownlinkEnvelopeInit {
  downlinkSeq += 1;
  return { messageId: `down-${downlinkSeq}-abcdef`, sentAt: toTimestamp(Date.now()), ...body };
}

function result(uplink: UplinkEnvelope, appointmentId = ''): [DownlinkKind, DownlinkEnvelopeInit] {
  return [
    'result',
    down({ uplinkResult: { uplinkMessageId: uplink.messageId, accepted: { appointmentId } } }),
  ];
}

function list(status: csb.v1.AppointmentStatus, proposalId = ''): [DownlinkKind, DownlinkEnvelopeInit] {
  return [
    'appointments',
    down({
      appointmentList: {
        generatedAt: toTimestamp(Date.now() + downlinkSeq),
        appointments: [
          {
            appointmentId: 'appt-1',
            status,
            dealer: DEALER,
            start: toTimestamp(Date.UTC(2026, 10, 25, 8, 0)),
            durationMinutes: 60,
            price: { currencyCode: 'SEK', amountMinor: 123_450 },
            proposalId,
          },
        ],
      },
    }),
  ];
}

function proposal(proposalId: string): [DownlinkKind, DownlinkEnvelopeInit] {
  return [
    'proposal',
    down({
      proposal: {
        appointmentId: 'appt-1',
        proposalId,
        dealer: DEALER,
        start: toTimestamp(Date.UTC(2026, 10, 25, 8, 0)),
        durationMinutes: 60,
        price: { currencyCode: 'SEK', amountMinor: 123_450 },
      },
    }),
  ];
}

/** A cloud and a dealer who answer everything; the first booking request send is "lost". */
function cooperativeCloud(seen: UplinkEnvelope[]): CloudScript {
  let proposals = 0;
  return {
    onUplink(u, attempt) {
      seen.push(u);
      switch (u.body) {
        case 'bookingRequest':
          if (attempt === 1) return []; // lost answer: the car must resend the same message
          proposals += 1;
          return [
            result(u, 'appt-1'),
            list(S.APPOINTMENT_STATUS_REQUESTED),
            proposal(`prop-${proposals}`),
            list(S.APPOINTMENT_STATUS_PROPOSED, `prop-${proposals}`),
          ];
        case 'proposalResponse':
          if (u.proposalResponse?.askAnotherSlot != null) {
            proposals += 1;
            return [result(u, 'appt-1'), list(S.APPOINTMENT_STATUS_REQUESTED), proposal(`prop-${proposals}`)];
          }
          // Acceptance: confirmation to the car, then the dealer's confirm only syncs the list.
          return [
            result(u, 'appt-1'),
            [
              'confirmation',
              down({
                confirmation: {
                  appointmentId: 'appt-1',
                  dealer: DEALER,
                  durationMinutes: 60,
                  status: S.APPOINTMENT_STATUS_ACCEPTED,
                },
              }),
            ],
            list(S.APPOINTMENT_STATUS_ACCEPTED),
            list(S.APPOINTMENT_STATUS_CONFIRMED),
          ];
        default:
          return [];
      }
    },
  };
}

describe('runScenario1 (scripted cloud over aedes)', () => {
  it('requests, accepts the proposal and finishes when the list shows CONFIRMED', async () => {
    const seen: UplinkEnvelope[] = [];
    script = cooperativeCloud(seen);
    const lines: string[] = [];
    const summary = await runScenario1({
      brokerUrl,
      vin: VIN,
      secret: 'any',
      log: (line) => lines.push(line),
      timeoutMs: 10_000,
      resultTimeoutMs: 100,
      timeZone: 'Europe/Stockholm',
    });
    expect(summary).toMatchObject({ appointmentId: 'appt-1', finalStatus: 'CONFIRMED', answers: ['accept'] });
    expect(summary.resends).toBeGreaterThanOrEqual(1);
    expect(summary.received.proposal).toBe(1);
    expect(summary.received.confirmation).toBe(1);

    const requests = seen.filter((u) => u.body === 'bookingRequest');
    expect(new Set(requests.map((u) => u.messageId)).size).toBe(1); // resent with the same id
    const request = requests[0]?.bookingRequest;
    expect(request?.origin).toBe(csb.v1.RequestOrigin.REQUEST_ORIGIN_WARNINGS);
    expect(request?.consent?.granted).toBe(true);
    expect(request?.preferredWindows).toHaveLength(2);
    expect(request?.customerNote).not.toBe('');
    expect(request?.healthStatus?.warnings?.length).toBeGreaterThan(0);
    // Every non-result downlink got its receipt.
    expect(seen.filter((u) => u.body === 'deliveryReceipt').length).toBe(
      Object.entries(summary.received).reduce(
        (n, [kind, count]) => (kind === 'result' ? n : n + (count ?? 0)),
        0,
      ),
    );

    const text = lines.join('\n');
    expect(text).toContain(`[${VIN}] <- proposal 2026-11-25 09:00 (60 min) 1234.50 SEK from Göteborg Bil AB`);
    expect(text).toContain('appointment appt-1');
    expect(text).toMatch(/appt-1 {2}CONFIRMED/);
  });

  it('asks another slot once, then accepts the next proposal', async () => {
    const seen: UplinkEnvelope[] = [];
    script = cooperativeCloud(seen);
    const summary = await runScenario1({
      brokerUrl,
      vin: VIN,
      secret: 'any',
      log: () => {},
      timeoutMs: 10_000,
      resultTimeoutMs: 100,
      answer: 'another-slot',
    });
    expect(summary.answers).toEqual(['ask-another-slot', 'accept']);
    const responses = seen.filter((u) => u.body === 'proposalResponse').map((u) => u.proposalResponse);
    expect(responses.map((r) => r?.proposalId)).toEqual(['prop-1', 'prop-2']);
    expect(responses[0]?.askAnotherSlot?.preferredWindows).toHaveLength(2);
  });

  it('fails with SIM_TIMEOUT, a clear message and its summary when the dealer never proposes', async () => {
    script = { onUplink: (u) => (u.body === 'bookingRequest' ? [result(u, 'appt-1')] : []) };
    const lines: string[] = [];
    const error = await runScenario1({
      brokerUrl,
      vin: VIN,
      secret: 'any',
      log: (l) => lines.push(l),
      timeoutMs: 500,
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ScenarioError);
    const scenarioError = error as ScenarioError;
    expect(scenarioError.code).toBe('SIM_TIMEOUT');
    expect(scenarioError.message).toContain('a proposal for appointment appt-1');
    expect(scenarioError.summary.appointmentId).toBe('appt-1');
  });

  it('fails with SIM_UPLINK_REJECTED when the booking request is refused', async () => {
    script = {
      onUplink: (u) =>
        u.body === 'bookingRequest'
          ? [
              [
                'result',
                down({
                  uplinkResult: {
                    uplinkMessageId: u.messageId,
                    rejected: {
                      code: csb.v1.RejectionCode.REJECTION_CODE_NO_PREFERRED_DEALER,
                      message: 'none set',
                    },
                  },
                }),
              ],
            ]
          : [],
    };
    const error = await runScenario1({
      brokerUrl,
      vin: VIN,
      secret: 'any',
      log: () => {},
      timeoutMs: 5000,
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((error as ScenarioError).code).toBe('SIM_UPLINK_REJECTED');
    expect((error as ScenarioError).message).toContain('NO_PREFERRED_DEALER');
  });
});

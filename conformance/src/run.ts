/**
 * The conformance run: the kit plays the cloud side against a head unit under test. csb does the
 * real work behind the proxy (proxy.ts); a scripted dealer drives the appointment over REST; the
 * proxy withholds, rewrites and repeats what a real network and a real cloud would. Every wait is
 * for an observed packet with a per-case timeout; the only fixed windows are the negative cases'
 * "and nothing else happened" windows, `toleranceMs` long (docs/conformance.md).
 */
import {
  csb,
  type DOWNLINK_KINDS,
  downlinkTopic,
  encodeDownlink,
  toTimestamp,
  uplinkTopic,
} from '@csb/proto';
import { CASES, type CaseId } from './cases.ts';
import { type ConformanceProxy, type ProxyEvent, startProxy } from './proxy.ts';

/** The csb the kit runs against: started by the caller (embedded, temp data), with one car provisioned. */
export interface ConformanceCloud {
  mqttPort: number;
  httpUrl: string;
  car: { vin: string; secret: string };
  dealerApiKey: string;
}

export interface ConformanceOptions {
  /** Longest wait for one expected packet. Default 45 s (a client resends after 30 s, [REQ-4]). */
  caseTimeoutMs?: number;
  /** How long "nothing more happened" is watched in negative cases. Default 3 s. */
  toleranceMs?: number;
  /** Shortest acceptable wait before resending a RATE_LIMITED uplink. Default 1 s ([REJ-2]). */
  minRetryDelayMs?: number;
  /** Shortest acceptable gap between CONNECTs after a refusal (below: a tight loop). Default 100 ms. */
  minReconnectGapMs?: number;
}

export type CaseStatus = 'passed' | 'failed';
export interface CaseResult {
  id: CaseId;
  clauses: readonly string[];
  title: string;
  status: CaseStatus;
  detail: string;
  durationMs: number;
}
export interface ConformanceReport {
  vin: string;
  startedAt: string;
  durationMs: number;
  passed: number;
  failed: number;
  cases: CaseResult[];
}

export interface ConformanceRun {
  /** Where the head unit under test connects: the kit's proxy in front of csb. */
  brokerUrl: string;
  vin: string;
  secret: string;
  /** Runs every case; resolves with the report once the last one is decided. */
  result: Promise<ConformanceReport>;
  stop(): Promise<void>;
}

const MESSAGE_ID = /^[A-Za-z0-9._:-]{8,64}$/;
const NON_RETRYABLE = csb.v1.RejectionCode.REJECTION_CODE_INVALID_TRANSITION;

type Uplink = Extract<ProxyEvent, { type: 'uplink' }>;
type Downlink = Extract<ProxyEvent, { type: 'downlink' }>;
const isUplink = (e: ProxyEvent): e is Uplink => e.type === 'uplink';
const isDownlink = (e: ProxyEvent): e is Downlink => e.type === 'downlink';

export async function startConformance(
  cloud: ConformanceCloud,
  options: ConformanceOptions = {},
): Promise<ConformanceRun> {
  const timeout = options.caseTimeoutMs ?? 45_000;
  const tolerance = options.toleranceMs ?? 3_000;
  const minRetryDelay = options.minRetryDelayMs ?? 1_000;
  const minReconnectGap = options.minReconnectGapMs ?? 100;
  const { vin } = cloud.car;
  const proxy = await startProxy({ host: '127.0.0.1', port: cloud.mqttPort });
  const runId = Date.now().toString(36);
  let injected = 0;
  const injectedIds = new Set<string>();

  // The script's plan for the answers csb gives: by uplink message id, one step per result, in order.
  const resultPlan = new Map<string, ('withhold' | 'rate-limit')[]>();
  let bookingRequests = 0;
  let firstProposalId: string | undefined;

  proxy.policy.uplink = (envelope) => {
    if (envelope === undefined) return 'forward';
    const id = envelope.messageId ?? '';
    if (envelope.body === 'deliveryReceipt') {
      // Receipts of the kit's own downlinks are the kit's business: csb never sent those.
      return injectedIds.has(envelope.deliveryReceipt?.downlinkMessageId ?? '') ? 'swallow' : 'forward';
    }
    if (envelope.body === 'bookingRequest') {
      bookingRequests += 1;
      // First send: its answer is withheld ([REQ-4]); second: answered RATE_LIMITED ([REJ-2]).
      const step = bookingRequests === 1 ? 'withhold' : bookingRequests === 2 ? 'rate-limit' : undefined;
      if (step) resultPlan.set(id, [...(resultPlan.get(id) ?? []), step]);
      return 'forward';
    }
    if (envelope.body === 'proposalResponse' && firstProposalId !== undefined) {
      // Every answer to the first proposal is refused by the kit as not retryable ([REJ-1]).
      if (envelope.proposalResponse?.proposalId === firstProposalId) {
        setImmediate(() => injectResult(id, NON_RETRYABLE, false));
        return 'swallow';
      }
    }
    return 'forward';
  };
  proxy.policy.downlink = (envelope) => {
    if (envelope?.body !== 'uplinkResult') return 'forward';
    const id = envelope.uplinkResult?.uplinkMessageId ?? '';
    const step = resultPlan.get(id)?.shift();
    if (step === 'rate-limit')
      setImmediate(() => injectResult(id, csb.v1.RejectionCode.REJECTION_CODE_RATE_LIMITED, true));
    return step ? 'withhold' : 'forward';
  };

  function injectId(): string {
    injected += 1;
    const id = `conformance-${runId}-${injected}`;
    injectedIds.add(id);
    return id;
  }
  function injectResult(uplinkMessageId: string, code: csb.v1.RejectionCode, retryable: boolean): void {
    const envelope = {
      messageId: injectId(),
      sentAt: toTimestamp(Date.now()),
      uplinkResult: {
        uplinkMessageId,
        rejected: { code, message: 'refused by the conformance kit', retryable },
      },
    };
    // Results are not receipted: the id is only for the log.
    proxy.inject(downlinkTopic(vin, 'result'), encodeDownlink(envelope));
  }

  const result = runCases(proxy, cloud, {
    timeout,
    tolerance,
    minRetryDelay,
    minReconnectGap,
    injectId,
    setFirstProposal: (id) => {
      firstProposalId = id;
    },
  });
  return {
    brokerUrl: `mqtt://127.0.0.1:${proxy.port}`,
    vin,
    secret: cloud.car.secret,
    result,
    stop: () => proxy.close(),
  };
}

interface Script {
  timeout: number;
  tolerance: number;
  minRetryDelay: number;
  minReconnectGap: number;
  injectId(): string;
  setFirstProposal(id: string): void;
}

async function runCases(
  proxy: ConformanceProxy,
  cloud: ConformanceCloud,
  s: Script,
): Promise<ConformanceReport> {
  const started = Date.now();
  const { vin } = cloud.car;
  const results = new Map<CaseId, CaseResult>();
  let caseStart = Date.now();
  const decide = (id: CaseId, ok: boolean, detail: string) => {
    const def = CASES.find((c) => c.id === id);
    if (!def || results.has(id)) return;
    results.set(id, {
      id,
      clauses: def.clauses,
      title: def.title,
      status: ok ? 'passed' : 'failed',
      detail,
      durationMs: Date.now() - caseStart,
    });
    caseStart = Date.now();
  };
  const log = proxy.log;
  const dealer = async (path: string, body: unknown) => {
    const response = await fetch(`${cloud.httpUrl}/dealer/v1${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${cloud.dealerApiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(`dealer POST ${path}: HTTP ${response.status} ${await response.text()}`);
  };
  const finish = (): ConformanceReport => {
    for (const def of CASES)
      if (!results.has(def.id)) decide(def.id, false, 'not reached: an earlier step failed');
    const cases = CASES.map((c) => results.get(c.id) as CaseResult);
    return {
      vin,
      startedAt: new Date(started).toISOString(),
      durationMs: Date.now() - started,
      passed: cases.filter((c) => c.status === 'passed').length,
      failed: cases.filter((c) => c.status === 'failed').length,
      cases,
    };
  };

  // --- connecting ------------------------------------------------------------------------------
  const connect = await proxy.waitFor((e) => e.type === 'connect', 0, s.timeout);
  if (connect?.type !== 'connect') return finish();
  const p = connect.packet;
  decide(
    'HU-01',
    p.protocolVersion === 4 && p.protocolId === 'MQTT',
    `protocol ${p.protocolId} level ${p.protocolVersion}`,
  );
  decide('HU-02', p.clean === false, `clean session ${p.clean ? 1 : 0}`);
  decide(
    'HU-03',
    p.clientId === vin && p.username === vin,
    `client id ${p.clientId}, user name ${p.username}`,
  );
  const connack = await proxy.waitFor((e) => e.type === 'connack' && e.returnCode === 0, 0, s.timeout);
  const subscribed = (since: number) =>
    proxy.waitFor(
      (e) =>
        e.type === 'subscribe' &&
        e.filters.some(
          (f) =>
            f.qos === 1 &&
            (f.topic === `csb/v1/vehicles/${vin}/down/#` || f.topic === `csb/v1/vehicles/${vin}/down/+`),
        ),
      since,
      s.timeout,
    );
  const firstSubscribe = connack ? await subscribed(log.indexOf(connack)) : undefined;
  decide(
    'HU-04',
    firstSubscribe !== undefined,
    firstSubscribe ? 'subscribed to down/# with QoS 1' : 'no SUBSCRIBE to its downlinks after the CONNACK',
  );

  // --- the booking request, unanswered, then rate limited ----------------------------------------
  const first = (await proxy.waitFor(
    (e) => isUplink(e) && e.envelope?.body === 'bookingRequest',
    0,
    s.timeout,
  )) as Uplink | undefined;
  if (!first) return finish();
  const firstId = first.envelope?.messageId ?? '';
  decide(
    'HU-05',
    first.qos === 1 &&
      !first.retain &&
      first.topic === uplinkTopic(vin, 'booking-request') &&
      MESSAGE_ID.test(firstId),
    `QoS ${first.qos}, retain ${first.retain ? 1 : 0}, topic ${first.topic}, message id ${JSON.stringify(firstId)}`,
  );
  const second = (await proxy.waitFor(
    (e) => isUplink(e) && e.envelope?.body === 'bookingRequest',
    log.indexOf(first) + 1,
    s.timeout,
  )) as Uplink | undefined;
  if (!second) {
    decide('HU-06', false, `no resend within ${s.timeout} ms of an unanswered booking request`);
    return finish();
  }
  const secondId = second.envelope?.messageId ?? '';
  decide(
    'HU-06',
    secondId === firstId && second.payload.equals(first.payload),
    secondId === firstId
      ? `resent after ${second.at - first.at} ms${second.payload.equals(first.payload) ? ', same bytes' : ', but with other bytes'}`
      : `resent with a new message id ${secondId} (was ${firstId})`,
  );
  const rateLimited = (await proxy.waitFor(
    (e) => isDownlink(e) && e.injected && e.envelope?.uplinkResult?.uplinkMessageId === secondId,
    0,
    s.timeout,
  )) as Downlink | undefined;
  const third = rateLimited
    ? ((await proxy.waitFor(
        (e) => isUplink(e) && e.envelope?.body === 'bookingRequest',
        log.indexOf(rateLimited) + 1,
        s.timeout,
      )) as Uplink | undefined)
    : undefined;
  if (!rateLimited || !third) {
    decide('HU-07', false, 'no resend after RATE_LIMITED');
    return finish();
  }
  const thirdId = third.envelope?.messageId ?? '';
  const wait = third.at - rateLimited.at;
  decide(
    'HU-07',
    thirdId === secondId && wait >= s.minRetryDelay,
    thirdId !== secondId
      ? `resent with a new message id ${thirdId} (was ${secondId})`
      : `resent after ${wait} ms (at least ${s.minRetryDelay})`,
  );
  const accepted = (await proxy.waitFor(
    (e) =>
      isDownlink(e) && !e.withheld && !e.injected && e.envelope?.uplinkResult?.uplinkMessageId === thirdId,
    0,
    s.timeout,
  )) as Downlink | undefined;
  const appointmentId = accepted?.envelope?.uplinkResult?.accepted?.appointmentId;
  if (!appointmentId) return finish();

  // --- an inquiry (the car gets only its list), then the first proposal --------------------------
  const inquiredAt = log.length;
  await dealer(`/appointments/${appointmentId}/inquiries`, {
    question: 'When did the warning lamp come on?',
  });
  await proxy.waitFor((e) => isDownlink(e) && e.envelope?.body === 'appointmentList', inquiredAt, s.timeout);
  const proposalFor = (start: number) =>
    dealer(`/appointments/${appointmentId}/proposals`, {
      start: new Date(start).toISOString(),
      durationMinutes: 60,
      price: { currencyCode: 'SEK', amountMinor: 199_000 },
      workDescription: 'Conformance: check warning lamps',
    });
  const proposedAt = log.length;
  const actedDuringInquiry = log
    .slice(inquiredAt)
    .filter(isUplink)
    .filter((u) => u.envelope?.body === 'proposalResponse' || u.envelope?.body === 'cancellation');
  decide(
    'HU-08',
    actedDuringInquiry.length === 0,
    actedDuringInquiry.length === 0
      ? 'no answer or cancellation while inquired'
      : `sent ${actedDuringInquiry[0]?.envelope?.body} while inquired`,
  );
  await proposalFor(Date.now() + 3 * 86_400_000);
  const p1 = (await proxy.waitFor(
    (e) => isDownlink(e) && e.envelope?.body === 'proposal',
    proposedAt,
    s.timeout,
  )) as Downlink | undefined;
  const p1Id = p1?.envelope?.proposal?.proposalId ?? '';
  s.setFirstProposal(p1Id);
  const answer1 = p1
    ? ((await proxy.waitFor(
        (e) => isUplink(e) && e.envelope?.proposalResponse?.proposalId === p1Id,
        log.indexOf(p1),
        s.timeout,
      )) as Uplink | undefined)
    : undefined;
  if (!p1 || !answer1) {
    decide(
      'HU-09',
      false,
      'the head unit did not answer the first proposal (the kit expects it to accept every proposal)',
    );
    return finish();
  }
  const answer1Id = answer1.envelope?.messageId ?? '';
  const refusal = await proxy.waitFor(
    (e) => isDownlink(e) && e.injected && e.envelope?.uplinkResult?.uplinkMessageId === answer1Id,
    log.indexOf(answer1),
    s.timeout,
  );
  const refusalIndex = refusal ? log.indexOf(refusal) : log.length;
  const resent = await proxy.waitFor(
    (e) => isUplink(e) && e.envelope?.messageId === answer1Id,
    refusalIndex + 1,
    s.tolerance,
  );
  decide(
    'HU-09',
    resent === undefined,
    resent
      ? `resent ${answer1Id} after INVALID_TRANSITION (retryable = false)`
      : `no resend within ${s.tolerance} ms`,
  );

  // --- the newer proposal supersedes the first --------------------------------------------------
  const p2At = log.length;
  await proposalFor(Date.now() + 4 * 86_400_000);
  const p2 = (await proxy.waitFor(
    (e) => isDownlink(e) && e.envelope?.body === 'proposal' && e.envelope.proposal?.proposalId !== p1Id,
    p2At,
    s.timeout,
  )) as Downlink | undefined;
  const p2Id = p2?.envelope?.proposal?.proposalId ?? '';
  const answer2 = p2
    ? ((await proxy.waitFor(
        (e) => isUplink(e) && e.envelope?.proposalResponse?.proposalId === p2Id,
        log.indexOf(p2),
        s.timeout,
      )) as Uplink | undefined)
    : undefined;
  const staleAnswers = p2
    ? log
        .slice(log.indexOf(p2))
        .filter(isUplink)
        .filter(
          (u) => u.envelope?.proposalResponse?.proposalId === p1Id && u.envelope.messageId !== answer1Id,
        )
    : [];
  decide(
    'HU-10',
    answer2 !== undefined && staleAnswers.length === 0,
    !answer2
      ? 'the newer proposal was not answered'
      : staleAnswers.length
        ? 'answered the superseded proposal again'
        : 'answered the newer proposal only',
  );
  if (!p2 || !answer2) return finish();
  await proxy.waitFor(
    (e) => isDownlink(e) && e.envelope?.body === 'confirmation',
    log.indexOf(answer2),
    s.timeout,
  );

  // --- a redelivered message id ------------------------------------------------------------------
  const p2MessageId = p2.envelope?.messageId ?? '';
  const again = log.length;
  proxy.inject(p2.packet.topic, p2.packet.payload as Buffer, true);
  const receiptAgain = await proxy.waitFor(
    (e) => isUplink(e) && e.envelope?.deliveryReceipt?.downlinkMessageId === p2MessageId,
    again,
    s.timeout,
  );
  const actedTwice = await proxy.waitFor(
    (e) => isUplink(e) && e.envelope?.proposalResponse?.proposalId === p2Id,
    again,
    s.tolerance,
  );
  decide(
    'HU-11',
    receiptAgain !== undefined && actedTwice === undefined,
    actedTwice
      ? 'answered the repeated proposal a second time'
      : receiptAgain
        ? 'receipted the copy, acted once'
        : 'no receipt for the copy',
  );

  // --- downlinks csb would not send: unknown field, unknown body; a reminder, a navigation target
  const injectAndAwaitReceipt = async (
    kind: keyof typeof DOWNLINK_KINDS,
    bytes: (id: string) => Uint8Array,
  ) => {
    const id = s.injectId();
    const since = log.length;
    proxy.inject(downlinkTopic(vin, kind), bytes(id));
    return proxy.waitFor(
      (e) => isUplink(e) && e.envelope?.deliveryReceipt?.downlinkMessageId === id,
      since,
      s.timeout,
    );
  };
  const reminder = (id: string) =>
    encodeDownlink({
      messageId: id,
      sentAt: toTimestamp(Date.now()),
      reminder: {
        appointmentId,
        kind: csb.v1.ReminderKind.REMINDER_KIND_DAYS_BEFORE,
        daysBefore: 2,
        start: toTimestamp(Date.now() + 2 * 86_400_000),
      },
    });
  // Field 999 (varint 7) inside the envelope: no v1 message has it ([VER-2]: a later v1 might).
  const unknownField = await injectAndAwaitReceipt('reminder', (id) =>
    concat(reminder(id), tag(999, 0), [7]),
  );
  decide(
    'HU-12',
    unknownField !== undefined,
    unknownField ? 'receipted' : 'no receipt for a message with an unknown field',
  );
  // Body case 90 (length-delimited): a body this v1 does not define.
  const unknownBody = await injectAndAwaitReceipt('reminder', (id) =>
    concat(encodeDownlink({ messageId: id, sentAt: toTimestamp(Date.now()) }), tag(90, 2), [2, 8, 1]),
  );
  decide('HU-13', unknownBody !== undefined, unknownBody ? 'receipted' : 'no receipt for an unknown body');
  const reminded = await injectAndAwaitReceipt('reminder', reminder);
  decide('HU-14', reminded !== undefined, reminded ? 'receipted' : 'no receipt for a reminder');
  const navigated = await injectAndAwaitReceipt('navigation', (id) =>
    encodeDownlink({
      messageId: id,
      sentAt: toTimestamp(Date.now()),
      navigationTarget: {
        appointmentId,
        mode: csb.v1.NavigationMode.NAVIGATION_MODE_WAYPOINT,
        arriveBy: toTimestamp(Date.now() + 2 * 86_400_000),
      },
    }),
  );
  decide('HU-15', navigated !== undefined, navigated ? 'receipted' : 'no receipt for a navigation target');

  // --- refused reconnects, then the subscription after the CONNACK ------------------------------
  const refusals = 3;
  proxy.policy.refuseCount = refusals;
  proxy.policy.refuseCode = 3;
  const dropAt = log.length;
  proxy.dropClient();
  const connects: ProxyEvent[] = [];
  for (let i = 0; i <= refusals; i += 1) {
    const next = await proxy.waitFor((e) => e.type === 'connect' && !connects.includes(e), dropAt, s.timeout);
    if (!next) break;
    connects.push(next);
  }
  const gaps = connects.slice(1).map((c, i) => c.at - (connects[i]?.at ?? c.at));
  const growing = gaps.length === refusals && (gaps.at(-1) ?? 0) > (gaps[0] ?? 0);
  const tight = gaps.filter((g) => g < s.minReconnectGap);
  decide(
    'HU-16',
    growing && tight.length === 0,
    connects.length < refusals + 1
      ? `${connects.length} CONNECTs after the drop, ${refusals + 1} expected`
      : `gaps between CONNECTs after refusals: ${gaps.join(', ')} ms`,
  );
  const reconnack = await proxy.waitFor((e) => e.type === 'connack' && e.returnCode === 0, dropAt, s.timeout);
  const resubscribed = reconnack ? await subscribed(log.indexOf(reconnack)) : undefined;
  decide(
    'HU-17',
    resubscribed !== undefined,
    resubscribed ? 'subscribed again' : 'no SUBSCRIBE after the reconnect CONNACK',
  );

  // --- over the whole session ---------------------------------------------------------------------
  const receiptable = log
    .filter(isDownlink)
    .filter(
      (d) =>
        !d.withheld && !d.injected && d.envelope?.body !== undefined && d.envelope.body !== 'uplinkResult',
    );
  const missing: string[] = [];
  await Promise.all(
    receiptable.map(async (d) => {
      const id = d.envelope?.messageId ?? '';
      const left = Math.max(0, d.at + s.timeout - Date.now());
      const receipt = await proxy.waitFor(
        (e) => isUplink(e) && e.envelope?.deliveryReceipt?.downlinkMessageId === id,
        log.indexOf(d),
        left,
      );
      if (!receipt) missing.push(`${d.envelope?.body} ${id}`);
    }),
  );
  decide(
    'HU-18',
    missing.length === 0 && receiptable.length > 0,
    missing.length === 0
      ? `${receiptable.length} downlinks, all receipted`
      : `no receipt for ${missing.slice(0, 5).join(', ')}`,
  );
  decide(
    'HU-19',
    ...withinRateLimit(log.filter(isUplink).filter((u) => u.envelope?.body !== 'deliveryReceipt')),
  );
  const bad = log
    .filter(isUplink)
    .filter(
      (u) => u.qos !== 1 || u.retain || !u.envelope || !u.topic.startsWith(`csb/v1/vehicles/${vin}/up/`),
    );
  decide(
    'HU-20',
    bad.length === 0,
    bad.length === 0 ? 'all uplinks well formed' : `${bad.length} malformed, first on ${bad[0]?.topic}`,
  );
  return finish();
}

/** A token bucket like csb's ([RATE-1]): 20 per second, bursts of 100. */
function withinRateLimit(uplinks: { at: number }[]): [boolean, string] {
  let tokens = 100;
  let last = uplinks[0]?.at ?? 0;
  for (const u of uplinks) {
    tokens = Math.min(100, tokens + ((u.at - last) / 1000) * 20);
    last = u.at;
    tokens -= 1;
    if (tokens < 0) return [false, `over the rate limit at uplink ${uplinks.indexOf(u) + 1}`];
  }
  return [true, `${uplinks.length} uplinks within the limit`];
}

function tag(field: number, wireType: number): number[] {
  const out: number[] = [];
  let v = (field << 3) | wireType;
  while (v > 0x7f) {
    out.push((v & 0x7f) | 0x80);
    v >>>= 7;
  }
  out.push(v);
  return out;
}

function concat(...parts: (Uint8Array | number[])[]): Uint8Array {
  return Buffer.concat(parts.map((p) => Buffer.from(p)));
}

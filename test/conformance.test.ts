/**
 * The conformance kit proven both ways, against the real system (in-process, real sockets, a real
 * SQLite file): the head-unit library's client passes every case, and deliberately broken head
 * units each fail exactly the cases they should. The broken ones are the same state machine with
 * one rule broken in the wiring around it.
 */

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  CASES,
  type ConformanceCloud,
  type ConformanceReport,
  startConformance,
  toJUnit,
} from '@csb/conformance';
import {
  type CarClient,
  createCarClient,
  createCarConnection,
  createHeadUnit,
  type HeadUnitOutput,
  proposalPolicies,
} from '@csb/head-unit';
import {
  carDownlinkFilter,
  csb,
  type DownlinkEnvelope,
  decodeDownlink,
  encodeUplink,
  uplinkTopic,
} from '@csb/proto';
import mqtt from 'mqtt';
import { describe, expect, it } from 'vitest';
import type { RunningSystem } from '../bin/system.ts';
import { ROOT } from './support/paths.ts';
import { startInProcess, tempDataDir } from './support/system.ts';

// Short timeouts: every case waits for a packet, so a conforming client is fast; the broken ones
// spend at most one timeout per case they fail.
const OPTIONS = { caseTimeoutMs: 6_000, toleranceMs: 800, minRetryDelayMs: 400, minReconnectGapMs: 30 };
const CLIENT = { resultTimeoutMs: 300, reconnectBaseMs: 60, reconnectMaxMs: 2_000 };

interface Started {
  stop(): Promise<void>;
}
type HeadUnitFactory = (run: { brokerUrl: string; vin: string; secret: string }) => Started;

/** Runs the kit against a fresh system with one head unit; returns the report. */
async function conformanceOf(startHeadUnit: HeadUnitFactory): Promise<ConformanceReport> {
  const data = tempDataDir();
  const system: RunningSystem = await startInProcess(data.dir);
  const car = system.demo?.cars.find((c) => c.vin === 'YV1DEMCAR00000001');
  const dealer = system.demo?.dealers.find((d) => d.dealerId === car?.dealerId);
  if (!car || !dealer) throw new Error('demo data missing');
  const cloud: ConformanceCloud = {
    mqttPort: system.mqttPort,
    httpUrl: `http://127.0.0.1:${system.httpPort}`,
    car: { vin: car.vin, secret: car.secret },
    dealerApiKey: dealer.apiKey,
  };
  const run = await startConformance(cloud, OPTIONS);
  const headUnit = startHeadUnit(run);
  try {
    return await run.result;
  } finally {
    await headUnit.stop();
    await run.stop();
    await system.stop();
    data.remove();
  }
}

const failedIds = (report: ConformanceReport) =>
  report.cases.filter((c) => c.status === 'failed').map((c) => c.id);

/** The library's client, as an in-car app would use it. */
const libraryClient: HeadUnitFactory = (run) => {
  const client: CarClient = createCarClient({
    vin: run.vin,
    secret: run.secret,
    brokerUrl: run.brokerUrl,
    proposalPolicy: proposalPolicies.accept(),
    resultTimeoutMs: CLIENT.resultTimeoutMs,
    tickIntervalMs: 20,
    connection: { reconnectBaseMs: CLIENT.reconnectBaseMs, reconnectMaxMs: CLIENT.reconnectMaxMs },
  });
  void client
    .start()
    .then(() =>
      client.perform({ type: 'request-booking', origin: csb.v1.RequestOrigin.REQUEST_ORIGIN_MANUAL }),
    );
  return client;
};

/**
 * The library's head unit and connection, with one rule broken in between: `out` may drop or
 * change an uplink before it is published, `in` may change a downlink before the head unit sees it.
 */
function brokenClient(broken: {
  out?: (
    output: Extract<HeadUnitOutput, { type: 'publish' }>,
  ) => Extract<HeadUnitOutput, { type: 'publish' }> | undefined;
  in?: (envelope: DownlinkEnvelope) => void;
}): HeadUnitFactory {
  return (run) => {
    let n = 0;
    const newId = () => `broken-${Date.now().toString(36)}-${++n}`;
    const unit = createHeadUnit({
      vin: run.vin,
      newMessageId: newId,
      proposalPolicy: proposalPolicies.accept(),
      resultTimeoutMs: CLIENT.resultTimeoutMs,
    });
    const connection = createCarConnection({
      vin: run.vin,
      secret: run.secret,
      brokerUrl: run.brokerUrl,
      reconnectBaseMs: CLIENT.reconnectBaseMs,
      reconnectMaxMs: CLIENT.reconnectMaxMs,
    });
    const send = (outputs: HeadUnitOutput[]) => {
      for (const output of outputs) {
        if (output.type !== 'publish') continue;
        const sent = broken.out ? broken.out(output) : output;
        if (sent) connection.publish(sent.kind, sent.envelope).catch(() => {});
      }
    };
    connection.on((event) => {
      if (event.type !== 'downlink') return;
      broken.in?.(event.envelope);
      send(unit.handle({ type: 'downlink', envelope: event.envelope, now: Date.now() }));
    });
    const timer = setInterval(
      () => connection.connected && send(unit.handle({ type: 'tick', now: Date.now() })),
      20,
    );
    void connection.start().then(() =>
      send(
        unit.handle({
          type: 'action',
          now: Date.now(),
          action: { type: 'request-booking', origin: csb.v1.RequestOrigin.REQUEST_ORIGIN_MANUAL },
        }),
      ),
    );
    return {
      async stop() {
        clearInterval(timer);
        await connection.stop();
      },
    };
  };
}

/** A head unit that subscribes on its first CONNACK only (mqtt.js with its own resubscribe off). */
const noResubscribe: HeadUnitFactory = (run) => {
  const unit = createHeadUnit({
    vin: run.vin,
    newMessageId: (() => {
      let n = 0;
      return () => `nosub-${Date.now().toString(36)}-${++n}`;
    })(),
    proposalPolicy: proposalPolicies.accept(),
    resultTimeoutMs: CLIENT.resultTimeoutMs,
  });
  let delay = CLIENT.reconnectBaseMs;
  let stopped = false;
  const client = mqtt.connect(run.brokerUrl, {
    protocolVersion: 4,
    clientId: run.vin,
    username: run.vin,
    password: run.secret,
    clean: false,
    reconnectPeriod: 0,
    resubscribe: false,
  });
  const send = (outputs: HeadUnitOutput[]) => {
    for (const o of outputs) {
      if (o.type === 'publish')
        client.publish(uplinkTopic(run.vin, o.kind), Buffer.from(encodeUplink(o.envelope)), { qos: 1 });
    }
  };
  client.once('connect', () => {
    client.subscribe(carDownlinkFilter(run.vin), { qos: 1 });
    send(
      unit.handle({
        type: 'action',
        now: Date.now(),
        action: { type: 'request-booking', origin: csb.v1.RequestOrigin.REQUEST_ORIGIN_MANUAL },
      }),
    );
  });
  client.on('connect', () => {
    delay = CLIENT.reconnectBaseMs;
  });
  client.on('close', () => {
    if (stopped) return;
    setTimeout(() => !stopped && client.reconnect(), delay);
    delay = Math.min(delay * 2, CLIENT.reconnectMaxMs);
  });
  client.on('error', () => {});
  client.on('message', (_topic, payload) => {
    const decoded = decodeDownlink(payload);
    if (decoded.ok) send(unit.handle({ type: 'downlink', envelope: decoded.message, now: Date.now() }));
  });
  const timer = setInterval(
    () => client.connected && send(unit.handle({ type: 'tick', now: Date.now() })),
    20,
  );
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await client.endAsync(true);
    },
  };
};

describe('csb conformance', () => {
  it('passes the head-unit library client on every case', async () => {
    const report = await conformanceOf(libraryClient);
    expect(
      report.cases.map((c) => `${c.id} ${c.status} ${c.detail}`).filter((c) => !c.includes(' passed ')),
    ).toEqual([]);
    expect(report.passed).toBe(CASES.length);
    expect(toJUnit(report)).toContain(`tests="${CASES.length}" failures="0"`);
  });

  it('fails a head unit that sends no delivery receipts on exactly the receipt cases', async () => {
    const report = await conformanceOf(
      brokenClient({ out: (o) => (o.kind === 'delivery-receipt' ? undefined : o) }),
    );
    expect(failedIds(report)).toEqual(['HU-11', 'HU-12', 'HU-13', 'HU-14', 'HU-15', 'HU-18']);
  }, 120_000);

  it('fails a head unit that resends with a new message id on exactly the resend cases', async () => {
    let n = 0;
    const report = await conformanceOf(
      brokenClient({
        out: (o) =>
          o.attempt > 1 ? { ...o, envelope: { ...o.envelope, messageId: `renamed-${++n}-0000` } } : o,
      }),
    );
    expect(failedIds(report)).toEqual(['HU-06', 'HU-07']);
  });

  it('fails a head unit that retries a non-retryable rejection on exactly that case', async () => {
    const report = await conformanceOf(
      brokenClient({
        in: (envelope) => {
          if (envelope.uplinkResult?.rejected) envelope.uplinkResult.rejected.retryable = true;
        },
      }),
    );
    expect(failedIds(report)).toEqual(['HU-09']);
  });

  it('fails a head unit that does not subscribe again after a reconnect on exactly that case', async () => {
    const report = await conformanceOf(noResubscribe);
    expect(failedIds(report)).toEqual(['HU-17']);
  });
});

describe('csb conformance (the command)', () => {
  it('provisions the VIN and secret it is given, runs a head unit given as --command, writes JSON and JUnit, and exits 0 when it conforms', async () => {
    const out = tempDataDir();
    try {
      const run = spawnSync(
        process.execPath,
        [
          path.join(ROOT, 'bin/csb.ts'),
          'conformance',
          '--vin',
          'YV1CNFRM000000017',
          '--secret',
          'secret-of-the-unit-under-test',
          '--command',
          `${JSON.stringify(process.execPath)} ${JSON.stringify(path.join(ROOT, 'head-unit/examples/conformance-client.ts'))}`,
          '--case-timeout-ms',
          String(OPTIONS.caseTimeoutMs),
          '--tolerance-ms',
          String(OPTIONS.toleranceMs),
          '--min-retry-delay-ms',
          String(OPTIONS.minRetryDelayMs),
          '--json',
          path.join(out.dir, 'report.json'),
          '--junit',
          path.join(out.dir, 'report.xml'),
        ],
        {
          cwd: ROOT,
          encoding: 'utf8',
          timeout: 90_000,
          // First reconnect delay at least 100 ms (half of 200 is fixed): the kit's default tight-loop floor.
          env: { ...process.env, HU_RESULT_TIMEOUT_MS: '300', HU_RECONNECT_BASE_MS: '200' },
        },
      );
      expect(run.stdout).toContain('as VIN YV1CNFRM000000017 with secret secret-of-the-unit-under-test');
      expect(run.stdout).toContain('CONFORMS');
      expect(run.status).toBe(0);
      const report = JSON.parse(readFileSync(path.join(out.dir, 'report.json'), 'utf8')) as ConformanceReport;
      expect(report.passed).toBe(CASES.length);
      expect(readFileSync(path.join(out.dir, 'report.xml'), 'utf8')).toContain('<testsuites');
    } finally {
      out.remove();
    }
  }, 120_000);

  it('exits 2 on a bad option', () => {
    const run = spawnSync(
      process.execPath,
      [path.join(ROOT, 'bin/csb.ts'), 'conformance', '--tolerance-ms', 'soon'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(2);
    expect(run.stdout + run.stderr).toContain('--tolerance-ms must be a whole number');
    const badVin = spawnSync(
      process.execPath,
      [path.join(ROOT, 'bin/csb.ts'), 'conformance', '--vin', 'YV1OOPS'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(badVin.status).toBe(2);
    expect(badVin.stdout + badVin.stderr).toContain('--vin must be 17 characters');
  });
});

/**
 * Scenario 1 ([SCN-1]), end to end over real sockets: a car sends a booking request with
 * warnings over MQTT/protobuf, the dealer works it through the REST API, the car receives the
 * proposal (price and time, never the work), accepts, the dealer confirms and finalizes.
 */
import { csb, fromTimestamp, toTimestamp } from '@csb/proto';
import { runScenario1 } from '@csb/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSystem } from '../bin/system.ts';
import { TestCar } from './support/car.ts';
import { Dealer, eventually } from './support/dealer.ts';
import { stopTestPostgres, storeEnv, TEST_STORES } from './support/stores.ts';
import { startInProcess, tempDataDir } from './support/system.ts';

afterAll(stopTestPostgres);

describe.each(TEST_STORES)('on %s', (store) => {
  interface Row {
    appointmentId: string;
    status: string;
    list: string;
    flags: { customerRequested: boolean; warningsActive: boolean; connectedCar: boolean };
  }

  let system: RunningSystem;
  let data: ReturnType<typeof tempDataDir>;
  let brokerUrl: string;
  let dealer: Dealer;
  let cars: NonNullable<RunningSystem['demo']>['cars'];

  beforeAll(async () => {
    data = tempDataDir();
    system = await startInProcess(data.dir, await storeEnv(store));
    if (!system.demo) throw new Error('demo data was not seeded');
    brokerUrl = `mqtt://127.0.0.1:${system.mqttPort}`;
    const gbg = system.demo.dealers.find((d) => d.dealerId === 'dealer-gbg');
    if (!gbg) throw new Error('demo dealer dealer-gbg missing');
    dealer = new Dealer(`http://127.0.0.1:${system.httpPort}`, gbg.apiKey);
    cars = system.demo.cars;
  });

  afterAll(async () => {
    await system?.stop();
    data?.remove();
  });

  function carOf(dealerId: string, index = 0) {
    const car = cars.filter((c) => c.dealerId === dealerId)[index];
    if (!car) throw new Error(`no demo car #${index} for ${dealerId}`);
    return car;
  }

  async function listRows(list: 'actions' | 'pending' | 'planned'): Promise<Row[]> {
    const body = await dealer.ok<{ items: Row[] }>('GET', `/dealer/v1/appointments?list=${list}`);
    return body.items;
  }

  describe('scenario 1: car-initiated request', () => {
    it('goes Requested -> Proposed -> Accepted -> Confirmed -> Closed across car and dealer', async () => {
      const { vin, secret } = carOf('dealer-gbg');
      const car = await TestCar.connect(brokerUrl, vin, secret);
      try {
        const now = Date.now();
        const requestId = await car.send('booking-request', {
          bookingRequest: {
            origin: csb.v1.RequestOrigin.REQUEST_ORIGIN_WARNINGS,
            consent: { granted: true, grantedAt: toTimestamp(now) },
            customerNote: 'Oil warning came on yesterday',
            healthStatus: {
              capturedAt: toTimestamp(now - 5 * 60_000),
              odometerKm: 48_210,
              warnings: [
                {
                  type: csb.v1.WarningType.WARNING_TYPE_ENGINE_OIL_LEVEL_LOW,
                  severity: csb.v1.Severity.SEVERITY_WARNING,
                  code: 'OIL-LVL-LOW',
                },
              ],
              dtcs: [{ code: 'P0301', ecu: 'ECM', status: csb.v1.DtcStatus.DTC_STATUS_ACTIVE }],
            },
          },
        });
        const result = await car.resultFor(requestId);
        const appointmentId = result.envelope.uplinkResult?.accepted?.appointmentId;
        expect(appointmentId, 'accepted with an appointment id').toBeTruthy();

        // The dealer finds it in Actions, with both flags and the connected-car flag.
        const row = await eventually(
          async () => (await listRows('actions')).find((r) => r.appointmentId === appointmentId),
          'the request in Actions',
        );
        expect(row.status).toBe('requested');
        expect(row.flags).toEqual({ customerRequested: true, warningsActive: true, connectedCar: true });

        const detail = await dealer.ok<{
          healthStatus: { odometerKm: number; warnings: { type: string }[]; dtcs: { code: string }[] } | null;
        }>('GET', `/dealer/v1/appointments/${appointmentId}`);
        expect(detail.healthStatus?.odometerKm).toBe(48_210);
        expect(detail.healthStatus?.warnings.map((w) => w.type)).toEqual(['ENGINE_OIL_LEVEL_LOW']);
        expect(detail.healthStatus?.dtcs.map((d) => d.code)).toEqual(['P0301']);

        // The dealer proposes; the work description stays in the workshop.
        const start = new Date(Date.now() + 3 * 86_400_000);
        start.setUTCHours(8, 0, 0, 0);
        const workDescription = 'Replace engine oil and inspect cylinder 1 misfire';
        await dealer.ok('POST', `/dealer/v1/appointments/${appointmentId}/proposals`, {
          start: start.toISOString(),
          durationMinutes: 90,
          price: { currencyCode: 'SEK', amountMinor: 245_000 },
          workDescription,
        });
        expect((await listRows('pending')).map((r) => r.appointmentId)).toContain(appointmentId);

        const proposal = await car.waitFor((r) => r.envelope.body === 'proposal', 'a proposal');
        expect(proposal.topic).toBe(`csb/v1/vehicles/${vin}/down/proposal`);
        const p = proposal.envelope.proposal;
        expect(p?.appointmentId).toBe(appointmentId);
        expect(fromTimestamp(p?.start)).toBe(start.getTime());
        expect(p?.durationMinutes).toBe(90);
        expect(p?.price).toMatchObject({ currencyCode: 'SEK', amountMinor: 245_000 });
        expect(p?.dealer?.name).toBeTruthy();
        // Price and time only: not one byte of the work description reaches the car.
        for (const r of car.received) expect(r.raw.includes(Buffer.from('cylinder'))).toBe(false);

        // The car accepts; the dealer sees Accepted in Actions.
        const acceptId = await car.send('proposal-response', {
          proposalResponse: { appointmentId, proposalId: p?.proposalId, accept: {} },
        });
        expect((await car.resultFor(acceptId)).envelope.uplinkResult?.accepted?.appointmentId).toBe(
          appointmentId,
        );
        const confirmation = await car.waitFor(
          (r) => r.envelope.body === 'confirmation',
          'a booking confirmation',
        );
        expect(confirmation.envelope.confirmation?.status).toBe(
          csb.v1.AppointmentStatus.APPOINTMENT_STATUS_ACCEPTED,
        );
        const accepted = (await listRows('actions')).find((r) => r.appointmentId === appointmentId);
        expect(accepted?.status).toBe('accepted');

        // Confirm: Planned, and the car's list shows it confirmed.
        await dealer.ok('POST', `/dealer/v1/appointments/${appointmentId}/confirm`);
        expect((await listRows('planned')).find((r) => r.appointmentId === appointmentId)?.status).toBe(
          'confirmed',
        );
        await car.waitFor(
          (r) =>
            r.envelope.appointmentList?.appointments?.some(
              (a) =>
                a.appointmentId === appointmentId &&
                a.status === csb.v1.AppointmentStatus.APPOINTMENT_STATUS_CONFIRMED,
            ) === true,
          'an appointment list showing the confirmed appointment',
        );

        // Finalize after the visit: Closed, out of every list and out of the car's list.
        await dealer.ok('POST', `/dealer/v1/appointments/${appointmentId}/finalize`);
        for (const list of ['actions', 'pending', 'planned'] as const) {
          expect((await listRows(list)).map((r) => r.appointmentId)).not.toContain(appointmentId);
        }
        const final = await dealer.ok<{ status: string; history: { status: string }[] }>(
          'GET',
          `/dealer/v1/appointments/${appointmentId}`,
        );
        expect(final.status).toBe('closed');
        expect(final.history.map((h) => h.status)).toEqual([
          'requested',
          'proposed',
          'accepted',
          'confirmed',
          'closed',
        ]);
        await car.waitFor((r) => {
          const list = r.envelope.appointmentList;
          return list != null && !(list.appointments ?? []).some((a) => a.appointmentId === appointmentId);
        }, 'an appointment list without the closed appointment');
      } finally {
        await car.close();
      }
    });

    it('delivers a proposal made while the car was offline when it connects again', async () => {
      const { vin, secret } = carOf('dealer-gbg', 1);
      let car = await TestCar.connect(brokerUrl, vin, secret);
      const now = Date.now();
      const requestId = await car.send('booking-request', {
        bookingRequest: {
          origin: csb.v1.RequestOrigin.REQUEST_ORIGIN_MANUAL,
          consent: { granted: true, grantedAt: toTimestamp(now) },
          customerNote: 'Offline car: wipers',
        },
      });
      const appointmentId = (await car.resultFor(requestId)).envelope.uplinkResult?.accepted?.appointmentId;
      expect(appointmentId).toBeTruthy();
      await car.close();

      // The car is away: the proposal waits in the delivery ledger.
      const start = new Date(now + 4 * 86_400_000);
      start.setUTCHours(9, 0, 0, 0);
      await dealer.ok('POST', `/dealer/v1/appointments/${appointmentId}/proposals`, {
        start: start.toISOString(),
        durationMinutes: 30,
        price: { currencyCode: 'SEK', amountMinor: 39_000 },
        workDescription: 'Replace wiper blades',
      });
      const detail = await dealer.ok<{ deliveries: { kind: string; state: string }[] }>(
        'GET',
        `/dealer/v1/appointments/${appointmentId}`,
      );
      expect(detail.deliveries.find((d) => d.kind === 'proposal')?.state).toBe('queued');

      car = await TestCar.connect(brokerUrl, vin, secret);
      try {
        const proposal = await car.waitFor(
          (r) => r.envelope.proposal?.appointmentId === appointmentId,
          'the proposal after reconnecting',
        );
        expect(fromTimestamp(proposal.envelope.proposal?.start)).toBe(start.getTime());
      } finally {
        await car.close();
      }
    });

    it('exports the gateway and scheduler metrics on the ops port', async () => {
      const metrics = await fetch(`http://127.0.0.1:${system.opsPort}/metrics`).then((r) => r.text());
      expect(metrics).toMatch(/^csb_scheduler_lag_seconds \d/m);
      expect(metrics).toMatch(/^csb_gateway_uplinks_total\{kind="booking-request"\} [1-9]/m);
    });

    it('exports the API request and problem metrics and Node process metrics on the same ops port', async () => {
      const missing = await fetch(`http://127.0.0.1:${system.httpPort}/dealer/v1/no-such-thing`);
      expect(missing.status).toBe(404);
      const metrics = await fetch(`http://127.0.0.1:${system.opsPort}/metrics`).then((r) => r.text());
      expect(metrics).toMatch(/^csb_http_problems_total\{code="ROUTE_NOT_FOUND",status="404"\} [1-9]/m);
      expect(metrics).toMatch(
        /^csb_http_request_duration_seconds_count\{method="GET",route="\/dealer\/v1\/appointments",status="200"\} [1-9]/m,
      );
      expect(metrics).toMatch(/^process_cpu_user_seconds_total \d/m);
      expect(metrics).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
    });

    it('runs with the simulated head unit of `csb simulate car --scenario 1`', async () => {
      const { vin, secret } = carOf('dealer-gbg', 1);
      const lines: string[] = [];
      const run = runScenario1({
        brokerUrl,
        vin,
        secret,
        log: (line) => lines.push(line),
        timeoutMs: 20_000,
      });

      // Play the dealer: propose as soon as the request shows up, confirm once accepted.
      const row = await eventually(
        async () => (await listRows('actions')).find((r) => r.status === 'requested'),
        'the simulated car request in Actions',
      );
      await dealer.ok('POST', `/dealer/v1/appointments/${row.appointmentId}/proposals`, {
        start: new Date(Date.now() + 86_400_000).toISOString(),
        durationMinutes: 60,
        price: { currencyCode: 'SEK', amountMinor: 99_000 },
        workDescription: 'Annual service',
      });
      await eventually(
        async () =>
          (await listRows('actions')).find(
            (r) => r.appointmentId === row.appointmentId && r.status === 'accepted',
          ),
        'the simulated car to accept',
      );
      await dealer.ok('POST', `/dealer/v1/appointments/${row.appointmentId}/confirm`);
      const summary = await run;
      expect(summary.appointmentId).toBe(row.appointmentId);
      expect(lines.join('\n')).toContain('proposal');
    });
  });
});

import { csb, decodeUplink, encodeUplink, toTimestamp } from '@csb/proto';
import { describe, expect, it } from 'vitest';
import {
  createMessageIdFactory,
  createRandom,
  generateHealthStatus,
  HEALTH_PROFILES,
  seedFromString,
} from '../src/index.ts';

const NOW = Date.UTC(2026, 10, 23, 8, 0, 0);

describe('seeded randomness', () => {
  it('repeats for the same seed and differs for another', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, createRandom(seed).next);
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
    expect(seedFromString('YV1DZ8256C1234567')).toBe(seedFromString('YV1DZ8256C1234567'));
  });

  it('makes message ids the protocol accepts (8 to 64 of [A-Za-z0-9._:-])', () => {
    const next = createMessageIdFactory(createRandom(3));
    const ids = Array.from({ length: 200 }, next);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9._:-]{8,64}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Array.from({ length: 3 }, createMessageIdFactory(createRandom(3)))).toEqual(ids.slice(0, 3));
  });
});

describe('Health Status generator', () => {
  it('is deterministic for the same seed', () => {
    for (const profile of HEALTH_PROFILES) {
      const a = generateHealthStatus(createRandom(11), { capturedAtMs: NOW, profile });
      const b = generateHealthStatus(createRandom(11), { capturedAtMs: NOW, profile });
      expect(a).toEqual(b);
    }
    expect(generateHealthStatus(createRandom(11), { capturedAtMs: NOW })).not.toEqual(
      generateHealthStatus(createRandom(12), { capturedAtMs: NOW }),
    );
  });

  it('gives scenario 1 its warnings: oil level low, a tyre low with its wheel, P0301 and P0420 from the ECM', () => {
    const status = generateHealthStatus(createRandom(5), { capturedAtMs: NOW, profile: 'warnings' });
    const types = (status.warnings ?? []).map((w) => w.type);
    expect(types).toEqual([
      csb.v1.WarningType.WARNING_TYPE_ENGINE_OIL_LEVEL_LOW,
      csb.v1.WarningType.WARNING_TYPE_TYRE_PRESSURE_LOW,
    ]);
    expect(status.warnings?.[1]?.location).toMatch(/^(FRONT|REAR)_(LEFT|RIGHT)$/);
    expect((status.dtcs ?? []).map((d) => [d.code, d.ecu])).toEqual([
      ['P0301', 'ECM'],
      ['P0420', 'ECM'],
    ]);
    expect(status.service?.isServiceDue).toBe(true);
  });

  it('stays in realistic ranges over many seeds, negative distance meaning overdue', () => {
    for (let seed = 0; seed < 200; seed++) {
      for (const profile of HEALTH_PROFILES) {
        const s = generateHealthStatus(createRandom(seed), { capturedAtMs: NOW, profile });
        expect(s.odometerKm).toBeGreaterThanOrEqual(8_000);
        expect(s.fuelLevelPercent).toBeGreaterThanOrEqual(0);
        expect(s.fuelLevelPercent).toBeLessThanOrEqual(100);
        expect(s.lowVoltageBatteryVolts).toBeGreaterThan(11);
        expect(s.lowVoltageBatteryVolts).toBeLessThan(13);
        expect(s.service?.isServiceDue).toBe(profile !== 'healthy');
        if (profile === 'healthy') expect(s.service?.distanceToServiceKm).toBeGreaterThan(0);
        for (const d of s.dtcs ?? []) expect(d.code).toMatch(/^[PCBU][0-9A-F]{4}$/);
      }
    }
  });

  it('omits fuel on an electric car and reports its battery instead', () => {
    const s = generateHealthStatus(createRandom(9), { capturedAtMs: NOW, powertrain: 'electric' });
    expect(s.fuelLevelPercent).toBeUndefined();
    expect(s.tractionBatteryChargePercent).toBeGreaterThan(0);
  });

  it('survives a real protobuf round trip inside a booking request', () => {
    const healthStatus = generateHealthStatus(createRandom(1), { capturedAtMs: NOW, profile: 'faults' });
    const decoded = decodeUplink(
      encodeUplink({
        messageId: 'msg-00000001',
        sentAt: toTimestamp(NOW),
        bookingRequest: { origin: 2, healthStatus },
      }),
    );
    if (!decoded.ok) throw new Error(decoded.error);
    const hs = decoded.message.bookingRequest?.healthStatus;
    expect(hs?.dtcs?.length).toBe(healthStatus.dtcs?.length);
    expect(hs?.service?.distanceToServiceKm).toBe(healthStatus.service?.distanceToServiceKm);
  });
});

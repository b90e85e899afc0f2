/** The dealer list's hand-written parts of rendering: ISO times and the list serializer. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { iso, type RenderedSummary, serializeSummaryList } from '../src/http/render.ts';
import { appointmentSummarySchema } from '../src/http/schemas.ts';

describe('iso', () => {
  it('writes what Date#toISOString writes', () => {
    const edges = [
      0,
      1,
      999,
      1000,
      86_399_999,
      86_400_000,
      Date.UTC(2000, 1, 29, 23, 59, 59, 999),
      Date.UTC(2100, 1, 28),
      Date.UTC(2100, 2, 1),
      Date.UTC(2024, 11, 31, 23, 59, 59, 999),
      253_402_300_799_999,
      253_402_300_800_000,
      -1,
      -86_400_001,
      1.5,
      Number.NaN,
    ];
    // A fixed linear congruential sequence over 1970..9999: reproducible, no Math.random.
    let x = 12_345;
    const spread = Array.from({ length: 20_000 }, () => {
      x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
      return Math.floor((x / 2_147_483_648) * 253_402_300_799_999);
    });
    for (const ms of [...edges, ...spread]) {
      if (Number.isNaN(ms)) expect(() => iso(ms)).toThrow(RangeError);
      else expect(iso(ms)).toBe(new Date(ms).toISOString());
    }
  });
});

describe('serializeSummaryList', () => {
  const row: RenderedSummary = {
    appointmentId: 'a"1\\',
    status: 'proposed',
    list: null,
    flags: { customerRequested: true, warningsActive: false, connectedCar: true },
    attention: { awaitingFollowUp: false, serviceLevelBreached: true },
    vehicle: { vin: 'YV1DEMCAR00000001', model: 'XC60 "R-Design"\n', modelYear: 2023 },
    customer: { customerId: 'c-1', name: 'Åsa Öberg \u2028 </script>' },
    requestedAt: '2026-05-04T08:00:00.000Z',
    updatedAt: '2026-05-05T08:00:00.000Z',
  };

  it('writes the JSON the zod schema lets through, in its key order', () => {
    const items = [row, { ...row, list: 'pending' as const, start: '2026-05-07T08:00:00.000Z' }];
    const text = serializeSummaryList(items);
    const parsed = z.object({ items: z.array(appointmentSummarySchema) }).parse(JSON.parse(text));
    expect(text).toBe(JSON.stringify(parsed));
    expect(serializeSummaryList([])).toBe('{"items":[]}');
  });

  it('writes declared fields only', () => {
    const leaky = {
      ...row,
      secretHash: 'scrypt$...',
      customer: { ...row.customer, email: 'a@example.com' },
    } as RenderedSummary;
    const text = serializeSummaryList([leaky]);
    expect(text).not.toContain('secretHash');
    expect(text).not.toContain('email');
    expect(text).toBe(serializeSummaryList([row]));
  });
});

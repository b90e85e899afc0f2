/**
 * The stored form of a car message (store/rows.ts): an appointment list keeps each dealer's card
 * once, and reads back as the list the core queued, whether stored so or, as older rows are, with
 * the cards inline.
 */
import { describe, expect, it } from 'vitest';
import type { CarMessage, DealerCard } from '../src/car-channel.ts';
import { carMessageOf, storedCarMessage } from '../src/store/rows.ts';

const card = (dealerId: string): DealerCard => ({
  dealerId,
  name: `Bilverkstad ${dealerId} AB`,
  phone: '+46 31 123 45 67',
  address: { street: 'Verkstadsgatan 12', postalCode: '417 05', city: 'Göteborg', countryCode: 'SE' },
  location: { latitude: 57.7089, longitude: 11.9746 },
});

/** The car's list at the open-appointment bound: 20 rows, all but one with the same dealer. */
function fullList(): Extract<CarMessage, { kind: 'appointment-list' }> {
  return {
    kind: 'appointment-list',
    generatedAt: 1_780_000_000_000,
    appointments: Array.from({ length: 20 }, (_, i) => ({
      appointmentId: `01JAPPOINTMENT${String(i).padStart(12, '0')}`,
      status: i % 2 === 0 ? ('proposed' as const) : ('requested' as const),
      dealer: card(i === 7 ? 'dealer-sthlm' : 'dealer-gbg'),
      ...(i % 2 === 0
        ? {
            start: 1_780_100_000_000 + i * 3_600_000,
            durationMinutes: 90,
            price: { amountMinor: 249_00, currencyCode: 'SEK' },
            proposalId: `01JPROPOSAL${String(i).padStart(15, '0')}`,
          }
        : {}),
    })),
  };
}

describe('stored car messages', () => {
  it('reads an appointment list back as it was queued, each dealer card stored once', () => {
    const list = fullList();
    const stored = storedCarMessage(list);
    expect(carMessageOf(stored)).toEqual(list);
    expect(stored.split('Verkstadsgatan').length - 1).toBe(2);
    // Within one 4 KiB SQLite page (no overflow pages); inline it took more than one.
    expect(Buffer.byteLength(stored)).toBeLessThan(4_000);
    expect(Buffer.byteLength(JSON.stringify(list))).toBeGreaterThan(4_096);
  });

  it('reads a list stored with its cards inline (rows written before this form)', () => {
    const list = fullList();
    expect(carMessageOf(JSON.stringify(list))).toEqual(list);
  });

  it('stores every other message as it is', () => {
    const proposal: CarMessage = {
      kind: 'proposal',
      appointmentId: 'a1',
      proposalId: 'p1',
      dealer: card('dealer-gbg'),
      start: 1_780_100_000_000,
      durationMinutes: 60,
      price: { amountMinor: 100_00, currencyCode: 'SEK' },
    };
    expect(storedCarMessage(proposal)).toBe(JSON.stringify(proposal));
    expect(carMessageOf(storedCarMessage(proposal))).toEqual(proposal);
  });
});

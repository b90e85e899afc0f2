import { describe, expect, it } from 'vitest';
import { formatMoney, formatTime, parseCarArgs, SIMULATE_USAGE, simulateCommand } from '../src/index.ts';

const VIN = 'YV1DZ8256C1234567';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) } };
}

describe('csb simulate', () => {
  it('prints help with exit code 0', async () => {
    const a = io();
    expect(await simulateCommand(['car', '--help'], a.io)).toBe(0);
    expect(a.out.join('')).toBe(SIMULATE_USAGE);
    const b = io();
    expect(await simulateCommand(['--help'], b.io)).toBe(0);
  });

  it('rejects bad arguments with exit code 2 and says which', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['truck'], /unknown subcommand 'truck'/],
      [['car', '--secret', 's'], /--vin is required/],
      [['car', '--vin', 'YV1DZ8256C123456O', '--secret', 's'], /is not a VIN/],
      [['car', '--vin', VIN], /--secret is required/],
      [['car', '--vin', VIN, '--secret', 's', '--broker', 'http://x'], /--broker/],
      [['car', '--vin', VIN, '--secret', 's', '--scenario', '2'], /--scenario '2' is unknown/],
      [['car', '--vin', VIN, '--secret', 's', '--answer', 'maybe'], /--answer 'maybe'/],
      [['car', '--vin', VIN, '--secret', 's', '--timeout', '-1'], /--timeout/],
      [['car', '--vin', VIN, '--secret', 's', '--bogus'], /bogus/],
    ];
    for (const [argv, message] of cases) {
      const c = io();
      expect(await simulateCommand(argv, c.io)).toBe(2);
      expect(c.err.join('')).toMatch(message);
    }
  });

  it('parses a full command line', () => {
    expect(
      parseCarArgs([
        '--vin',
        VIN,
        '--secret',
        's3',
        '--broker',
        'mqtt://10.0.0.1:1884',
        '--answer',
        'another-slot',
        '--timeout',
        '30',
      ]),
    ).toEqual({
      vin: VIN,
      secret: 's3',
      broker: 'mqtt://10.0.0.1:1884',
      scenario: 1,
      answer: 'another-slot',
      timeoutMs: 30_000,
      seed: undefined,
      timeZone: undefined,
    });
  });

  it('fails with exit code 1 and a coded message when the broker cannot be reached', async () => {
    const c = io();
    // Port 1 on loopback: nothing listens there, the connection is refused at once.
    const code = await simulateCommand(
      ['car', '--vin', VIN, '--secret', 'TOPSECRET-123', '--broker', 'mqtt://127.0.0.1:1', '--timeout', '10'],
      c.io,
    );
    expect(code).toBe(1);
    expect(c.err.join('')).toMatch(/HU_CONNECT_FAILED/);
    expect([...c.out, ...c.err].join('')).not.toContain('TOPSECRET-123');
  });
});

describe('formatting', () => {
  it('prints money with the currency exponent, without floating point', () => {
    expect(formatMoney({ currencyCode: 'SEK', amountMinor: 123_450 })).toBe('1234.50 SEK');
    expect(formatMoney({ currencyCode: 'JPY', amountMinor: 5000 })).toBe('5000 JPY');
    expect(formatMoney({ currencyCode: 'EUR', amountMinor: 5 })).toBe('0.05 EUR');
  });

  it('prints times as the head unit shows them', () => {
    expect(formatTime(Date.UTC(2026, 10, 25, 8, 0), 'Europe/Stockholm')).toBe('2026-11-25 09:00');
  });
});

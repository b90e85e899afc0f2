import { describe, expect, it } from 'vitest';
import { splitBrokerUrls } from '../src/fleet.ts';
import { FLEET_USAGE, fleetCommand, parseFleetArgs } from '../src/fleet-cli.ts';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) } };
}

describe('csb simulate fleet', () => {
  it('prints help with exit code 0', async () => {
    const a = io();
    expect(await fleetCommand(['--help'], a.io)).toBe(0);
    expect(a.out.join('')).toBe(FLEET_USAGE);
  });

  it('rejects bad arguments with exit code 2 and says which', async () => {
    const cases: Array<[string[], RegExp]> = [
      [[], /--scenario is required/],
      [['--scenario', 'x.yaml', '--broker', 'http://x'], /--broker/],
      [['--scenario', 'x.yaml', '--broker', 'mqtt://a:1,http://b:2'], /--broker 'http:\/\/b:2'/],
      [['--scenario', 'x.yaml', '--broker', ' , '], /--broker/],
      [['--scenario', 'x.yaml', '--api', 'mqtt://x'], /--api/],
      [['--scenario', 'x.yaml', '--seed', '-3'], /--seed/],
      [['--scenario', 'x.yaml', '--bogus'], /bogus/],
    ];
    for (const [argv, message] of cases) {
      const c = io();
      expect(await fleetCommand(argv, c.io)).toBe(2);
      expect(c.err.join('')).toMatch(message);
    }
  });

  it('exits 2 with a coded message for a scenario that does not exist', async () => {
    const c = io();
    expect(await fleetCommand(['--scenario', '/nonexistent/fleet.yaml'], c.io)).toBe(2);
    expect(c.err.join('')).toMatch(/SIM_BAD_SCENARIO/);
  });

  it('splits a comma-separated broker list, car i on the i-th modulo their count', () => {
    expect(splitBrokerUrls('mqtt://a:1, mqtt://b:2,')).toEqual(['mqtt://a:1', 'mqtt://b:2']);
    expect(parseFleetArgs(['--scenario', 's.yaml', '--broker', 'mqtt://a:1,mqtt://b:2'], {})).toMatchObject({
      broker: 'mqtt://a:1,mqtt://b:2',
    });
  });

  it('takes the admin key from CSB_ADMIN_KEY unless given', () => {
    expect(parseFleetArgs(['--scenario', 's.yaml'], { CSB_ADMIN_KEY: 'k' })).toMatchObject({
      scenario: 's.yaml',
      adminKey: 'k',
      broker: 'mqtt://127.0.0.1:1883',
      api: 'http://127.0.0.1:8080',
      reportDir: 'reports',
    });
    expect(parseFleetArgs(['--scenario', 's.yaml', '--admin-key', 'x', '--seed', '42'], {})).toMatchObject({
      adminKey: 'x',
      seed: 42,
    });
  });
});

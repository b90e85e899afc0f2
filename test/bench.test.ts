/**
 * `npm run bench` end to end at --quick sizes: every suite of the booking path runs against a
 * real csb and a real aedes (child processes, real sockets) and yields a row with its payload
 * kind and size; the soak writes its CSV and SVG; the cluster suite runs one node and two (a real
 * PostgreSQL and Redis). A smoke test of the instrument, never of the figures: nothing here
 * asserts a time or a rate.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CURRENT_BEGIN, CURRENT_END, mergeCurrentTable } from '../bench/current-table.ts';
import { ROOT } from './support/paths.ts';

const soakDir = mkdtempSync(path.join(tmpdir(), 'csb-bench-test-'));
afterAll(() => rmSync(soakDir, { recursive: true, force: true }));

function runBench(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, [path.join(ROOT, 'bench/run.ts'), ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => {
    out += c.toString();
  });
  child.stderr.on('data', (c: Buffer) => {
    err = `${err}${c.toString()}`.slice(-20_000);
  });
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, out, err })));
}

const tableRows = (out: string): string[][] =>
  out
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| benchmark'))
    .map((l) => l.split(' | ').map((c) => c.replace(/^\| |\s\|$/g, '')));

describe('npm run bench --quick', () => {
  it('runs every booking-path suite beside aedes and writes the soak files', {
    timeout: 300_000,
  }, async () => {
    const { code, out, err } = await runBench([
      'booking',
      'proposal',
      'health',
      'engine-start',
      'lifecycle',
      'sustained',
      'open-loop',
      'connect',
      'soak',
      '--quick',
      '--no-append',
      '--soak-dir',
      soakDir,
    ]);
    expect(code, err).toBe(0);
    const rows = tableRows(out);
    const names = rows.map((r) => r[0]);
    const failed = rows.filter((r) => r[1] === 'failed');
    expect(failed, JSON.stringify(failed)).toEqual([]);
    for (const kind of ['booking-request', 'proposal-response', 'health-status', 'engine-start'])
      expect(names).toContain(`uplink: ${kind}`);
    for (const prefix of [
      'p99 booking request',
      'lifecycle:',
      'sustained:',
      'open loop:',
      'first CONNECT',
      'soak:',
    ])
      expect(
        names.some((n) => n?.startsWith(prefix)),
        prefix,
      ).toBe(true);
    // Every uplink row names its payload kind and size and sits beside aedes.
    for (const r of rows.filter((row) => row[0]?.startsWith('uplink: '))) {
      expect(r[6]).toMatch(/\d+ B protobuf/);
      expect(r[2]).toMatch(/^aedes echo \d+\/s/);
      expect(r[1]).toMatch(/CPU \d+ µs\/msg; RSS peak/);
    }
    const csv = readFileSync(path.join(soakDir, 'soak.csv'), 'utf8').trim().split('\n');
    expect(csv[0]).toBe(
      'seconds,rss_bytes,heap_used_bytes,heap_total_bytes,live_heap_bytes,lifecycles_per_second',
    );
    expect(csv.length).toBeGreaterThan(1);
    // The heap comes from inside the server (the probe): a real, non-zero figure.
    expect(Number(csv[1]?.split(',')[2])).toBeGreaterThan(0);
    // The live heap after a forced full GC: the server runs with --expose-gc.
    expect(Number(csv[1]?.split(',')[4])).toBeGreaterThan(0);
    expect(readFileSync(path.join(soakDir, 'soak.svg'), 'utf8')).toMatch(/^<svg[^>]*>[\s\S]*<polyline/);
  });

  it('runs the cluster suite: one node on PostgreSQL and two on PostgreSQL + Redis beside aedes', {
    timeout: 120_000,
  }, async () => {
    const { code, out, err } = await runBench(['cluster', '--quick', '--no-append']);
    expect(code, err).toBe(0);
    const rows = tableRows(out);
    const one = rows.find((r) => r[0] === 'cluster: 1 node on PostgreSQL, booking-request');
    const two = rows.find((r) => r[0] === 'cluster: 2 nodes on PostgreSQL + Redis, booking-request');
    expect(one?.[1], JSON.stringify(rows)).toMatch(/^\d+\/s; p50 /);
    expect(two?.[1], JSON.stringify(rows)).toMatch(/^\d+\/s; p50 /);
    expect(one?.[2]).toMatch(/^aedes echo \d+\/s/);
    // CPU of every process named: each node, PostgreSQL's process tree, and Redis for two nodes.
    expect(one?.[6]).toMatch(/node 1 \d+, PostgreSQL \d+, server total/);
    expect(two?.[6]).toMatch(/node 1 \d+, node 2 \d+, PostgreSQL \d+, Redis \d+, server total/);
    expect(two?.[6]).toContain("spread over the 2 nodes' MQTT ports");
    // Every accepted booking request queues downlinks: the wake-ups reach Redis as PUBLISHes.
    const publishes = Number(two?.[6]?.match(/([\d.]+) Redis PUBLISHes per uplink/)?.[1]);
    expect(publishes).toBeGreaterThan(0);
  });

  it('refuses an unknown suite with exit 1 and the list of suites', async () => {
    const { code, err } = await runBench(['bookings', '--no-append']);
    expect(code).toBe(1);
    expect(err).toContain('unknown suite bookings');
    expect(err).toContain('booking, proposal');
  });
});

describe('the current table of docs/benchmarks.md', () => {
  const doc = `# csb benchmarks\n\n${CURRENT_BEGIN}\n| benchmark | x |\n|---|---|\n| old one | a | b | c | d | e | f | g |\n| uplink: health-status | 1/s | - | - | - | - | - | then |\n${CURRENT_END}\n\n# Results\n`;
  const row = {
    bench: 'uplink: health-status',
    measured: '2/s',
    baseline: 'aedes 4/s',
    ratio: '0.5x',
    target: '>= 0.5x',
    met: 'yes',
    notes: 'a|b',
  };

  it('replaces the row of a benchmark run again and keeps the others with their own run', () => {
    const merged = mergeCurrentTable(doc, [row], 'now, `npm run bench`');
    expect(merged).toContain('| old one | a |');
    expect(merged).toContain(
      '| uplink: health-status | 2/s | aedes 4/s | 0.5x | >= 0.5x | yes | a/b | now, `npm run bench` |',
    );
    expect(merged).not.toContain('| 1/s |');
    expect(merged.endsWith('# Results\n')).toBe(true);
  });

  it('leaves a document without the markers as it is', () => {
    expect(mergeCurrentTable('# no table\n', [row], 'now')).toBe('# no table\n');
  });
});

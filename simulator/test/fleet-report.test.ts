/**
 * The load report's instruments: threshold parsing (typed errors at the scenario path) and
 * evaluation, the bounded time series, the Prometheus text reader and the SVG line chart.
 */
import { describe, expect, it } from 'vitest';
import { isSimulatorError } from '../src/errors.ts';
import type { FleetReport, Percentiles } from '../src/fleet.ts';
import { renderFleetHtml } from '../src/fleet-report.ts';
import { parseFleetScenario } from '../src/fleet-scenario.ts';
import { evaluateThresholds, parseThreshold, type Threshold } from '../src/fleet-thresholds.ts';
import { boundedPush, parsePrometheusText } from '../src/fleet-timeline.ts';
import { lineChartSvg } from '../src/svg-chart.ts';

const base = { cars: 1, durationDays: 1 };

function thresholds(list: string[]): Threshold[] {
  return parseFleetScenario({ ...base, thresholds: list }).thresholds;
}

describe('scenario thresholds', () => {
  it('parses latency, errors, KO and throughput thresholds with their units', () => {
    const [a, b, c, d, e, f] = thresholds([
      'p99 booking -> acceptance < 200 ms',
      'errors < 0.1%',
      'ko booking-request <= 0',
      'throughput uplink >= 5/s',
      'p99.9 uplink  <  1.5 s',
      'max request -> proposal <= 3 h',
    ]);
    expect(a).toMatchObject({
      type: 'latency',
      stat: 'p99',
      measure: 'booking-request',
      op: '<',
      value: 200,
    });
    expect(b).toMatchObject({ type: 'errors', op: '<', value: 0.1, percent: true });
    expect(c).toMatchObject({ type: 'ko', measure: 'booking-request', op: '<=', value: 0, percent: false });
    expect(d).toMatchObject({ type: 'throughput', measure: 'uplink', op: '>=', value: 5 });
    expect(e).toMatchObject({
      stat: 'p99.9',
      measure: 'uplink',
      value: 1500,
      source: 'p99.9 uplink < 1.5 s',
    });
    expect(f).toMatchObject({ measure: 'request-to-proposal', value: 180 });
  });

  it('defaults to none', () => {
    expect(parseFleetScenario(base).thresholds).toEqual([]);
  });

  it('rejects bad syntax with SIM_BAD_SCENARIO naming the threshold by its path', () => {
    const bad = [
      'p99 booking < 200 ms',
      'p97 uplink < 1 ms',
      'p99 teleport < 1 ms',
      'p99 request -> proposal < 5 ms',
      'ko car <= 1',
    ];
    let caught: unknown;
    try {
      parseFleetScenario({ ...base, thresholds: bad });
    } catch (error) {
      caught = error;
    }
    expect(isSimulatorError(caught) && caught.code).toBe('SIM_BAD_SCENARIO');
    const message = (caught as Error).message;
    expect(message).not.toContain('thresholds.0:');
    expect(message).toContain("thresholds.1: 'p97 uplink < 1 ms' is not a threshold");
    expect(message).toContain("thresholds.2: unknown latency 'teleport'");
    expect(message).toContain('thresholds.3:');
    expect(message).toContain('virtual time');
    expect(message).toContain("thresholds.4: unknown kind 'car'");
  });

  it('returns the reason as a string for a bad expression', () => {
    expect(typeof parseThreshold('errors maybe')).toBe('string');
  });
});

const pct = (over: Partial<Percentiles>): Percentiles => ({
  unit: 'ms (wall)',
  count: 10,
  min: 1,
  mean: 5,
  stddev: 2,
  p50: 4,
  p90: 8,
  p99: 250,
  p999: 300,
  max: 310,
  curve: [],
  ...over,
});

function report(): FleetReport {
  return {
    scenario: 's',
    seed: 1,
    planDigest: 'a',
    actionsDigest: 'b',
    cars: 2,
    dealers: 1,
    brokerUrl: 'mqtt://x',
    apiUrl: 'http://x',
    startedAt: 'now',
    wallMs: 10_000,
    virtual: { start: 's', end: 'e', speed: 1, days: 1 },
    throughput: {
      uplink: {
        'booking-request': { count: 100, perSecond: 10 },
        'delivery-receipt': { count: 900, perSecond: 90 },
      },
      downlink: {},
    },
    latency: {
      uplinkToResult: pct({}),
      requestToFirstProposal: pct({ unit: 'min (virtual)', p99: 90 }),
      byKind: { 'booking-request': pct({ p99: 150 }) },
    },
    outcomes: { 'booking-request': { ok: 99, ko: 1 } },
    timeline: { client: [], server: [], metrics: null },
    counts: {},
    answers: {},
    dealerCommands: {},
    errors: { REJECTED_TEMPORARILY_UNAVAILABLE: 1 },
    invariants: [],
    thresholds: [],
    verdict: [],
    ok: true,
  };
}

describe('threshold evaluation', () => {
  it('holds each threshold against the figures of the report', () => {
    const results = evaluateThresholds(
      thresholds([
        'p99 booking -> acceptance < 200 ms',
        'p99 uplink < 200 ms',
        'errors < 0.1%',
        'ko booking-request <= 0',
        'ko uplink < 2%',
        'throughput booking-request >= 10/s',
        'p99 request -> proposal <= 2 h',
        'p99 engine-start < 1 s',
      ]),
      report(),
    );
    expect(results.map((r) => [r.threshold, r.actual, r.ok])).toEqual([
      ['p99 booking -> acceptance < 200 ms', 150, true],
      ['p99 uplink < 200 ms', 250, false],
      // 1 error in 1000 uplinks sent (receipts included) = 0.1%: not below 0.1%
      ['errors < 0.1%', 0.1, false],
      ['ko booking-request <= 0', 1, false],
      ['ko uplink < 2%', 1, true],
      ['throughput booking-request >= 10/s', 10, true],
      ['p99 request -> proposal <= 2 h', 90, true],
      // nothing measured is not a pass
      ['p99 engine-start < 1 s', null, false],
    ]);
  });

  it('names each violated threshold in the HTML verdict', () => {
    const r = report();
    r.thresholds = evaluateThresholds(thresholds(['p99 uplink < 200 ms']), r);
    r.verdict = ['threshold violated: p99 uplink < 200 ms (actual 250 ms)'];
    r.ok = false;
    const page = renderFleetHtml(r);
    expect(page).toContain('threshold violated: p99 uplink &#60; 200 ms (actual 250 ms)');
    expect(page).toContain('OK / KO by message kind');
  });
});

describe('time series', () => {
  it('stays bounded: when full, neighbours are averaged and the interval doubles', () => {
    const points: { t: number; v: number }[] = [];
    for (let t = 1; t <= 1000; t++) boundedPush(points, { t, v: t % 2 === 0 ? 10 : 0 }, 100);
    expect(points.length).toBeLessThan(100);
    expect(points[points.length - 1]?.t).toBe(1000);
    // Averaging keeps the mean rate: every merged point of 0/10 pairs reads 5.
    expect(points.slice(0, 10).every((p) => p.v === 5)).toBe(true);
  });

  it('reads the Prometheus text format with labels', () => {
    const samples = parsePrometheusText(
      '# HELP x y\n# TYPE csb_gateway_uplinks_total counter\ncsb_gateway_uplinks_total{kind="booking-request"} 12\ncsb_gateway_connected_cars 3\nh_bucket{le="+Inf"} 4\nbroken line\n',
    );
    expect(samples).toEqual([
      { name: 'csb_gateway_uplinks_total', labels: { kind: 'booking-request' }, value: 12 },
      { name: 'csb_gateway_connected_cars', labels: {}, value: 3 },
      { name: 'h_bucket', labels: { le: '+Inf' }, value: 4 },
    ]);
  });
});

describe('SVG line chart', () => {
  it('draws one polyline per series, escapes names, and has no script', () => {
    const svg = lineChartSvg({
      title: 'a<b',
      xLabel: 's',
      yLabel: 'n',
      series: [
        {
          name: 'one',
          points: [
            [0, 1],
            [1, 2],
          ],
        },
        {
          name: 'two & more',
          points: [
            [0, 3],
            [1, 0],
          ],
          dashed: true,
        },
      ],
    });
    expect(svg.match(/<polyline/g)).toHaveLength(2);
    expect(svg).toContain('a&#60;b');
    expect(svg).toContain('two &#38; more');
    expect(svg).toContain('stroke-dasharray');
    expect(svg).not.toMatch(/<script/);
  });

  it('says so when there is nothing to draw', () => {
    expect(lineChartSvg({ title: 't', xLabel: 'x', yLabel: 'y', series: [] })).toContain('no samples');
  });
});

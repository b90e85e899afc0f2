/**
 * The fleet run over time, for the report's plots: once per wall second, the client's view
 * (uplinks sent, answers OK and KO, downlinks, errors, connected cars, result latency p50/p99 of
 * that second) and, when the system's `/metrics` URL is given, the server's view of the same
 * second (uplinks received, rejections, connected cars, result latency from its histogram,
 * downlinks queued). Both series are bounded: at most MAX_POINTS points each; beyond, neighbours
 * are averaged pairwise and the interval doubles, so an hours-long run still fits.
 */
import { performance } from 'node:perf_hooks';
import * as hdr from 'hdr-histogram-js';

export const MAX_POINTS = 1800;

export interface TimelinePoint {
  /** Wall seconds since the run started (end of the interval). */
  t: number;
  /** Per second over the interval. */
  uplinks: number;
  downlinks: number;
  ok: number;
  ko: number;
  errors: number;
  connected: number;
  /** Uplink -> UplinkResult of the answers in the interval, wall ms (0 without answers). */
  p50: number;
  p99: number;
}

export interface ServerPoint {
  t: number;
  /** Per second over the interval, from the counters' increase. */
  uplinks: number;
  rejections: number;
  connected: number;
  /** From csb_gateway_uplink_result_seconds: mean, and the upper bound of the bucket holding p99. */
  resultMeanMs: number;
  resultP99Ms: number;
  queuedDownlinks: number;
}

type Numeric<T> = { [K in keyof T]: number };

/** Appends points, halving the resolution when full (pairwise means; the later point's time). */
export function boundedPush<T extends Numeric<T> & { t: number }>(
  points: T[],
  point: T,
  max = MAX_POINTS,
): void {
  points.push(point);
  if (points.length < max) return;
  const merged: T[] = [];
  for (let i = 0; i + 1 < points.length; i += 2) {
    const a = points[i] as T;
    const b = points[i + 1] as T;
    const m = { ...b };
    for (const key of Object.keys(a) as (keyof T)[]) {
      if (key !== 't') m[key] = ((a[key] + b[key]) / 2) as T[keyof T];
    }
    merged.push(m);
  }
  if (points.length % 2 === 1) merged.push(points[points.length - 1] as T);
  points.splice(0, points.length, ...merged);
}

const round = (v: number, digits = 2): number => Math.round(v * 10 ** digits) / 10 ** digits;

export function createClientTimeline(startWall: number, connected: () => number) {
  const points: TimelinePoint[] = [];
  const histogram = hdr.build({ numberOfSignificantValueDigits: 2 });
  let uplinks = 0;
  let downlinks = 0;
  let ok = 0;
  let ko = 0;
  let errors = 0;
  let last = performance.now();
  return {
    uplink: () => {
      uplinks += 1;
    },
    downlink: () => {
      downlinks += 1;
    },
    ok: (us: number) => {
      ok += 1;
      histogram.recordValue(us);
    },
    ko: () => {
      ko += 1;
    },
    error: () => {
      errors += 1;
    },
    sample(): void {
      const now = performance.now();
      const s = Math.max(0.001, (now - last) / 1000);
      const has = histogram.totalCount > 0;
      boundedPush(points, {
        t: round((now - startWall) / 1000, 1),
        uplinks: round(uplinks / s),
        downlinks: round(downlinks / s),
        ok: round(ok / s),
        ko: round(ko / s),
        errors: round(errors / s),
        connected: connected(),
        p50: has ? round(Math.min(histogram.getValueAtPercentile(50), histogram.maxValue) / 1000) : 0,
        p99: has ? round(Math.min(histogram.getValueAtPercentile(99), histogram.maxValue) / 1000) : 0,
      });
      histogram.reset();
      uplinks = 0;
      downlinks = 0;
      ok = 0;
      ko = 0;
      errors = 0;
      last = now;
    },
    points: (): TimelinePoint[] => points,
    destroy(): void {
      histogram.destroy();
    },
  };
}

export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The samples of a Prometheus text exposition (comments and malformed lines skipped). */
export function parsePrometheusText(text: string): Sample[] {
  const out: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const m = /^([A-Za-z_:][A-Za-z0-9_:]*)(\{([^}]*)\})?\s+(\S+)/.exec(line);
    if (!m) continue;
    const labels: Record<string, string> = {};
    for (const l of (m[3] ?? '').matchAll(/([A-Za-z_][A-Za-z0-9_]*)="((?:[^"\\]|\\.)*)"/g))
      labels[l[1] ?? ''] = l[2] ?? '';
    const value = Number(m[4]);
    if (Number.isFinite(value) || m[4] === '+Inf') out.push({ name: m[1] ?? '', labels, value });
  }
  return out;
}

interface Totals {
  at: number;
  uplinks: number;
  rejections: number;
  connected: number;
  resultSum: number;
  resultCount: number;
  buckets: Map<number, number>;
  queued: number;
}

function totalsOf(samples: Sample[], at: number): Totals {
  const sum = (name: string, where: (s: Sample) => boolean = () => true): number =>
    samples.filter((s) => s.name === name && where(s)).reduce((n, s) => n + s.value, 0);
  const buckets = new Map<number, number>();
  for (const s of samples) {
    if (s.name !== 'csb_gateway_uplink_result_seconds_bucket') continue;
    const le = s.labels.le === '+Inf' ? Number.POSITIVE_INFINITY : Number(s.labels.le);
    buckets.set(le, (buckets.get(le) ?? 0) + s.value);
  }
  return {
    at,
    uplinks: sum('csb_gateway_uplinks_total', (s) => s.labels.kind !== 'delivery-receipt'),
    rejections: sum('csb_gateway_uplink_rejections_total'),
    connected: sum('csb_gateway_connected_cars'),
    resultSum: sum('csb_gateway_uplink_result_seconds_sum'),
    resultCount: sum('csb_gateway_uplink_result_seconds_count'),
    buckets,
    queued: sum('csb_gateway_downlinks', (s) => s.labels.state === 'queued'),
  };
}

/** p99 of the interval from cumulative bucket increases: the upper bound of the bucket holding it (ms). */
function p99FromBuckets(before: Map<number, number>, after: Map<number, number>): number {
  const les = [...after.keys()].sort((a, b) => a - b);
  const total = (after.get(Number.POSITIVE_INFINITY) ?? 0) - (before.get(Number.POSITIVE_INFINITY) ?? 0);
  if (total <= 0) return 0;
  for (const le of les) {
    const d = (after.get(le) ?? 0) - (before.get(le) ?? 0);
    if (d >= total * 0.99) return Number.isFinite(le) ? le * 1000 : (les[les.length - 2] ?? 0) * 1000;
  }
  return 0;
}

/**
 * Scrapes the system's `/metrics` once per call (at most one request at a time, 2 s timeout).
 * A failed scrape is counted, never an error of the run: the metrics are a second view.
 */
export function createServerTimeline(url: string, startWall: number) {
  const points: ServerPoint[] = [];
  let previous: Totals | undefined;
  let busy = false;
  let failures = 0;
  let scrapes = 0;
  return {
    async scrape(): Promise<void> {
      if (busy) return;
      busy = true;
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const now = performance.now();
        const totals = totalsOf(parsePrometheusText(await response.text()), now);
        scrapes += 1;
        if (previous) {
          const s = Math.max(0.001, (now - previous.at) / 1000);
          const count = totals.resultCount - previous.resultCount;
          boundedPush(points, {
            t: round((now - startWall) / 1000, 1),
            uplinks: round((totals.uplinks - previous.uplinks) / s),
            rejections: round((totals.rejections - previous.rejections) / s),
            connected: totals.connected,
            resultMeanMs: count > 0 ? round(((totals.resultSum - previous.resultSum) / count) * 1000) : 0,
            resultP99Ms: round(p99FromBuckets(previous.buckets, totals.buckets)),
            queuedDownlinks: totals.queued,
          });
        }
        previous = totals;
      } catch {
        failures += 1;
      } finally {
        busy = false;
      }
    },
    points: (): ServerPoint[] => points,
    stats: () => ({ url, scrapes, failures }),
  };
}

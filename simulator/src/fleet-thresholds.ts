/**
 * Thresholds of a fleet scenario (docs/simulator.md "Thresholds"): pass/fail criteria over the
 * run's own figures, as load testers write them in k6 or Gatling. A violated threshold fails the
 * run (exit 1) and is named in the verdict. One expression per string:
 *
 *   <stat> <latency> <op> <number> <unit>   p99 booking -> acceptance < 200 ms
 *   errors <op> <number>[%]                  errors < 0.1%
 *   ko <kind> <op> <number>[%]               ko booking-request <= 0
 *   throughput <kind> <op> <number>/s        throughput uplink >= 50/s
 */
import type { FleetReport, Percentiles } from './fleet.ts';

export const THRESHOLD_STATS = ['min', 'mean', 'p50', 'p90', 'p99', 'p99.9', 'max'] as const;
export type ThresholdStat = (typeof THRESHOLD_STATS)[number];
export type ThresholdOp = '<' | '<=' | '>' | '>=';

/** Uplink kinds the fleet sends that are answered with an UplinkResult. */
export const ANSWERED_KINDS = [
  'booking-request',
  'proposal-response',
  'cancellation',
  'health-status',
  'engine-start',
] as const;
export type AnsweredKind = (typeof ANSWERED_KINDS)[number];
/** `uplink`: every answered kind together. */
export type UplinkMeasure = 'uplink' | AnsweredKind;

/** Latency measures: uplink -> UplinkResult (wall ms) by kind, and request -> first proposal (virtual min). */
export type LatencyMeasure = UplinkMeasure | 'request-to-proposal';

/** Other spellings accepted for a latency measure (the arrow forms read as the path measured). */
const LATENCY_ALIASES: Record<string, LatencyMeasure> = {
  uplink: 'uplink',
  'uplink -> result': 'uplink',
  booking: 'booking-request',
  'booking -> acceptance': 'booking-request',
  'booking -> result': 'booking-request',
  'proposal-response -> result': 'proposal-response',
  'request-to-proposal': 'request-to-proposal',
  'request -> proposal': 'request-to-proposal',
  'booking -> proposal': 'request-to-proposal',
};
for (const kind of ANSWERED_KINDS) LATENCY_ALIASES[kind] ??= kind;

export type Threshold =
  | {
      source: string;
      type: 'latency';
      stat: ThresholdStat;
      measure: LatencyMeasure;
      op: ThresholdOp;
      value: number;
    }
  | { source: string; type: 'errors'; op: ThresholdOp; value: number; percent: boolean }
  | { source: string; type: 'ko'; measure: UplinkMeasure; op: ThresholdOp; value: number; percent: boolean }
  | { source: string; type: 'throughput'; measure: UplinkMeasure; op: ThresholdOp; value: number };

export interface ThresholdResult {
  threshold: string;
  /** The run's figure, in the threshold's unit; null when there was nothing to measure. */
  actual: number | null;
  unit: string;
  ok: boolean;
}

const OP = '(<=|<|>=|>)';
const NUMBER = '(\\d+(?:\\.\\d+)?)';
const LATENCY_RE = new RegExp(
  `^(${THRESHOLD_STATS.join('|').replace('.', '\\.')})\\s+(.+?)\\s*${OP}\\s*${NUMBER}\\s*(ms|s|min|h)$`,
);
const ERRORS_RE = new RegExp(`^errors\\s*${OP}\\s*${NUMBER}\\s*(%?)$`);
const KO_RE = new RegExp(`^ko\\s+(\\S+)\\s*${OP}\\s*${NUMBER}\\s*(%?)$`);
const THROUGHPUT_RE = new RegExp(`^throughput\\s+(\\S+)\\s*${OP}\\s*${NUMBER}\\s*/s$`);

const uplinkMeasure = (name: string): UplinkMeasure | undefined =>
  name === 'uplink' || (ANSWERED_KINDS as readonly string[]).includes(name)
    ? (name as UplinkMeasure)
    : undefined;

const KINDS_HELP = `uplink, ${ANSWERED_KINDS.join(', ')}`;

/** Parses one expression; a string is the reason it is not one (for the scenario's error list). */
export function parseThreshold(text: string): Threshold | string {
  const source = text.trim().replace(/\s+/g, ' ');
  let m = LATENCY_RE.exec(source);
  if (m) {
    const [, stat, name = '', op, number, unit] = m;
    const measure = LATENCY_ALIASES[name.trim()];
    if (measure === undefined)
      return `unknown latency '${name}' in '${source}': use ${Object.keys(LATENCY_ALIASES).join(', ')}`;
    const value = Number(number);
    if (measure === 'request-to-proposal') {
      if (unit !== 'min' && unit !== 'h')
        return `'${source}': request -> proposal is virtual time (it includes the dealer's delay): use min or h`;
      return {
        source,
        type: 'latency',
        stat: stat as ThresholdStat,
        measure,
        op: op as ThresholdOp,
        value: unit === 'h' ? value * 60 : value,
      };
    }
    if (unit !== 'ms' && unit !== 's') return `'${source}': uplink latency is wall time: use ms or s`;
    return {
      source,
      type: 'latency',
      stat: stat as ThresholdStat,
      measure,
      op: op as ThresholdOp,
      value: unit === 's' ? value * 1000 : value,
    };
  }
  m = ERRORS_RE.exec(source);
  if (m)
    return { source, type: 'errors', op: m[1] as ThresholdOp, value: Number(m[2]), percent: m[3] === '%' };
  m = KO_RE.exec(source);
  if (m) {
    const measure = uplinkMeasure(m[1] ?? '');
    if (!measure) return `unknown kind '${m[1]}' in '${source}': use ${KINDS_HELP}`;
    return {
      source,
      type: 'ko',
      measure,
      op: m[2] as ThresholdOp,
      value: Number(m[3]),
      percent: m[4] === '%',
    };
  }
  m = THROUGHPUT_RE.exec(source);
  if (m) {
    const measure = uplinkMeasure(m[1] ?? '');
    if (!measure) return `unknown kind '${m[1]}' in '${source}': use ${KINDS_HELP}`;
    return { source, type: 'throughput', measure, op: m[2] as ThresholdOp, value: Number(m[3]) };
  }
  return `'${source}' is not a threshold: write '<stat> <latency> <op> <number> <unit>' (p99 booking -> acceptance < 200 ms), 'errors <op> <number>[%]', 'ko <kind> <op> <number>[%]' or 'throughput <kind> <op> <number>/s'; stats ${THRESHOLD_STATS.join(', ')}; ops <, <=, >, >=`;
}

const holds = (actual: number, op: ThresholdOp, value: number): boolean =>
  op === '<' ? actual < value : op === '<=' ? actual <= value : op === '>' ? actual > value : actual >= value;

function stat(p: Percentiles, s: ThresholdStat): number {
  switch (s) {
    case 'min':
      return p.min;
    case 'mean':
      return p.mean;
    case 'p50':
      return p.p50;
    case 'p90':
      return p.p90;
    case 'p99':
      return p.p99;
    case 'p99.9':
      return p.p999;
    default:
      return p.max;
  }
}

/** Holds every threshold against a finished run's report. */
export function evaluateThresholds(thresholds: readonly Threshold[], report: FleetReport): ThresholdResult[] {
  const sum = (pick: (o: { ok: number; ko: number }) => number, measure: UplinkMeasure): number =>
    Object.entries(report.outcomes)
      .filter(([kind]) => measure === 'uplink' || kind === measure)
      .reduce((n, [, o]) => n + pick(o), 0);
  const wallSeconds = Math.max(0.001, report.wallMs / 1000);
  return thresholds.map((t): ThresholdResult => {
    const result = (actual: number | null, unit: string): ThresholdResult => ({
      threshold: t.source,
      actual: actual === null ? null : Math.round(actual * 1000) / 1000,
      unit,
      ok: actual !== null && holds(actual, t.op, t.value),
    });
    switch (t.type) {
      case 'latency': {
        const p =
          t.measure === 'request-to-proposal'
            ? report.latency.requestToFirstProposal
            : t.measure === 'uplink'
              ? report.latency.uplinkToResult
              : report.latency.byKind[t.measure];
        const unit = t.measure === 'request-to-proposal' ? 'min (virtual)' : 'ms';
        return result(p && p.count > 0 ? stat(p, t.stat) : null, unit);
      }
      case 'errors': {
        const errors = Object.values(report.errors).reduce((a, b) => a + b, 0);
        const sent = Object.values(report.throughput.uplink).reduce((a, b) => a + b.count, 0);
        if (!t.percent) return result(errors, 'errors');
        return result(sent > 0 ? (errors / sent) * 100 : null, '% of uplinks sent');
      }
      case 'ko': {
        const ko = sum((o) => o.ko, t.measure);
        const all = sum((o) => o.ok + o.ko, t.measure);
        if (!t.percent) return result(ko, 'KO');
        return result(all > 0 ? (ko / all) * 100 : null, '% KO');
      }
      default: {
        const sent = Object.entries(report.throughput.uplink)
          .filter(([kind]) => (t.measure === 'uplink' ? kind !== 'delivery-receipt' : kind === t.measure))
          .reduce((n, [, v]) => n + v.count, 0);
        return result(sent / wallSeconds, '/s (wall)');
      }
    }
  });
}

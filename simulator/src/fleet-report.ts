/**
 * The fleet report as files: the JSON report, and one self-contained HTML page (inline SVG
 * latency and time-series plots, inline CSS, no script, no external asset) that opens in any
 * browser. It leads with the verdict: every violated invariant and threshold by name.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FleetReport, Percentiles } from './fleet.ts';
import { type ChartSeries, lineChartSvg } from './svg-chart.ts';

export async function writeFleetReports(
  dir: string,
  report: FleetReport,
): Promise<{ json: string; html: string }> {
  await mkdir(dir, { recursive: true });
  const base = `fleet-${report.scenario.replace(/[^A-Za-z0-9._-]/g, '_')}-${report.seed}`;
  const json = path.join(dir, `${base}.json`);
  const html = path.join(dir, `${base}.html`);
  await writeFile(json, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(html, renderFleetHtml(report));
  return { json, html };
}

/** The lines printed at the end of a run. */
export function formatFleetSummary(report: FleetReport): string[] {
  const p = (l: Percentiles): string =>
    l.count === 0
      ? 'no samples'
      : `min ${l.min} mean ${l.mean} sd ${l.stddev} p50 ${l.p50} p90 ${l.p90} p99 ${l.p99} p99.9 ${l.p999} max ${l.max} ${l.unit} (${l.count} samples)`;
  const kinds = (bag: Record<string, { count: number; perSecond: number }>): string =>
    Object.entries(bag)
      .map(([k, v]) => `${k} ${v.count} (${v.perSecond}/s)`)
      .join(', ') || 'none';
  return [
    `fleet ${report.scenario}: ${report.cars} cars, seed ${report.seed}, ${report.virtual.days} virtual days at ${report.virtual.speed}x in ${(report.wallMs / 1000).toFixed(1)} s`,
    `  plan ${report.planDigest.slice(0, 16)}  actions ${report.actionsDigest.slice(0, 16)}`,
    `  uplinks:   ${kinds(report.throughput.uplink)}`,
    `  downlinks: ${kinds(report.throughput.downlink)}`,
    `  uplink -> result:           ${p(report.latency.uplinkToResult)}`,
    `  request -> first proposal:  ${p(report.latency.requestToFirstProposal)}`,
    ...Object.entries(report.latency.byKind).map(
      ([kind, l]) => `  ${`${kind} -> result:`.padEnd(28)}${p(l)}`,
    ),
    `  OK/KO: ${
      Object.entries(report.outcomes)
        .map(([k, o]) => `${k} ${o.ok}/${o.ko}`)
        .join(', ') || 'none'
    }`,
    `  errors: ${
      Object.entries(report.errors)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ') || 'none'
    }`,
    ...report.invariants.map(
      (i) =>
        `  [${i.ok ? 'ok' : 'FAILED'}] ${i.name} (${i.checked} checked${i.ok ? '' : `, ${i.violationCount} violations`})`,
    ),
    ...report.thresholds.map(
      (t) =>
        `  [${t.ok ? 'ok' : 'FAILED'}] threshold ${t.threshold} (actual ${t.actual === null ? 'no samples' : `${t.actual} ${t.unit}`})`,
    ),
    report.ok
      ? `  result: PASSED: every invariant holds${report.thresholds.length > 0 ? ', every threshold met' : ''}`
      : `  result: FAILED${report.invariants.some((i) => !i.ok) ? ' (INVARIANTS VIOLATED)' : ''}: ${report.verdict.join('; ')}`,
  ];
}

const html = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A percentile plot the way HDR histograms are usually drawn: x is 1/(1-p) on a log scale (so the
 * tail gets room: 90%, 99%, 99.9%, ...), y is the latency.
 */
export function latencySvg(title: string, l: Percentiles): string {
  const width = 560;
  const height = 260;
  const left = 60;
  const bottom = 40;
  const top = 30;
  const right = 20;
  if (l.curve.length === 0) {
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="60"><text x="10" y="30">${html(title)}: no samples</text></svg>`;
  }
  const xOf = (p: number): number => Math.log10(1 / Math.max(1e-5, 1 - p / 100));
  const xMax = 5; // 99.999%
  const yMax = Math.max(...l.curve.map(([, v]) => v)) * 1.1 || 1;
  const sx = (p: number): number => left + (xOf(p) / xMax) * (width - left - right);
  const sy = (v: number): number => height - bottom - (v / yMax) * (height - top - bottom);
  const points = l.curve.map(([p, v]) => `${sx(p).toFixed(1)},${sy(v).toFixed(1)}`).join(' ');
  const xTicks = [0, 90, 99, 99.9, 99.99, 99.999]
    .map(
      (p) =>
        `<line x1="${sx(p)}" y1="${height - bottom}" x2="${sx(p)}" y2="${top}" stroke="#ddd"/><text x="${sx(p)}" y="${height - bottom + 16}" font-size="11" text-anchor="middle">${p}%</text>`,
    )
    .join('');
  const yTicks = [0, 0.25, 0.5, 0.75, 1]
    .map((f) => {
      const v = yMax * f;
      return `<line x1="${left}" y1="${sy(v)}" x2="${width - right}" y2="${sy(v)}" stroke="#eee"/><text x="${left - 6}" y="${sy(v) + 4}" font-size="11" text-anchor="end">${v.toPrecision(3)}</text>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" role="img" aria-label="${html(title)}">
<text x="${left}" y="18" font-size="13" font-weight="bold">${html(title)} (${html(l.unit)})</text>
${xTicks}${yTicks}
<line x1="${left}" y1="${height - bottom}" x2="${width - right}" y2="${height - bottom}" stroke="#333"/>
<line x1="${left}" y1="${top}" x2="${left}" y2="${height - bottom}" stroke="#333"/>
<polyline fill="none" stroke="#1f6feb" stroke-width="2" points="${points}"/>
${l.curve.map(([p, v]) => `<circle cx="${sx(p).toFixed(1)}" cy="${sy(v).toFixed(1)}" r="2.5" fill="#1f6feb"><title>${p}%: ${v} ${html(l.unit)}</title></circle>`).join('')}
<text x="${(left + width) / 2}" y="${height - 6}" font-size="11" text-anchor="middle">percentile</text>
</svg>`;
}

export function renderFleetHtml(report: FleetReport): string {
  const row = (cells: (string | number)[]): string =>
    `<tr>${cells.map((c) => `<td>${html(String(c))}</td>`).join('')}</tr>`;
  const table = (head: string[], rows: string[]): string =>
    `<table><thead><tr>${head.map((h) => `<th>${html(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
  const pct = (name: string, l: Percentiles): string =>
    row([name, l.unit, l.count, l.min, l.mean, l.stddev, l.p50, l.p90, l.p99, l.p999, l.max]);
  const throughput = (bag: Record<string, { count: number; perSecond: number }>, dir: string): string[] =>
    Object.entries(bag).map(([k, v]) => row([dir, k, v.count, v.perSecond]));
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>csb fleet report: ${html(report.scenario)} (seed ${report.seed})</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:2em;max-width:1200px;color:#222}
table{border-collapse:collapse;margin:0.5em 0 1.5em}td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}
th{background:#f4f4f4}td:first-child,th:first-child{text-align:left}.ok{color:#1a7f37}.bad{color:#cf222e;font-weight:bold}
</style></head><body>
<h1>Fleet report: ${html(report.scenario)}</h1>
<h2>Verdict</h2>
${
  report.ok
    ? `<p class="ok">PASSED: every invariant holds${report.thresholds.length > 0 ? ' and every threshold is met' : ''}.</p>`
    : `<p class="bad">FAILED${report.invariants.some((i) => !i.ok) ? ' (INVARIANTS VIOLATED)' : ''}:</p><ul class="bad">${report.verdict.map((v) => `<li>${html(v)}</li>`).join('')}</ul>`
}
<p>${report.cars} cars, ${report.dealers} dealers, seed <b>${report.seed}</b> (plan ${html(report.planDigest.slice(0, 16))}, actions ${html(report.actionsDigest.slice(0, 16))}).
Virtual ${html(report.virtual.start)} to ${html(report.virtual.end)} (${report.virtual.days} days at ${report.virtual.speed}x) in ${(report.wallMs / 1000).toFixed(1)} s wall, started ${html(report.startedAt)}.
Broker ${html(report.brokerUrl)}, API ${html(report.apiUrl)}.</p>
<h2>Invariants</h2>
${table(
  ['invariant', 'checked', 'result', 'first violations'],
  report.invariants.map(
    (i) =>
      `<tr><td>${html(i.name)}</td><td>${i.checked}</td><td class="${i.ok ? 'ok' : 'bad'}">${i.ok ? 'ok' : `${i.violationCount} violations`}</td><td>${i.violations.map(html).join('<br>')}</td></tr>`,
  ),
)}
<h2>Thresholds</h2>
${
  report.thresholds.length === 0
    ? '<p>None in the scenario.</p>'
    : table(
        ['threshold', 'actual', 'result'],
        report.thresholds.map(
          (t) =>
            `<tr><td>${html(t.threshold)}</td><td>${t.actual === null ? 'no samples' : html(`${t.actual} ${t.unit}`)}</td><td class="${t.ok ? 'ok' : 'bad'}">${t.ok ? 'met' : 'violated'}</td></tr>`,
        ),
      )
}
<h2>Over time</h2>
${timelineSvgs(report)}
<h2>Latency</h2>
${table(
  ['measure', 'unit', 'samples', 'min', 'mean', 'stddev', 'p50', 'p90', 'p99', 'p99.9', 'max'],
  [
    pct('uplink -> UplinkResult', report.latency.uplinkToResult),
    ...Object.entries(report.latency.byKind).map(([kind, l]) => pct(`${kind} -> UplinkResult`, l)),
    pct('booking request -> first proposal', report.latency.requestToFirstProposal),
  ],
)}
${latencySvg('uplink -> UplinkResult', report.latency.uplinkToResult)}
${latencySvg('booking request -> first proposal', report.latency.requestToFirstProposal)}
<h2>OK / KO by message kind</h2>
${
  Object.keys(report.outcomes).length === 0
    ? '<p>No answered uplinks.</p>'
    : table(
        ['uplink kind', 'OK (accepted)', 'KO (rejected or given up)', 'KO %'],
        Object.entries(report.outcomes).map(([k, o]) =>
          row([k, o.ok, o.ko, o.ok + o.ko > 0 ? Math.round((o.ko / (o.ok + o.ko)) * 10_000) / 100 : 0]),
        ),
      )
}
<h2>Throughput</h2>
${table(['direction', 'kind', 'messages', 'per second (wall)'], [...throughput(report.throughput.uplink, 'uplink'), ...throughput(report.throughput.downlink, 'downlink')])}
<h2>Counts</h2>
${table(['what', 'count'], [...Object.entries(report.counts).map(([k, v]) => row([k, v])), ...Object.entries(report.answers).map(([k, v]) => row([`answer: ${k}`, v ?? 0])), ...Object.entries(report.dealerCommands).map(([k, v]) => row([`dealer ${k}`, v]))])}
<h2>Errors by kind</h2>
${
  Object.keys(report.errors).length === 0
    ? '<p>None.</p>'
    : table(
        ['kind', 'count'],
        Object.entries(report.errors).map(([k, v]) => row([k, v])),
      )
}
</body></html>
`;
}

/**
 * The run per wall second: throughput, latency, errors and connected cars as the fleet saw them
 * (solid) and, when /metrics was scraped, as the system counted them (dashed).
 */
export function timelineSvgs(report: FleetReport): string {
  const client = report.timeline.client;
  const server = report.timeline.server;
  const line = <T extends { t: number }>(
    name: string,
    points: T[],
    y: (p: T) => number,
    dashed = false,
  ): ChartSeries => ({
    name,
    points: points.map((p) => [p.t, y(p)]),
    ...(dashed ? { dashed } : {}),
  });
  const withServer = server.length > 0;
  const charts = [
    lineChartSvg({
      title: 'throughput (per second)',
      xLabel: 'wall seconds',
      yLabel: 'messages/s',
      series: [
        line('uplinks sent', client, (p) => p.uplinks),
        line('downlinks received', client, (p) => p.downlinks),
        ...(withServer ? [line('uplinks received (server)', server, (p) => p.uplinks, true)] : []),
      ],
    }),
    lineChartSvg({
      title: 'uplink -> UplinkResult latency per second',
      xLabel: 'wall seconds',
      yLabel: 'ms',
      series: [
        line('p50', client, (p) => p.p50),
        line('p99', client, (p) => p.p99),
        ...(withServer
          ? [
              line('mean (server)', server, (p) => p.resultMeanMs, true),
              line('p99 bucket (server)', server, (p) => p.resultP99Ms, true),
            ]
          : []),
      ],
    }),
    lineChartSvg({
      title: 'OK, KO and errors (per second)',
      xLabel: 'wall seconds',
      yLabel: 'per second',
      series: [
        line('OK', client, (p) => p.ok),
        line('KO', client, (p) => p.ko),
        line('errors', client, (p) => p.errors),
        ...(withServer ? [line('rejections (server)', server, (p) => p.rejections, true)] : []),
      ],
    }),
    lineChartSvg({
      title: 'connected cars',
      xLabel: 'wall seconds',
      yLabel: 'cars',
      series: [
        line('connected (fleet)', client, (p) => p.connected),
        ...(withServer
          ? [
              line('connected (server)', server, (p) => p.connected, true),
              line('downlinks queued (server)', server, (p) => p.queuedDownlinks, true),
            ]
          : []),
      ],
    }),
  ];
  const m = report.timeline.metrics;
  const note = m
    ? `<p>System metrics: ${html(m.url)}, ${m.scrapes} scrapes, ${m.failures} failed (dashed lines).</p>`
    : "<p>System metrics not scraped (run with <code>--metrics URL</code> to plot them beside the fleet's view).</p>";
  return `${note}\n${charts.join('\n')}`;
}

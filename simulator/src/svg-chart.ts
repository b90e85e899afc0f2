/**
 * A small line chart as inline SVG, without a chart library: for the fleet report's time series
 * and the soak benchmark's memory plot. Every series shares the x axis (seconds, usually) and
 * the y axis, which starts at 0. No script: a <title> on each series names it on hover.
 */

export interface ChartSeries {
  name: string;
  points: [number, number][];
  /** Dashed: a second view of the same measure (e.g. the server's beside the client's). */
  dashed?: boolean;
}

export interface LineChart {
  title: string;
  xLabel: string;
  yLabel: string;
  series: ChartSeries[];
  width?: number;
  height?: number;
}

const COLORS = ['#1f6feb', '#cf222e', '#1a7f37', '#9a6700', '#8250df', '#bf3989', '#0a7ea4'];

const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A readable tick step (1, 2 or 5 times a power of ten) for a span split into about `n` parts. */
function niceStep(span: number, n: number): number {
  const raw = span / Math.max(1, n);
  const power = 10 ** Math.floor(Math.log10(raw || 1));
  const f = raw / power;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
}

const label = (v: number): string =>
  Math.abs(v) >= 1000 ? `${Math.round(v / 100) / 10}k` : `${Math.round(v * 100) / 100}`;

export function lineChartSvg(chart: LineChart): string {
  const width = chart.width ?? 720;
  const height = chart.height ?? 260;
  const left = 64;
  const right = 150;
  const top = 30;
  const bottom = 40;
  const all = chart.series
    .flatMap((s) => s.points)
    .filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
  if (all.length === 0) {
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="60"><text x="10" y="30">${escapeXml(chart.title)}: no samples</text></svg>`;
  }
  const xMin = Math.min(...all.map(([x]) => x));
  const xMax = Math.max(...all.map(([x]) => x), xMin + 1);
  const yMaxRaw = Math.max(...all.map(([, y]) => y));
  const yStep = niceStep(yMaxRaw || 1, 4);
  const yMax = Math.max(yStep, Math.ceil((yMaxRaw || 1) / yStep) * yStep);
  const sx = (x: number): number => left + ((x - xMin) / (xMax - xMin)) * (width - left - right);
  const sy = (y: number): number => height - bottom - (y / yMax) * (height - top - bottom);
  const xStep = niceStep(xMax - xMin, 6);
  const xTicks: string[] = [];
  for (let x = Math.ceil(xMin / xStep) * xStep; x <= xMax; x += xStep) {
    xTicks.push(
      `<line x1="${sx(x).toFixed(1)}" y1="${top}" x2="${sx(x).toFixed(1)}" y2="${height - bottom}" stroke="#eee"/><text x="${sx(x).toFixed(1)}" y="${height - bottom + 15}" font-size="11" text-anchor="middle">${label(x)}</text>`,
    );
  }
  const yTicks: string[] = [];
  for (let y = 0; y <= yMax + yStep / 2; y += yStep) {
    yTicks.push(
      `<line x1="${left}" y1="${sy(y).toFixed(1)}" x2="${width - right}" y2="${sy(y).toFixed(1)}" stroke="#eee"/><text x="${left - 6}" y="${(sy(y) + 4).toFixed(1)}" font-size="11" text-anchor="end">${label(y)}</text>`,
    );
  }
  const lines = chart.series.map((s, i) => {
    const color = COLORS[i % COLORS.length];
    const points = s.points
      .filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y))
      .map(([x, y]) => `${sx(x).toFixed(1)},${sy(y).toFixed(1)}`)
      .join(' ');
    return `<polyline fill="none" stroke="${color}" stroke-width="1.8"${s.dashed ? ' stroke-dasharray="5 3"' : ''} points="${points}"><title>${escapeXml(s.name)}</title></polyline>
<line x1="${width - right + 10}" y1="${top + 8 + i * 16}" x2="${width - right + 28}" y2="${top + 8 + i * 16}" stroke="${color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="5 3"' : ''}/><text x="${width - right + 32}" y="${top + 12 + i * 16}" font-size="11">${escapeXml(s.name)}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" role="img" aria-label="${escapeXml(chart.title)}">
<text x="${left}" y="18" font-size="13" font-weight="bold">${escapeXml(chart.title)}</text>
${xTicks.join('')}${yTicks.join('')}
<line x1="${left}" y1="${height - bottom}" x2="${width - right}" y2="${height - bottom}" stroke="#333"/>
<line x1="${left}" y1="${top}" x2="${left}" y2="${height - bottom}" stroke="#333"/>
${lines.join('\n')}
<text x="${(left + width - right) / 2}" y="${height - 6}" font-size="11" text-anchor="middle">${escapeXml(chart.xLabel)}</text>
<text x="14" y="${(top + height - bottom) / 2}" font-size="11" text-anchor="middle" transform="rotate(-90 14 ${(top + height - bottom) / 2})">${escapeXml(chart.yLabel)}</text>
</svg>`;
}

/**
 * The current table at the top of docs/benchmarks.md, between two markers: one row per
 * benchmark, the latest run's figure with its date, command and machine. The log sections below
 * it keep every run.
 */
import type { Row } from './uplink-kinds.ts';

export const CURRENT_BEGIN = '<!-- current-table:begin (written by npm run bench) -->';
export const CURRENT_END = '<!-- current-table:end -->';

/**
 * The current table at the top of docs/benchmarks.md: one row per benchmark, the latest run's
 * figure replacing the one before (the log below keeps every run). Rows of benchmarks not run
 * this time stay as they were, with their own date and command.
 */
export function mergeCurrentTable(doc: string, rows: Row[], run: string): string {
  const begin = doc.indexOf(CURRENT_BEGIN);
  const end = doc.indexOf(CURRENT_END);
  if (begin < 0 || end < begin) return doc;
  const cell = (c: string): string => c.replace(/\|/g, '/').replace(/\n/g, ' ');
  const kept = new Map<string, string>();
  for (const line of doc.slice(begin + CURRENT_BEGIN.length, end).split('\n')) {
    const name = line.match(/^\| ([^|]+?) \|/)?.[1];
    if (!name || name === 'benchmark' || line.startsWith('|---')) continue;
    kept.set(name, line);
  }
  for (const r of rows) {
    kept.set(
      cell(r.bench),
      `| ${[r.bench, r.measured, r.baseline, r.ratio, r.target, r.met, r.notes, run].map(cell).join(' | ')} |`,
    );
  }
  const table = [
    '| benchmark | measured | baseline (same run) | ratio | target | met | what bounds it (notes) | run: date, command, machine |',
    '|---|---|---|---|---|---|---|---|',
    ...kept.values(),
  ].join('\n');
  return `${doc.slice(0, begin + CURRENT_BEGIN.length)}\n${table}\n${doc.slice(end)}`;
}

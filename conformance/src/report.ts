/** The run's report as a human summary, JSON and JUnit XML (one testcase per conformance case). */
import type { ConformanceReport } from './run.ts';

export function humanSummary(report: ConformanceReport): string {
  const lines = report.cases.map(
    (c) =>
      `${c.status === 'passed' ? 'PASS' : 'FAIL'} ${c.id} [${c.clauses.join(', ')}] ${c.title} - ${c.detail}`,
  );
  const verdict = report.failed === 0 ? 'CONFORMS' : 'DOES NOT CONFORM';
  return `${lines.join('\n')}\n\n${report.vin}: ${report.passed} passed, ${report.failed} failed (${report.durationMs} ms): ${verdict}\n`;
}

export function toJson(report: ConformanceReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

const xml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

export function toJUnit(report: ConformanceReport): string {
  const cases = report.cases.map((c) => {
    const open = `    <testcase classname="csb.conformance" name="${xml(`${c.id} [${c.clauses.join(', ')}] ${c.title}`)}" time="${(c.durationMs / 1000).toFixed(3)}"`;
    return c.status === 'passed'
      ? `${open}/>`
      : `${open}>\n      <failure message="${xml(c.detail)}"/>\n    </testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites tests="${report.cases.length}" failures="${report.failed}">`,
    `  <testsuite name="csb conformance ${xml(report.vin)}" tests="${report.cases.length}" failures="${report.failed}" timestamp="${report.startedAt}" time="${(report.durationMs / 1000).toFixed(3)}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

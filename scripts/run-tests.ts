/**
 * Runs every Vitest project and ends with one plain summary line, `tests: N passed, N failed,
 * N skipped`, so that CI can count tests whatever runner it knows. Exit code is Vitest's.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const reportFile = path.resolve('reports/vitest.json');
mkdirSync(path.dirname(reportFile), { recursive: true });
rmSync(reportFile, { force: true });

const run = spawnSync(
  process.execPath,
  [
    'node_modules/vitest/vitest.mjs',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reportFile}`,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
);

try {
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  const skipped = report.numPendingTests + report.numTodoTests;
  process.stdout.write(
    `\ntests: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped\n`,
  );
} catch {
  process.stdout.write('\ntests: 0 passed, 1 failed\n'); // Vitest wrote no report: it did not get to run tests
  process.exitCode = 1;
}
process.exitCode ||= run.status ?? 1;

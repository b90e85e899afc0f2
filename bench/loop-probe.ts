/**
 * Loaded into the csb server process by `npm run bench -- SUITE --loop-probe`
 * (`node --import bench/loop-probe.ts`): what holds the event loop, to find the p99 tail. Every
 * $CSB_BENCH_LOOP_MS ms (100) it appends one line to `$CSB_BENCH_LOOP_FILE.<pid>.csv`:
 *
 *   epoch_ms, loop_delay_max_ms, loop_delay_p99_ms, loop_utilization, gc_count, gc_pause_ms,
 *   gc_max_ms, gc_major_count, sql_count, sql_ms, sql_max_ms, sql_max_statement, commit_count,
 *   commit_max_ms
 *
 * - loop delay: `perf_hooks.monitorEventLoopDelay` (10 ms sampling timer; the histogram is reset
 *   every line, so each line is that interval's own maximum and p99);
 * - loop utilization: `performance.eventLoopUtilization()` over the interval (1 = never idle);
 * - GC: `PerformanceObserver` 'gc' entries that ended in the interval (count, summed and longest
 *   pause, how many were mark-compact);
 * - sql: every node:sqlite statement the main thread ran (StatementSync run/all/get/iterate
 *   timed from outside, by wrapping their prototype before the server loads): how many, their
 *   summed and longest time and the first words of the longest, and the COMMITs apart (a COMMIT
 *   that crosses the WAL backstop checkpoints on the loop: booking-core store/checkpointer.ts).
 *   The wrapper costs two clock reads per statement.
 *
 * Beside it, `.<pid>.slow.csv` lists every statement of the main thread that took over
 * SLOW_MS (epoch_ms at its start, ms, its first words), and `.<pid>.checkpoint.csv` every
 * checkpoint of the WAL worker thread (`--import` runs in worker threads too) that copied frames:
 * epoch_ms at its start, ms, frames in the WAL, frames checkpointed. So a slow COMMIT can be set
 * beside what the checkpointer did at that moment.
 *
 * And `.<pid>.statements.csv` gets, every second, the running totals by statement text (its
 * first 60 characters): epoch_ms, count, ms, statement; the statements per message of a window
 * are the difference of two snapshots divided by the messages answered. The map is bounded by
 * the texts the server prepares (node-sqlite-dialect.ts keeps at most 512).
 *
 * Does nothing without the variable. The timer is unref'd; the file grows by one short line per interval for the
 * length of the run (bounded by it).
 */
import { appendFileSync } from 'node:fs';
import { constants, monitorEventLoopDelay, PerformanceObserver, performance } from 'node:perf_hooks';
import { StatementSync } from 'node:sqlite';
import { isMainThread } from 'node:worker_threads';

const base = process.env.CSB_BENCH_LOOP_FILE;
const everyMs = Math.max(20, Number(process.env.CSB_BENCH_LOOP_MS ?? 100) || 100);

/** A main-thread statement slower than this (ms) is listed one by one. */
const SLOW_MS = 2;

let sqlCount = 0;
let sqlMs = 0;
let sqlMax = 0;
let sqlMaxText = '';
let commitCount = 0;
let commitMax = 0;

/** Running totals by statement text: [count, ms]. */
const byStatement = new Map<string, [number, number]>();

/** Times every call of a StatementSync method (the server's statements all go through these). */
function timeStatements(slowFile: string): void {
  const proto = StatementSync.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const name of ['run', 'all', 'get', 'iterate']) {
    const original = proto[name];
    if (typeof original !== 'function') continue;
    proto[name] = function timed(this: StatementSync, ...args: unknown[]) {
      const started = performance.now();
      try {
        return original.apply(this, args);
      } finally {
        const took = performance.now() - started;
        sqlCount += 1;
        sqlMs += took;
        const text = this.sourceSQL;
        const key = text.slice(0, 60).replace(/[\s,]+/g, ' ');
        const totals = byStatement.get(key);
        if (totals) {
          totals[0] += 1;
          totals[1] += took;
        } else byStatement.set(key, [1, took]);
        if (took > sqlMax) {
          sqlMax = took;
          sqlMaxText = text.slice(0, 40).replace(/[\s,]+/g, ' ');
        }
        if (took > SLOW_MS)
          appendFileSync(
            slowFile,
            `${Math.round(performance.timeOrigin + started)},${took.toFixed(2)},${text.slice(0, 40).replace(/[\s,]+/g, ' ')}\n`,
          );
        if (text === 'commit') {
          commitCount += 1;
          commitMax = Math.max(commitMax, took);
        }
      }
    };
  }
}

if (base && isMainThread) {
  const file = `${base}.${process.pid}.csv`;
  appendFileSync(
    file,
    'epoch_ms,loop_delay_max_ms,loop_delay_p99_ms,loop_utilization,gc_count,gc_pause_ms,gc_max_ms,gc_major_count,sql_count,sql_ms,sql_max_ms,sql_max_statement,commit_count,commit_max_ms\n',
  );
  timeStatements(`${base}.${process.pid}.slow.csv`);
  const statementsFile = `${base}.${process.pid}.statements.csv`;
  setInterval(() => {
    const at = Date.now();
    const lines = [...byStatement].map(([text, [n, took]]) => `${at},${n},${took.toFixed(2)},${text}\n`);
    appendFileSync(statementsFile, lines.join(''));
  }, 1000).unref();
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  let gcCount = 0;
  let gcPause = 0;
  let gcMax = 0;
  let gcMajor = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gcCount += 1;
      gcPause += entry.duration;
      gcMax = Math.max(gcMax, entry.duration);
      const kind = (entry as { detail?: { kind?: number } }).detail?.kind;
      if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) gcMajor += 1;
    }
  }).observe({ entryTypes: ['gc'] });
  let elu = performance.eventLoopUtilization();
  const ms = (ns: number): string => (ns / 1e6).toFixed(2);
  setInterval(() => {
    const now = performance.eventLoopUtilization();
    const utilization = performance.eventLoopUtilization(now, elu).utilization;
    elu = now;
    appendFileSync(
      file,
      `${Date.now()},${ms(delay.max)},${ms(delay.percentile(99))},${utilization.toFixed(3)},${gcCount},${gcPause.toFixed(2)},${gcMax.toFixed(2)},${gcMajor},${sqlCount},${sqlMs.toFixed(2)},${sqlMax.toFixed(2)},${sqlMaxText},${commitCount},${commitMax.toFixed(2)}\n`,
    );
    sqlCount = 0;
    sqlMs = 0;
    sqlMax = 0;
    sqlMaxText = '';
    commitCount = 0;
    commitMax = 0;
    delay.reset();
    gcCount = 0;
    gcPause = 0;
    gcMax = 0;
    gcMajor = 0;
  }, everyMs).unref();
}

if (base && !isMainThread) {
  // The WAL checkpoint worker: each checkpoint that copied frames, with its time.
  const file = `${base}.${process.pid}.checkpoint.csv`;
  const proto = StatementSync.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const get = proto.get;
  if (typeof get === 'function')
    proto.get = function timed(this: StatementSync, ...args: unknown[]) {
      const started = performance.now();
      const result = get.apply(this, args) as { log?: number; checkpointed?: number } | undefined;
      if (this.sourceSQL.includes('wal_checkpoint') && (result?.checkpointed ?? 0) > 0)
        appendFileSync(
          file,
          `${Math.round(performance.timeOrigin + started)},${(performance.now() - started).toFixed(2)},${result?.log},${result?.checkpointed}\n`,
        );
      return result;
    };
}

/**
 * Loaded into the csb server process by the soak benchmark (`node --import bench/heap-probe.ts`):
 * appends `epoch_ms,rss,heap_used,heap_total,live_heap` to $CSB_BENCH_HEAP_FILE every
 * $CSB_BENCH_HEAP_MS ms, so the bench reads the server's own heap without a metrics endpoint for
 * it. `heap_used` is process.memoryUsage() as it stands (garbage included: it follows V8's heap
 * sizing); `live_heap` is the heap used right after a full GC, when the server runs with
 * `--expose-gc` (0 otherwise): what is still reachable, the figure that tells a leak from heap
 * sizing. Does nothing without the variable. The timer is unref'd: it never keeps the server
 * alive. The file grows by one short line per interval for the soak's length (bounded by it).
 */
import { appendFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.CSB_BENCH_HEAP_FILE;
const everyMs = Math.max(100, Number(process.env.CSB_BENCH_HEAP_MS ?? 1000) || 1000);
// `--expose-gc` puts gc() on the global object; it is not in Node's types.
const gc = (globalThis as { gc?: () => void }).gc;
// Only the main thread: `--import` also runs in every worker thread (the WAL checkpointer's),
// whose small heap would otherwise interleave with the server's in the same file.
if (file && isMainThread) {
  setInterval(() => {
    const m = process.memoryUsage();
    let live = 0;
    if (gc) {
      gc();
      live = process.memoryUsage().heapUsed;
    }
    appendFileSync(file, `${Date.now()},${m.rss},${m.heapUsed},${m.heapTotal},${live}\n`);
  }, everyMs).unref();
}

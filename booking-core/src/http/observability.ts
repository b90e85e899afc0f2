/**
 * What every API request leaves behind: one info log line (method, route, status, duration, the
 * problem code if any; the request id is on every line of the request), the `X-Request-Id` header
 * on the answer, and `csb_http_request_duration_seconds{method,route,status}`. `route` is the
 * route's pattern (`/dealer/v1/appointments/:appointmentId`), never the raw path, and `(unmatched)`
 * for any path no route has: the label set is bounded by the routes, methods and statuses.
 */
import type { FastifyInstance } from 'fastify';
import { Histogram, type Registry } from 'prom-client';
import { problemCodeOf } from './problem.ts';
import { REQUEST_ID_HEADER } from './server-errors.ts';

const DURATION_METRIC = 'csb_http_request_duration_seconds';
/** Log lines carry at most this much of the URL (a long query must not bloat the log). */
const LOGGED_URL_MAX = 256;

function durationHistogram(registry: Registry): Histogram<'method' | 'route' | 'status'> {
  // One histogram per registry, even when two apps share one (tests, HTTP and HTTPS).
  const existing = registry.getSingleMetric(DURATION_METRIC);
  if (existing) return existing as Histogram<'method' | 'route' | 'status'>;
  return new Histogram({
    name: DURATION_METRIC,
    help: 'HTTP API requests by method, route pattern and status, from arrival to the last byte sent',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
}

export function installRequestObservability(app: FastifyInstance, registry: Registry): void {
  const durations = durationHistogram(registry);
  // Callback hooks, not async ones: no promise per request for work that never waits.
  app.addHook('onRequest', (request, reply, done) => {
    reply.header(REQUEST_ID_HEADER, request.id);
    done();
  });
  app.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? '(unmatched)';
    const status = reply.statusCode;
    const durationMs = reply.elapsedTime;
    durations.observe({ method: request.method, route, status: String(status) }, durationMs / 1000);
    const code = problemCodeOf(request);
    request.log.info(
      {
        method: request.method,
        url: request.url.slice(0, LOGGED_URL_MAX),
        route,
        status,
        durationMs: Math.round(durationMs * 1000) / 1000,
        ...(code ? { code } : {}),
      },
      'request',
    );
    done();
  });
}

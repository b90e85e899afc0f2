/**
 * Ops HTTP endpoints of the gateway, built apart from any server so tests can `inject()`:
 * `/healthz` (the process answers), `/readyz` (the broker listens and is not stopping, and the
 * booking core's database answers),
 * `/metrics` (Prometheus text format, this gateway's own registry). Every error is an RFC 9457
 * problem from the booking core's catalogue, as on the API port.
 */
import { installProblemHandling, problemServerOptions, sendProblem } from '@csb/booking-core';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Registry } from 'prom-client';

export interface OpsAppDeps {
  registry: Registry;
  isReady(): boolean;
  /** Why not ready, for the problem's detail (default: the broker is not listening or is stopping). */
  notReadyDetail?(): string;
  /** Whether the database answers now (bounded in time by the caller); absent: not checked. */
  storeReady?: () => Promise<boolean>;
}

export function buildOpsApp(deps: OpsAppDeps): FastifyInstance {
  const app = Fastify({ logger: false, ...problemServerOptions() });
  installProblemHandling(app);
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    if (!deps.isReady())
      return sendProblem(reply, {
        code: 'SERVICE_NOT_READY',
        detail: deps.notReadyDetail?.() ?? 'the broker is not listening or is stopping',
      });
    if (deps.storeReady && !(await deps.storeReady()))
      return sendProblem(reply, { code: 'SERVICE_NOT_READY', detail: 'the database cannot be reached' });
    return { status: 'ready' };
  });
  app.get('/metrics', async (_request, reply) => {
    const body = await deps.registry.metrics();
    return reply.header('content-type', deps.registry.contentType).send(body);
  });
  return app;
}

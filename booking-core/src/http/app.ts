/**
 * The HTTP app of the booking core: dealer API, admin API, OpenAPI document and docs page.
 * Built, not started: the caller listens (or tests call `inject()`).
 */
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import { Counter, Registry } from 'prom-client';
import { z } from 'zod';
import type { BookingCore } from '../service/booking-core.ts';
import { webPages } from '../web/index.ts';
import { adminRoutes } from './admin-routes.ts';
import { clockRoutes, type RunningClock } from './clock-routes.ts';
import { customerRoutes } from './customer-routes.ts';
import { dealerRoutes } from './dealer-routes.ts';
import { webhookDefinitions } from './event-schemas.ts';
import { installRequestObservability } from './observability.ts';
import { swaggerOptions } from './openapi.ts';
import { problemSchema } from './schemas.ts';
import { installProblemHandling, problemServerOptions } from './server-errors.ts';

export interface HttpAppOptions {
  logger: Logger;
  /** Enables `/admin/v1`; without it those routes do not exist (404). */
  adminKey?: string;
  /** Where `csb_http_problems_total{code,status}` is registered (e.g. the process's /metrics registry). */
  metrics?: Registry;
  /** Bytes of rendered dealer lists a node keeps (dealer-routes.ts); default 8 MiB, 0 keeps none. */
  dealerListCacheBytes?: number;
  /** The clock `GET /clock` reads: the core's (virtual under CSB_CLOCK_*); default the real clock. */
  clock?: RunningClock;
}

/**
 * Builds the app; plugins load on `ready()` / `listen()` / the first `inject()`. Not listening:
 * the caller decides where (tests use `inject()`).
 */
export function buildHttpApp(core: BookingCore, options: HttpAppOptions): FastifyInstance {
  const logger: FastifyBaseLogger = options.logger.child({ component: 'http' });
  const registry = options.metrics ?? new Registry();
  // A batch of 1000 vehicles is about 200 KB; 2 MB leaves room without inviting abuse.
  const app = Fastify({ loggerInstance: logger, bodyLimit: 2 * 1024 * 1024, ...problemServerOptions() });
  const problems =
    (registry.getSingleMetric('csb_http_problems_total') as Counter<'code' | 'status'> | undefined) ??
    new Counter({
      name: 'csb_http_problems_total',
      help: 'HTTP requests answered with a problem, by error code and status',
      labelNames: ['code', 'status'] as const,
      registers: [registry],
    });
  const claims =
    (registry.getSingleMetric('csb_preferred_dealer_claims_total') as Counter<'outcome'> | undefined) ??
    new Counter({
      name: 'csb_preferred_dealer_claims_total',
      help: 'Preferred-dealer claims by VIN: claimed, or the refusal code',
      labelNames: ['outcome'] as const,
      registers: [registry],
    });
  app.decorate('countPreferredDealerClaim', (outcome: string) => claims.inc({ outcome }));
  // Every problem is counted, whichever route or hook sent it (see sendProblem).
  installProblemHandling(app, (code, status) => problems.inc({ code, status }));
  installRequestObservability(app, registry);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // docs/api.md promises 415 for every body that is not JSON: fastify's text/plain parser would
  // hand the route a string, answered 400 by the schema instead.
  app.removeContentTypeParser('text/plain');

  // Registration order matters: swagger first, so its onRoute hook sees every route below.
  void app.register(fastifySwagger, swaggerOptions({ webhooks: webhookDefinitions() }));
  void app.register(fastifySwaggerUi, { routePrefix: '/docs' });
  void app.register(async (root) => {
    const typed = root.withTypeProvider<ZodTypeProvider>();
    typed.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
    typed.get(
      '/healthz',
      {
        schema: {
          summary: 'Liveness',
          tags: ['ops'],
          security: [],
          response: {
            200: z.object({ status: z.literal('ok') }),
            // What the server answers before any route, e.g. for an undecodable URL.
            '4xx': problemSchema,
          },
        },
      },
      async () => ({ status: 'ok' as const }),
    );
  });
  void app.register(clockRoutes(options.clock ?? { now: () => Date.now(), speed: 1 }));
  void app.register(
    dealerRoutes(core, {
      metrics: registry,
      ...(options.dealerListCacheBytes === undefined ? {} : { listCacheBytes: options.dealerListCacheBytes }),
    }),
    { prefix: '/dealer/v1' },
  );
  void app.register(customerRoutes(core), { prefix: '/customer/v1' });
  if (options.adminKey) void app.register(adminRoutes(core, options.adminKey), { prefix: '/admin/v1' });
  void app.register(webPages(core));
  return app;
}

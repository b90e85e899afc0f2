/**
 * The HTTP app of the booking core: dealer API, admin API, OpenAPI document and docs page.
 * Built, not started: the caller listens (or tests call `inject()`).
 */
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import { Counter, Registry } from 'prom-client';
import { z } from 'zod';
import type { ErrorCode } from '../errors.ts';
import type { BookingCore } from '../service/booking-core.ts';
import { webPages } from '../web/index.ts';
import { adminRoutes } from './admin-routes.ts';
import { clockRoutes, type RunningClock } from './clock-routes.ts';
import { customerRoutes } from './customer-routes.ts';
import { dealerRoutes } from './dealer-routes.ts';
import { sendProblem } from './problem.ts';

export interface HttpAppOptions {
  logger: Logger;
  /** Enables `/admin/v1`; without it those routes do not exist (404). */
  adminKey?: string;
  /** Where `csb_http_problems_total{code,status}` is registered (e.g. the process's /metrics registry). */
  metrics?: Registry;
  /** The clock `GET /clock` reads: the core's (virtual under CSB_CLOCK_*); default the real clock. */
  clock?: RunningClock;
}

/** Client errors fastify raises itself (body parsing, size, content type), by HTTP status. */
function clientErrorCode(statusCode: number): ErrorCode {
  if (statusCode === 413) return 'REQUEST_TOO_LARGE';
  if (statusCode === 415) return 'REQUEST_UNSUPPORTED_MEDIA_TYPE';
  return 'REQUEST_INVALID';
}

/**
 * Builds the app; plugins load on `ready()` / `listen()` / the first `inject()`. Not listening:
 * the caller decides where (tests use `inject()`).
 */
export function buildHttpApp(core: BookingCore, options: HttpAppOptions): FastifyInstance {
  const logger: FastifyBaseLogger = options.logger.child({ component: 'http' });
  // A batch of 1000 vehicles is about 200 KB; 2 MB leaves room without inviting abuse.
  const app = Fastify({ loggerInstance: logger, bodyLimit: 2 * 1024 * 1024 });
  const problems = new Counter({
    name: 'csb_http_problems_total',
    help: 'HTTP requests answered with a problem, by error code and status',
    labelNames: ['code', 'status'] as const,
    registers: [options.metrics ?? new Registry()],
  });
  // Every problem is counted, whichever route or hook sent it (see sendProblem).
  app.decorate('countProblem', (code: ErrorCode, status: number) => problems.inc({ code, status }));
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  app.setErrorHandler((error, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      return sendProblem(reply, { code: 'REQUEST_INVALID', detail: error.message }, error.validation);
    }
    const statusCode = (error as { statusCode?: unknown }).statusCode;
    if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
      const message = error instanceof Error ? error.message : 'bad request';
      return sendProblem(reply, { code: clientErrorCode(statusCode), detail: message });
    }
    request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, { code: 'INTERNAL', detail: 'internal error; see the server log' });
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, {
      code: 'ROUTE_NOT_FOUND',
      detail: `${request.method} ${request.url} does not exist`,
    }),
  );

  // Registration order matters: swagger first, so its onRoute hook sees every route below.
  void app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'csb booking core',
        description:
          'Connected service booking: dealer API, customer website API and provisioning. Errors are RFC 9457 problems.',
        version: '1.0.0',
      },
      components: {
        securitySchemes: {
          dealerApiKey: { type: 'http', scheme: 'bearer', description: 'A dealer API key' },
          adminKey: { type: 'http', scheme: 'bearer', description: 'The admin key' },
          customerToken: { type: 'http', scheme: 'bearer', description: 'A customer website token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
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
          response: { 200: z.object({ status: z.literal('ok') }) },
        },
      },
      async () => ({ status: 'ok' as const }),
    );
  });
  void app.register(clockRoutes(options.clock ?? { now: () => Date.now(), speed: 1 }));
  void app.register(dealerRoutes(core), { prefix: '/dealer/v1' });
  void app.register(customerRoutes(core), { prefix: '/customer/v1' });
  if (options.adminKey) void app.register(adminRoutes(core, options.adminKey), { prefix: '/admin/v1' });
  void app.register(webPages(core));
  return app;
}

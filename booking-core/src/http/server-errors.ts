/**
 * Every error a csb HTTP server sends is a problem from the error catalogue (docs/api.md, "Errors"),
 * the API and the ops port alike. Fastify answers some requests itself, before any route runs (a URL
 * it cannot decode, a path parameter over `maxParamLength`, a body parser's refusal, an unknown
 * route, malformed HTTP); this module turns each of those into a problem too, and answers a known
 * path with the wrong method `405` with `Allow`.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import {
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
  LogController,
} from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ERROR_CATALOGUE, type ErrorCode, problemType } from '../errors.ts';
import { StoreUnavailableError } from '../service/store-port.ts';
import { sendProblem } from './problem.ts';

/** `Retry-After` of a `503 STORE_UNAVAILABLE`: about how long a database restart takes. */
const STORE_RETRY_AFTER_SECONDS = 5;

export const REQUEST_ID_HEADER = 'x-request-id';
/** A caller's request id is kept only when it is short and plain (it goes into every log line). */
const CALLER_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The caller's `X-Request-Id` when acceptable, else a fresh UUID. */
export function requestIdOf(request: IncomingMessage): string {
  const header = request.headers[REQUEST_ID_HEADER];
  return typeof header === 'string' && CALLER_REQUEST_ID.test(header) ? header : randomUUID();
}

/** Fastify's client errors by HTTP status: what a 4xx it raises itself means in the catalogue. */
function clientErrorCode(statusCode: number): ErrorCode {
  switch (statusCode) {
    case 404:
      return 'ROUTE_NOT_FOUND';
    case 408:
      return 'REQUEST_TIMEOUT';
    case 413:
      return 'REQUEST_TOO_LARGE';
    case 414:
      return 'REQUEST_URI_TOO_LONG';
    case 415:
      return 'REQUEST_UNSUPPORTED_MEDIA_TYPE';
    case 431:
      return 'REQUEST_HEADERS_TOO_LARGE';
    default:
      return 'REQUEST_INVALID';
  }
}

/**
 * Malformed HTTP never reaches fastify's request cycle: Node reports it on the socket. Answered
 * here as a problem on the raw socket, then closed (what Node itself does, with a body). Fastify
 * installs it on the server it creates; a server built around `app.routing` (HTTPS) must add it
 * as its own `clientError` listener.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const code: ErrorCode =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? 'REQUEST_HEADERS_TOO_LARGE'
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? 'REQUEST_TIMEOUT'
        : 'REQUEST_INVALID';
  const { status, title } = ERROR_CATALOGUE[code];
  const body = JSON.stringify({
    type: problemType(code),
    title,
    status,
    detail: 'malformed HTTP request',
    code,
  });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${title}\r\nContent-Type: application/problem+json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}

/** Errors fastify's router raises before a route is chosen (`frameworkErrors` option). */
function frameworkErrors(error: Error & { code?: string }, _request: FastifyRequest, reply: FastifyReply) {
  reply.header(REQUEST_ID_HEADER, reply.request.id);
  if (error.code === 'FST_ERR_BAD_URL') {
    return sendProblem(reply, { code: 'REQUEST_INVALID', detail: 'the URL is not validly percent-encoded' });
  }
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return sendProblem(reply, { code: 'REQUEST_URI_TOO_LONG', detail: 'a path parameter is too long' });
  }
  reply.log.error({ err: error }, 'router failed');
  return sendProblem(reply, { code: 'INTERNAL', detail: 'internal error; see the server log' });
}

/** The fastify options every csb HTTP server is built with (request ids, problems before routing). */
export function problemServerOptions() {
  return {
    frameworkErrors,
    clientErrorHandler,
    genReqId: requestIdOf,
    requestIdHeader: false,
    // One line per request, written by installRequestObservability, instead of fastify's two.
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'requestId' }),
  } satisfies FastifyServerOptions;
}

/** A route's path pattern as a regular expression over request paths (`:param` one segment, `*` any). */
function routePattern(url: string): RegExp {
  const source = url
    .split('::')
    .map((part) =>
      part
        .split(/(:[A-Za-z0-9_]+|\*)/)
        .map((piece) => {
          if (piece === '*') return '.*';
          if (piece.startsWith(':')) return '[^/]+';
          return piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        })
        .join(''),
    )
    .join(':');
  return new RegExp(`^${source}$`);
}

/**
 * Sets the error and not-found handlers; call before any route is registered (it watches them, to
 * answer a known path with the wrong method `405` and `Allow`). `countProblem` sees every problem sent.
 */
export function installProblemHandling(
  app: FastifyInstance,
  countProblem: (code: ErrorCode, status: number) => void = () => {},
): void {
  app.decorate('countProblem', countProblem);
  const routes: { pattern: RegExp; methods: string[] }[] = [];
  app.addHook('onRoute', (route) => {
    const methods = [route.method].flat().map((m) => m.toUpperCase());
    routes.push({ pattern: routePattern(route.url), methods });
  });

  app.setErrorHandler((error, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      return sendProblem(reply, { code: 'REQUEST_INVALID', detail: error.message }, error.validation);
    }
    const statusCode = (error as { statusCode?: unknown }).statusCode;
    if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
      const message = error instanceof Error ? error.message : 'bad request';
      return sendProblem(reply, { code: clientErrorCode(statusCode), detail: message });
    }
    if (error instanceof StoreUnavailableError) {
      // Nothing was committed; the same request may succeed once the database is back.
      request.log.warn({ err: error }, 'request refused: the database cannot be reached');
      reply.header('retry-after', String(STORE_RETRY_AFTER_SECONDS));
      return sendProblem(reply, {
        code: 'STORE_UNAVAILABLE',
        detail: 'the database cannot be reached; retry later',
      });
    }
    request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, { code: 'INTERNAL', detail: 'internal error; see the server log' });
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?', 1)[0] ?? '';
    const allowed = new Set(routes.filter((r) => r.pattern.test(path)).flatMap((r) => r.methods));
    if (allowed.size > 0) {
      const allow = [...allowed].sort().join(', ');
      reply.header('allow', allow);
      return sendProblem(reply, {
        code: 'METHOD_NOT_ALLOWED',
        detail: `${request.method} is not allowed on ${path}; use ${allow}`,
      });
    }
    return sendProblem(reply, {
      code: 'ROUTE_NOT_FOUND',
      detail: `${request.method} ${path} does not exist`,
    });
  });
}

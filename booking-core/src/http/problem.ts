/**
 * Problem details (RFC 9457) from the error catalogue: the one place where coded errors become HTTP.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type CodedError, ERROR_CATALOGUE, type ErrorCode, problemType } from '../errors.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Counts one problem answer (decorated by installProblemHandling). */
    countProblem(code: ErrorCode, status: number): void;
  }
}

/** The problem code each answered request was sent, for its one request log line. */
const problemCodes = new WeakMap<FastifyRequest, ErrorCode>();
export const problemCodeOf = (request: FastifyRequest): ErrorCode | undefined => problemCodes.get(request);

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  instance?: string;
  issues?: unknown[];
  [extension: string]: unknown;
}

export function problem(error: CodedError, instance?: string, issues?: unknown[]): Problem {
  const entry = ERROR_CATALOGUE[error.code];
  return {
    ...error.extensions,
    type: problemType(error.code),
    title: entry.title,
    status: entry.status,
    detail: error.detail,
    code: error.code,
    ...(instance ? { instance } : {}),
    ...(issues ? { issues } : {}),
  };
}

/**
 * Sends a problem. The serializer is set explicitly so a problem never runs through a route's
 * success-response schema (and a serialization failure cannot hide the original error).
 */
export function sendProblem(reply: FastifyReply, error: CodedError, issues?: unknown[]): FastifyReply {
  const body = problem(error, reply.request.url, issues);
  // Logged once, on the request's own line (observability.ts), with the code.
  problemCodes.set(reply.request, error.code);
  reply.server.countProblem(error.code, body.status);
  if (body.status === 401) reply.header('www-authenticate', 'Bearer');
  return reply
    .code(body.status)
    .type('application/problem+json; charset=utf-8')
    .serializer((payload: unknown) => JSON.stringify(payload))
    .send(body);
}

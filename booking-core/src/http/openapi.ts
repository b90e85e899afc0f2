/**
 * The OpenAPI document (`GET /openapi.json`), generated from the zod schemas the routes validate
 * with. Beyond what the zod transform writes: an `operationId` for every operation (from method
 * and path, so it never drifts from the route), the shared schemas as `components` (those
 * registered in `apiSchemas`), every error answer as `application/problem+json` listing the
 * catalogue codes of its status, and the version of this package.
 */
import { readFileSync } from 'node:fs';
import type { SwaggerOptions } from '@fastify/swagger';
import { createJsonSchemaTransform, createJsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ERROR_CATALOGUE } from '../errors.ts';

/** Schemas published once under `components.schemas` and referenced from the operations. */
export const apiSchemas = z.registry<{ id?: string }>();

const packageVersion = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/** `POST /dealer/v1/appointments/:appointmentId/proposals` -> `postDealerAppointmentsByAppointmentIdProposals`. */
export function operationIdOf(method: string, url: string): string {
  const words = url
    .split(/[/]|::/)
    .filter((segment) => segment !== '' && !/^v\d+$/.test(segment))
    .map((segment) => (segment.startsWith(':') ? `by-${segment.slice(1)}` : segment))
    .flatMap((segment) => segment.split(/[^A-Za-z0-9]+/))
    .filter(Boolean);
  const capitalized = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1));
  return `${method.toLowerCase()}${capitalized.join('')}`;
}

/** The catalogue codes answered with one HTTP status, for the error responses' descriptions. */
function codesOf(status: number): string[] {
  return Object.entries(ERROR_CATALOGUE)
    .filter(([, entry]) => entry.status === status)
    .map(([code]) => code);
}

type OpenApiDocument = {
  paths?: Record<
    string,
    Record<string, { responses?: Record<string, ResponseObject>; requestBody?: unknown }>
  >;
};

/**
 * Answers any request can get before or beside its route's own (http/server-errors.ts, app.ts):
 * a request that arrives too slowly, a path segment or headers too long, an internal error; and,
 * for an operation with a body, one too large or of another content type.
 */
const TRANSPORT_PROBLEMS = ['408', '414', '431', '500'] as const;
const BODY_PROBLEMS = ['413', '415'] as const;
type ResponseObject = {
  description?: string;
  content?: Record<string, unknown>;
  headers?: Record<string, unknown>;
};

/**
 * A route that answers `304` is conditional (`If-None-Match`): its `200` and `304` carry the
 * `ETag` and `Cache-Control` headers, and the `304` has no body (the zod transform writes neither).
 */
function declareConditionalAnswers(document: OpenApiDocument): void {
  const headers = {
    ETag: {
      description: 'The entity tag of this answer (weak); send it back as `If-None-Match`',
      schema: { type: 'string' },
    },
    'Cache-Control': { description: '`private, no-cache`: revalidate each time', schema: { type: 'string' } },
  };
  for (const methods of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(methods)) {
      const responses = operation.responses ?? {};
      const notModified = responses['304'];
      if (notModified === undefined) continue;
      responses['304'] = {
        description: 'Not Modified: unchanged since the `ETag` sent as `If-None-Match`; no body',
        headers,
      };
      const success = responses['200'];
      if (success) success.headers = { ...success.headers, ...headers };
    }
  }
}

const problemDescription = (status: string): string => {
  const code = Number(status);
  const codes = Number.isInteger(code) ? codesOf(code) : [];
  return `A problem (RFC 9457)${codes.length ? `; \`code\` one of ${codes.map((c) => `\`${c}\``).join(', ')}` : ''}`;
};

/**
 * Error answers are problems: `application/problem+json`, with the codes that status can carry;
 * every operation also declares the transport answers above, so that a client generated from the
 * document knows every status it can get.
 */
function declareProblems(document: OpenApiDocument): void {
  for (const methods of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(methods)) {
      const responses = operation.responses ?? {};
      let problem: unknown;
      for (const [status, response] of Object.entries(responses)) {
        if (!/^[45]/.test(status) || !response.content) continue;
        const media = response.content['application/json'] ?? response.content['application/problem+json'];
        if (media === undefined) continue;
        problem ??= media;
        response.content = { 'application/problem+json': media };
        response.description = problemDescription(status);
      }
      if (problem === undefined) continue;
      const extra =
        operation.requestBody === undefined ? TRANSPORT_PROBLEMS : [...TRANSPORT_PROBLEMS, ...BODY_PROBLEMS];
      for (const status of extra) {
        responses[status] ??= {
          description: problemDescription(status),
          content: { 'application/problem+json': problem },
        };
      }
      operation.responses = responses;
    }
  }
}

/**
 * Drops the components no operation refers to: the zod transform publishes an input and an output
 * variant of every registered schema, and most are used in one direction only.
 */
function pruneComponents(document: { components?: { schemas?: Record<string, unknown> } }): void {
  const schemas = document.components?.schemas;
  if (!schemas) return;
  for (;;) {
    const text = JSON.stringify({ ...document, components: { ...document.components, schemas: {} } });
    const unused = Object.keys(schemas).filter((name) => {
      const ref = `"#/components/schemas/${name}"`;
      return (
        !text.includes(ref) &&
        !Object.entries(schemas).some(([other, s]) => other !== name && JSON.stringify(s).includes(ref))
      );
    });
    if (unused.length === 0) return;
    for (const name of unused) delete schemas[name];
  }
}

/** `webhooks`: the OpenAPI 3.1 webhook definitions to publish (http/event-schemas.ts). */
export function swaggerOptions(extra: { webhooks?: Record<string, unknown> } = {}): SwaggerOptions {
  const zodTransform = createJsonSchemaTransform({ schemaRegistry: apiSchemas });
  const zodTransformObject = createJsonSchemaTransformObject({ schemaRegistry: apiSchemas });
  return {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'csb booking core',
        description:
          'Connected service booking: dealer API, customer website API and provisioning. Errors are ' +
          'RFC 9457 problems (`application/problem+json`); match on `code`.',
        version: packageVersion,
        license: { name: 'MIT', identifier: 'MIT' },
      },
      servers: [{ url: '/', description: 'The server that serves this document' }],
      components: {
        securitySchemes: {
          dealerApiKey: { type: 'http', scheme: 'bearer', description: 'A dealer API key' },
          adminKey: { type: 'http', scheme: 'bearer', description: 'The admin key' },
          customerToken: { type: 'http', scheme: 'bearer', description: 'A customer website token' },
          webhookSignature: {
            type: 'apiKey',
            in: 'header',
            name: 'webhook-signature',
            description:
              'Webhooks csb sends: Standard Webhooks signatures with the endpoint secret (docs/api.md "Events and webhooks")',
          },
        },
      },
    },
    transform: (input) => {
      const transformed = zodTransform(input);
      const schema = transformed.schema as Record<string, unknown>;
      if (schema.hide) return transformed;
      return {
        ...transformed,
        schema: {
          ...schema,
          operationId: schema.operationId ?? operationIdOf(input.route.method as string, input.url),
        },
      } as typeof transformed;
    },
    transformObject: (input) => {
      const document = zodTransformObject(input);
      declareProblems(document as OpenApiDocument);
      declareConditionalAnswers(document as OpenApiDocument);
      if (extra.webhooks) (document as { webhooks?: unknown }).webhooks = extra.webhooks;
      pruneComponents(document as { components?: { schemas?: Record<string, unknown> } });
      return document;
    },
  };
}

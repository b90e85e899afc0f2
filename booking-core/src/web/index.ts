/**
 * The web pages: the dealer console (`/console/`) and the owner website (`/owner/`), server-rendered
 * into the booking core's fastify app over the same service functions the REST API uses
 * (docs/web.md). Everything here is one encapsulated plugin: the form parser, the cookies and the
 * security headers apply to these pages only, never to the JSON API.
 */
import { readFileSync } from 'node:fs';
import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { BookingCore } from '../service/booking-core.ts';
import { CONTENT_SECURITY_POLICY, countRefusal, page, refusal, sendPage } from './common.ts';
import { consolePages } from './console.ts';
import { html } from './html.ts';
import { liveLists } from './live.ts';
import { ownerPages } from './owner.ts';
import { type SessionOptions, sessionStore } from './sessions.ts';

export interface WebOptions extends SessionOptions {
  /** How often an open live list checks the dealer's list generation (default 1 s). */
  livePollMs?: number;
}

const ASSETS: Record<string, { type: string; body: Buffer }> = Object.fromEntries(
  [
    ['site.css', 'text/css; charset=utf-8'],
    ['live.js', 'text/javascript; charset=utf-8'],
  ].map(([name, type]) => [
    name,
    { type: type as string, body: readFileSync(new URL(`./assets/${name}`, import.meta.url)) },
  ]),
);

/** A POST from another site is refused even before its CSRF token is looked at. */
function crossSite(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (origin === undefined || origin === 'null') return origin === 'null';
  try {
    return new URL(origin).host !== request.headers.host;
  } catch {
    return true;
  }
}

export function webPages(core: BookingCore, options: WebOptions = {}): FastifyPluginAsync {
  return async (app) => {
    // Pages, not API: kept out of the OpenAPI document (swagger reads `hide` when it renders).
    app.addHook('onRoute', (route) => {
      route.schema = { ...route.schema, hide: true };
    });
    await app.register(fastifyCookie);
    await app.register(fastifyFormbody, { bodyLimit: 64 * 1024 });
    const sessions = sessionStore(options);
    const live = liveLists(core, sessions, { pollMs: options.livePollMs ?? 1000 });
    app.addHook('preClose', async () => live.close());

    app.addHook('onSend', async (_request, reply: FastifyReply, payload) => {
      reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
      reply.header('x-content-type-options', 'nosniff');
      reply.header('referrer-policy', 'same-origin');
      reply.header('x-frame-options', 'DENY');
      if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
      return payload;
    });

    app.addHook('preHandler', async (request, reply) => {
      if (request.method !== 'POST' || !crossSite(request)) return;
      const status = countRefusal(request, { code: 'REQUEST_INVALID', detail: 'cross-site form post' });
      return sendPage(
        reply,
        page({
          title: 'Refused',
          area: request.url.startsWith('/owner') ? 'owner' : 'console',
          body: refusal({ code: 'REQUEST_INVALID', detail: 'A form from another site was refused.' }),
        }),
        status === 400 ? 403 : status,
      );
    });

    // Errors on a page are answered as a page, not as the API's JSON problem.
    app.setErrorHandler((error, request, reply) => {
      const statusCode = (error as { statusCode?: unknown }).statusCode;
      const client = typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500;
      if (!client) request.log.error({ err: error }, 'web request failed');
      const coded = client
        ? { code: 'REQUEST_INVALID' as const, detail: error instanceof Error ? error.message : 'bad request' }
        : { code: 'INTERNAL' as const, detail: 'internal error; see the server log' };
      countRefusal(request, coded);
      return sendPage(
        reply,
        page({
          title: client ? 'Bad request' : 'Error',
          area: request.url.startsWith('/owner') ? 'owner' : 'console',
          body: refusal(coded),
        }),
        client ? (statusCode as number) : 500,
      );
    });

    app.get('/web/assets/:name', async (request, reply) => {
      const { name } = request.params as { name: string };
      const asset = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
      if (!asset) {
        countRefusal(request, { code: 'ROUTE_NOT_FOUND', detail: `no asset ${name}` });
        return reply.code(404).type('text/plain; charset=utf-8').send('not found');
      }
      return reply.header('cache-control', 'public, max-age=300').type(asset.type).send(asset.body);
    });

    // Browsers ask for it on every site; there is none, and "none" is not an error.
    app.get('/favicon.ico', async (_request, reply) => reply.code(204).send());
    await app.register(consolePages(core, sessions, live), { prefix: '/console' });
    await app.register(ownerPages(core, sessions), { prefix: '/owner' });
    app.get('/', async (_request, reply) =>
      sendPage(
        reply,
        page({
          title: 'Welcome',
          area: 'owner',
          body: html`<h1>csb</h1><ul class="links"><li><a href="/console/">Dealer console</a></li>
            <li><a href="/owner/">Owner website</a></li><li><a href="/docs">REST API documentation</a></li></ul>`,
        }),
      ),
    );
  };
}

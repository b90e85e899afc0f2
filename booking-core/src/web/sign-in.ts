/**
 * Signing in to an area (the console or the owner website) and the guard in front of its pages:
 * a session cookie, the CSRF token of every form post, the way back to the page asked for.
 *
 * Sign-in itself is protected against cross-site posts by a double-submit token: a random value in
 * an HttpOnly cookie and in the form, compared on post (there is no session yet to bind it to).
 */
import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { countRefusal, FORM_BODY_LIMIT, field, page, refusal, seeOther, sendPage } from './common.ts';
import { type Html, html } from './html.ts';
import { randomToken, type SessionKind, type SessionStore, tokensEqual } from './sessions.ts';

export interface AreaOptions {
  area: 'console' | 'owner';
  kind: SessionKind;
  sessions: SessionStore;
  title: string;
  secretLabel: string;
  hint: string;
  /** The principal (dealer id or customer id) the secret belongs to, or null. */
  authenticate(secret: string): Promise<string | null>;
  /**
   * Strict for the console. Lax for the owner website: every customer email links there, and a
   * Strict cookie is not sent on a link followed from a mail client (a page load, never a post).
   */
  sameSite: 'strict' | 'lax';
}

/** Only resolves `next` against it: a path whose origin comes out different names another host. */
const SAME_ORIGIN = 'http://csb.invalid';

/**
 * A path inside the area, safe to redirect to after sign-in (docs/web.md "Signing in"), in the form
 * the browser will open it; undefined for anything else. The check is made on the path as a browser
 * resolves it (dot segments, also percent-encoded ones like `%2e%2e`, backslashes read as
 * slashes): `/console/../owner/` looks inside the console but opens the owner website.
 */
export function safeNext(area: string, next: string): string | undefined {
  if (!next.startsWith('/')) return undefined;
  let url: URL;
  try {
    url = new URL(next, SAME_ORIGIN);
  } catch {
    return undefined;
  }
  if (url.origin !== SAME_ORIGIN || !url.pathname.startsWith(`/${area}/`)) return undefined;
  // An encoded slash or backslash is a segment separator to some servers and proxies, not to others.
  if (/%2f|%5c/i.test(url.pathname)) return undefined;
  return `${url.pathname}${url.search}`;
}

export function sessionArea(o: AreaOptions) {
  const cookieName = `csb_${o.area}`;
  const signInCookie = `csb_${o.area}_signin`;
  const base = `/${o.area}`;
  const cookieOptions = { path: base, httpOnly: true, sameSite: o.sameSite, secure: 'auto' as const };

  const form = (token: string, next: string, notice?: Html) =>
    page({
      title: 'Sign in',
      area: o.area,
      ...(notice ? { notice } : {}),
      body: html`<h1>${o.title}</h1><p>${o.hint}</p>
      <form method="post" action="${base}/sign-in" class="stack sign-in">
        <input type="hidden" name="_csrf" value="${token}">
        <input type="hidden" name="next" value="${next}">
        <label>${o.secretLabel} <input type="password" name="secret" required autocomplete="current-password" maxlength="200"></label>
        <button type="submit">Sign in</button>
      </form>`,
    });

  const showForm = (reply: FastifyReply, next: string, notice?: Html, status = 200) => {
    const token = randomToken();
    reply.setCookie(signInCookie, token, cookieOptions);
    return sendPage(reply, form(token, next, notice), status);
  };

  async function guard(request: FastifyRequest, reply: FastifyReply) {
    if (request.routeOptions.url === `${base}/sign-in`) return;
    const session = o.sessions.get(request.cookies[cookieName], o.kind);
    if (!session) {
      if (request.method === 'GET' && !request.url.startsWith(`${base}/events`)) {
        const next = safeNext(o.area, request.url);
        return seeOther(reply, `${base}/sign-in${next ? `?next=${encodeURIComponent(next)}` : ''}`);
      }
      const error = { code: 'AUTH_MISSING_KEY' as const, detail: 'not signed in, or the session ended' };
      const status = countRefusal(request, error);
      if (request.method === 'GET')
        return reply.code(status).type('text/plain; charset=utf-8').send('sign in first');
      return showForm(reply, '', refusal(error), status);
    }
    if (request.method === 'POST' && !tokensEqual(field(request.body, '_csrf'), session.csrf)) {
      const error = {
        code: 'REQUEST_INVALID' as const,
        detail: 'the form token is missing or wrong; reload the page',
      };
      countRefusal(request, error);
      return sendPage(reply, page({ title: 'Refused', area: o.area, session, body: refusal(error) }), 403);
    }
    request.webSession = session;
  }

  const routes: FastifyPluginAsync = async (app) => {
    app.get('/sign-in', async (request, reply) => {
      const next = safeNext(o.area, field(request.query, 'next')) ?? '';
      const signedOut = field(request.query, 'signed-out') === '1';
      return showForm(
        reply,
        next,
        signedOut ? html`<div class="notice ok" role="status">Signed out.</div>` : undefined,
      );
    });

    app.post('/sign-in', { bodyLimit: FORM_BODY_LIMIT }, async (request, reply) => {
      const b = request.body;
      const next = safeNext(o.area, field(b, 'next')) ?? '';
      const expected = request.cookies[signInCookie];
      if (expected === undefined || !tokensEqual(field(b, '_csrf'), expected)) {
        const error = { code: 'REQUEST_INVALID' as const, detail: 'the sign-in form expired; try again' };
        const status = countRefusal(request, error);
        return showForm(reply, next, refusal(error), status === 400 ? 403 : status);
      }
      const principal = await o.authenticate(field(b, 'secret'));
      if (principal === null) {
        const error = { code: 'AUTH_INVALID_KEY' as const, detail: `unknown ${o.secretLabel.toLowerCase()}` };
        const status = countRefusal(request, error);
        return showForm(reply, next, refusal(error), status);
      }
      const session = o.sessions.create(o.kind, principal);
      request.log.info({ kind: o.kind, principal }, 'web sign-in');
      reply.clearCookie(signInCookie, cookieOptions);
      reply.setCookie(cookieName, session.id, cookieOptions);
      return seeOther(reply, next || `${base}/`);
    });

    app.post('/sign-out', { bodyLimit: FORM_BODY_LIMIT }, async (request, reply) => {
      const session = request.webSession;
      if (session) o.sessions.end(session.id);
      reply.clearCookie(cookieName, cookieOptions);
      return seeOther(reply, `${base}/sign-in?signed-out=1`);
    });
  };

  return { guard, routes };
}

/**
 * Puts an area's sign-in routes and its session guard in front of every page registered on `app`
 * after this call (the console and the owner website each mount one area).
 */
export async function mountSessionArea(app: FastifyInstance, o: AreaOptions): Promise<void> {
  const area = sessionArea(o);
  app.decorateRequest('webSession', undefined);
  app.addHook('preHandler', area.guard);
  await app.register(area.routes);
}

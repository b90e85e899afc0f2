/**
 * The REST API and the web pages spoken over plain HTTP, as another client or a browser's form
 * posts would: a JSON call with a bearer key, and a sign-in that yields the session cookie and a
 * page's CSRF token (docs/web.md "Signing in").
 */
import { expect } from 'vitest';

/** A JSON call to the REST API at `base`; throws with the answer on anything but 2xx. */
export function jsonApi(base: string) {
  return async <T>(method: string, path: string, bearer: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${bearer}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path} -> ${response.status}: ${await response.text()}`);
    return (await response.json()) as T;
  };
}

const csrfOf = (page: string): string => /name="_csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';

/** Signs in like the sign-in form; the session cookie, `pagePath`'s CSRF token, and the Set-Cookie headers. */
export async function signInOverHttp(
  base: string,
  area: 'console' | 'owner',
  secret: string,
  pagePath: string,
): Promise<{ cookie: string; csrf: string; setCookie: string[] }> {
  const form = await fetch(`${base}/${area}/sign-in`);
  const pre = form.headers.getSetCookie()[0]?.split(';')[0] ?? '';
  const signedIn = await fetch(`${base}/${area}/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: pre, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrfOf(await form.text()), secret, next: '' }),
  });
  expect(signedIn.status).toBe(303);
  const cookie =
    signedIn.headers
      .getSetCookie()
      .find((c) => c.startsWith(`csb_${area}=`))
      ?.split(';')[0] ?? '';
  const page = await (await fetch(`${base}${pagePath}`, { headers: { cookie } })).text();
  return { cookie, csrf: csrfOf(page), setCookie: signedIn.headers.getSetCookie() };
}

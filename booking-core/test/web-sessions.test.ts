/** The web pages' session store and HTML escaping: expiry, the bound, and escaping of hostile text. */
import { describe, expect, it } from 'vitest';
import { parsePrice } from '../src/web/console.ts';
import { escapeHtml, html } from '../src/web/html.ts';
import { sessionStore, tokensEqual } from '../src/web/sessions.ts';

describe('web sessions', () => {
  it('ends a session after the idle time and after the maximum age, whatever its use', () => {
    let now = 0;
    const store = sessionStore({ idleMs: 1000, maxAgeMs: 5000, now: () => now });
    const idle = store.create('dealer', 'dealer-a');
    now = 1001;
    expect(store.get(idle.id, 'dealer')).toBeUndefined();

    const busy = store.create('dealer', 'dealer-a');
    for (now = 1500; now <= 6000; now += 500)
      expect(store.get(busy.id, 'dealer')?.principal).toBe('dealer-a');
    now = 6600;
    expect(store.get(busy.id, 'dealer'), 'older than the maximum age').toBeUndefined();
  });

  it('keeps at most maxSessions, dropping the oldest sign-in first', () => {
    const store = sessionStore({ maxSessions: 3 });
    const [first, second, ...rest] = [1, 2, 3, 4].map((n) => store.create('customer', `customer-${n}`));
    expect(store.size).toBe(3);
    expect(store.get(first?.id, 'customer')).toBeUndefined();
    expect(store.get(second?.id, 'customer')?.principal).toBe('customer-2');
    for (const s of rest) expect(store.get(s?.id, 'customer')).toBeDefined();
  });

  it('never answers a dealer session for a customer page, nor after sign-out', () => {
    const store = sessionStore();
    const s = store.create('dealer', 'dealer-a');
    expect(store.get(s.id, 'customer')).toBeUndefined();
    store.end(s.id);
    expect(store.get(s.id, 'dealer')).toBeUndefined();
    expect(tokensEqual(s.csrf, s.csrf)).toBe(true);
    expect(tokensEqual(s.csrf, `${s.csrf}x`)).toBe(false);
  });
});

describe('html templates', () => {
  it('escapes every interpolated string, in text and in attributes', () => {
    const hostile = '<script>alert(1)</script>"><img src=x onerror=alert(2)>\'`&';
    const out = html`<p title="${hostile}">${hostile}</p>`.toString();
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('<img');
    // The attribute is not broken out of: its two quotes are the only ones.
    expect(out.match(/"/g)).toHaveLength(2);
    expect(out).toBe(`<p title="${escapeHtml(hostile)}">${escapeHtml(hostile)}</p>`);
    expect(escapeHtml(hostile)).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;&#39;&#96;&amp;',
    );
  });

  it('nests templates without escaping them twice, and lists render in order', () => {
    const inner = html`<b>${'a<b'}</b>`;
    expect(html`<div>${inner}${['x', html`<i>y</i>`]}${null}${false}${0}</div>`.toString()).toBe(
      '<div><b>a&lt;b</b>x<i>y</i>0</div>',
    );
  });
});

describe('the price field of the console forms', () => {
  it('reads major units with a point or a comma into minor units, and refuses anything else', () => {
    expect(parsePrice('2450.00', 'SEK')).toEqual({
      ok: true,
      value: { currencyCode: 'SEK', amountMinor: 245_000 },
    });
    expect(parsePrice('12,5', 'EUR')).toEqual({
      ok: true,
      value: { currencyCode: 'EUR', amountMinor: 1250 },
    });
    expect(parsePrice('', '')).toEqual({ ok: true, value: undefined });
    for (const [amount, currency] of [
      ['-1', 'SEK'],
      ['1.234', 'SEK'],
      ['1e3', 'SEK'],
      ['10', 'sek'],
      ['10', ''],
    ]) {
      const result = parsePrice(amount as string, currency as string);
      expect(result.ok ? 'accepted' : result.error.code, `${amount} ${currency}`).toBe('REQUEST_INVALID');
    }
  });
});

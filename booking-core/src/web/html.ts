/**
 * HTML built from tagged templates: every interpolated value is escaped unless it is already
 * `Html` (the output of another `html` template). Customer free text and Health Status strings
 * are hostile input, so escaping is the default and there is no way to interpolate raw text.
 */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => ESCAPES[c] ?? c);
}

/** Markup that is already safe: only `html` templates and `joinHtml` make one. */
export class Html {
  readonly #text: string;
  private constructor(text: string) {
    this.#text = text;
  }
  toString(): string {
    return this.#text;
  }
  /** The one constructor: a template's static parts are ours, every value is escaped or already Html. */
  static template(strings: TemplateStringsArray, values: readonly unknown[]): Html {
    let out = strings[0] ?? '';
    for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? '');
    return new Html(out);
  }
}

export type HtmlValue = Html | string | number | boolean | null | undefined | readonly HtmlValue[];

function render(value: unknown): string {
  if (value instanceof Html) return value.toString();
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  return Html.template(strings, values);
}

/**
 * Dependencies point inward (README.md "Layout and rules"): domain <- service <- adapters (store, http). The
 * top-level architecture test covers the domain and the store; this one covers the service.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', 'src');

function imports(folder: string): { file: string; specifier: string }[] {
  return readdirSync(join(SRC, folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .flatMap((file) =>
      [
        ...readFileSync(join(SRC, folder, file), 'utf8').matchAll(
          /^(?:import|export)[^'"]*from\s+'([^']+)'/gm,
        ),
      ].map((m) => ({ file: `${folder}/${file}`, specifier: m[1] ?? '' })),
    );
}

describe('layers', () => {
  it('keeps the service free of the store and HTTP adapters', () => {
    const offending = imports('service').filter(
      ({ specifier }) => /\/(store|http)\//.test(specifier) || specifier === 'fastify',
    );
    expect(offending).toEqual([]);
  });

  it('keeps the domain free of I/O and of every other layer', () => {
    const offending = imports('domain').filter(
      ({ specifier }) => !(specifier.startsWith('./') || specifier === '../car-channel.ts'),
    );
    expect(offending).toEqual([]);
  });
});

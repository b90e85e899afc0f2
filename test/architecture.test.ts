/**
 * Dependencies point inward (README.md "Layout and rules"), checked by a tool rather
 * than by review: every import of every source file is read and held against the rules below.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/paths.ts';

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (name.endsWith('.ts')) out.push(full);
  }
  return out;
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/g)].map(
    (m) => m[1] ?? '',
  );
  const dynamic = [...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? '');
  return [...specifiers, ...dynamic];
}

interface Rule {
  name: string;
  files: string;
  forbidden: (specifier: string, file: string) => boolean;
}

const resolvesInto = (specifier: string, file: string, folder: string) =>
  specifier.startsWith('.') &&
  path.resolve(path.dirname(file), specifier).startsWith(path.join(ROOT, folder));

const rules: Rule[] = [
  {
    name: 'proto imports nothing of ours',
    files: 'proto/src',
    forbidden: (s) => s.startsWith('@csb/'),
  },
  {
    name: 'booking-core knows no transport: no MQTT, no protobuf, nothing of ours',
    files: 'booking-core/src',
    forbidden: (s) => s.startsWith('@csb/') || s === 'mqtt' || s === 'aedes' || s.startsWith('protobufjs'),
  },
  {
    name: 'the domain is pure: no I/O, no other layer',
    files: 'booking-core/src/domain',
    forbidden: (s, f) =>
      s.startsWith('node:') ||
      ['fastify', 'kysely', 'pino', 'zod'].includes(s) ||
      ['service', 'store', 'http'].some((layer) => resolvesInto(s, f, `booking-core/src/${layer}`)),
  },
  {
    name: 'the store does not reach into the HTTP adapter',
    files: 'booking-core/src/store',
    forbidden: (s, f) => s === 'fastify' || resolvesInto(s, f, 'booking-core/src/http'),
  },
  {
    name: 'the gateway uses only the public API of booking-core and proto',
    files: 'gateway/src',
    forbidden: (s) => s.startsWith('@csb/') && !['@csb/proto', '@csb/booking-core'].includes(s),
  },
  {
    name: 'the head-unit library builds on the protocol contract only',
    files: 'head-unit/src',
    forbidden: (s) => s.startsWith('@csb/') && s !== '@csb/proto',
  },
  {
    name: 'the conformance kit talks to csb only over MQTT and HTTP (the cloud is handed to it)',
    files: 'conformance/src',
    forbidden: (s) => s.startsWith('@csb/') && s !== '@csb/proto',
  },
  {
    name: 'the simulator talks to the system only over the wire',
    files: 'simulator/src',
    forbidden: (s) => s.startsWith('@csb/') && !['@csb/proto', '@csb/head-unit'].includes(s),
  },
];

describe('architecture', () => {
  it.each(rules)('$name', (rule) => {
    const violations: string[] = [];
    for (const file of sourceFiles(path.join(ROOT, rule.files))) {
      for (const specifier of importsOf(file)) {
        if (rule.forbidden(specifier, file))
          violations.push(`${path.relative(ROOT, file)} imports ${specifier}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('finds imports at all (the check cannot pass by reading nothing)', () => {
    const files = sourceFiles(path.join(ROOT, 'booking-core/src'));
    expect(files.length).toBeGreaterThan(3);
    expect(files.flatMap(importsOf).length).toBeGreaterThan(3);
  });
});

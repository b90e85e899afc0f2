/** The protocol reference stays complete: every rejection code and topic kind is documented. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { CASES } from '@csb/conformance';
import { csb, DOWNLINK_KINDS, UPLINK_KINDS } from '@csb/proto';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/paths.ts';

const protocol = readFileSync(path.join(ROOT, 'docs/protocol.md'), 'utf8');

describe('docs/protocol.md', () => {
  it('documents every rejection code', () => {
    const codes = Object.keys(csb.v1.RejectionCode)
      .filter((name) => Number.isNaN(Number(name)) && name !== 'REJECTION_CODE_UNSPECIFIED')
      .map((name) => name.replace('REJECTION_CODE_', ''));
    expect(codes.length).toBeGreaterThan(5);
    expect(codes.filter((code) => !protocol.includes(`\`${code}\``))).toEqual([]);
  });

  it('documents every topic kind', () => {
    const kinds = [...Object.keys(UPLINK_KINDS), ...Object.keys(DOWNLINK_KINDS)];
    expect(kinds.filter((kind) => !protocol.includes(`\`${kind}\``))).toEqual([]);
  });
});

/**
 * A citation a reader of this repository cannot follow: the source manuals ("seed 00N"), pages
 * outside the repository, a machine path, or an issue number. Code cites docs/domain.md's rule ids
 * and docs/protocol.md's clause ids instead.
 */
const OUTSIDE_CITATION =
  /[Ss]eed 00\d|\.\.\/shared|\/work\/|WORKFLOW\.md|DESIGN(\.md)?\b|STYLE(\.md)?\b|\bissue \d+\b/;

describe('code cites only documents of this repository', () => {
  it('has no comment or API description citing the source manuals, an outside page or an issue number', () => {
    const left: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (name === 'node_modules' || name === 'gen') continue;
        if (statSync(full).isDirectory()) walk(full);
        else if (name.endsWith('.ts') && path.relative(ROOT, full) !== 'test/docs.test.ts') {
          readFileSync(full, 'utf8')
            .split('\n')
            .forEach((line, i) => {
              if (OUTSIDE_CITATION.test(line)) left.push(`${path.relative(ROOT, full)}:${i + 1}`);
            });
        }
      }
    };
    for (const dir of [
      'booking-core',
      'gateway',
      'simulator',
      'head-unit',
      'conformance',
      'proto/src',
      'bin',
      'bench',
      'test',
      'scripts',
    ]) {
      walk(path.join(ROOT, dir));
    }
    expect(left).toEqual([]);
  });

  it('finds what it should refuse (the pattern itself)', () => {
    // Assembled from parts, so that this file holds no such citation itself.
    const outside = (...parts: string[]) => parts.join('');
    for (const cited of [
      outside('(seed ', '003 step 11)'),
      outside('see ..', '/shared/', 'WORKFLOW', '.md'),
      outside('(issue', ' 4)'),
      outside('DESIGN', '.md'),
      outside('Seed ', '004 names'),
    ]) {
      expect(OUTSIDE_CITATION.test(cited), cited).toBe(true);
    }
    for (const ours of ['[ST-2]', 'docs/domain.md', 'aedes #193', 'the seeded demo data']) {
      expect(OUTSIDE_CITATION.test(ours), ours).toBe(false);
    }
  });
});

describe('rule and clause ids', () => {
  const domain = readFileSync(path.join(ROOT, 'docs/domain.md'), 'utf8');
  const idsIn = (text: string) => [...text.matchAll(/\[([A-Z]+-\d+)\]/g)].map((m) => m[1] ?? '');
  const defined = (text: string) =>
    [...text.matchAll(/\*\*\[([A-Z]+-\d+)\]|`\[([A-Z]+-\d+)\]`/g)].map((m) => m[1] ?? m[2] ?? '');

  it('defines every rule id of docs/domain.md once', () => {
    const ids = [...domain.matchAll(/\*\*\[([A-Z]+-\d+)\]/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(50);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('defines every clause id of docs/protocol.md once', () => {
    const ids = [...protocol.matchAll(/`\[([A-Z]+-\d+)\]` [A-Z*"a-z]/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(40);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('cites only ids that exist, in the docs and the conformance cases', () => {
    const known = new Set([...defined(domain), ...defined(protocol)]);
    const cited = [
      ...idsIn(domain),
      ...idsIn(protocol),
      ...idsIn(readFileSync(path.join(ROOT, 'docs/conformance.md'), 'utf8')),
      ...CASES.flatMap((c) => c.clauses),
    ];
    // Ranges such as [TIME-1]..[TIME-9] cite both ends; MQTT's own [MQTT-3.1.4-2] are not ours.
    expect([...new Set(cited.filter((id) => !known.has(id)))]).toEqual([]);
  });
});

/** The protocol reference stays complete: every rejection code and topic kind is documented. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { csb, DOWNLINK_KINDS, UPLINK_KINDS } from '@csb/proto';
import { describe, expect, it } from 'vitest';
import { OUTSIDE_CITATION } from '../scripts/cite-rules.ts';
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

describe('code cites only documents of this repository', () => {
  // Skipped until the lead has run `node scripts/cite-rules.ts --write` after merging every branch
  // (the rewrite touches comments colleagues are editing now); then unskip.
  it.skip('has no comment or API description citing the source manuals, an outside page or an issue number', () => {
    const left: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (name === 'node_modules' || name === 'gen') continue;
        if (statSync(full).isDirectory()) walk(full);
        else if (name.endsWith('.ts') && full !== path.join(ROOT, 'scripts/cite-rules.ts')) {
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
    for (const cited of [
      '(seed 003 step 11)',
      'see ../shared/WORKFLOW.md',
      '(issue 4)',
      'DESIGN.md',
      'Seed 004 names',
    ]) {
      expect(OUTSIDE_CITATION.test(cited), cited).toBe(true);
    }
    for (const ours of ['[ST-2]', 'docs/domain.md', 'aedes #193', 'the seeded demo data']) {
      expect(OUTSIDE_CITATION.test(ours), ours).toBe(false);
    }
  });
});

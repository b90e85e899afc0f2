/** The protocol reference stays complete: every rejection code and topic kind is documented. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
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

import { describe, expect, it } from 'vitest';
import { newRowId } from '../src/service/ids.ts';

describe('row ids', () => {
  it('are RFC 9562 version 7 UUIDs carrying the millisecond in their first 48 bits', () => {
    const at = Date.UTC(2026, 4, 4, 8, 0, 0, 123);
    const id = newRowId(at);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Number.parseInt(id.replace('-', '').slice(0, 12), 16)).toBe(at);
  });

  it('sort by time across milliseconds and do not repeat', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => newRowId(1_700_000_000_000 + Math.floor(i / 10)));
    expect(new Set(ids).size).toBe(ids.length);
    const prefixes = ids.map((id) => id.slice(0, 13));
    expect([...prefixes].sort()).toEqual(prefixes);
  });
});

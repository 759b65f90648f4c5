import { decodeTime, ulid } from 'ulid';
import { describe, expect, it } from 'vitest';
import { newUlid } from '../../shared/ids.ts';

describe('ULIDs', () => {
  it('are 26 Crockford base-32 characters', () => {
    expect(newUlid()).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/u);
  });
  it('carry their millisecond, as the reference implementation reads it', () => {
    const at = Date.UTC(2026, 10, 28, 12, 0, 0, 123);
    expect(decodeTime(newUlid(at))).toBe(at);
    expect(newUlid(at).slice(0, 10)).toBe(ulid(at).slice(0, 10));
  });
  it('sort in creation order within one millisecond and across milliseconds', () => {
    const at = Date.now();
    const ids = [newUlid(at), newUlid(at), newUlid(at), newUlid(at + 1), newUlid(at + 1)];
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

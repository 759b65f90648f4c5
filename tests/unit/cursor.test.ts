import { describe, expect, it } from 'vitest';
import { readCursor, signCursor } from '../../shared/cursor.ts';

describe('cursors', () => {
  const secret = 'cursor-secret-0123456789';
  it('round-trips the state of a page', () => {
    const cursor = signCursor({ key: { pk: 'a' }, total: 3 }, 'scope', secret);
    expect(readCursor(cursor, 'scope', secret)).toEqual({ key: { pk: 'a' }, total: 3 });
  });
  it('refuses a tampered cursor', () => {
    const cursor = signCursor({ total: 3 }, 'scope', secret);
    const tampered = `${Buffer.from('{"total":4}').toString('base64url')}.${cursor.split('.')[1]}`;
    expect(() => readCursor(tampered, 'scope', secret)).toThrow(/not one this list gave out/);
  });
  it('refuses a cursor from another list', () => {
    const cursor = signCursor({ total: 3 }, 'article-a', secret);
    expect(() => readCursor(cursor, 'article-b', secret)).toThrow();
  });
  it('refuses garbage', () => {
    expect(() => readCursor('nonsense', 'scope', secret)).toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import { cleanText, codePointLength } from '../../shared/text.ts';

describe('cleanText', () => {
  it('normalises to NFC', () => {
    expect(cleanText('Cafe\u0301')).toBe('Café');
  });
  it('removes control characters but keeps newlines', () => {
    expect(cleanText('a\u0000b\u0007c\nd\u009f')).toBe('abc\nd');
  });
  it('turns CRLF and CR into LF and tabs into spaces', () => {
    expect(cleanText('a\r\nb\rc\td')).toBe('a\nb\nc d');
  });
  it('trims surrounding white space', () => {
    expect(cleanText('  hello \n')).toBe('hello');
  });
});

describe('codePointLength', () => {
  it('counts an emoji as one code point', () => {
    expect(codePointLength('🙏')).toBe(1);
    expect('🙏'.length).toBe(2);
  });
});

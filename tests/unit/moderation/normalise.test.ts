import { describe, expect, it } from 'vitest';
import { needsViews, normalise, scan } from '../../../shared/moderation/normalise.ts';
import { contextFoldFor, wantsContextFold, wordViews } from '../../../shared/moderation/views.ts';
import { verdict } from './helpers.ts';

function views(text: string): string[] {
  const s = scan(text.normalize('NFKC'));
  const context = contextFoldFor(s);
  const out: string[] = [];
  for (let w = 0; w < s.words; w++) {
    // The same choice the engine makes: only flagged words get alternative readings.
    if (needsViews(s.wordFlags[w]!) || (context !== null && wantsContextFold(s, w, context))) {
      out.push(...wordViews(s, w, context));
    }
  }
  return out;
}

describe('normalise', () => {
  it('lower-cases mixed case', () => {
    expect(normalise('sHiT aRtIcLe')).toBe('shit article');
  });

  it('folds full-width letters through NFKC', () => {
    expect(normalise('ｂｉｔｃｈ please')).toBe('bitch please');
  });

  it('removes zero-width spaces, joiners, soft hyphens and bidi marks inside words', () => {
    expect(normalise('sh\u200Bit a\u200Dsshole ba\u00ADstard f\u200Fuck')).toBe('shit asshole bastard fuck');
  });

  it('removes combining marks and folds Latin diacritics', () => {
    expect(normalise('shi\u0301t Fück naïve')).toBe('shit fuck naive');
  });

  it('keeps Cyrillic й, ё and ї as letters of their own', () => {
    expect(normalise('Хуй уёбок їжак')).toBe('хуй уёбок їжак');
  });

  it('collapses letters stretched three or more times to one', () => {
    expect(normalise('fuuuuuuuuuuuck the Kremlin')).toBe('fuck the kremlin');
  });

  it('never turns innocent double letters into a match', () => {
    expect(normalise('assess the classic Essex cocoon')).toBe('assess the classic essex cocoon');
  });

  it('rejoins spaced and dotted letters', () => {
    expect(normalise('f u c k this')).toBe('fuck this');
    expect(normalise('f.u.c.k this')).toBe('fuck this');
    expect(normalise('С у к и, опять')).toBe('суки опять');
  });

  it('parts spaced letters into words where the gaps are wider', () => {
    expect(normalise('f u c k   y o u')).toBe('fuck you');
    expect(normalise('Т и   н е   д о ж и в е ш')).toBe('ти не доживеш');
    expect(normalise('я   т е б я   у б ь ю, ok')).toBe('я тебя убью ok');
    // Gaps of one or two spaces are one word, as irregular typing has them.
    expect(normalise('f u  c k off')).toBe('fuck off');
    expect(normalise('s.h.i.t. h.e.a.d')).toBe('shithead');
  });

  it('still reads a spaced word parted by a wider gap as one, for terms', () => {
    expect(verdict('f u   c k you').decision).toBe('reject');
    expect(verdict('f u   c k   y o u').decision).toBe('reject');
    expect(verdict('s u   k a').decision).toBe('reject');
    expect(verdict('a b   c d').decision).toBe('publish');
  });

  it('leaves two single letters alone', () => {
    expect(normalise('Plan B a success')).toBe('plan b a success');
  });

  it('reads a letter-shaped sign between letters as the letter of the word\u2019s script', () => {
    expect(normalise('ху€плёт fu¢k sp¥ware cop¥ ₽100 5€ a © b')).toBe('хуеплёт fuck spyware cop 100 5 a b');
    expect(normalise('ру₽ка')).toBe('рурка');
  });

  it('keeps numbers as numbers', () => {
    expect(normalise('$49 for 100% at -20 and 0.1 ETH')).toBe('$49 for 100 at 20 and 0 1 eth');
  });

  it('trims punctuation that only looks like leetspeak at the end of a word', () => {
    expect(normalise('bitch!!! hey*')).toBe('bitch hey');
  });

  it('reads @handles as words', () => {
    expect(normalise('Telegram @binary_pro_signals')).toBe('telegram binary pro signals');
  });
});

describe('word views', () => {
  it('reads leetspeak only inside words that have letters', () => {
    expect(views('d!ck')).toContain('dick');
    expect(views('a$$holes')).toContain('assholes');
    expect(views('b!tch')).toContain('bitch');
    expect(views('$49 100% 0.1 -20')).toEqual([]);
  });

  it('tries letters for an asterisk', () => {
    expect(views('sh*t')).toContain('shit');
    expect(views('f*ck')).toContain('fuck');
  });

  it('folds a word that mixes scripts both ways', () => {
    expect(views('fuсking')).toContain('fucking'); // Cyrillic с
    expect(views('cοck')).toContain('cock'); // Greek ο
    expect(views('Xyй')).toContain('хуй'); // Latin X, y
  });

  it('folds an all-look-alike Latin word inside Cyrillic text', () => {
    expect(views('Какая cyka поверила')).toContain('сука');
  });

  it('leaves pure Cyrillic and Greek prose without alternative readings', () => {
    expect(views('Ребёнок спрашивает, почему опять темно')).toEqual([]);
    expect(views('Καλημέρα κόσμε')).toEqual([]);
  });

  it('reads stretched letters with doubles kept as well', () => {
    expect(views('aaasshole')).toContain('asshole');
  });
});

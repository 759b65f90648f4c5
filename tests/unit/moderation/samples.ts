import { prng } from '../../../bench/corpus.ts';
import { defaultDevSet, readDevSet } from '../../../bench/eval-moderation.ts';

/**
 * Seeded texts for the fast-path tests: the dev set, random strings dense in the characters
 * and fragments the shortcuts branch on, and dev-set comments with such fragments spliced
 * in. Deterministic, so verdicts can be compared with ones recorded earlier.
 */

export const devBodies: readonly string[] = readDevSet(defaultDevSet).map((d) => d.body);

const pieces = [
  ..."abcdefghijklmnopqrstuvwxyz  ABCXYZ ..@@$!*|0134579/:-_+()[]{}'’ абвгдеёжийкмнопрстухщьюяєіїґ αβεοντ",
  '\u200b',
  '\u00ad',
  '\u0301',
  '😀',
  '\n',
  '\t',
  ' dot ',
  ' (dot) ',
  '[.]',
  ' . ',
  ' at ',
  ' AT ',
  'hxxp://',
  'http://',
  'https://',
  'mailto:',
  '//',
  'www',
  'w w w',
  'example.com',
  't.me/x',
  'bit.ly/a',
  'gmail',
  '.com',
  '.shop',
  'пример.рф',
  'name@mail.ru',
  '$49',
  '+380991234567',
  '\ud800', // lone surrogates: the normaliser reads code units, not code points
  '\udfff',
  '\ud83d',
  '\u00a0', // spaces and breaks that are not ASCII whitespace, and other oddities
  '\u3000',
  '\u2028',
  '\r',
  '\f',
  '\ufeff',
  '\u0000',
  'ｆｕｃｋ',
  '…',
  '№',
];

/** Seeded texts made of characters and fragments the fast paths branch on. */
function generated(count: number, seed: number): string[] {
  const rand = prng(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = Math.floor(rand() * 80);
    let text = '';
    for (let k = 0; k < n; k++) text += pieces[Math.floor(rand() * pieces.length)]!;
    out.push(text);
  }
  return out;
}

/** Dev-set comments with random fragments spliced in. */
function mutated(count: number, seed: number): string[] {
  const rand = prng(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = devBodies[Math.floor(rand() * devBodies.length)]!;
    for (let e = Math.floor(rand() * 6); e > 0; e--) {
      const at = Math.floor(rand() * (text.length + 1));
      text = text.slice(0, at) + pieces[Math.floor(rand() * pieces.length)]! + text.slice(at);
    }
    out.push(text);
  }
  return out;
}

export const samples: readonly string[] = [...devBodies, ...generated(1500, 11), ...mutated(1500, 12)];

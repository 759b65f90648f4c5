import { type Scan, wordText } from './normalise.ts';

/**
 * Phone numbers spelled out in words, to slip past digit patterns: "call me: zero six seven,
 * five five five, two two, eight eight", "звоните: ноль шесть семь, три три три, сорок пять".
 * Countdowns, lottery draws, scores and years are lists of numbers too, so only a run right
 * after a word that asks to call counts.
 */

/** How many digits a number word writes, and its order: units 1, tens 2, hundreds 3. */
interface NumberWord {
  digits: number;
  order: number;
}

const units = [
  'zero nought oh one two three four five six seven eight nine',
  'ноль нуль один одна одно два две три четыре пять шесть семь восемь девять',
  "одне дві чотири п'ять шість сім вісім дев'ять",
];
const teens = [
  'ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen',
  'десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать',
  "одинадцять дванадцять тринадцять чотирнадцять п'ятнадцять шістнадцять сімнадцять вісімнадцять дев'ятнадцять",
];
const tens = [
  'twenty thirty forty fifty sixty seventy eighty ninety',
  'двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто',
  "двадцять тридцять п'ятдесят шістдесят сімдесят вісімдесят дев'яносто",
];
const hundreds = [
  'сто двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот',
  "двісті чотириста п'ятсот шістсот сімсот вісімсот дев'ятсот",
];

const numberWords = new Map<string, NumberWord>();
function add(lists: readonly string[], entry: NumberWord): void {
  for (const list of lists) for (const word of list.split(' ')) numberWords.set(word, entry);
}
add(units, { digits: 1, order: 1 });
// A teen is whole: "twelve five" is 125, not 17.
add(teens, { digits: 2, order: 1 });
add(tens, { digits: 2, order: 2 });
add(hundreds, { digits: 3, order: 3 });
// "eight hundred" writes 800; "double five" writes 55.
const hundred: NumberWord = { digits: 2, order: 3 };
numberWords.set('hundred', hundred);
// "double" and "triple" repeat the digit after them, whatever came before.
numberWords.set('double', { digits: 1, order: 0 });
numberWords.set('triple', { digits: 2, order: 0 });

/** A cheap key for a word, so most words are dismissed without building a string. */
function keyOf(buf: Uint16Array, start: number, end: number): number {
  let h = end - start;
  for (let i = start; i < end; i++) h = (h * 31 + buf[i]!) | 0;
  return h;
}
const keys = new Set<number>();
for (const word of numberWords.keys()) {
  const units16 = Uint16Array.from(word, (c) => c.charCodeAt(0));
  keys.add(keyOf(units16, 0, units16.length));
}

/** Digits in a row that make a phone number (as national numbers have, 9 to 11). */
export const spelledPhoneDigits = 9;

/** Words that ask to call or name a number, in the three languages. */
const callWords = new Set(
  [
    'call ring phone text number tel whatsapp viber telegram',
    'звоните позвоните звони позвони набирайте номер тел телефон телефону вайбер ватсап',
    'дзвоніть зателефонуйте телефонуйте дзвони набирайте номер тел телефон телефону вайбер',
  ].flatMap((list) => list.split(' ')),
);

/** How many words before a run a call word may stand ("call me on", "звоніть за номером"). */
const callReach = 4;

function asksToCall(s: Scan, first: number): boolean {
  for (let w = Math.max(0, first - callReach); w < first; w++) if (callWords.has(wordText(s, w))) return true;
  return false;
}

/** Whether word `w` may be a number word: its key is one (most words are dismissed here). */
function mayBeNumber(s: Scan, w: number): boolean {
  const start = s.wordStart[w]!;
  const end = s.wordEnd[w]!;
  return end - start > 1 && keys.has(keyOf(s.buf, start, end));
}

/**
 * How many digits words `first` to `last` write, or 0 when one of them is no number word
 * after all. A word of lower order after a higher one completes it ("сорок пять" is two
 * digits, "сто пять" three); any other number word starts a new group.
 */
function digitsOf(s: Scan, first: number, last: number): number {
  let digits = 0;
  let order = 0;
  for (let w = first; w <= last; w++) {
    const n = numberWords.get(wordText(s, w));
    if (n === undefined) return 0;
    if (n === hundred || n.order === 0 || n.order >= order || order === 1) digits += n.digits;
    order = n.order;
  }
  return digits;
}

/** A phone number spelled digit by digit, "double"s included, takes at most this many words. */
const maxPhoneWords = 16;

/** The first and last word of a run of number words that writes a phone number after a call word, or null. */
export function spelledPhone(s: Scan): { first: number; last: number } | null {
  // No number word writes more than three digits, so a run long enough to write a phone
  // number has three words or more, and one of them is every third word. A longer run than
  // a phone number takes is a count or a list.
  for (let w = 0; w < s.words; w += 3) {
    if (!mayBeNumber(s, w)) continue;
    let first = w;
    while (first > 0 && mayBeNumber(s, first - 1)) first--;
    let last = w;
    while (last + 1 < s.words && mayBeNumber(s, last + 1)) last++;
    if (
      last - first < maxPhoneWords &&
      digitsOf(s, first, last) >= spelledPhoneDigits &&
      asksToCall(s, first)
    ) {
      return { first, last };
    }
    w = last;
  }
  return null;
}

import {
  charInfo,
  clsApostrophe,
  clsDigit,
  clsDrop,
  clsEmoji,
  clsLeet,
  clsLetter,
  scriptCyrillic,
  scriptGreek,
  scriptLatin,
  upperBit,
} from './char-table.ts';

/**
 * The normaliser: one pass over the code points of an NFKC-normalised comment that
 * lower-cases, folds Latin diacritics, drops invisible and combining characters, splits
 * words, collapses stretched letters (runs of 3+ become one, so "assess" stays itself),
 * rejoins spaced letters ("f u c k", "С.у.к.и") and gathers the statistics the heuristics
 * need. Its output is the primary view `" word word … "` in a reusable buffer, plus per-word
 * metadata; words that need other readings (leetspeak, mixed scripts, look-alikes) are
 * flagged so {@link wordViews} can spell them out without slowing down clean text.
 */

export const flagLetter = 1;
export const flagDigit = 2;
/** A leet symbol (! $ @ * |) sits inside the word. */
export const flagLeet = 4;
/** A letter was repeated three or more times in a row. */
export const flagLongRun = 8;
export const flagLatin = 16;
export const flagCyrillic = 32;
export const flagGreek = 64;
/** The word starts with a capital letter. */
export const flagCapital = 128;
/** Written as "@name". */
export const flagHandle = 256;
/** Rejoined from spaced or dotted letters. */
export const flagJoined = 512;

const space = 0x20;
const scriptFlags = flagLatin | flagCyrillic | flagGreek;

/** What one scan found. Reused between calls: read it before scanning again. */
export interface Scan {
  source: string;
  /** `" w1 w2 … "`: every word preceded and followed by exactly one space. */
  buf: Uint16Array;
  len: number;
  words: number;
  wordStart: Int32Array;
  wordEnd: Int32Array;
  origStart: Int32Array;
  origEnd: Int32Array;
  wordFlags: Int32Array;
  /** Words needing alternative readings (see {@link wordViews}). */
  special: number;
  codePoints: number;
  casedLetters: number;
  upperLetters: number;
  latinLetters: number;
  cyrillicLetters: number;
  emoji: number;
  maxEmojiRun: number;
  maxCharRun: number;
  maxWordRun: number;
  /** Something that may be a link: "x.y" without a space, "://", "[.]". */
  linkHint: boolean;
  /** A currency sign or percent next to a number. */
  money: number;
  /** "+" followed by nine or more digits. */
  phone: boolean;
}

function newScan(capacity: number): Scan {
  const words = (capacity >> 1) + 2;
  return {
    source: '',
    buf: new Uint16Array(capacity * 2 + 4),
    len: 0,
    words: 0,
    wordStart: new Int32Array(words),
    wordEnd: new Int32Array(words),
    origStart: new Int32Array(words),
    origEnd: new Int32Array(words),
    wordFlags: new Int32Array(words),
    special: 0,
    codePoints: 0,
    casedLetters: 0,
    upperLetters: 0,
    latinLetters: 0,
    cyrillicLetters: 0,
    emoji: 0,
    maxEmojiRun: 0,
    maxCharRun: 0,
    maxWordRun: 0,
    linkHint: false,
    money: 0,
    phone: false,
  };
}

let shared = newScan(1024);

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isCurrency(c: number): boolean {
  return c === 0x24 || c === 0x20ac || c === 0xa3 || c === 0x20b4 || c === 0x20bd || c === 0x25;
}

/** Whether a trailing symbol is punctuation rather than a letter ("bitch!" vs "a$$"). */
function trimmable(c: number): boolean {
  return c === 0x21 || c === 0x40 || c === 0x2a || c === 0x7c || c === 0x27;
}

/**
 * Scans `text` (already NFKC-normalised) into the shared {@link Scan}. One pass over the
 * code points; the only allocation is growing the shared buffers for a longer text.
 */
export function scan(text: string): Scan {
  const n = text.length;
  if (shared.buf.length < n * 2 + 4) shared = newScan(n);
  const s = shared;
  const buf = s.buf;
  s.source = text;
  s.special = 0;
  s.casedLetters = 0;
  s.upperLetters = 0;
  s.latinLetters = 0;
  s.cyrillicLetters = 0;
  s.emoji = 0;
  s.maxEmojiRun = 0;
  s.maxCharRun = 0;
  s.maxWordRun = 0;
  s.linkHint = false;
  s.money = 0;
  s.phone = false;

  let codePoints = 0;
  let pos = 1;
  buf[0] = space;
  let words = 0;
  // The word being read.
  let inWord = false;
  let wStart = 0;
  let wOrig = 0;
  let keepEnd = 0;
  let flags = 0;
  let prevUnit = -1;
  let run = 0;
  // Raw repetition across the text.
  let lastCp = -1;
  let charRun = 0;
  let lastEmoji = -1;
  let emojiRun = 0;
  let wordRun = 1;
  // Spaced letters: a run of one-letter words close together.
  let singles = 0;
  let singlesFirst = 0;
  let lastSingleEnd = -10;
  let phoneDigits = -1;
  let prevCp = -1;

  const endWord = (): void => {
    inWord = false;
    while (pos > wStart && trimmable(buf[pos - 1]!)) pos--;
    if ((flags & (flagLetter | flagDigit)) === 0 || pos === wStart) {
      pos = wStart;
      return;
    }
    const single = pos - wStart === 1 && (flags & flagLetter) !== 0;
    if (single && singles > 0 && wOrig - lastSingleEnd <= 3) {
      singles++;
    } else {
      if (singles >= 3) joinSingles();
      singles = single ? 1 : 0;
      singlesFirst = words;
    }
    if (single) lastSingleEnd = keepEnd;
    // Repeated word flood ("Earn Earn Earn …").
    if (words > 0) {
      const ps = s.wordStart[words - 1]!;
      const pl = s.wordEnd[words - 1]! - ps;
      let same = pl === pos - wStart;
      for (let k = 0; same && k < pl; k++) same = buf[ps + k] === buf[wStart + k];
      wordRun = same ? wordRun + 1 : 1;
      if (wordRun > s.maxWordRun) s.maxWordRun = wordRun;
    }
    s.wordStart[words] = wStart;
    s.wordEnd[words] = pos;
    s.origStart[words] = wOrig;
    s.origEnd[words] = keepEnd;
    s.wordFlags[words] = flags;
    if (needsViews(flags)) s.special++;
    words++;
    buf[pos++] = space;
  };

  // Turns "f u c k " (one-letter words at the end of the buffer, possibly followed by the
  // word just read) into "fuck ".
  const joinSingles = (): void => {
    const first = singlesFirst;
    const last = first + singles - 1;
    const base = s.wordStart[first]!;
    for (let k = 0; k < singles; k++) buf[base + k] = buf[s.wordStart[first + k]!]!;
    let f = flagJoined;
    for (let k = first; k <= last; k++) f |= s.wordFlags[k]!;
    s.wordEnd[first] = base + singles;
    s.origEnd[first] = s.origEnd[last]!;
    s.wordFlags[first] = f;
    if (needsViews(f)) s.special++;
    buf[base + singles] = space;
    // Move the word being finished (if any) right behind the joined one.
    const from = s.wordEnd[last]! + 1;
    const to = base + singles + 1;
    const moving = pos - from;
    for (let k = 0; k < moving; k++) buf[to + k] = buf[from + k]!;
    wStart = to + (wStart - from);
    pos = to + moving;
    words = first + 1;
  };

  for (let i = 0; i < n; i++) {
    let cp = text.charCodeAt(i);
    const start = i;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = ((cp - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
        i++;
      }
    }
    const e = charInfo(cp);
    const cls = e & 7;
    if (cls === clsDrop) continue;
    codePoints++;
    if (cp === lastCp) {
      if (++charRun > s.maxCharRun) s.maxCharRun = charRun;
    } else {
      lastCp = cp;
      charRun = cp === space || cp === 0x0a ? 0 : 1;
    }
    if (
      cls === clsLetter ||
      cls === clsDigit ||
      (inWord && cls === clsLeet) ||
      (inWord && cls === clsApostrophe)
    ) {
      if (!inWord) {
        inWord = true;
        wStart = pos;
        wOrig = start;
        flags = 0;
        prevUnit = -1;
        run = 0;
      }
      let unit = e >>> 16;
      if (cls === clsLetter) {
        flags |= flagLetter;
        const script = (e >> 4) & 3;
        if (script === scriptLatin) {
          flags |= flagLatin;
          s.latinLetters++;
        } else if (script === scriptCyrillic) {
          flags |= flagCyrillic;
          s.cyrillicLetters++;
        } else if (script === scriptGreek) flags |= flagGreek;
        if (script !== 0) {
          s.casedLetters++;
          if ((e & upperBit) !== 0) {
            s.upperLetters++;
            if (pos === wStart) flags |= flagCapital;
          }
        }
        keepEnd = i + 1;
        if (phoneDigits >= 0) {
          if (phoneDigits >= 9) s.phone = true;
          phoneDigits = -1;
        }
      } else if (cls === clsDigit) {
        flags |= flagDigit;
        keepEnd = i + 1;
        if (isCurrency(prevCp)) s.money++;
        if (phoneDigits >= 0) phoneDigits++;
      } else if (cls === clsLeet) {
        flags |= flagLeet;
        unit = cp;
        if (cp === 0x24) keepEnd = i + 1;
        else if (cp === 0x40) s.linkHint = true;
      } else {
        unit = 0x27;
      }
      if (unit === prevUnit) {
        run++;
        if (run === 3) {
          pos--;
          flags |= flagLongRun;
        } else if (run < 3) buf[pos++] = unit;
      } else {
        prevUnit = unit;
        run = 1;
        buf[pos++] = unit;
      }
    } else {
      if (inWord) endWord();
      if (cls === clsLeet) {
        // "$" may open a word (a$$ is handled inside words; "$hit" or "$49" here).
        if (cp === 0x24) {
          inWord = true;
          wStart = pos;
          wOrig = start;
          flags = flagLeet;
          prevUnit = cp;
          run = 1;
          buf[pos++] = cp;
        }
        if (cp === 0x40 && i + 1 < n && !isAsciiAlnum(prevCp) && isAsciiAlnum(text.charCodeAt(i + 1))) {
          // "@handle": read the handle as a word flagged as such.
          inWord = true;
          wStart = pos;
          wOrig = i + 1;
          flags = flagHandle;
          prevUnit = -1;
          run = 0;
        } else if (cp === 0x40 && isAsciiAlnum(prevCp)) s.linkHint = true;
      } else if (cls === clsEmoji) {
        s.emoji++;
        emojiRun = cp === lastEmoji ? emojiRun + 1 : 1;
        lastEmoji = cp;
        if (emojiRun > s.maxEmojiRun) s.maxEmojiRun = emojiRun;
      } else if (cp === 0x2e) {
        // "x.y" with no space, or "[.]"/"(.)": maybe a link.
        const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
        if (
          (isAsciiAlnum(prevCp) && isAsciiAlnum(next)) ||
          ((prevCp === 0x5b || prevCp === 0x28) && (next === 0x5d || next === 0x29))
        ) {
          s.linkHint = true;
        }
      } else if (cp === 0x3a) {
        if (text.charCodeAt(i + 1) === 0x2f && text.charCodeAt(i + 2) === 0x2f) s.linkHint = true;
      } else if (cp === 0x2b) {
        phoneDigits = 0;
      } else if (phoneDigits >= 0 && cp !== space && cp !== 0x2d && cp !== 0x28 && cp !== 0x29) {
        if (phoneDigits >= 9) s.phone = true;
        phoneDigits = -1;
      }
      if (isCurrency(cp) && prevCp >= 0x30 && prevCp <= 0x39) s.money++;
    }
    prevCp = cp;
  }
  if (inWord) endWord();
  if (singles >= 3) joinSingles();
  if (phoneDigits >= 9) s.phone = true;
  s.len = pos;
  s.words = words;
  s.codePoints = codePoints;
  return s;
}

/** Whether a word needs readings beyond its primary view. */
export function needsViews(flags: number): boolean {
  if ((flags & flagLetter) === 0) return false;
  if ((flags & (flagDigit | flagLeet | flagLongRun)) !== 0) return true;
  const scripts = flags & scriptFlags;
  return (scripts & (scripts - 1)) !== 0;
}

/** The primary view of word `w` of a scan. */
export function wordText(s: Scan, w: number): string {
  return String.fromCharCode(...s.buf.subarray(s.wordStart[w]!, s.wordEnd[w]!));
}

/** The primary view of a text: the words, lower-cased and folded, joined by single spaces. */
export function normalise(text: string): string {
  const s = scan(text.normalize('NFKC'));
  const out: string[] = [];
  for (let w = 0; w < s.words; w++) out.push(wordText(s, w));
  return out.join(' ');
}

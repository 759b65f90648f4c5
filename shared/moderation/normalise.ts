import { Buffer } from 'node:buffer';
import {
  charInfo,
  charTable,
  clsApostrophe,
  clsDigit,
  clsDrop,
  clsEmoji,
  clsLeet,
  clsLetter,
  clsSeparator,
  looksCyrillicBit,
  looksLatinBit,
  nfkcStableBit,
  otherLetterBit,
  scriptCyrillic,
  scriptGreek,
  scriptLatin,
  unstableBit,
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
/**
 * Every unit of the word is a letter with a Cyrillic (or Latin) look-alike, or an
 * apostrophe: in the other script's context it may be a disguise ("cyka", "хер" as xep).
 * Equal to the character table's bits, so a word's value is the AND of its letters'.
 */
export const flagLooksCyrillic = looksCyrillicBit;
export const flagLooksLatin = looksLatinBit;
const lookFlags = flagLooksCyrillic | flagLooksLatin;

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
  /**
   * Runs of spaced letters that wider gaps parted into several words ("f u   c k" is "fu ck"):
   * each run's first word and its number of words, in pairs, so the run is also read whole.
   */
  spacedRuns: number[];
  codePoints: number;
  casedLetters: number;
  upperLetters: number;
  latinLetters: number;
  cyrillicLetters: number;
  emoji: number;
  maxEmojiRun: number;
  maxCharRun: number;
  maxWordRun: number;
  /** Something that may be a link: "x.y" without a space, "://", "name@host". */
  linkHint: boolean;
  /** Where the first and last link hints are (UTF-16 offsets into `source`). */
  linkFrom: number;
  linkTo: number;
  /** A link disguise: "[.]", "(.)", " . ". */
  disguiseHint: boolean;
  /**
   * A key that is a Cyrillic letter on the other layout ("[", "]", ";", ",", "`") right before
   * a Latin letter: maybe a word typed on the wrong keyboard layout ("[eqyz").
   */
  layoutHint: boolean;
  /** A ".", "-" or "_" between two letters: maybe a word split to hide it ("bi.tch"). */
  splitHint: boolean;
  /** The longest run of code points without whitespace. */
  maxUnbroken: number;
  /** A currency sign or percent next to a number. */
  money: number;
  /** "+" followed by nine or more digits. */
  phone: boolean;
  /** Every character is NFKC-stable (see `nfkcStableBit`): the text is already in NFKC. */
  nfkcStable: boolean;
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
    spacedRuns: [],
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
    linkFrom: 0,
    linkTo: 0,
    disguiseHint: false,
    layoutHint: false,
    splitHint: false,
    maxUnbroken: 0,
    money: 0,
    phone: false,
    nfkcStable: false,
  };
}

let shared = newScan(1024);

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || isAsciiLetter(c);
}

/** "[", "]", ";", "," and "`": Cyrillic letters on the Russian layout, symbols on the Latin one. */
function isLayoutKey(c: number): boolean {
  return c === 0x5b || c === 0x5d || c === 0x3b || c === 0x2c || c === 0x60;
}

/** Marks that pass for a full stop between letters: 。 ｡ · • ∙. */
function isLookalikeDot(c: number): boolean {
  return c === 0x3002 || c === 0xff61 || c === 0xb7 || c === 0x2022 || c === 0x2219;
}

function isCurrency(c: number): boolean {
  return c === 0x24 || c === 0x20ac || c === 0xa3 || c === 0x20b4 || c === 0x20bd || c === 0x25;
}

/** Whether `c` is a sign that splits a word in two to hide it from filters: bi.tch, f-uck, sh_it. */
export function isSplitter(c: number): boolean {
  return c === 0x2e || c === 0x2d || c === 0x5f;
}

/** "#", "%" and "&": symbols that stand for letters only in a grawlix ("f#@k"). */
export function isGrawlix(c: number): boolean {
  return c === 0x23 || c === 0x25 || c === 0x26;
}

/** Whether the symbols from `units[i]` on (grawlix and leet ones, at most 8) are followed by a letter. */
function grawlixEndsInLetter(units: Uint16Array, i: number): boolean {
  for (let k = i; k < i + 8; k++) {
    const c = units[k]!;
    if (isGrawlix(c) || c === 0x40 || c === 0x24 || c === 0x21 || c === 0x2a) continue;
    return letterFollows(units, k);
  }
  return false;
}

/** Whether the code point at `units[i]` (which may start a surrogate pair) is a letter. */
function letterFollows(units: Uint16Array, i: number): boolean {
  const c = units[i]!;
  const cp = c >= 0xd800 && c <= 0xdbff ? ((c - 0xd800) << 10) + (units[i + 1]! - 0xdc00) + 0x10000 : c;
  return (charInfo(cp) & 7) === clsLetter;
}

/**
 * Signs shaped like a letter, as that letter in a Latin word and in a Cyrillic one: € is e
 * or е, ¢ and © are c or с, ¥ is y or у, ₽ is p or р. A plus is none: it parts single
 * letters, which are rejoined as spaced letters are ("f+u+c+k").
 */
const letterSigns: ReadonlyMap<number, readonly [number, number]> = new Map([
  [0x20ac, [0x65, 0x435]],
  [0xa2, [0x63, 0x441]],
  [0xa9, [0x63, 0x441]],
  [0xa5, [0x79, 0x443]],
  [0x20bd, [0x70, 0x440]],
]);

/** The letter a sign inside a word with the word's `flags` stands for, or 0 for none. */
function letterSign(cp: number, flags: number): number {
  const letters = letterSigns.get(cp);
  if (letters === undefined) return 0;
  return (flags & flagCyrillic) !== 0 ? letters[1] : letters[0];
}

function hasLeet(buf: Uint16Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = buf[k]!;
    if (c === 0x21 || c === 0x24 || c === 0x40 || c === 0x2a || c === 0x7c) return true;
  }
  return false;
}

/** Latin, Cyrillic, Greek and capital letters of the scan in progress. */
const counts = new Int32Array(4);

function countLetter(e: number): void {
  counts[0]! += (e >> 4) & 1;
  counts[1]! += (e >> 5) & 1;
  counts[2]! += (e >> 6) & 1;
  counts[3]! += (e >> 3) & 1;
}

/**
 * Counts the letters `units[from..to)`, whose entries OR to `seen`. Counting each letter in
 * the hot loop cost more than the rest of it, and a run is almost always lower-case letters
 * of one script: then its length is the count.
 */
function countRun(units: Uint16Array, from: number, to: number, seen: number): void {
  const scripts = seen & scriptFlags;
  if ((seen & (upperBit | otherLetterBit)) === 0 && (scripts & (scripts - 1)) === 0) {
    if (scripts === scriptLatin) counts[0]! += to - from;
    else if (scripts === scriptCyrillic) counts[1]! += to - from;
    else if (scripts === scriptGreek) counts[2]! += to - from;
    return;
  }
  for (let k = from; k < to; k++) countLetter(charTable[units[k]!]!);
}

/** Whether `buf[from..to)` repeats the word at `buf[prevStart..prevEnd)`. */
function sameWord(buf: Uint16Array, prevStart: number, prevEnd: number, from: number, to: number): boolean {
  if (prevEnd - prevStart !== to - from) return false;
  for (let k = 0; k < to - from; k++) if (buf[prevStart + k] !== buf[from + k]) return false;
  return true;
}

/** Whether a trailing symbol is punctuation rather than a letter ("bitch!" vs "a$$"). */
function trimmable(c: number): boolean {
  return c === 0x21 || c === 0x40 || c === 0x2a || c === 0x7c || c === 0x27;
}

/**
 * Folds the one-letter words `first .. first+count-1` ("f u c k ") into one word ("fuck "),
 * or into several where gaps more than twice the narrowest part them ("т и   н е" is
 * "ти не"), and moves the `moving` units that follow them (the word being read, if any)
 * right behind. Returns how many words it made; the last one ends at `s.wordEnd`.
 */
function joinSingles(s: Scan, first: number, count: number, pos: number, moving: number): number {
  const { buf, wordStart, wordEnd, origStart, origEnd, wordFlags } = s;
  let narrowest = 0x7fffffff;
  for (let k = 1; k < count; k++) {
    narrowest = Math.min(narrowest, origStart[first + k]! - origEnd[first + k - 1]!);
  }
  const from = pos - moving;
  let at = wordStart[first]!;
  let made = 0;
  let groupAt = at;
  let groupOrig = origStart[first]!;
  let size = 0;
  let f = 0;
  let looks = lookFlags;
  // Records the letters from `groupAt` as word `first + made`, which is never after the
  // letters still to be read (each one-letter word took two units, a letter and a space).
  const close = (end: number): void => {
    const w = first + made++;
    wordStart[w] = groupAt;
    wordEnd[w] = at;
    origStart[w] = groupOrig;
    origEnd[w] = end;
    wordFlags[w] = size === 1 ? f : (f & ~lookFlags) | looks | flagJoined;
    if (needsViews(wordFlags[w]!)) s.special++;
    buf[at++] = space;
  };
  for (let k = 0; k < count; k++) {
    const w = first + k;
    if (k > 0 && origStart[w]! - origEnd[w - 1]! > narrowest * 2) {
      // Read before `close` records the group over the slots of words already read.
      const nextOrig = origStart[w]!;
      close(origEnd[w - 1]!);
      groupAt = at;
      groupOrig = nextOrig;
      size = 0;
      f = 0;
      looks = lookFlags;
    }
    const flags = wordFlags[w]!;
    buf[at++] = buf[wordStart[w]!]!;
    f |= flags;
    looks &= flags;
    size++;
  }
  close(origEnd[first + count - 1]!);
  for (let k = 0; k < moving; k++) buf[at + k] = buf[from + k]!;
  if (made > 1) s.spacedRuns.push(first, made);
  return made;
}

// The text's UTF-16 code units, copied natively into a reused buffer before the hot loop.
// `charCodeAt` costs depend on how V8 happens to store a string: on the bench corpus's
// strings the whole pass ran at 17 ns per character, against 11 from this copy, and on
// freshly normalised (flat) strings the two are even.
let unitBytes = Buffer.alloc(4096);
let unitView = new Uint16Array(unitBytes.buffer, unitBytes.byteOffset, unitBytes.length >> 1);

/** `text`'s code units followed by two zeros (so a look-ahead past the end reads 0). */
function codeUnits(text: string): Uint16Array {
  const bytes = text.length * 2 + 4;
  if (unitBytes.length < bytes) {
    unitBytes = Buffer.alloc(bytes * 2);
    unitView = new Uint16Array(unitBytes.buffer, unitBytes.byteOffset, unitBytes.length >> 1);
  }
  unitBytes.write(text, 0, 'utf16le');
  unitView[text.length] = 0;
  unitView[text.length + 1] = 0;
  return unitView;
}

/**
 * Scans `text` (already NFKC-normalised) into the shared {@link Scan}. One pass over the
 * code points with every piece of state in locals (closures would move them to the heap
 * and slow the loop several times); the only allocation is growing the shared buffers.
 */
export function scan(text: string): Scan {
  const n = text.length;
  if (shared.buf.length < n * 2 + 4) shared = newScan(n);
  const units = codeUnits(text);
  const s = shared;
  const buf = s.buf;
  const wordStart = s.wordStart;
  const wordEnd = s.wordEnd;
  const wordFlags = s.wordFlags;
  const origStart = s.origStart;
  const origEnd = s.origEnd;
  s.source = text;
  s.special = 0;
  s.spacedRuns.length = 0;
  s.maxEmojiRun = 0;
  s.linkHint = false;
  s.disguiseHint = false;
  s.phone = false;
  let layoutHint = false;
  let splitHint = false;
  let linkFrom = -1;
  let linkTo = -1;
  let unbroken = 0;
  let maxUnbroken = 0;

  let codePoints = 0;
  counts.fill(0);
  let emoji = 0;
  let money = 0;
  let maxCharRun = 0;
  let maxWordRun = 0;
  let pos = 1;
  buf[0] = space;
  let words = 0;
  // The word being read.
  let inWord = false;
  let wStart = 0;
  let wOrig = 0;
  let keepEnd = 0;
  let flags = 0;
  let looks = 0;
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
  let stable = nfkcStableBit;

  for (let i = 0; i <= n; i++) {
    let cp = 0x20;
    let e = 0;
    const start = i;
    if (i < n) {
      cp = units[i]!;
      if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
        const lo = units[i + 1]!;
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          cp = ((cp - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
          i++;
        }
      }
      e = cp < 0x10000 ? charTable[cp]! : 0;
      if (e === 0) e = charInfo(cp);
      stable &= e;
    } else {
      e = clsSeparator; // a virtual space that ends the last word
    }
    const cls = e & 7;
    if (cls === clsDrop) continue;
    if (i < n) codePoints++;
    if (cls === clsSeparator && (cp === space || cp === 0x0a || cp === 0x09 || cp === 0x0d)) {
      if (unbroken > maxUnbroken) maxUnbroken = unbroken;
      unbroken = 0;
    } else unbroken++;
    if (cp === lastCp) {
      if (++charRun > maxCharRun) maxCharRun = charRun;
    } else {
      lastCp = cp;
      charRun = cls === clsSeparator && (cp === space || cp === 0x0a) ? 0 : 1;
    }
    if (cls === clsEmoji) {
      emoji++;
      emojiRun = cp === lastEmoji ? emojiRun + 1 : 1;
      lastEmoji = cp;
      if (emojiRun > s.maxEmojiRun) s.maxEmojiRun = emojiRun;
    }
    // An emoji between two letters stands for a letter ("f🦆ck", "sh💩t"): read it as a star.
    // A sign that looks like a letter stands for that letter ("ху€плёт", "fu¢k").
    const sign = inWord && cls === clsSeparator && (flags & flagLetter) !== 0 ? letterSign(cp, flags) : 0;
    const between = inWord && (cls === clsEmoji || sign !== 0) && letterFollows(units, i + 1);
    const emojiLetter = between && cls === clsEmoji;
    const signLetter = between ? sign : 0;
    // "#", "%" and "&" in a run of symbols between letters are a grawlix hiding letters
    // ("f#@k", "motherf#@%er"): read as stars.
    const grawlix =
      inWord && (flags & flagLetter) !== 0 && isGrawlix(cp) && grawlixEndsInLetter(units, i + 1);
    if (
      cls === clsLetter ||
      cls === clsDigit ||
      (inWord && (cls === clsLeet || cls === clsApostrophe)) ||
      emojiLetter ||
      signLetter !== 0 ||
      grawlix
    ) {
      if (!inWord) {
        inWord = true;
        wStart = pos;
        wOrig = start;
        flags = 0;
        looks = lookFlags;
        prevUnit = -1;
        run = 0;
      }
      let unit = e >>> 16;
      if (cls === clsLetter) {
        flags |= flagLetter | (e & scriptFlags);
        looks &= e;
        countLetter(e);
        if ((e & upperBit) !== 0 && pos === wStart) flags |= flagCapital;
        keepEnd = i + 1;
        if (phoneDigits >= 0) {
          if (phoneDigits >= 9) s.phone = true;
          phoneDigits = -1;
        }
      } else if (cls === clsDigit) {
        flags |= flagDigit;
        keepEnd = i + 1;
        if (isCurrency(prevCp)) money++;
        if (phoneDigits >= 0) phoneDigits++;
      } else if (emojiLetter || grawlix) {
        flags |= flagLeet;
        unit = 0x2a;
      } else if (signLetter !== 0) {
        unit = signLetter;
        keepEnd = i + 1;
      } else if (cls === clsLeet) {
        flags |= flagLeet;
        unit = cp;
        if (cp === 0x24) keepEnd = i + 1;
        else if (cp === 0x40) {
          if (linkFrom < 0) linkFrom = i;
          linkTo = i;
        }
      } else {
        unit = 0x27;
      }
      if (unit === prevUnit) {
        run++;
        if (run === 3) {
          pos--;
          if (cls === clsLetter) flags |= flagLongRun;
        } else if (run < 3) buf[pos++] = unit;
        // A letter's repetition is its folded unit's run, here as in the loop below.
        if (cls === clsLetter && run > maxCharRun) maxCharRun = run;
      } else {
        prevUnit = unit;
        run = 1;
        buf[pos++] = unit;
      }
      prevCp = cp;
      // Letters after letters are most of any text: read them here, with only the steps a
      // letter needs, and no branch but the stretched-letter one (the script bits of the
      // entry are the word's flags, the counts are sums of single bits). A letter's
      // repetition is its folded unit's run. Stops at anything not yet in the table.
      let runFrom = i;
      let scripts = 0;
      for (;;) {
        // `units` ends with two zeros, which are no letters: no bounds check needed.
        for (;;) {
          const ne = charTable[units[i + 1]!]!;
          if ((ne & 7) !== clsLetter) break;
          i++;
          scripts |= ne;
          looks &= ne;
          const u = ne >>> 16;
          if (u === prevUnit) {
            run++;
            if (run === 3) {
              pos--;
              flags |= flagLongRun;
            } else if (run < 3) buf[pos++] = u;
            if (run > maxCharRun) maxCharRun = run;
          } else {
            prevUnit = u;
            run = 1;
            buf[pos++] = u;
          }
        }
        // The commonest boundaries between two words of letters, one space or a comma, full
        // stop, semicolon or question mark and one space, are taken here with only the steps
        // they need: the word ends as below (nothing to trim, no leet, not a single letter,
        // no spaced letters to join), the space resets the runs, and the next word starts as
        // a letter does above. Anything else takes the general path.
        const after = units[i + 1]!;
        const gap =
          after === space
            ? 1
            : (after === 0x2c || after === 0x2e || after === 0x3b || after === 0x3f) && units[i + 2] === space
              ? 2
              : 0;
        const next = charTable[units[i + 1 + gap]!]!;
        if (
          gap === 0 ||
          (next & 7) !== clsLetter ||
          i === runFrom ||
          (flags & (flagDigit | flagLeet)) !== 0 ||
          pos - wStart < 2 ||
          singles >= 3
        )
          break;
        codePoints += i - runFrom + gap;
        if ((scripts & unstableBit) !== 0) stable = 0;
        countRun(units, runFrom + 1, i + 1, scripts);
        flags |= flagLetter | (scripts & scriptFlags) | looks;
        if (words > 0) {
          wordRun = sameWord(buf, wordStart[words - 1]!, wordEnd[words - 1]!, wStart, pos) ? wordRun + 1 : 1;
          if (wordRun > maxWordRun) maxWordRun = wordRun;
        }
        singles = 0;
        singlesFirst = words;
        // Recorded as the general path below records a word, inline: a shared function
        // reading the arrays off the scan cost the whole scan about 5%.
        wordStart[words] = wStart;
        wordEnd[words] = pos;
        origStart[words] = wOrig;
        origEnd[words] = i + 1;
        wordFlags[words] = flags;
        if (needsViews(flags)) s.special++;
        words++;
        buf[pos++] = space;
        unbroken += i - runFrom + gap - 1;
        if (unbroken > maxUnbroken) maxUnbroken = unbroken;
        // The next word's first letter opens the next run, which counts it when it ends.
        i += gap + 1;
        unbroken = 0;
        wStart = pos;
        wOrig = i;
        looks = lookFlags & next;
        flags = (next & upperBit) !== 0 ? flagCapital : 0;
        prevUnit = next >>> 16;
        run = 1;
        buf[pos++] = prevUnit;
        runFrom = i - 1;
        scripts = next;
      }
      if (i > runFrom) {
        codePoints += i - runFrom;
        if ((scripts & unstableBit) !== 0) stable = 0;
        countRun(units, runFrom + 1, i + 1, scripts);
        unbroken += i - runFrom;
        flags |= flagLetter | (scripts & scriptFlags);
        keepEnd = i + 1;
        prevCp = lastCp = units[i]!;
        charRun = run;
        if (phoneDigits >= 0) {
          if (phoneDigits >= 9) s.phone = true;
          phoneDigits = -1;
        }
      }
      continue;
    }
    if (inWord) {
      // End of a word: trim trailing punctuation-like symbols, then record it.
      inWord = false;
      while (pos > wStart && trimmable(buf[pos - 1]!)) pos--;
      // Two or more stars right after the letters hide letters ("f***", "sh**"): the word
      // keeps its leet flag and its stars, so that its masked reading is tried.
      if (units[keepEnd] === 0x2a && units[keepEnd + 1] === 0x2a) {
        while (units[keepEnd] === 0x2a) keepEnd++;
      } else if ((flags & flagLeet) !== 0 && !hasLeet(buf, wStart, pos)) flags &= ~flagLeet;
      if ((flags & (flagDigit | flagLeet)) === 0) flags |= looks;
      if ((flags & (flagLetter | flagDigit)) === 0 || pos === wStart) {
        pos = wStart;
      } else {
        const single = pos - wStart === 1 && (flags & flagLetter) !== 0;
        if (single && singles > 0 && wOrig - lastSingleEnd <= 4) {
          singles++;
        } else {
          if (singles >= 3) {
            const moving = pos - wStart;
            words = singlesFirst + joinSingles(s, singlesFirst, singles, pos, moving);
            wStart = wordEnd[words - 1]! + 1;
            pos = wStart + moving;
          }
          singles = single ? 1 : 0;
          singlesFirst = words;
        }
        if (single) lastSingleEnd = keepEnd;
        // Repeated word flood ("Earn Earn Earn …").
        if (words > 0) {
          wordRun = sameWord(buf, wordStart[words - 1]!, wordEnd[words - 1]!, wStart, pos) ? wordRun + 1 : 1;
          if (wordRun > maxWordRun) maxWordRun = wordRun;
        }
        wordStart[words] = wStart;
        wordEnd[words] = pos;
        origStart[words] = wOrig;
        origEnd[words] = keepEnd;
        wordFlags[words] = flags;
        if (needsViews(flags)) s.special++;
        words++;
        buf[pos++] = space;
      }
    }
    if (i === n) break;
    if (cls === clsLeet) {
      if (cp === 0x24 || (cp === 0x40 && units[i + 1] === 0x24)) {
        // "$" may open a word ("$hit", "$49"); inside words it is handled above.
        inWord = true;
        wStart = pos;
        wOrig = start;
        flags = flagLeet;
        looks = lookFlags;
        prevUnit = cp;
        run = 1;
        buf[pos++] = cp;
      } else if (cp === 0x40) {
        const next = i + 1 < n ? units[i + 1]! : 0;
        if (!isAsciiAlnum(prevCp) && isAsciiAlnum(next)) {
          // "@handle": read the handle as a word flagged as such.
          inWord = true;
          wStart = pos;
          wOrig = i + 1;
          flags = flagHandle;
          looks = lookFlags;
          prevUnit = -1;
          run = 0;
        } else if (isAsciiAlnum(prevCp)) {
          if (linkFrom < 0) linkFrom = i;
          linkTo = i;
        }
      }
    } else if (cls === clsEmoji) {
      // Counted above; nothing else to note.
    } else if (cp === 0x2e) {
      // "x.y" with no space, or "[.]"/"(.)": maybe a link.
      const next = i + 1 < n ? units[i + 1]! : 0;
      if (isAsciiAlnum(prevCp) && isAsciiAlnum(next)) {
        if (linkFrom < 0) linkFrom = i;
        linkTo = i;
      } else if (
        ((prevCp === 0x5b || prevCp === 0x28) && (next === 0x5d || next === 0x29)) ||
        (prevCp === space && next === space)
      ) {
        s.disguiseHint = true;
      }
    } else if (isLookalikeDot(cp)) {
      // "tix4tour。store": a dot in disguise.
      if (isAsciiAlnum(prevCp) && isAsciiAlnum(i + 1 < n ? units[i + 1]! : 0)) s.disguiseHint = true;
    } else if (cp === 0x3a) {
      if (units[i + 1]! === 0x2f && units[i + 2]! === 0x2f) {
        if (linkFrom < 0) linkFrom = i;
        linkTo = i;
      }
    } else if (cp === 0x2b) {
      phoneDigits = 0;
    } else if (phoneDigits >= 0 && cp !== space && cp !== 0x2d && cp !== 0x28 && cp !== 0x29) {
      if (phoneDigits >= 9) s.phone = true;
      phoneDigits = -1;
    }
    if (prevCp >= 0x30 && prevCp <= 0x39 && isCurrency(cp)) money++;
    if (isLayoutKey(cp) && isAsciiLetter(units[i + 1]!)) layoutHint = true;
    if (isSplitter(cp) && keepEnd === i && letterFollows(units, i + 1)) splitHint = true;
    prevCp = cp;
  }
  if (singles >= 3) {
    words = singlesFirst + joinSingles(s, singlesFirst, singles, pos, 0);
    pos = wordEnd[words - 1]! + 1;
  }
  if (phoneDigits >= 9) s.phone = true;
  s.layoutHint = layoutHint;
  s.splitHint = splitHint;
  s.nfkcStable = stable !== 0;
  s.linkHint = linkFrom >= 0;
  s.linkFrom = linkFrom;
  s.linkTo = linkTo;
  s.maxUnbroken = Math.max(unbroken, maxUnbroken);
  s.len = pos;
  s.words = words;
  s.codePoints = codePoints;
  s.casedLetters = counts[0]! + counts[1]! + counts[2]!;
  s.upperLetters = counts[3]!;
  s.latinLetters = counts[0]!;
  s.cyrillicLetters = counts[1]!;
  s.emoji = emoji;
  s.money = money;
  s.maxCharRun = maxCharRun;
  s.maxWordRun = maxWordRun;
  return s;
}

/**
 * Scans a comment as it arrived, numeric character references read as characters and HTML
 * tags without attributes left out (the widget shows text, so "fu<i></i>ck" reads "fuck"). Most comments are
 * already in NFKC, and the scan tells which: only the others are normalised (a copy of the
 * text) and scanned again.
 */
export function scanComment(body: string): Scan {
  const decoded = body.includes('&#') ? decodeCharacterReferences(body) : body;
  const text = decoded.includes('<') ? decoded.replace(htmlTag, '') : decoded;
  const s = scan(text);
  return s.nfkcStable ? s : scan(text.normalize('NFKC'));
}

/** An HTML tag without attributes: "<i>", "</b>", "<br/>" (a link's "<a href=…>" stays to be read). */
const htmlTag = /<\/?[a-z][a-z\d]{0,9} ?\/?>/giu;

/** Numeric character references ("f&#117;ck", "&#x73;hit") as the characters they stand for. */
function decodeCharacterReferences(text: string): string {
  return text.replace(
    /&#(?:x([0-9a-f]{1,6})|(\d{1,7}));/giu,
    (ref, hex: string | undefined, dec: string | undefined) => {
      const cp = hex !== undefined ? Number.parseInt(hex, 16) : Number(dec);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : ref;
    },
  );
}

/**
 * The longest run of one phrase of two to four words said again and again ("cheap air
 * conditioners cheap air conditioners …"): the number of times it is said, and its length.
 * A word said twice in a row only counts for the single-word flood of the scan.
 */
export function phraseRepeats(s: Scan): { times: number; words: number } {
  const { buf, wordStart, wordEnd } = s;
  let times = 1;
  let words = 0;
  for (let p = 2; p <= 4; p++) {
    let run = 0;
    for (let w = p; w < s.words; w++) {
      run = sameWord(buf, wordStart[w - p]!, wordEnd[w - p]!, wordStart[w]!, wordEnd[w]!) ? run + 1 : 0;
      const said = 1 + Math.floor(run / p);
      if (said > times) {
        times = said;
        words = p;
      }
    }
  }
  return { times, words };
}

/** Whether a word's flags have letters of more than one script. */
export function mixesScripts(flags: number): boolean {
  const scripts = flags & scriptFlags;
  return (scripts & (scripts - 1)) !== 0;
}

/** Whether a word needs readings beyond its primary view. */
export function needsViews(flags: number): boolean {
  if ((flags & flagLetter) === 0) return false;
  if ((flags & (flagDigit | flagLeet | flagLongRun | flagHandle | flagJoined)) !== 0) return true;
  return mixesScripts(flags);
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

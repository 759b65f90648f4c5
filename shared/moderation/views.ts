import {
  charInfo,
  clsApostrophe,
  clsDigit,
  clsEmoji,
  clsLeet,
  clsLetter,
  leetCyrillic,
  leetLatin,
  leetTransliteration,
  looksCyrillicBit,
  scriptCyrillic,
  scriptLatin,
  toCyrillic,
  toLatin,
} from './char-table.ts';
import {
  flagCyrillic,
  flagDigit,
  flagGreek,
  flagHandle,
  flagJoined,
  flagLatin,
  flagLeet,
  flagLetter,
  flagLooksCyrillic,
  flagLooksLatin,
  isGrawlix,
  mixesScripts,
  type Scan,
} from './normalise.ts';

/**
 * Alternative readings of one word, for the few words the normaliser flagged: leetspeak
 * (d!ck, a$$holes, sh*t), mixed scripts folded either way (fuсking with a Cyrillic с,
 * Xyй with Latin X and y), look-alike words in the other script's context ("cyka" in a
 * Russian sentence) and stretched letters read with doubles kept ("aaasshole").
 * This path is rare, so it favours clarity over speed.
 */

const starLetters = [0x69, 0x75, 0x61, 0x6f, 0x65, 0x73]; // i u a o e s
// In a Cyrillic word a star hides a Cyrillic letter: нах*й, п*зда, бл*ть, *бать, уб*ю.
const starLettersCyrillic = [...'уиояеаёібь'].map((letter) => letter.codePointAt(0)!);
const maxViews = 24;
const greekCapitalsToLatin: ReadonlyMap<number, number> = new Map([
  [0x3b7, 0x68],
  [0x3bd, 0x6e],
]);
const maxEdgeReading = 40;
const star = 0x2a;
/** Symbols that also stand for a letter they do not look like: п@здец, f@ck. */
const hiddenLetters: ReadonlySet<number> = new Set([0x40, 0x21, 0x7c]);
/** The symbols of a grawlix, each standing for a hidden letter. */
const grawlixSymbols: ReadonlySet<number> = new Set([0x40, 0x24, 0x21, 0x7c, 0x2a]);

/**
 * The letters, digits and symbols of word `w`, and whether it reads as Cyrillic: more Cyrillic
 * letters than Latin ones, or as many when every Latin one looks Cyrillic ("3ae6ал").
 */
function units(s: Scan, w: number): { chars: number[]; cyrillicWord: boolean } {
  const text = s.source;
  const chars: number[] = [];
  let latin = 0;
  let latinOnly = 0;
  let cyrillic = 0;
  let grawlix = false;
  const end = s.origEnd[w]!;
  for (let i = s.origStart[w]!; i < end; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    const e = charInfo(cp);
    const cls = e & 7;
    if (cls === clsLetter) {
      chars.push(e >>> 16);
      if ((e & scriptLatin) !== 0) {
        latin++;
        if ((e & looksCyrillicBit) === 0) latinOnly++;
      } else if ((e & scriptCyrillic) !== 0) cyrillic++;
    } else if (cls === clsDigit || cls === clsLeet) chars.push(cp);
    else if (cls === clsApostrophe) chars.push(0x27);
    else if (cls === clsEmoji)
      chars.push(star); // inside a word, an emoji stands for a letter
    else if (isGrawlix(cp)) {
      grawlix = true;
      chars.push(star);
    }
  }
  // In a grawlix ("f#@k") every symbol hides a letter.
  const cyrillicWord = cyrillic > latin || (cyrillic > 0 && cyrillic === latin && latinOnly === 0);
  if (grawlix) return { chars: chars.map((c) => (grawlixSymbols.has(c) ? star : c)), cyrillicWord };
  return { chars, cyrillicWord };
}

const one = 0x31;
const three = 0x33;

function doubledOne(chars: readonly number[]): boolean {
  return chars.some((c, i) => c === one && chars[i + 1] === one);
}

/** `decoded` with each pair of 1s of `chars` read as "ll". */
function doubleL(chars: readonly number[], decoded: readonly number[]): number[] {
  return decoded.map((c, i) =>
    chars[i] === one && (chars[i - 1] === one || chars[i + 1] === one) ? 0x6c : c,
  );
}

/** A lower-case Latin or Cyrillic letter. */
function isLetterCode(c: number | undefined): boolean {
  return c !== undefined && ((c >= 0x61 && c <= 0x7a) || (c >= 0x430 && c <= 0x45f) || c === 0x491);
}

function deleet(chars: number[], cyrillic: boolean): number[][] {
  const decoded = chars.map((c) => (cyrillic ? leetCyrillic : leetLatin).get(c) ?? c);
  if (!decoded.includes(0x2a)) {
    const readings = [decoded];
    // A doubled 1 in a Latin word is a double l (bu11sh1t, ki11).
    if (!cyrillic && doubledOne(chars)) readings.push(doubleL(chars, decoded));
    // A 1 in a Cyrillic word may also be и, which it stands for as often as і (вб1вати).
    if (cyrillic && chars.includes(one))
      readings.push(chars.map((c, i) => (c === one ? 0x438 : decoded[i]!)));
    // A 3 after a letter of a Cyrillic word may also be е, as it is in Latin leet (оху3ли);
    // a leading 3 is a number ("3бали").
    if (cyrillic && chars.includes(three))
      readings.push(chars.map((c, i) => (c === three && isLetterCode(chars[i - 1]) ? 0x435 : decoded[i]!)));
    // A 3 or a 6 in a Latin word may also be з or б of a transliteration (3ae6ali).
    if (!cyrillic && chars.some((c) => c === 0x33 || c === 0x36))
      readings.push(chars.map((c) => leetTransliteration.get(c) ?? leetLatin.get(c) ?? c));
    return readings;
  }
  const letters = (cyrillic ? starLettersCyrillic : starLetters).map((l) =>
    decoded.map((c) => (c === 0x2a ? l : c)),
  );
  // A symbol may also be put between the letters rather than for one ("fu🚋ck", "sh*it").
  const without = decoded.filter((c) => c !== 0x2a);
  return without.length >= 3 ? [...letters, without] : letters;
}

function fold(chars: number[], map: ReadonlyMap<number, number>): number[] {
  return chars.map((c) => map.get(c) ?? c);
}

/** Whether every letter has a look-alike in the map (so the word could be a disguise). */
function foldable(chars: number[], map: ReadonlyMap<number, number>): boolean {
  return chars.every((c) => map.has(c) || c === 0x27);
}

/**
 * Runs of 3+ collapsed to one letter or to two, every combination for up to three such runs
 * ("asssssshoooole" is asshole: two s, one o) and all to one or all to two beyond that;
 * shorter runs kept ("aaasshole" → asshole).
 */
function destretch(chars: number[]): number[][] {
  const runs: { c: number; n: number }[] = [];
  for (const c of chars) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.c === c) last.n++;
    else runs.push({ c, n: 1 });
  }
  const long = runs.filter((r) => r.n >= 3).length;
  const combinations = long <= maxStretchedRuns ? 1 << long : 2;
  const out: number[][] = [];
  for (let k = 0; k < combinations; k++) {
    const word: number[] = [];
    let bit = 0;
    for (const r of runs) {
      const keep = r.n < 3 ? r.n : long <= maxStretchedRuns ? 1 + ((k >> bit++) & 1) : 1 + k;
      for (let j = 0; j < keep; j++) word.push(r.c);
    }
    out.push(word);
  }
  return out;
}

const maxStretchedRuns = 3;

/**
 * Readings of word `w` beyond its primary view. `contextFold` is the look-alike map toward
 * the comment's dominant script, or null when the comment is in one script only.
 */
export function wordViews(s: Scan, w: number, contextFold: ReadonlyMap<number, number> | null): string[] {
  const flags = s.wordFlags[w]!;
  if ((flags & flagLetter) === 0) return [];
  const { chars, cyrillicWord } = units(s, w);
  let variants: number[][] = [chars];
  // "@ssholes" was read as a handle; it is also a word whose first letter is an @.
  if ((flags & flagHandle) !== 0) variants.push([cyrillicWord ? 0x430 : 0x61, ...chars]);
  // Spaced or dotted letters may have been joined with a one-letter word beside them
  // ("a c.u.n.t move" reads "acunt"): also read them without the first or the last (not
  // in a flood of them, where whole words cannot span the join and stems match anyway).
  if ((flags & flagJoined) !== 0 && chars.length >= 4 && chars.length <= maxEdgeReading) {
    variants.push(chars.slice(1), chars.slice(0, -1));
  }
  if ((flags & (flagDigit | flagLeet)) !== 0) {
    variants = variants.flatMap((v) => deleet(v, cyrillicWord));
  }
  if (mixesScripts(flags)) {
    // Greek capitals look like other Latin letters than their small forms: Η is H, Ν is N.
    const greek = (flags & flagGreek) !== 0;
    variants = variants.flatMap((v) =>
      greek
        ? [fold(v, toLatin), fold(v, toCyrillic), fold(fold(v, greekCapitalsToLatin), toLatin)]
        : [fold(v, toLatin), fold(v, toCyrillic)],
    );
  } else if (contextFold !== null) {
    const extra = variants.filter((v) => foldable(v, contextFold)).map((v) => fold(v, contextFold));
    variants = variants.concat(extra);
  }
  const out = new Set<string>();
  for (const v of variants) {
    for (const d of destretch(v)) {
      if (out.size < maxViews) out.add(String.fromCharCode(...d));
    }
  }
  return [...out];
}

/**
 * Word `w` with its other leet symbols read and each `*` kept as a hidden letter, when it
 * has a star between letters ("f***", "f**king", "c**t", "п**да") or one @, ! or | that
 * hides a letter it does not look like ("п@здец"); otherwise null. A single
 * star is also tried as each likely letter by {@link wordViews}; several stars in a row
 * hide several letters, which only a mask can match.
 */
export function maskedWord(s: Scan, w: number): number[] | null {
  if ((s.wordFlags[w]! & flagLeet) === 0) return null;
  const { chars, cyrillicWord } = units(s, w);
  // Stars hide letters, any number of them; another symbol hides one only when it is the
  // word's one symbol (in "ї|!g43" the symbols are noise, not a word).
  const hidden = chars.includes(star)
    ? (c: number) => c === star
    : chars.filter((c) => hiddenLetters.has(c)).length === 1
      ? (c: number) => hiddenLetters.has(c)
      : null;
  if (hidden === null) return null;
  const map = cyrillicWord ? leetCyrillic : leetLatin;
  return chars.map((c) => (hidden(c) ? star : (map.get(c) ?? c)));
}

/** The look-alike map toward the dominant script of a comment that mixes Latin and Cyrillic. */
export function contextFoldFor(s: Scan): ReadonlyMap<number, number> | null {
  if (s.latinLetters === 0 || s.cyrillicLetters === 0) return null;
  return s.cyrillicLetters > s.latinLetters ? toCyrillic : toLatin;
}

/**
 * Whether word `w` could read differently in the context of `contextFold`: it is in the
 * minority script and every letter has a look-alike (the normaliser flags such words, so
 * English words in a Russian comment are dismissed without reading them).
 */
export function wantsContextFold(s: Scan, w: number, contextFold: ReadonlyMap<number, number>): boolean {
  const flags = s.wordFlags[w]!;
  const toCyr = contextFold === toCyrillic;
  if ((flags & (flagLatin | flagCyrillic | flagGreek)) !== (toCyr ? flagLatin : flagCyrillic)) return false;
  return (flags & (toCyr ? flagLooksCyrillic : flagLooksLatin)) !== 0;
}

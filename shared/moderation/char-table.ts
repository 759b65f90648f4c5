/**
 * Per-code-point facts the normaliser needs, packed into one 32-bit entry so the hot
 * loop does a single typed-array read per character:
 * bits 0-2 class, bit 3 upper case, bits 4-6 the script (one bit each, equal to the
 * normaliser's word flags, so a word's scripts are the OR of its letters' entries), bit 7
 * NFKC-stable, bit 8 its opposite, bit 9 a letter of no cased script, bits 10-11 whether
 * the folded letter has a Cyrillic or a Latin look-alike (equal to the normaliser's flags
 * for words made only of such letters), bits 16-31 the
 * folded code unit (lower case, Latin/Greek diacritics removed).
 * BMP entries are computed lazily on first sight (Unicode property regexes are far too
 * slow for the hot loop, and a full eager table would cost a cold start ~80 ms).
 */

// Character classes (bits 0-2). Plain constants rather than enums: they inline cleanly
// under isolated-module compilers and keep the hot loop free of property loads.
export const clsLetter = 1;
export const clsDigit = 2;
export const clsSeparator = 3;
/** Invisible or combining: removed without breaking the word ("sh\u200Bit"). */
export const clsDrop = 4;
/** Symbols that stand for letters inside words: d!ck, a$$, sh*t, @ss, |. */
export const clsLeet = 5;
export const clsApostrophe = 6;
export const clsEmoji = 7;

// Scripts (bits 4-6), one bit each: the normaliser's flagLatin, flagCyrillic, flagGreek.
export const scriptOther = 0;
export const scriptLatin = 16;
export const scriptCyrillic = 32;
export const scriptGreek = 64;

export const upperBit = 8;
/** The folded letter has a Cyrillic look-alike (in {@link toCyrillic}). */
export const looksCyrillicBit = 1024;
/** The folded letter has a Latin look-alike (in {@link toLatin}). */
export const looksLatinBit = 2048;
/**
 * Set on characters that NFKC leaves alone and that never combine with a neighbour: a text
 * made only of them is already in NFKC, so the engine can skip `normalize` (which copies
 * the text) for almost every Latin or Cyrillic comment. Only the scripts and punctuation
 * this engine sees most are considered; everything else takes the normalising path.
 */
export const nfkcStableBit = 128;
/**
 * Set exactly where {@link nfkcStableBit} is not, so a run of letters can OR its entries
 * and learn both whether every one is stable and (with {@link otherLetterBit}) whether its
 * letters can be counted by script without reading them again.
 */
export const unstableBit = 256;
/** A letter of a script other than Latin, Cyrillic and Greek (no script bit of its own). */
export const otherLetterBit = 512;
const nfkcStableRanges: readonly (readonly [number, number])[] = [
  [0x0000, 0x024f], // Latin
  [0x0370, 0x04ff], // Greek, Cyrillic
  [0x2000, 0x206f], // general punctuation
  [0x20a0, 0x20cf], // currency signs
  [0x1f300, 0x1faff], // emoji
];

/** Packed entries of the BMP; 0 means not computed yet (call {@link charInfo}). */
export const charTable = new Uint32Array(0x10000);
const table = charTable;
const astral = new Map<number, number>();

const letterRe = /^\p{L}$/u;
const digitRe = /^\p{Nd}$/u;
const dropRe = /^[\p{Mn}\p{Me}\p{Cf}]$/u;
const latinRe = /^\p{Script=Latin}$/u;
const cyrillicRe = /^\p{Script=Cyrillic}$/u;
const greekRe = /^\p{Script=Greek}$/u;
const markRe = /\p{M}/gu;
const isMarkRe = /^\p{M}$/u;

/** Fillers that render as nothing but are letters or symbols to Unicode. */
const invisibleExtras = new Set([0x115f, 0x1160, 0x3164, 0xffa0, 0x2800, 0x034f, 0x180e]);
const apostrophes = new Set([0x27, 0x2019, 0x2018, 0x2bc, 0x60, 0xb4, 0x2032]);
const leetSymbols = new Set([0x21, 0x24, 0x40, 0x2a, 0x7c]);

function isEmoji(cp: number): boolean {
  return (
    (cp >= 0x1f000 && cp <= 0x1faff) ||
    (cp >= 0x2600 && cp <= 0x27bf) ||
    (cp >= 0x2b00 && cp <= 0x2bff) ||
    cp === 0x2764 ||
    cp === 0x203c ||
    cp === 0x2049
  );
}

function scriptOf(ch: string): number {
  if (latinRe.test(ch)) return scriptLatin;
  if (cyrillicRe.test(ch)) return scriptCyrillic;
  if (greekRe.test(ch)) return scriptGreek;
  return scriptOther;
}

/**
 * Latin letters that decomposition leaves alone but readers see as plain ones: letters with
 * a stroke (bułlshit), small capitals (ᴅɪᴄᴋʜᴇᴀᴅ) and turned letters of upside-down text
 * (ʞɔnɟ, read backwards like any reversed word; its n and u stay as written), and the
 * Armenian letters drawn exactly as Latin ones (fսcking with an Armenian ս): none of the
 * comments' languages writes them, so only a disguise puts them in a word.
 */
const latinExtras: ReadonlyMap<number, number> = pairs(
  'łl đd øo ħh ŧt ıi ƀb ɨi ᴀa ʙb ᴄc ᴅd ᴇe ꜰf ɢg ʜh ɪi ᴊj ᴋk ʟl ᴍm ɴn ᴏo ᴘp ʀr ꜱs ᴛt ᴜu ᴠv ᴡw ʏy ᴢz ' +
    'ɐa ɔc ǝe ɟf ƃg ɥh ɾj ʞk ɯm ɹr ʇt ʌv ʍw ʎy ƒf սu օo ցg հh ոn',
);

function fold(lower: string, script: number): number {
  const extra = latinExtras.get(lower.charCodeAt(0));
  if (extra !== undefined && lower.length === 1) return extra;
  // Cyrillic keeps й, ё, ї, ў: they are distinct letters, not accented ones.
  if (script === scriptLatin || script === scriptGreek) {
    const base = lower.normalize('NFD').replace(markRe, '');
    if (base.length === 1) return base.charCodeAt(0);
  }
  if (lower === 'ς') return 0x3c3;
  return lower.length === 1 ? lower.charCodeAt(0) : 0xfffd;
}

function pack(cls: number, mapped: number, script: number = scriptOther, upper = false): number {
  // Only letters of the cased scripts count as capitals (the shouting rule compares the two).
  const capital = upper && script !== scriptOther ? upperBit : 0;
  const looks =
    cls === clsLetter
      ? (toCyrillic.has(mapped) ? looksCyrillicBit : 0) | (toLatin.has(mapped) ? looksLatinBit : 0)
      : 0;
  const other = cls === clsLetter && script === scriptOther ? otherLetterBit : 0;
  return (cls | capital | script | other | looks | (mapped << 16)) >>> 0;
}

/** Whether `cp` is in {@link nfkcStableRanges}, NFKC leaves it alone and it is no mark. */
export function isNfkcStable(cp: number): boolean {
  if (cp < 0x80) return true; // NFKC is the identity on ASCII
  if (!nfkcStableRanges.some(([from, to]) => cp >= from && cp <= to)) return false;
  const ch = String.fromCodePoint(cp);
  return !isMarkRe.test(ch) && ch.normalize('NFKC') === ch;
}

function compute(cp: number): number {
  const entry = classify(cp);
  return (entry | (isNfkcStable(cp) ? nfkcStableBit : unstableBit)) >>> 0;
}

function classify(cp: number): number {
  return cp < 0x80 ? classifyAscii(cp) : classifyByProperties(cp);
}

/**
 * {@link classifyByProperties} for ASCII, without the Unicode property regexes: V8 compiles
 * each of them on its first use, which cost a cold start more than the rest of the table,
 * and an English comment needs none of them. ASCII has no invisible, combining, emoji or
 * non-Latin letter; a test checks both agree on all 128 code points.
 */
export function classifyAscii(cp: number): number {
  if (apostrophes.has(cp)) return pack(clsApostrophe, 0x27);
  if (leetSymbols.has(cp)) return pack(clsLeet, cp);
  if (cp >= 0x30 && cp <= 0x39) return pack(clsDigit, cp);
  const lower = cp | 0x20;
  if (lower >= 0x61 && lower <= 0x7a) return pack(clsLetter, lower, scriptLatin, lower !== cp);
  return pack(clsSeparator, 0x20);
}

/**
 * Squared and negative circled or squared capitals (🅵🆄🅲🅺, 🄰): letters NFKC leaves alone
 * (or, for the negative ones, does not map at all), read as the Latin letter they show.
 */
function enclosedLetter(cp: number): number {
  for (const from of [0x1f130, 0x1f150, 0x1f170]) if (cp >= from && cp < from + 26) return 0x61 + cp - from;
  return 0;
}

/** The class and folded form of any code point, read from its Unicode properties. */
export function classifyByProperties(cp: number): number {
  const enclosed = enclosedLetter(cp);
  if (enclosed !== 0) return pack(clsLetter, enclosed, scriptLatin, true);
  if (invisibleExtras.has(cp)) return pack(clsDrop, 0);
  if (apostrophes.has(cp)) return pack(clsApostrophe, 0x27);
  if (leetSymbols.has(cp)) return pack(clsLeet, cp);
  if (isEmoji(cp)) return pack(clsEmoji, 0);
  const ch = String.fromCodePoint(cp);
  if (dropRe.test(ch)) return pack(clsDrop, 0);
  if (digitRe.test(ch)) return pack(clsDigit, cp < 0x10000 ? cp : 0x30);
  if (letterRe.test(ch)) {
    const script = scriptOf(ch);
    const lower = ch.toLowerCase();
    const mapped = cp < 0x10000 ? fold(lower, script) : 0xfffd;
    return pack(clsLetter, mapped, script, lower !== ch);
  }
  return pack(clsSeparator, 0x20);
}

/** The packed entry of a code point. */
export function charInfo(cp: number): number {
  if (cp < 0x10000) {
    const e = table[cp]!;
    if (e !== 0) return e;
    const computed = compute(cp);
    table[cp] = computed;
    return computed;
  }
  let e = astral.get(cp);
  if (e === undefined) {
    e = compute(cp);
    if (astral.size < 4096) astral.set(cp, e);
  }
  return e;
}

/** Latin look-alikes of Cyrillic and Greek letters (lower case), for mixed-script words. */
export const toLatin: ReadonlyMap<number, number> = pairs(
  'аa вb сc еe нh кk мm оo рp тt хx уy ѕs іi јj ԁd їi ьb гr пn иu һh ԛq ԝw ӏl αa βb εe ηn ιi κk νv οo ρp τt υu χx ωw μu',
);
/** Cyrillic look-alikes of Latin and Greek letters (lower case), for mixed-script words. */
export const toCyrillic: ReadonlyMap<number, number> = pairs(
  'aа bв cс eе hн kк mм oо pр tт xх yу uи nп rг iі zз οо αа εе κк ρр τт χх νв',
);

/** A map from space-separated two-letter pairs: "аa вb" maps а to a and в to b. */
function pairs(spec: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const pair of spec.split(' ')) {
    if (pair.length !== 2) throw new Error(`bad look-alike pair "${pair}"`);
    out.set(pair.charCodeAt(0), pair.charCodeAt(1));
  }
  return out;
}

/** Leetspeak readings of digits and symbols, used only inside words that also have letters. */
export const leetLatin: ReadonlyMap<number, number> = pairs('0o 1i 3e 4a 5s 7t 8b 9g @a $s !i |l');
/** Digits read as the Cyrillic letters they look like, in Latin transliteration: 3ae6ali is zaebali. */
export const leetTransliteration: ReadonlyMap<number, number> = pairs('3z 6b 0o @a $s');
export const leetCyrillic: ReadonlyMap<number, number> = pairs('0о 1і 3з 4ч 6б @а $с !і');

// Warm ASCII, which every comment is mostly made of (cheap: no regex runs for it). The rest
// (Latin, Greek and Cyrillic letters beyond ASCII) is computed on first sight: warming those
// ~1,000 entries through the property regexes and `normalize` cost every cold start ~4 ms,
// while a first comment needs a few dozen of them, a fraction of a millisecond.
for (let cp = 0; cp < 0x80; cp++) charInfo(cp);

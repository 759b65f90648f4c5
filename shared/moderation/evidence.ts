import { type Automaton, newHits, scanAutomaton } from './automaton.ts';
import { toCyrillic } from './char-table.ts';
import { type CompiledPolicy, isAllowedWord } from './compile.ts';
import { kindAllow, kindBanned, kindSuspect, kindTransliterated } from './kinds.ts';
import { layoutReadings } from './layout.ts';
import {
  flagCapital,
  flagDigit,
  flagHandle,
  flagLeet,
  isSplitter,
  mixesScripts,
  needsViews,
  type Scan,
  wordText,
} from './normalise.ts';
import { modeInfix, modeWord } from './pattern-syntax.ts';
import { cyrillicReadings } from './transliteration.ts';
import { contextFoldFor, maskedWord, wantsContextFold, wordViews } from './views.ts';

/** One pattern found in a comment, located by the words it covers. */
export interface Hit {
  kind: number;
  /** Index of the pattern in the automaton (to count distinct phrases). */
  pattern: number;
  first: number;
  last: number;
}

const hits = newHits();
let viewBuf = new Uint16Array(256);

/**
 * The shared reading buffer with room for a reading of `length` units between two spaces
 * (`" word "`), the spaces written: the caller fills units 1 to `length`.
 */
function readingBuffer(length: number): Uint16Array {
  if (viewBuf.length < length + 2) viewBuf = new Uint16Array(length * 2 + 2);
  viewBuf[0] = 0x20;
  viewBuf[length + 1] = 0x20;
  return viewBuf;
}

/** Runs the automaton over the reading of `length` units in the buffer, into the shared hits. */
function scanReading(a: Automaton, length: number): void {
  hits.count = 0;
  scanAutomaton(a, viewBuf, length + 2, hits);
}

/** {@link scanReading} over `" " + text + " "`. */
function scanText(a: Automaton, text: string): void {
  const buf = readingBuffer(text.length);
  for (let i = 0; i < text.length; i++) buf[i + 1] = text.charCodeAt(i);
  scanReading(a, text.length);
}

const maxViewedWords = 256;

/** The index of the last of the first `count` ascending `starts` at or before `pos` (0 when none is). */
function lastAtOrBefore(starts: ArrayLike<number>, count: number, pos: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function wordAt(s: Scan, pos: number): number {
  return lastAtOrBefore(s.wordStart, s.words, pos);
}

/**
 * Every pattern of the compiled policy found in the scanned comment: one automaton pass
 * over the primary view, then one short pass per alternative reading of the few words
 * that have them. Terms inside an allowed word are dropped here.
 */
export function collectHits(s: Scan, c: CompiledPolicy): Hit[] {
  const a = c.automaton;
  const out: Hit[] = [];
  hits.count = 0;
  scanAutomaton(a, s.buf, s.len, hits);
  // Hits come in text order and a flood puts hundreds in one word: look each word up once.
  let checkedWord = -1;
  let allowed = false;
  for (let k = 0; k < hits.count; k++) {
    const pattern = hits.pattern[k]!;
    const kind = a.patterns[pattern]!.kind;
    const first = wordAt(s, hits.start[k]!);
    const last = wordAt(s, hits.end[k]! - 1);
    if (first === last && (kind === kindBanned || kind === kindSuspect)) {
      if (first !== checkedWord) {
        checkedWord = first;
        const word = wordText(s, first);
        allowed = isAllowedWord(c, word) || (c.names.has(word) && namesPerson(s, first));
      }
      if (allowed) continue;
    }
    out.push({ kind, pattern, first, last });
  }
  if (out.some((h) => h.kind === kindTransliterated)) {
    transliteratedHits(s, c, out);
    // The markers have done their work; no detector reads them.
    out.splice(0, out.length, ...out.filter((h) => h.kind !== kindTransliterated));
  }
  if (s.spacedRuns.length > 0) spacedRunHits(s, c, out);
  if (s.splitHint) joinedHits(s, c, out);
  if (s.layoutHint) layoutHits(s, c, out);
  const context = contextFoldFor(s);
  if (s.special === 0 && context === null) return withoutAllowed(out);
  // Adversarial texts repeat the same disguised word thousands of times: read each
  // distinct word once, and at most `maxViewedWords` of them.
  const viewed = new Set<string>();
  const memo = memoFor(viewMemos, c, context);
  // With no more words than the limit, the limit cannot cut the loop short, so a word
  // skipped unread changes nothing but the bookkeeping.
  const fold = context === null || s.words > maxViewedWords ? null : foldTable(context);
  let windows = 0;
  for (let w = 0; w < s.words && viewed.size < maxViewedWords; w++) {
    const special = needsViews(s.wordFlags[w]!);
    if (!special && (context === null || !wantsContextFold(s, w, context))) continue;
    if (!special && fold !== null && foldedFindsNothing(s, w, fold, a)) continue;
    const original = writtenWord(s, w);
    // Each place of a disguised word is read with its own neighbours, repeated or not.
    if (windows < maxPhraseWindows && disguises(s.wordFlags[w]!)) {
      windows += phraseHits(s, c, w, context, out, maxPhraseWindows - windows);
    }
    if (viewed.has(original)) continue;
    let patterns = memo.get(original);
    if (patterns === undefined) {
      patterns = viewPatterns(s, w, context, c);
      if (memo.size >= maxMemo) memo.clear();
      memo.set(original, patterns);
    }
    // An allowed word is not read and does not count toward the limit.
    if (patterns === null) continue;
    viewed.add(original);
    for (const pattern of patterns) out.push({ kind: a.patterns[pattern]!.kind, pattern, first: w, last: w });
  }
  return withoutAllowed(out);
}

/**
 * Whether a word's flags say it may be a disguised word of a phrase: digits, symbols or
 * scripts mixed inside it ("у6ью", "уб*ю", "знaйдемо" with a Latin a). Rejoined and
 * stretched letters are read as words already.
 */
function disguises(flags: number): boolean {
  return (flags & (flagDigit | flagLeet)) !== 0 || mixesScripts(flags);
}

/** How many words on either side of a disguised word a phrase can reach (the longest phrases have about six words). */
const phraseReach = 5;
/** At most this many readings of disguised words are read with their neighbours in one comment. */
const maxPhraseWindows = 48;
const letterReading = /^[\p{L}']+$/u;

/** A disguised word's readings in letters only that differ from its primary view ("k1ll" is "kill"). */
interface LetterReadings {
  /** Those that are words of a phrase, at most {@link maxReadingsPerPlace}. */
  phrase: readonly string[];
  /** The first of them all. */
  first: string | undefined;
}

let readingMemos: MemoTables<LetterReadings> = new WeakMap();

/**
 * The {@link LetterReadings} of word `w`, remembered like the automaton hits of its readings
 * (see {@link memoFor}): a flood repeats a disguised word at every place it is read at.
 */
function letterReadingsOf(
  s: Scan,
  w: number,
  context: ReadonlyMap<number, number> | null,
  c: CompiledPolicy,
): LetterReadings {
  const memo = memoFor(readingMemos, c, context);
  const original = writtenWord(s, w);
  let readings = memo.get(original);
  if (readings === undefined) {
    const primary = wordText(s, w);
    const all = wordViews(s, w, context).filter((v) => v !== primary && letterReading.test(v));
    const words = phraseWordsOf(c);
    readings = { phrase: all.filter((r) => words.has(r)).slice(0, maxReadingsPerPlace), first: all[0] };
    if (memo.size >= maxMemo) memo.clear();
    memo.set(original, readings);
  }
  return readings;
}

/**
 * Phrases that a disguised word completes ("я тебя у6ью", "I'm going to k1ll you"): each
 * reading of word `w` in letters only is read with the words around it, and the hits of
 * phrase kinds (not terms, which the word's own readings found) that cover it count.
 * Returns how many readings were read, at most `budget`.
 */
function phraseHits(
  s: Scan,
  c: CompiledPolicy,
  w: number,
  context: ReadonlyMap<number, number> | null,
  out: Hit[],
  budget: number,
): number {
  if (s.words < 2) return 0;
  const readings = letterReadingsOf(s, w, context, c).phrase.slice(0, budget);
  if (readings.length === 0) return 0;
  const from = Math.max(0, w - phraseReach);
  const to = Math.min(s.words - 1, w + phraseReach);
  // A disguised neighbour is read as its first reading in letters ("k1ll y0urself"); the others
  // as the normaliser reads them (a stretched "youuuu" is "you").
  const plain = (k: number): string =>
    (disguises(s.wordFlags[k]!) ? letterReadingsOf(s, k, context, c).first : undefined) ?? wordText(s, k);
  const before = Array.from({ length: w - from }, (_, k) => plain(from + k));
  const after = Array.from({ length: to - w }, (_, k) => plain(w + 1 + k));
  // Phrases that cover the disguised word; one of its own counted already.
  const covers = (first: number, last: number): boolean => first <= w && last >= w && first !== last;
  for (const reading of readings) phrasesIn(c, [...before, reading, ...after], from, covers, out);
  return readings.length;
}

/** At most this many readings of one place of a disguised word are read with its neighbours. */
const maxReadingsPerPlace = 3;

const phraseWords = new WeakMap<CompiledPolicy, ReadonlySet<string>>();

/**
 * The words of the policy's phrases of more than one word: a reading that is none of them
 * cannot complete a phrase, so it is not read with its neighbours.
 */
function phraseWordsOf(c: CompiledPolicy): ReadonlySet<string> {
  let words = phraseWords.get(c);
  if (words === undefined) {
    const found = new Set<string>();
    for (const p of c.automaton.patterns) {
      if (p.kind === kindBanned || p.kind === kindSuspect || p.kind === kindAllow || !p.text.includes(' '))
        continue;
      for (const word of p.text.split(' ')) found.add(word);
    }
    words = found;
    phraseWords.set(c, words);
  }
  return words;
}

/**
 * The phrase hits (not terms, allowed phrases or the markers of a transliteration) of a reading of the words
 * from `from` on, `words` one string each, added to `out` as hits on the comment's words when
 * `wanted` says so of the words they cover and `out` does not have them already.
 */
function phrasesIn(
  c: CompiledPolicy,
  words: readonly string[],
  from: number,
  wanted: (first: number, last: number) => boolean,
  out: Hit[],
): void {
  for (const hit of hitsOnWords(c, words, ' ', from)) {
    const { kind, pattern, first, last } = hit;
    if (kind === kindBanned || kind === kindSuspect || kind === kindAllow || kind === kindTransliterated)
      continue;
    if (!wanted(first, last)) continue;
    if (out.some((h) => h.pattern === pattern && h.first === first && h.last === last)) continue;
    out.push(hit);
  }
}

/**
 * The automaton's hits in `words` joined by `glue`, each placed on the words it covers,
 * numbered from `from` (word `k` of `words` is word `from + k` of the comment).
 */
function hitsOnWords(c: CompiledPolicy, words: readonly string[], glue: string, from: number): Hit[] {
  const a = c.automaton;
  // Where each word starts in the scanned text (after its leading space).
  const starts: number[] = [];
  let at = 1;
  for (const word of words) {
    starts.push(at);
    at += word.length + glue.length;
  }
  scanText(a, words.join(glue));
  const wordOf = (pos: number): number => from + lastAtOrBefore(starts, starts.length, pos);
  const found: Hit[] = [];
  for (let k = 0; k < hits.count; k++) {
    const pattern = hits.pattern[k]!;
    found.push({
      kind: a.patterns[pattern]!.kind,
      pattern,
      first: wordOf(hits.start[k]!),
      last: wordOf(hits.end[k]! - 1),
    });
  }
  return found;
}

/** At most this many words of a transliterated comment are read in Cyrillic. */
const maxTransliteratedWords = 200;

/**
 * Phrases of a comment in Russian or Ukrainian written in Latin letters ("Vb'yu tebe, yak
 * til'ky pobachu"): the comment is read once in each language's Cyrillic, and the phrases
 * found count on the words they cover. Terms are not read this way: English words of a
 * marked comment read as Cyrillic ones ("her" as хер, "job" as йоб); they have their own
 * Latin spellings in the lists.
 */
function transliteratedHits(s: Scan, c: CompiledPolicy, out: Hit[]): void {
  const words = Array.from({ length: Math.min(s.words, maxTransliteratedWords) }, (_, w) => {
    const text = wordText(s, w);
    return cyrillicReadings(text) ?? [text, text];
  });
  for (const language of [0, 1])
    phrasesIn(
      c,
      words.map((reading) => reading[language]!),
      0,
      () => true,
      out,
    );
}

/** Word `w` as written, the key of its readings: a handle's @ is not part of the word, but its readings differ ("@ss" is also "ass"). */
function writtenWord(s: Scan, w: number): string {
  const handle = (s.wordFlags[w]! & flagHandle) !== 0 ? '@' : '';
  return handle + s.source.slice(s.origStart[w]!, s.origEnd[w]!);
}

/** Whether word `w`, a given name, is written as a person's name: "Dick Durbin", "Richard 'Dick' Mayhew". */
function namesPerson(s: Scan, w: number): boolean {
  const capital = (k: number): boolean => (s.wordFlags[k]! & flagCapital) !== 0;
  if (w + 1 >= s.words || !capital(w) || !capital(w + 1)) return false;
  if (s.origStart[w + 1] === s.origEnd[w]! + 1 && s.source.charCodeAt(s.origEnd[w]!) === 0x20) return true;
  // A nickname in quotation marks between the names: Richard 'Dick' Mayhew.
  return (
    w > 0 &&
    capital(w - 1) &&
    nicknameQuotes.includes(s.source[s.origStart[w]! - 1] ?? '') &&
    nicknameQuotes.includes(s.source[s.origEnd[w]!] ?? '')
  );
}

const nicknameQuotes = `'"‘’“”«»`;

/**
 * Banned and suspect terms across the words that wider gaps parted a run of spaced letters
 * into ("f u   c k" is "fu ck"): the run is also read as one word, and a term found across its
 * parts counts on them (one inside a part was found already).
 */
function spacedRunHits(s: Scan, c: CompiledPolicy, out: Hit[]): void {
  const runs = s.spacedRuns;
  for (let r = 0; r < runs.length; r += 2) {
    const first = runs[r]!;
    const parts = Array.from({ length: runs[r + 1]! }, (_, k) => wordText(s, first + k));
    if (isAllowedWord(c, parts.join(''))) continue;
    for (const hit of hitsOnWords(c, parts, '', first)) {
      if ((hit.kind === kindBanned || hit.kind === kindSuspect) && hit.first !== hit.last) out.push(hit);
    }
  }
}

/**
 * Banned and suspect terms spelled across two words that one dot, hyphen or underscore
 * joins ("bi.tch", "f-uck"): the two read as one word. Only hits that span the join count
 * (the words on their own were read already), and an allowed joined word counts for none.
 */
function joinedHits(s: Scan, c: CompiledPolicy, out: Hit[]): void {
  const a = c.automaton;
  for (let w = 0; w + 1 < s.words; w++) {
    const gap = s.origEnd[w]!;
    if (s.origStart[w + 1] !== gap + 1 || !isSplitter(s.source.charCodeAt(gap))) continue;
    const from = s.wordStart[w]!;
    const split = s.wordEnd[w]! - from;
    const to = s.wordEnd[w + 1]!;
    const length = split + to - s.wordStart[w + 1]!;
    const buf = readingBuffer(length);
    buf.set(s.buf.subarray(from, from + split), 1);
    buf.set(s.buf.subarray(s.wordStart[w + 1]!, to), split + 1);
    scanReading(a, length);
    let joined: string | null = null;
    for (let k = 0; k < hits.count; k++) {
      const kind = a.patterns[hits.pattern[k]!]!.kind;
      if (kind !== kindBanned && kind !== kindSuspect) continue;
      if (hits.start[k]! > split || hits.end[k]! <= split + 1) continue;
      joined ??= String.fromCharCode(...buf.subarray(1, length + 1));
      if (isAllowedWord(c, joined)) break;
      out.push({ kind, pattern: hits.pattern[k]!, first: w, last: w + 1 });
    }
  }
}

/**
 * Banned and suspect terms in words typed on the Latin layout with a Cyrillic one meant
 * ("[eqyz" is хуйня), each counted on the words of the typed stretch.
 */
function layoutHits(s: Scan, c: CompiledPolicy, out: Hit[]): void {
  const a = c.automaton;
  for (const { at, end, reading } of layoutReadings(s.source)) {
    if (isAllowedWord(c, reading)) continue;
    let w = 0;
    while (w < s.words && s.origEnd[w]! <= at) w++;
    if (w === s.words) continue;
    let last = w;
    while (last + 1 < s.words && s.origStart[last + 1]! < end) last++;
    scanText(a, reading);
    for (let k = 0; k < hits.count; k++) {
      // A Latin word read on the other layout must not find the forms of Latin terms typed
      // on the Cyrillic one ("fuck,the" reads "агслеру"): the word itself was read already.
      const p = a.patterns[hits.pattern[k]!]!;
      if ((p.kind === kindBanned || p.kind === kindSuspect) && p.layout !== true)
        out.push({ kind: p.kind, pattern: hits.pattern[k]!, first: w, last });
    }
  }
}

/** The hits less the allowed phrases and the banned or suspect terms inside one. */
function withoutAllowed(hits: Hit[]): Hit[] {
  if (!hits.some((h) => h.kind === kindAllow)) return hits;
  const allowed = hits.filter((h) => h.kind === kindAllow);
  return hits.filter(
    (h) =>
      h.kind !== kindAllow &&
      !(
        (h.kind === kindBanned || h.kind === kindSuspect) &&
        allowed.some((a) => a.first <= h.first && h.last <= a.last)
      ),
  );
}

/** `map` as a table over the BMP: the look-alike of each unit, 0 for none. */
const foldTables = new WeakMap<ReadonlyMap<number, number>, Uint16Array>();

function foldTable(map: ReadonlyMap<number, number>): Uint16Array {
  let table = foldTables.get(map);
  if (table === undefined) {
    table = new Uint16Array(0x10000);
    for (const [from, to] of map) table[from] = to;
    foldTables.set(map, table);
  }
  return table;
}

/**
 * Whether a word read only for its look-alike fold (no leetspeak, digits, stretched letters
 * or mixed scripts) finds no pattern that way. Its readings are then the primary view and
 * the fold of it, and the primary view was already matched, so nothing new can be found;
 * this answers without slicing the word out, hashing it or building its readings, which
 * most of the minority-script words of a mixed comment ("Kyiv" in Ukrainian prose) need.
 * Words with an apostrophe take the full path (their readings also collapse repeated ones).
 */
function foldedFindsNothing(s: Scan, w: number, fold: Uint16Array, a: Automaton): boolean {
  const from = s.wordStart[w]!;
  const to = s.wordEnd[w]!;
  const buf = readingBuffer(to - from);
  for (let k = from; k < to; k++) {
    const folded = fold[s.buf[k]!]!;
    if (folded === 0) return false;
    buf[k - from + 1] = folded;
  }
  scanReading(a, to - from);
  return hits.count === 0;
}

/**
 * The patterns found in the alternative readings of word `w`, in reading order, or null
 * when the word itself is allowed. A pure function of the word as written, its flags, the
 * comment's look-alike direction and the policy, which is what the memo keys on.
 */
function viewPatterns(
  s: Scan,
  w: number,
  context: ReadonlyMap<number, number> | null,
  c: CompiledPolicy,
): readonly number[] | null {
  const a = c.automaton;
  const primary = wordText(s, w);
  if (isAllowedWord(c, primary)) return null;
  const found: number[] = [];
  for (const view of wordViews(s, w, context)) {
    if (view === primary || isAllowedWord(c, view)) continue;
    scanText(a, view);
    for (let k = 0; k < hits.count; k++) found.push(hits.pattern[k]!);
  }
  const masked = maskedWord(s, w);
  if (masked !== null) for (const id of maskMatches(c, masked)) if (!found.includes(id)) found.push(id);
  return found;
}

/** A banned single-word pattern, for matching words with hidden letters. */
interface MaskTerm {
  id: number;
  text: string;
  mode: number;
}

const maskTerms = new WeakMap<CompiledPolicy, readonly MaskTerm[]>();

function maskTermsFor(c: CompiledPolicy): readonly MaskTerm[] {
  let terms = maskTerms.get(c);
  if (terms === undefined) {
    terms = c.automaton.patterns.flatMap((p, id) =>
      p.kind === kindBanned && !p.text.includes(' ') ? [{ id, text: p.text, mode: p.mode }] : [],
    );
    maskTerms.set(c, terms);
  }
  return terms;
}

/** Whether `word` starts with `term`, a `*` standing for any one letter (at least one hidden, the first shown). */
function readsMasked(word: readonly number[], term: string): boolean {
  if (word[0] === 0x2a) return false;
  let hidden = 0;
  for (let k = 0; k < term.length; k++) {
    const c = word[k]!;
    if (c === 0x2a) hidden++;
    else if (c !== term.charCodeAt(k)) return false;
  }
  return hidden > 0;
}

/**
 * The banned terms a word with hidden letters can stand for: a whole-word term of its
 * length, or a stem at its start ("f***" is fuck, "c**t" cunt, "f**king" fucking; "h*ll"
 * and "d*mn" stand for no banned term and pass). Stems are not read into masks inside
 * words, three-letter ones only as the whole word, and shorter terms never: too many
 * innocent words would fit them.
 */
function maskMatches(c: CompiledPolicy, word: readonly number[]): number[] {
  const out: number[] = [];
  for (const t of maskTermsFor(c)) {
    const n = t.text.length;
    if (n < 3 || n > word.length) continue;
    const wholeWord = t.mode === modeWord || n === 3;
    if ((!wholeWord || n === word.length) && readsMasked(word, t.text)) out.push(t.id);
    // A stem of four letters or more that words contain anywhere ("*fuck*") is read at
    // every position: "motherf***er".
    else if (t.mode === modeInfix && n >= 4 && readsMaskedInside(word, t.text)) out.push(t.id);
  }
  return out;
}

/** Whether `term` reads masked at some position inside `word` (see {@link readsMasked}). */
function readsMaskedInside(word: readonly number[], term: string): boolean {
  for (let at = 1; at + term.length <= word.length; at++) {
    if (readsMasked(word.slice(at, at + term.length), term)) return true;
  }
  return false;
}

/**
 * Readings of the same written word are the same in every comment, and the words that get
 * them repeat a lot ("the", "a", "в" in a comment that mixes scripts; "www", "20mg"), so
 * their automaton hits are remembered per compiled policy and look-alike direction (a
 * word's readings depend only on its text, which fixes its flags, and on that direction).
 * Bounded: cleared when full.
 */
/** Per compiled policy, one memo for each look-alike direction: none, toward Cyrillic, toward Latin. */
type MemoTables<T> = WeakMap<CompiledPolicy, [Map<string, T>, Map<string, T>, Map<string, T>]>;
let viewMemos: MemoTables<readonly number[] | null> = new WeakMap();
const maxMemo = 4096;

/** Forgets every remembered reading (for tests comparing cold and warm runs). */
export function forgetReadings(): void {
  viewMemos = new WeakMap();
  readingMemos = new WeakMap();
}

/** The memo of `tables` for policy `c` and the comment's look-alike map `context`. */
function memoFor<T>(
  tables: MemoTables<T>,
  c: CompiledPolicy,
  context: ReadonlyMap<number, number> | null,
): Map<string, T> {
  let memos = tables.get(c);
  if (memos === undefined) {
    memos = [new Map(), new Map(), new Map()];
    tables.set(c, memos);
  }
  return memos[context === null ? 0 : context === toCyrillic ? 1 : 2];
}

/** The words of a hit as the author wrote them. */
export function hitText(s: Scan, h: Hit): string {
  const end = s.origEnd[h.last]!;
  const start = s.origStart[h.first]!;
  // A detail names the words, not a 5,000-character flood that contains them.
  return end - start > maxDetail
    ? `${s.source.slice(start, start + maxDetail)}…`
    : s.source.slice(start, end);
}

const maxDetail = 60;

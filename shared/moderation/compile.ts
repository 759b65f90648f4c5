import { type Automaton, compileAutomaton, type Pattern } from './automaton.ts';
import { backwardsPhrases } from './backwards.ts';
import { kindAllow, kindBanned, kindSuspect, kindTransliterated } from './kinds.ts';
import { cyrillicLayoutForms } from './layout.ts';
import { normalise } from './normalise.ts';
import { expandSpec, modeInfix, modeWord, splitMode } from './pattern-syntax.ts';
import { spamPhrases } from './phrases/spam.ts';
import { threatPhrases } from './phrases/threats.ts';
import type { PhraseGroup } from './phrases/types.ts';
import type { Policy } from './policy.ts';
import { en } from './terms/en.ts';
import { ru } from './terms/ru.ts';
import type { TermList } from './terms/types.ts';
import { uk } from './terms/uk.ts';
import { transliterationMarkers } from './transliteration.ts';

/**
 * A policy compiled for the engine: one automaton over every banned and suspect term and
 * every built-in phrase, the allowlist and the domain lists. Compiling costs milliseconds,
 * so it happens once per policy: cached by object identity, and by content for callers
 * that parse the same stored policy again.
 */
export interface CompiledPolicy {
  automaton: Automaton;
  /** Normalised words that never count as banned or suspect. */
  allow: ReadonlySet<string>;
  /** Length of the longest allowed word, to skip the lookup for longer words. */
  longestAllowed: number;
  /** Allowed stems: words starting with (`stem+`) or containing (`*stem*`) one are allowed too. */
  allowStems: readonly AllowStem[];
  /** Terms that are also given names (see `TermList.names`). */
  names: ReadonlySet<string>;
  blockedDomains: readonly string[];
  allowedDomains: readonly string[];
}

export interface AllowStem {
  text: string;
  mode: number;
}

/** Whether a normalised word is allowed: listed, or starting with or containing an allowed stem. */
export function isAllowedWord(c: CompiledPolicy, word: string): boolean {
  if (word.length <= c.longestAllowed && c.allow.has(word)) return true;
  for (const stem of c.allowStems) {
    if (stem.mode === modeInfix ? word.includes(stem.text) : word.startsWith(stem.text)) return true;
  }
  return false;
}

export const builtInTerms: Readonly<Record<'en' | 'uk' | 'ru', TermList>> = { en, uk, ru };

const byIdentity = new WeakMap<Policy, CompiledPolicy>();
const byContent = new Map<string, CompiledPolicy>();
const maxByContent = 16;

function addSpecs(out: Pattern[], specs: readonly string[], kind: number): void {
  for (const spec of specs) {
    for (const form of expandSpec(spec)) {
      // The normaliser collapses runs of three letters, so such a form could never match.
      if (/(.)\1\1/u.test(form.text))
        throw new Error(`term "${form.text}" has a letter three times in a row`);
      const text = normalise(form.text);
      if (text !== '') out.push({ text, mode: form.mode, kind, ref: out.length });
    }
  }
}

/**
 * The banned Latin terms of four letters or more as typed with a Cyrillic layout on ("агсл"
 * is fuck): such strings are no Russian or Ukrainian words. Shorter ones could be.
 */
function addLayoutForms(out: Pattern[]): void {
  for (const p of out.slice()) {
    if (p.kind !== kindBanned || p.text.length < 4) continue;
    for (const text of cyrillicLayoutForms(p.text)) out.push({ ...p, text, ref: out.length, layout: true });
  }
}

/**
 * A site's own term: plain text is a whole word or phrase; `stem+` and `*stem*` work as in
 * the built-in lists. Parentheses are taken literally (a site's list is data, not code).
 */
function siteTerm(term: string): Pattern | null {
  const { mode, body } = splitMode(term);
  const text = normalise(body);
  return text === '' ? null : { text, mode, kind: 0, ref: 0 };
}

function addSiteTerms(out: Pattern[], terms: readonly string[], kind: number): void {
  for (const term of terms) {
    const p = siteTerm(term);
    if (p !== null) out.push({ ...p, kind, ref: out.length });
  }
}

function addPhrases(out: Pattern[], groups: readonly PhraseGroup[]): void {
  for (const g of groups) addSpecs(out, g.specs, g.kind);
}

/**
 * An allowlist entry: a whole word, a phrase (whose words the automaton finds, see
 * {@link kindAllow}), or a `stem+` / `*stem*` stem as in the term lists.
 */
function addAllowed(allow: Set<string>, stems: AllowStem[], phrases: Pattern[], entry: string): void {
  const { mode, body } = splitMode(entry);
  const text = normalise(body);
  if (text === '') return;
  if (mode === modeWord && text.includes(' ')) phrases.push({ text, mode, kind: kindAllow, ref: 0 });
  else if (mode === modeWord) allow.add(text);
  else if (!stems.some((s) => s.text === text && s.mode === mode)) stems.push({ text, mode });
}

function build(policy: Policy): CompiledPolicy {
  const patterns: Pattern[] = [];
  const allow = new Set<string>();
  const allowStems: AllowStem[] = [];
  const allowPhrases: Pattern[] = [];
  const names = new Set<string>();
  for (const name of policy.bannedTerms.lists) {
    addSpecs(patterns, builtInTerms[name].banned, kindBanned);
    for (const entry of builtInTerms[name].allow) addAllowed(allow, allowStems, allowPhrases, entry);
    for (const given of builtInTerms[name].names ?? []) names.add(normalise(given));
  }
  addLayoutForms(patterns);
  for (const name of policy.suspectTerms.lists) addSpecs(patterns, builtInTerms[name].suspect, kindSuspect);
  addSiteTerms(patterns, policy.bannedTerms.extra, kindBanned);
  addSiteTerms(patterns, policy.suspectTerms.extra, kindSuspect);
  for (const entry of policy.bannedTerms.allow) addAllowed(allow, allowStems, allowPhrases, entry);
  for (const p of allowPhrases) patterns.push({ ...p, ref: patterns.length });
  addPhrases(patterns, threatPhrases);
  addPhrases(patterns, spamPhrases);
  addPhrases(patterns, backwardsPhrases);
  addSpecs(patterns, transliterationMarkers, kindTransliterated);
  const host = (d: string): string =>
    d
      .trim()
      .toLowerCase()
      .replace(/^\*?\.|\.$/gu, '');
  return {
    automaton: compileAutomaton(patterns),
    allow,
    longestAllowed: Math.max(0, ...[...allow].map((w) => w.length)),
    allowStems,
    names,
    blockedDomains: policy.blockedDomains.map(host),
    allowedDomains: policy.allowedDomains.map(host),
  };
}

/** The compiled form of `policy`, built on first use and cached. */
export function compiledFor(policy: Policy): CompiledPolicy {
  const cached = byIdentity.get(policy);
  if (cached !== undefined) return cached;
  const key = JSON.stringify([
    policy.bannedTerms,
    policy.suspectTerms,
    policy.blockedDomains,
    policy.allowedDomains,
  ]);
  let compiled = byContent.get(key);
  if (compiled === undefined) {
    compiled = build(policy);
    if (byContent.size >= maxByContent) byContent.delete(byContent.keys().next().value as string);
    byContent.set(key, compiled);
  }
  byIdentity.set(policy, compiled);
  return compiled;
}

import { describe, expect, it } from 'vitest';
import { compileAutomaton, newHits, scanAutomaton } from '../../../shared/moderation/automaton.ts';
import { compiledFor } from '../../../shared/moderation/compile.ts';
import {
  defaultPolicy,
  duplicateFingerprint,
  fixableRules,
  type ModerationContext,
  policySchema,
} from '../../../shared/moderation/index.ts';
import { expandSpec, modeInfix, modePrefix, modeWord } from '../../../shared/moderation/pattern-syntax.ts';
import { anonymous, policy, rules, verdict } from './helpers.ts';

const withAuthor = (author: Partial<ModerationContext['author']>, rest: Partial<ModerationContext> = {}) => ({
  ...anonymous,
  ...rest,
  author: { ...anonymous.author, ...author },
});

describe('decisions and context', () => {
  it('rejects a banned author without telling the fixable rules', () => {
    const v = verdict('Nice article.', defaultPolicy, withAuthor({ banned: true }));
    expect(v.decision).toBe('reject');
    expect(v.signals.map((s) => s.rule)).toEqual(['banned_author']);
    expect(fixableRules.has('banned_author')).toBe(false);
  });

  it('answers banned terms, blocked domains and length as fixable', () => {
    expect([...fixableRules].sort()).toEqual(['banned_term', 'blocked_domain', 'too_long']);
  });

  it('rejects a text over 5000 code points after normalisation', () => {
    expect(rules('word '.repeat(1001))).toContain('too_long');
    expect(rules(`${'\u200B'.repeat(3000)}${'ok '.repeat(1000)}`)).not.toContain('too_long');
  });

  it('holds unverified authors when the policy says anonymous: hold', () => {
    const p = policy({ anonymous: 'hold' });
    expect(rules('Nice article.', p)).toEqual(['anonymous']);
    expect(verdict('Nice article.', p, withAuthor({ verified: true })).decision).toBe('publish');
  });

  it("holds an author's first N comments", () => {
    const p = policy({ newAuthorHold: 2 });
    expect(verdict('Nice.', p, withAuthor({ verified: true, publishedCount: 1 })).decision).toBe('hold');
    expect(verdict('Nice.', p, withAuthor({ verified: true, publishedCount: 2 })).decision).toBe('publish');
  });

  it('holds a duplicate of a recent comment', () => {
    expect(rules('Nice.', defaultPolicy, { ...anonymous, recentDuplicate: true })).toEqual(['duplicate']);
  });

  it('holds everything in pre mode and publishes everything not rejected in post mode', () => {
    expect(verdict('Nice.', defaultPolicy, { ...anonymous, mode: 'pre' }).decision).toBe('hold');
    expect(verdict('Go jump off a bridge', defaultPolicy, { ...anonymous, mode: 'post' }).decision).toBe(
      'publish',
    );
    expect(verdict('fuck', defaultPolicy, { ...anonymous, mode: 'post' }).decision).toBe('reject');
  });

  it('spares trusted authors the shouting rule', () => {
    const trusted = withAuthor({ verified: true, publishedCount: 20 });
    expect(verdict('THIS IS THE BEST NEWS OF THE WINTER', defaultPolicy, trusted).decision).toBe('publish');
    expect(verdict('THIS IS THE BEST NEWS OF THE WINTER').decision).toBe('hold');
  });
});

describe('policy', () => {
  it('parses {} into the API.md defaults', () => {
    expect(policySchema.parse({})).toEqual(defaultPolicy);
    expect(defaultPolicy.maxLinks).toBe(2);
    expect(defaultPolicy.bannedTerms.lists).toEqual(['en', 'uk', 'ru']);
  });

  it('compiles a policy once, by identity and by content', () => {
    expect(compiledFor(defaultPolicy)).toBe(compiledFor(defaultPolicy));
    expect(compiledFor(policySchema.parse({}))).toBe(compiledFor(defaultPolicy));
    expect(compiledFor(policy({ maxLinks: 5 }))).toBe(compiledFor(defaultPolicy));
    expect(compiledFor(policy({ bannedTerms: { extra: ['x'] } }))).not.toBe(compiledFor(defaultPolicy));
  });
});

describe('duplicate fingerprint', () => {
  it('is equal for texts that normalise alike', () => {
    expect(duplicateFingerprint('Great  ARTICLE!!!')).toBe(duplicateFingerprint('great article'));
    expect(duplicateFingerprint('ｇｒｅａｔ a\u200Brticle')).toBe(duplicateFingerprint('great article'));
  });

  it('differs for different texts', () => {
    expect(duplicateFingerprint('great article')).not.toBe(duplicateFingerprint('great articles'));
  });
});

describe('pattern syntax', () => {
  it('expands choices into every form', () => {
    expect(expandSpec('(|за)еб(ал|ать)').map((t) => t.text)).toEqual(['ебал', 'ебать', 'заебал', 'заебать']);
  });

  it('marks stems and infixes', () => {
    expect(expandSpec('shit+')).toEqual([{ text: 'shit', mode: modePrefix }]);
    expect(expandSpec('*fuck*')).toEqual([{ text: 'fuck', mode: modeInfix }]);
    expect(expandSpec('son of a bitch')).toEqual([{ text: 'son of a bitch', mode: modeWord }]);
  });

  it('adds е spellings of ё forms, except for stems inside words', () => {
    expect(expandSpec('уёбок').map((t) => t.text)).toEqual(['уёбок', 'уебок']);
    expect(expandSpec('*хуё*').map((t) => t.text)).toEqual(['хуё']);
  });

  it('refuses an unbalanced choice', () => {
    expect(() => expandSpec('(a|b')).toThrow(/unbalanced/);
  });
});

describe('automaton', () => {
  const a = compileAutomaton([
    { text: 'ass', mode: modeWord, kind: 0, ref: 0 },
    { text: 'shit', mode: modePrefix, kind: 0, ref: 1 },
    { text: 'fuck', mode: modeInfix, kind: 0, ref: 2 },
    { text: 'son of a', mode: modeWord, kind: 1, ref: 3 },
  ]);
  const found = (text: string): string[] => {
    const buf = Uint16Array.from(` ${text} `, (c) => c.charCodeAt(0));
    const hits = newHits();
    scanAutomaton(a, buf, buf.length, hits);
    return Array.from(hits.pattern.subarray(0, hits.count), (p) => a.patterns[p]!.text);
  };

  it('matches whole words, word-start stems and infixes', () => {
    expect(found('ass assess classic')).toEqual(['ass']);
    expect(found('shitty washita')).toEqual(['shit']);
    expect(found('motherfucker')).toEqual(['fuck']);
    expect(found('you son of a gun')).toEqual(['son of a']);
  });
});

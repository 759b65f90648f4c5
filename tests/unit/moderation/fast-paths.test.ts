import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildCorpus, prng } from '../../../bench/corpus.ts';
import { compileAutomaton, newHits, scanAutomaton } from '../../../shared/moderation/automaton.ts';
import { classifyAscii, classifyByProperties, isNfkcStable } from '../../../shared/moderation/char-table.ts';
import { forgetReadings } from '../../../shared/moderation/evidence.ts';
import {
  matchLinks,
  matchLinksWhole,
  undisguise,
  undisguiseUnguarded,
} from '../../../shared/moderation/links.ts';
import { modeInfix, modeWord } from '../../../shared/moderation/pattern-syntax.ts';
import { verdict } from './helpers.ts';
import { samples } from './samples.ts';

/**
 * The shortcuts taken for speed must never change a verdict. Each is compared with the
 * plain way of doing the same thing, over the dev set and over seeded random texts that
 * are dense in the characters the shortcuts look at (`samples.ts`); and the verdicts of
 * those texts and of the bench corpus are compared with digests recorded with the engine
 * of commit f63a399, before the speed work.
 */

const stopLabels = new Set([
  'the',
  'this',
  'that',
  'each',
  'every',
  'one',
  'red',
  'blue',
  'black',
  'polka',
  'tiny',
]);

/** `undisguise` as it was at commit f63a399, the reference for the faster rewrites. */
function originalUndisguise(text: string): string {
  return (
    text
      .replace(/h(?:xx|\*\*|XX|tt)p(s?)\s*(?::\s*\/\s*\/|\[:\]\/\/)/gu, 'http$1://')
      .replace(/\s*[[({]\s*(?:\.|dot|DOT|точка|крапка)\s*[\])}]\s*/gu, '.')
      .replace(/([\p{L}\d-]{3,})\s+(?:dot|DOT|Dot|точка|крапка)\s+(?=\p{L}{2,})/gu, (m, label: string) =>
        stopLabels.has(label.toLowerCase()) ? m : `${label}.`,
      )
      .replace(/\b[wW]\s+[wW]\s+[wW]\s*\.\s*/gu, 'www.')
      // Added later, unchanged by the anchoring: spaced letters around a dot, dots in disguise.
      .replace(
        /(?<![\p{L}\d])(?:[\p{L}\d] ){1,24}[\p{L}\d] ?\. ?(?:[\p{L}\d] ){1,8}[\p{L}\d](?![\p{L}\d])/gu,
        (m) => m.replaceAll(' ', ''),
      )
      .replace(/([\p{L}\d])\s+\.\s+(?=[\p{L}\d])/gu, '$1.')
      .replace(
        /(?<=[\p{L}\d])[。｡·•∙](?=(?:com|net|org|shop|store|site|online|xyz|top|info|ua|ru|io|bet|club|pro|biz|win|app|click|link)(?![\p{L}\d]))/gu,
        '.',
      )
      .replace(/([\p{L}\d._-]{2,})\s+(?:at|AT|\(at\)|\[at\])\s+(?=[\p{L}\d-]+\.\p{L}{2,})/gu, '$1@')
  );
}

/** Short seeded texts dense in labels, spaces and spoken dots and ats, astral letters included. */
function spokenLinks(count: number, seed: number): string[] {
  const parts = [
    ...['a', 'xy', 'abc', 'the', 'One', '-', '1', '22', ' ', '  ', '\u00a0', '\u3000', '\n', 'dot', 'DOT'],
    ...['Dot', 'точка', 'крапка', 'at', 'AT', '(at)', '[at]', '.', '(', ')', '𝐀', '𝐁𝐂', '\ud835', '\udc00'],
    ...['é', 'ж', 'com', '_', 'www', 'w w w', 'hxxp://', '!', '😀', 'ab.cd'],
  ];
  const rand = prng(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = '';
    for (let k = Math.floor(rand() * 16); k > 0; k--) text += parts[Math.floor(rand() * parts.length)]!;
    out.push(text);
  }
  return out;
}

/** sha256 over the verdicts (decision and signals), one JSON line each. */
function verdictDigest(texts: readonly string[]): string {
  const digest = createHash('sha256');
  for (const text of texts) {
    const v = verdict(text);
    digest.update(JSON.stringify({ decision: v.decision, signals: v.signals }));
    digest.update('\n');
  }
  return digest.digest('hex');
}

const brief = (ms: readonly { raw: string; url: string; schema: string; index: number }[]): string[] =>
  ms.map((m) => `${m.schema}|${m.raw}|${m.url}`);

describe('fast paths agree with the slow ones', () => {
  it('finds the same links reading only the stretches that can hold one', () => {
    for (const text of samples) {
      expect(brief(matchLinks(text)), text).toEqual(brief(matchLinksWhole(text)));
      const plain = undisguiseUnguarded(text);
      expect(brief(matchLinks(plain)), plain).toEqual(brief(matchLinksWhole(plain)));
    }
  });

  it('skips NFKC only for texts NFKC leaves alone: no two stable characters combine', () => {
    const stable: string[] = [];
    for (let cp = 0; cp < 0x30000; cp++) if (isNfkcStable(cp)) stable.push(String.fromCodePoint(cp));
    expect(stable.length).toBeGreaterThan(1000);
    // Each string puts one stable character before and after every other one.
    const changed = stable.filter((a) => {
      const text = `${stable.join(a)}${a}`;
      return text.normalize('NFKC') !== text;
    });
    expect(changed).toEqual([]);
  });

  it('classifies ASCII the same without the Unicode property regexes', () => {
    for (let cp = 0; cp < 0x80; cp++) expect([cp, classifyAscii(cp)]).toEqual([cp, classifyByProperties(cp)]);
  });

  it('undoes disguises the same with and without the cheap guards', () => {
    for (const text of samples) expect(undisguise(text), text).toBe(undisguiseUnguarded(text));
  });

  it('undoes disguises as the original rewrites did (before labels were anchored)', () => {
    const disguised = [
      'write to john.doe_1 at gmail dot com or JOHN AT mail dot ru',
      'visit cheap-pills-online dot com, the dot com era, xx dot yy dot shop',
      'name [at] host.example and abc(at)def.org, a at b.cc',
      'заходи на сайт казино точка ком або сайт крапка юа',
    ];
    for (const text of [...disguised, ...samples, ...spokenLinks(20_000, 14)]) {
      expect(undisguiseUnguarded(text), text).toBe(originalUndisguise(text));
    }
  });

  it('gives the same verdicts with remembered word readings as with fresh ones', () => {
    const warm = samples.map((text) => verdict(text));
    const cold = samples.map((text) => {
      forgetReadings();
      return verdict(text);
    });
    expect(warm).toEqual(cold);
  });

  it('finds what a naive search finds with the premultiplied automaton', () => {
    const words = ['ass', 'as', 'sass', 'fuck', 'uck', 'son of a', 'of a', 'a'];
    const patterns = words.map((text, ref) => ({ text, mode: ref % 2 ? modeInfix : modeWord, kind: 0, ref }));
    const a = compileAutomaton(patterns);
    const rand = prng(13);
    const alphabet = 'asfuckon ';
    for (let i = 0; i < 500; i++) {
      let body = '';
      for (let k = Math.floor(rand() * 40); k > 0; k--)
        body += alphabet[Math.floor(rand() * alphabet.length)]!;
      const text = ` ${body.replace(/ +/gu, ' ').trim()} `;
      const buf = Uint16Array.from(text, (c) => c.charCodeAt(0));
      const hits = newHits();
      scanAutomaton(a, buf, buf.length, hits);
      const found = Array.from(hits.pattern.subarray(0, hits.count), (p, k) => `${p}@${hits.end[k]}`).sort();
      const naive: string[] = [];
      patterns.forEach((p, id) => {
        for (let end = p.text.length; end <= text.length; end++) {
          const start = end - p.text.length;
          if (text.slice(start, end) !== p.text) continue;
          if (p.mode === modeWord && (text[start - 1] !== ' ' || text[end] !== ' ')) continue;
          naive.push(`${id}@${end}`);
        }
      });
      expect(found, text).toEqual(naive.sort());
    }
  });

  it('gives the generated texts the verdicts recorded before the speed work', () => {
    // Recorded with the f63a399 engine, then once more when a star inside a Cyrillic word
    // started to be read as a Cyrillic letter (нах*й): of the 3,120 samples exactly one
    // changed, a fuzzed string holding "е*α", from publish to reject. Recorded again when
    // links whose host mixes Latin with look-alike letters started to be held (bіnance):
    // 214 samples changed, each by such signals only, and no other verdict or signal. And
    // again when an emoji between two letters started to be read as a hidden letter (f🦆ck):
    // 11 samples changed, 10 of them rejected already and now quoting words joined across an
    // emoji, one fuzzed "у😀бяа" from publish to reject. And again when a bare "доход" stopped
    // counting as advertising (a declared income is news talk), words split by one dot, hyphen
    // or underscore started to be read joined (bi.tch) and "tg" to name a messenger: of the
    // 53,255 texts compared with the engine before, the spam signal of 450 held texts now
    // quotes another phrase, 8 held texts add a messenger contact, 6 fuzzed ones ("Fuc_k",
    // "Dickhea-d", "a‍s_shole") go from publish to reject, and no other verdict changed. And
    // again when a bare "casino" became a weak advertising word (news talks of casinos) and
    // two intimidation phrases over the same words began to count as one cue: the spam signal
    // of 324 held texts quotes one phrase fewer, and 4 fuzzed copies of a dev-set threat whose
    // "see you soon" the fuzzing broke ("I know who you are and where y1ou woёrk") now publish.
    // And again when a messenger word beside a handle, e-mail or number began to hold on its
    // own and "без регистрации" became a weak advertising phrase: 382 held texts quote one
    // more spam phrase, 8 rejected and 8 fuzzed ones add a messenger contact, no other change.
    // And again when the spam model was added: 253 of these generated texts, dense in links,
    // phone numbers, e-mails and prices, go from publish to hold (spam_model), no other
    // verdict changed; in the bench corpus 176 held texts add the model's signal. And again when
    // the model was retrained on 36 sets (a higher threshold) and weak advertising words began to
    // need company close by: 32 of those generated texts publish again, the bench corpus's
    // decisions are unchanged and 234 of its held texts give other signals. And again with the
    // threats model and the third round's threat phrases: 2 of these generated texts go from
    // publish to hold (threat_model), the bench corpus's verdicts are unchanged. And again when
    // the weights were packed as int16s (1/4096 steps): 5 texts quote other words, no decision moved.
    // And again when the models were retrained on 40 sets (spam threshold 1.772) and a messenger's
    // name alone stopped counting as a contact: 30 generated texts go to hold (spam_model) and 1
    // (threat_model); the bench corpus's verdicts are unchanged. And again with the fifth round (sets
    // 45 to 47: cunt matched inside words, the models retrained on 43 sets, spam threshold 1.508): 24
    // generated texts go from publish to hold (spam_model), one fuzzed "…comBc@n7" to reject (c@n7 read
    // as a masked c*nt inside the word), 22 change signals only; in the bench corpus no decision moved
    // and 59 held texts quote other words. And again with the sixth round (sets 48 to 50: threat
    // phrases, doubled 1s read as ll, the models retrained on 46 sets, spam threshold 1.560): 6 fuzzed
    // texts of phone numbers and links go from hold to publish (the spam model's higher threshold), 1
    // to hold (spam_model), 34 change signals only; in the bench corpus no decision moved and 40 held
    // texts give other signals. And again with the seventh round (sets 51 to 53: phrases read
    // across disguised words, spaced letters parted at wider gaps, the models retrained on 49 sets,
    // spam threshold 1.762): 14 fuzzed texts of links and addresses go from hold to publish (the
    // spam model's higher threshold), 23 change signals only; the bench corpus's verdicts are unchanged.
    // And again with the eighth round (sets 54 to 56: comments in Latin-letter Russian and Ukrainian
    // read in Cyrillic, a call and a harm only within one sentence, the models retrained on 52 sets,
    // spam threshold 1.797): 10 fuzzed texts go from hold to publish and 1 to hold (spam_model), 18
    // change signals only. And again when the models were trained on 67 sets (spam threshold 2.108, threats
    // 3.179): 13 fuzzed texts go from hold to publish and 4 to hold, 53 change the models' words only.
    expect(verdictDigest(samples)).toBe('a3da636c512570d2d0e7998c95568d3df58432b434b4bd7604704f2ecf8c47b0');
  });

  it('gives the bench corpus the verdicts recorded before the speed work', () => {
    // Recorded again with the samples' digest above, for the same spam signal details; and with the
    // eighth round, when 2 held texts of the corpus changed signals only (a call and a harm in two
    // sentences no longer make a threat there; one stays rejected for a banned term, the other held for its
    // second threat).
    expect(verdictDigest(buildCorpus(20_000))).toBe(
      'f5e004c065002affbb0f09083bc5b5bed2fd50c896e1ad81392044b3a066db42',
    );
  });
});

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildCorpus, prng } from '../../../bench/corpus.ts';
import { defaultDevSet, readDevSet } from '../../../bench/eval-moderation.ts';
import { compileAutomaton, newHits, scanAutomaton } from '../../../shared/moderation/automaton.ts';
import { compiledFor } from '../../../shared/moderation/compile.ts';
import { forgetReadings } from '../../../shared/moderation/evidence.ts';
import { defaultPolicy } from '../../../shared/moderation/index.ts';
import {
  matchLinks,
  matchLinksWhole,
  undisguise,
  undisguiseUnguarded,
} from '../../../shared/moderation/links.ts';
import { modeInfix, modeWord } from '../../../shared/moderation/pattern-syntax.ts';
import { verdict } from './helpers.ts';

/**
 * The shortcuts taken for speed must never change a verdict. Each is compared with the
 * plain way of doing the same thing, over the dev set and over seeded random texts that
 * are dense in the characters the shortcuts look at.
 */

const devBodies = readDevSet(defaultDevSet).map((d) => d.body);

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

const samples = [...devBodies, ...generated(1500, 11), ...mutated(1500, 12)];

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

  it('undoes disguises the same with and without the cheap guards', () => {
    for (const text of samples) expect(undisguise(text), text).toBe(undisguiseUnguarded(text));
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

  it('gives the bench corpus the verdicts recorded before the speed work (commit f63a399)', () => {
    compiledFor(defaultPolicy);
    const digest = createHash('sha256');
    for (const text of buildCorpus(20_000)) {
      const v = verdict(text);
      digest.update(JSON.stringify({ decision: v.decision, signals: v.signals }));
      digest.update('\n');
    }
    expect(digest.digest('hex')).toBe('2ed858670c71c7db2e10eaab0176d2b65abfdc4612b3ef68127e7e9a6d6fb2f2');
  });
});

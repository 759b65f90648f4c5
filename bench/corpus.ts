/**
 * A deterministic benchmark corpus: comments of realistic lengths mixing clean English,
 * Ukrainian and Russian prose, profanity (plain and disguised) and spam, assembled from the
 * dev set's sentences and word pools by a seeded PRNG. Same seed, same corpus.
 */
import { defaultDevSet, type LabelledComment, readDevSet } from './eval-moderation.ts';

/** mulberry32: tiny, fast and good enough to shuffle benchmark text. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const englishWords =
  'the power grid winter heating city people repair crews week talks pause energy strikes Kyiv Kharkiv Odesa government plan article report water generator night cold shelter school family neighbours volunteers hospital district evening morning statement agreement minister negotiations ceasefire drones missiles transformer substation blackout schedule hours candles thermos blankets'.split(
    ' ',
  );
const ukrainianWords =
  'світло тепло вода місто люди ремонт бригади тиждень переговори пауза енергетика удари Київ Харків Одеса уряд план стаття звіт генератор ніч холод укриття школа родина сусіди волонтери лікарня район вечір ранок заява угода міністр'.split(
    ' ',
  );
const russianWords =
  'свет тепло вода город люди ремонт бригады неделя переговоры пауза энергетика удары Киев Харьков Одесса правительство план статья отчёт генератор ночь холод укрытие школа семья соседи волонтёры больница район вечер утро заявление соглашение министр'.split(
    ' ',
  );

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

function sentence(rand: () => number, words: readonly string[]): string {
  const n = 6 + Math.floor(rand() * 14);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(pick(rand, words));
  const s = out.join(' ');
  return `${s[0]!.toUpperCase()}${s.slice(1)}${rand() < 0.8 ? '.' : rand() < 0.5 ? '?' : '!'}`;
}

/** A comment length drawn from a long-tailed distribution: most short, a few long. */
function targetLength(rand: () => number): number {
  const r = rand();
  if (r < 0.45) return 40 + Math.floor(rand() * 160);
  if (r < 0.85) return 200 + Math.floor(rand() * 400);
  if (r < 0.98) return 600 + Math.floor(rand() * 1400);
  return 2000 + Math.floor(rand() * 3000);
}

/** Builds `count` comments: about 70% clean prose, 15% profanity, 15% spam. */
export function buildCorpus(count: number, seed = 20260201, devSetPath = defaultDevSet): string[] {
  const rand = prng(seed);
  const dev: LabelledComment[] = readDevSet(devSetPath);
  const cleanSentences = dev
    .filter((d) => d.label === 'clean')
    .flatMap((d) => d.body.split(/(?<=[.!?])\s+/u))
    .filter((s) => s.length > 0);
  const abusive = dev.filter((d) => d.label === 'abusive').map((d) => d.body);
  const spam = dev.filter((d) => d.label === 'spam').map((d) => d.body);
  const pools = [englishWords, ukrainianWords, russianWords];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const kind = rand();
    const want = targetLength(rand);
    const parts: string[] = [];
    if (kind >= 0.85) parts.push(pick(rand, spam));
    else if (kind >= 0.7) parts.push(pick(rand, abusive));
    const words = pick(rand, pools);
    let length = parts.reduce((n, p) => n + p.length + 1, 0);
    while (length < want) {
      const next = rand() < 0.4 ? pick(rand, cleanSentences) : sentence(rand, words);
      parts.splice(Math.floor(rand() * (parts.length + 1)), 0, next);
      length += next.length + 1;
    }
    out.push(parts.join(' '));
  }
  return out;
}

/** Hostile inputs of 5,000 code points each, for the worst-case timing. */
export function adversarialInputs(): { name: string; text: string }[] {
  const fill = (unit: string): string => {
    const units = [...unit];
    const out: string[] = [];
    for (let i = 0; i < 5000; i++) out.push(units[i % units.length]!);
    return out.join('');
  };
  return [
    { name: 'one letter x5000', text: fill('a') },
    { name: 'stretched profanity', text: fill('fuuuuuuuuuuuuuuuuuuuck ') },
    { name: 'spaced letters', text: fill('f u c k ') },
    { name: 'dotted letters', text: fill('s.h.i.t.') },
    { name: 'mixed scripts', text: fill('сyкa хyй fuсk cοck ') },
    { name: 'zero-width flood', text: fill('s\u200bh\u200di\u200ct\u00ad') },
    { name: 'combining marks', text: fill('a\u0301\u0302\u0303') },
    { name: 'leet symbols', text: fill('a$$h0l3 sh!t d!ck ') },
    { name: 'many dots', text: fill('a.b.') },
    { name: 'many links', text: fill('http://x.co/a bit.ly/b ') },
    { name: 'disguised links', text: fill('w w w . x . shop hxxp://y[.]ru z dot com ') },
    { name: 'emoji flood', text: fill('🚀') },
    { name: 'threat words', text: fill('should be hope your take out I know where you ') },
    { name: 'single-letter words', text: fill('a b c d e f g ') },
    { name: 'long word', text: fill('abcdefghij') },
    // Disguised words inside phrases, read with their neighbours, and comments read twice.
    { name: 'disguised phrase words', text: fill('k1ll y0u ') },
    { name: 'starred words', text: fill('h*ll0 w*rld ') },
    { name: 'spaced words', text: fill('f u   c k   y o u   ') },
    { name: 'mixed-script phrases', text: fill('тeбя убью ') },
    { name: 'transliterated', text: fill("ya tebya naydu i ub'yu shcho ") },
  ];
}

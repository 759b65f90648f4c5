import { flagHandle, flagLetter, type Scan } from './normalise.ts';

/**
 * A linear model over the words of a scanned comment: the sum of the weights of the features
 * it has (each counted once), against a threshold. The features are hashed from the scan's
 * primary view, so reading them costs one pass over the words and no strings:
 * - each word, and its first five letters when it is longer (word endings vary in Ukrainian and
 *   Russian: "заробіток", "заробити" share "зароб");
 * - each pair of neighbouring words ("per day", "в личку");
 * - numbers as one of two tokens (under three digits, or longer), @handles as one;
 * - whether the comment has a link, a price, a phone number, an emoji.
 * `bench/train-models.ts` trains the weights on the labelled sets with these same features.
 */

/** The trained weights: parallel arrays of feature hashes and weights. */
export interface ModelWeights {
  bias: number;
  /** The score above which a comment counts as the model's class. */
  threshold: number;
  hashes: readonly number[];
  weights: readonly number[];
}

const fnvOffset = 0x811c9dc5 | 0;
const fnvPrime = 0x01000193;
const prefixLength = 5;

function mix(h: number, unit: number): number {
  return Math.imul(h ^ unit, fnvPrime);
}

function hashString(text: string): number {
  let h = fnvOffset;
  for (let i = 0; i < text.length; i++) h = mix(h, text.charCodeAt(i));
  return h;
}

/** A hash of two hashes, for word pairs (murmur3's finaliser over the pair). */
function pair(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

const start = hashString('^');
const handle = hashString('#h');
const shortNumber = hashString('#n');
const longNumber = hashString('#num');
const hasHandle = hashString('#handle');
const hasLink = hashString('#link');
const hasMoney = hashString('#money');
const hasPhone = hashString('#phone');
const hasEmoji = hashString('#emoji');

/**
 * The features of one scan, reused between calls: each one's hash and the words it covers
 * (`first` is -1 for a feature of the whole comment).
 */
export interface Features {
  count: number;
  hashes: Int32Array;
  firsts: Int32Array;
  lasts: Int32Array;
}

const shared: Features = {
  count: 0,
  hashes: new Int32Array(1024),
  firsts: new Int32Array(1024),
  lasts: new Int32Array(1024),
};

function add(f: Features, hash: number, first: number, last: number): void {
  // 0 marks an empty slot of the weight table.
  f.hashes[f.count] = hash === 0 ? 1 : hash;
  f.firsts[f.count] = first;
  f.lasts[f.count++] = last;
}

function isNumber(buf: Uint16Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (buf[k]! < 0x30 || buf[k]! > 0x39) return false;
  return true;
}

/** The features of a scanned comment, in the shared {@link Features} (read them before the next call). */
export function features(s: Scan): Features {
  const f = shared;
  // At most three features a word, and four of the whole comment.
  const room = s.words * 3 + 4;
  if (f.hashes.length < room) {
    f.hashes = new Int32Array(room * 2);
    f.firsts = new Int32Array(room * 2);
    f.lasts = new Int32Array(room * 2);
  }
  f.count = 0;
  const buf = s.buf;
  let prev = start;
  for (let w = 0; w < s.words; w++) {
    const from = s.wordStart[w]!;
    const to = s.wordEnd[w]!;
    const flags = s.wordFlags[w]!;
    let h: number;
    if ((flags & flagHandle) !== 0) {
      h = handle;
      add(f, hasHandle, w, w);
    } else if ((flags & flagLetter) === 0 && isNumber(buf, from, to)) {
      h = to - from >= 3 ? longNumber : shortNumber;
    } else {
      h = fnvOffset;
      for (let k = from; k < to; k++) {
        if (k - from === prefixLength) add(f, mix(h, 0x7e), w, w);
        h = mix(h, buf[k]!);
      }
    }
    add(f, h, w, w);
    add(f, pair(prev, h), w > 0 ? w - 1 : w, w);
    prev = h;
  }
  if (s.linkHint) add(f, hasLink, -1, -1);
  if (s.money > 0) add(f, hasMoney, -1, -1);
  if (s.phone) add(f, hasPhone, -1, -1);
  if (s.emoji > 0) add(f, hasEmoji, -1, -1);
  return f;
}

/** What the model makes of a comment: its score, and the words that weighed most for it. */
export interface ModelScore {
  score: number;
  /** Up to three spans of one or two words, `[first, last]`, heaviest first. */
  spans: [number, number][];
}

export class WordModel {
  readonly threshold: number;
  private readonly bias: number;
  /** The weight table, open addressing: the hashes (0 for an empty slot) and their weights. */
  private readonly keys: Int32Array;
  private readonly values: Float32Array;
  /** The comment each slot was last counted for: every feature counts once per comment. */
  private readonly seen: Int32Array;
  private readonly mask: number;
  private round = 0;

  constructor(model: ModelWeights) {
    this.bias = model.bias;
    this.threshold = model.threshold;
    let size = 16;
    while (size < model.hashes.length * 2) size *= 2;
    this.mask = size - 1;
    this.keys = new Int32Array(size);
    this.values = new Float32Array(size);
    this.seen = new Int32Array(size);
    model.hashes.forEach((h, i) => {
      const k = this.slot(h);
      this.keys[k] = h;
      this.values[k] = model.weights[i]!;
    });
  }

  /** The slot of `hash`: where it is, or the empty one where it would go. */
  private slot(hash: number): number {
    const { keys, mask } = this;
    let k = (hash ^ (hash >>> 15)) & mask;
    while (keys[k] !== 0 && keys[k] !== hash) k = (k + 1) & mask;
    return k;
  }

  /** A comment's score from its {@link features}, and when it is over the threshold the words behind it. */
  score(f: Features): ModelScore {
    if (++this.round === 0x7fffffff) {
      this.seen.fill(0);
      this.round = 1;
    }
    let score = this.bias;
    for (let i = 0; i < f.count; i++) {
      const k = this.slot(f.hashes[i]!);
      if (this.keys[k] === 0 || this.seen[k] === this.round) continue;
      this.seen[k] = this.round;
      score += this.values[k]!;
    }
    return { score, spans: score > this.threshold ? this.heaviest(f) : [] };
  }

  /** The three spans of words whose features weigh most toward the class, heaviest first. */
  private heaviest(f: Features): [number, number][] {
    const found: { weight: number; span: [number, number] }[] = [];
    for (let i = 0; i < f.count; i++) {
      const k = this.slot(f.hashes[i]!);
      const weight = this.values[k]!;
      if (this.keys[k] === 0 || weight <= 0 || f.firsts[i]! < 0) continue;
      found.push({ weight, span: [f.firsts[i]!, f.lasts[i]!] });
    }
    found.sort((a, b) => b.weight - a.weight);
    const spans: [number, number][] = [];
    for (const { span } of found) {
      if (spans.some(([a, b]) => span[0] <= b && span[1] >= a)) continue;
      spans.push(span);
      if (spans.length === 3) break;
    }
    return spans;
  }
}

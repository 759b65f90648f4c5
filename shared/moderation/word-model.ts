import { Buffer } from 'node:buffer';
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

/**
 * The trained models, packed: the classes, and one table of every feature any of them weighs
 * (`hashes`: base64 of little-endian int32s; `weights`: base64 of int16s, one per class for
 * each hash in turn, in units of `scale`).
 */
export interface PackedWeights {
  classes: readonly { name: string; bias: number; threshold: number }[];
  scale: number;
  hashes: string;
  weights: string;
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

/** What one model makes of a comment: its score, and the words that weighed most for it. */
export interface ModelScore {
  score: number;
  /** Up to three spans of one or two words, `[first, last]`, heaviest first. */
  spans: [number, number][];
}

/** The bytes of a base64 string, as a typed array of `T` (the bytes copied, so aligned). */
function unpack<T>(base64: string, view: (buffer: ArrayBuffer) => T): T {
  const bytes = Buffer.from(base64, 'base64');
  return view(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer);
}

const filterWords = 1 << 13;

function filterBit(hash: number): number {
  return Math.imul(hash, 0x9e3779b1) >>> 14;
}

/**
 * Linear models over the same features, read in one pass: a feature is looked up once and
 * adds its weight to every model's score.
 */
export class WordModels {
  readonly classes: PackedWeights['classes'];
  /**
   * The weight table, open addressing: the hashes (0 for an empty slot) and their weights as
   * packed (units of `scale`), kept small so that it stays in the cache.
   */
  private readonly keys: Int32Array;
  private readonly values: Int16Array;
  private readonly scale: number;
  /** The comment each slot was last counted for: every feature counts once per comment. */
  private readonly seen: Uint16Array;
  private readonly mask: number;
  /** One bit per hash of the table, at `filterBit`: about half of a comment's features are in no model, and are told so here. */
  private readonly filter = new Int32Array(filterWords);
  private readonly n: number;
  private round = 0;
  private readonly scores: Float64Array;

  constructor(packed: PackedWeights) {
    this.classes = packed.classes;
    this.n = packed.classes.length;
    this.scores = new Float64Array(this.n);
    const hashes = unpack(packed.hashes, (b) => new Int32Array(b));
    const weights = unpack(packed.weights, (b) => new Int16Array(b));
    this.scale = packed.scale;
    // At most two thirds full, so that a miss (most look-ups) ends after a probe or two.
    let size = 16;
    while (size * 2 < hashes.length * 3) size *= 2;
    this.mask = size - 1;
    this.keys = new Int32Array(size);
    this.values = new Int16Array(size * this.n);
    this.seen = new Uint16Array(size);
    hashes.forEach((h, i) => {
      const k = this.slot(h);
      this.keys[k] = h;
      const bit = filterBit(h);
      this.filter[bit >>> 5]! |= 1 << (bit & 31);
      for (let c = 0; c < this.n; c++) this.values[k * this.n + c] = weights[i * this.n + c]!;
    });
  }

  /** The slot of `hash`: where it is, or the empty one where it would go. */
  private slot(hash: number): number {
    const { keys, mask } = this;
    let k = (hash ^ (hash >>> 15)) & mask;
    while (keys[k] !== 0 && keys[k] !== hash) k = (k + 1) & mask;
    return k;
  }

  /**
   * Every model's score of a comment from its {@link features}, and for each model whose score
   * is over its threshold the words behind it (an empty list for the others).
   */
  score(f: Features): ModelScore[] {
    if (++this.round === 0x10000) {
      this.seen.fill(0);
      this.round = 1;
    }
    const { n, scores, values, keys, seen, mask, round, filter } = this;
    scores.fill(0);
    const hashes = f.hashes;
    for (let i = 0; i < f.count; i++) {
      const h = hashes[i]!;
      const bit = filterBit(h);
      if ((filter[bit >>> 5]! & (1 << (bit & 31))) === 0) continue;
      let k = (h ^ (h >>> 15)) & mask;
      let key = keys[k]!;
      while (key !== h && key !== 0) {
        k = (k + 1) & mask;
        key = keys[k]!;
      }
      if (key === 0 || seen[k] === round) continue;
      seen[k] = round;
      for (let c = 0; c < n; c++) scores[c]! += values[k * n + c]!;
    }
    return this.classes.map((cls, c) => {
      const score = cls.bias + scores[c]! * this.scale;
      return { score, spans: score > cls.threshold ? this.heaviest(f, c) : [] };
    });
  }

  /** The three spans of words whose features weigh most toward class `c`, heaviest first. */
  private heaviest(f: Features, c: number): [number, number][] {
    const found: { weight: number; span: [number, number] }[] = [];
    for (let i = 0; i < f.count; i++) {
      const k = this.slot(f.hashes[i]!);
      const weight = this.values[k * this.n + c]!;
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

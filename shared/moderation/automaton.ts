import { modeInfix, modeWord } from './pattern-syntax.ts';

/**
 * An Aho-Corasick automaton compiled into a dense DFA: one table read per character of
 * the normalised text, whatever the number of patterns. Characters that occur in no
 * pattern share column 0, which always leads back to the root, so the table stays as
 * narrow as the patterns' alphabet (about 80 columns for the built-in lists).
 *
 * Patterns carry a match mode checked only when a pattern ends (rare): whole word,
 * word-start stem or anywhere inside a word. Word boundaries are single spaces, which is
 * how the normaliser lays out its output.
 */

export interface Pattern {
  /** Normalised text: lower case, words separated by single spaces. */
  text: string;
  mode: number;
  /** What a hit means to the engine (a banned term, a threat phrase …). */
  kind: number;
  /** Index into the caller's table of labels or metadata. */
  ref: number;
}

export interface Automaton {
  columns: Uint16Array;
  width: number;
  /**
   * Transitions, indexed by `row + column` where a state's row is `state * width`. Each
   * entry is the next state's row, or `~row` (negative) when that state ends a pattern, so
   * the hot loop needs no multiplication and no second table read per character.
   */
  delta: Int32Array;
  outStart: Int32Array;
  outCount: Int32Array;
  outList: Int32Array;
  patterns: readonly Pattern[];
}

/** Hits of one scan, reused between scans. */
export interface Hits {
  count: number;
  pattern: Int32Array;
  start: Int32Array;
  end: Int32Array;
}

const space = 0x20;
const maxHits = 512;

/** Fresh, empty hit storage. */
export function newHits(): Hits {
  return {
    count: 0,
    pattern: new Int32Array(maxHits),
    start: new Int32Array(maxHits),
    end: new Int32Array(maxHits),
  };
}

/** Builds the automaton for `patterns` (duplicates of text, mode and kind are dropped). */
export function compileAutomaton(input: readonly Pattern[]): Automaton {
  const seen = new Set<string>();
  const patterns: Pattern[] = [];
  for (const p of input) {
    const key = `${p.mode}:${p.kind}:${p.text}`;
    if (p.text.length === 0 || seen.has(key)) continue;
    seen.add(key);
    patterns.push(p);
  }
  // Whole-word and word-start patterns are entered with the space before them, so they can
  // only begin at a word's start: once a word cannot start any of them, the automaton falls
  // back to the root (or a state of the few infix stems) and stays there until the next
  // space, instead of following every suffix deep into the table.
  const keys = patterns.map((p) => (p.mode === modeInfix ? p.text : ` ${p.text}`));
  const columns = new Uint16Array(0x10000);
  let width = 1;
  let totalChars = 0;
  for (const key of keys) {
    totalChars += key.length;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      if (columns[c] === 0) columns[c] = width++;
    }
  }
  const maxNodes = totalChars + 1;
  let delta = new Int32Array(maxNodes * width).fill(-1);
  const own: number[][] = [[]];
  let nodes = 1;
  keys.forEach((key, id) => {
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const slot = node * width + columns[key.charCodeAt(i)]!;
      if (delta[slot] === -1) {
        delta[slot] = nodes++;
        own.push([]);
      }
      node = delta[slot]!;
    }
    own[node]!.push(id);
  });
  delta = delta.slice(0, nodes * width);
  // Breadth-first: each node's failure link is known before its children need it.
  const fail = new Int32Array(nodes);
  const outputs: number[][] = own;
  const queue = new Int32Array(nodes);
  let head = 0;
  let tail = 0;
  for (let c = 0; c < width; c++) {
    const child = delta[c]!;
    if (child <= 0) delta[c] = 0;
    else queue[tail++] = child;
  }
  while (head < tail) {
    const node = queue[head++]!;
    const f = fail[node]!;
    if (outputs[f]!.length > 0) outputs[node] = outputs[node]!.concat(outputs[f]!);
    for (let c = 0; c < width; c++) {
      const slot = node * width + c;
      const child = delta[slot]!;
      if (child === -1 || c === 0) {
        delta[slot] = c === 0 ? 0 : delta[f * width + c]!;
      } else {
        fail[child] = delta[f * width + c]!;
        queue[tail++] = child;
      }
    }
  }
  // The failure-link pass visited the states breadth-first: number them in that order.
  const order = new Int32Array(nodes);
  order.set(queue.subarray(0, tail), 1);
  const outStart = new Int32Array(nodes);
  const outCount = new Int32Array(nodes);
  const flat: number[] = [];
  for (let node = 0; node < nodes; node++) {
    const old = order[node]!;
    outStart[node] = flat.length;
    outCount[node] = outputs[old]!.length;
    flat.push(...outputs[old]!);
  }
  const table = renumbered(delta, width, order, outCount);
  return { columns, width, delta: table, outStart, outCount, outList: Int32Array.from(flat), patterns };
}

/**
 * The final transition table: state `order[k]` renamed to `k`, each entry its target's row
 * offset (`k * width`), negated with `~` when the target ends a pattern (`outCount` is by
 * new number). Breadth-first numbering matters because text keeps the automaton near the
 * root almost all the time and the table is megabytes: the shallow rows in use then sit
 * next to each other and stay in the CPU cache.
 */
function renumbered(delta: Int32Array, width: number, order: Int32Array, outCount: Int32Array): Int32Array {
  const rename = new Int32Array(order.length);
  for (let k = 0; k < order.length; k++) rename[order[k]!] = k;
  const out = new Int32Array(delta.length);
  for (let k = 0; k < order.length; k++) {
    const from = order[k]! * width;
    for (let c = 0; c < width; c++) {
      const target = rename[delta[from + c]!]!;
      out[k * width + c] = outCount[target] === 0 ? target * width : ~(target * width);
    }
  }
  return out;
}

/**
 * Runs the automaton over `buf[0..len)` (a `" word word "` view) and appends the hits
 * whose word boundaries fit their mode. Stops recording once the hit storage is full.
 */
export function scanAutomaton(a: Automaton, buf: Uint16Array, len: number, hits: Hits): void {
  const { columns, width, delta } = a;
  let row = 0;
  for (let i = 0; i < len; i++) {
    const next = delta[row + columns[buf[i]!]!]!;
    if (next >= 0) row = next;
    else {
      row = ~next;
      record(a, row / width, buf, i + 1, hits);
    }
  }
}

function record(a: Automaton, state: number, buf: Uint16Array, end: number, hits: Hits): void {
  const from = a.outStart[state]!;
  const to = from + a.outCount[state]!;
  for (let k = from; k < to; k++) {
    const id = a.outList[k]!;
    const p = a.patterns[id]!;
    const start = end - p.text.length;
    if (p.mode === modeWord && buf[end] !== space) continue;
    if (hits.count === maxHits) return;
    hits.pattern[hits.count] = id;
    hits.start[hits.count] = start;
    hits.end[hits.count] = end;
    hits.count++;
  }
}

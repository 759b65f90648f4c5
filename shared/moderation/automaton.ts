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
  /** A term as typed on the other keyboard layout (see `layout.ts`). */
  layout?: boolean;
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
  for (const key of keys) {
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      if (columns[c] === 0) columns[c] = width++;
    }
  }
  const trie = buildTrie(keys, columns);
  return { columns, width, ...linked(trie, width), patterns };
}

/** The patterns' keys as a trie. */
interface Trie {
  nodes: number;
  /** Each node's children as a list: `firstChild[n]`, then `nextSibling[child]`; 0 ends it. */
  firstChild: Int32Array;
  nextSibling: Int32Array;
  /** The column of the character that leads to each node from its parent. */
  column: Int32Array;
  /** The patterns whose key ends at a node, in pattern order. */
  ends: Map<number, number[]>;
}

/**
 * The trie of `keys`, built from the keys in sorted order: each key shares with the one
 * before it the nodes of their common prefix and adds one node per character after it, so
 * no table of children is needed (one nodes × columns wide had to be allocated and zeroed,
 * most of a policy compile) and the node count is known before the arrays are allocated.
 */
function buildTrie(keys: readonly string[], columns: Uint16Array): Trie {
  const order = keys
    .map((_, id) => id)
    .sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b));
  let nodes = 1;
  for (let k = 0; k < order.length; k++) {
    const key = keys[order[k]!]!;
    nodes += key.length - (k === 0 ? 0 : sharedPrefix(keys[order[k - 1]!]!, key));
  }
  const firstChild = new Int32Array(nodes);
  const nextSibling = new Int32Array(nodes);
  const column = new Int32Array(nodes);
  const ends = new Map<number, number[]>();
  // path[i] is the node of the previous key's first i characters.
  const path: number[] = [0];
  let prev = '';
  let count = 1;
  for (const id of order) {
    const key = keys[id]!;
    const shared = sharedPrefix(prev, key);
    for (let i = shared; i < key.length; i++) {
      const parent = path[i]!;
      const node = count++;
      column[node] = columns[key.charCodeAt(i)]!;
      nextSibling[node] = firstChild[parent]!;
      firstChild[parent] = node;
      path[i + 1] = node;
    }
    const end = path[key.length]!;
    const here = ends.get(end);
    if (here === undefined) ends.set(end, [id]);
    else here.push(id);
    prev = key;
  }
  return { nodes, firstChild, nextSibling, column, ends };
}

function sharedPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/**
 * The trie made a DFA in one breadth-first pass. States are numbered breadth-first, because
 * text keeps the automaton near the root almost all the time and the table is megabytes: the
 * shallow rows in use then sit next to each other and stay in the CPU cache. A state's row
 * starts as a copy of its failure state's row (shallower, so already complete: the missing
 * transitions are the failure state's), then its children are written over it; a child's
 * failure link and outputs are set when its parent is reached. Each entry is the target's
 * row offset (`k * width`), negated with `~` when it ends a pattern.
 */
function linked(trie: Trie, width: number): Pick<Automaton, 'delta' | 'outStart' | 'outCount' | 'outList'> {
  const { nodes, firstChild, nextSibling, column, ends } = trie;
  const order = new Int32Array(nodes);
  const rename = new Int32Array(nodes);
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    for (let c = firstChild[order[head]!]!; c !== 0; c = nextSibling[c]!) {
      rename[c] = tail;
      order[tail++] = c;
    }
  }
  const delta = new Int32Array(nodes * width);
  const fail = new Int32Array(nodes);
  const outStart = new Int32Array(nodes);
  const outCount = new Int32Array(nodes);
  const flat: number[] = [];
  for (let k = 0; k < nodes; k++) {
    const node = order[k]!;
    const row = k * width;
    // Column 0 (characters in no pattern) stays 0: back to the root.
    if (k !== 0) delta.copyWithin(row, fail[k]! * width, fail[k]! * width + width);
    for (let next = firstChild[node]!; next !== 0; next = nextSibling[next]!) {
      const c = column[next]!;
      const t = rename[next]!;
      const entry = delta[row + c]!;
      const f = k === 0 ? 0 : (entry < 0 ? ~entry : entry) / width;
      fail[t] = f;
      outStart[t] = flat.length;
      for (const id of ends.get(next) ?? []) flat.push(id);
      for (let j = 0; j < outCount[f]!; j++) flat.push(flat[outStart[f]! + j]!);
      outCount[t] = flat.length - outStart[t]!;
      delta[row + c] = outCount[t] === 0 ? t * width : ~(t * width);
    }
  }
  return { delta, outStart, outCount, outList: Int32Array.from(flat) };
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

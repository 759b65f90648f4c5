/**
 * Benchmark (not a test): comments per second and p99 latency of the moderation engine
 * against obscenity, bad-words-next and @2toad/profanity on one generated corpus, plus the
 * engine's worst case on adversarial 5,000-code-point inputs.
 *
 *   npm run bench:moderation [-- --count 20000]
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { Profanity } from '@2toad/profanity';
import BadWordsNext from 'bad-words-next';
import en from 'bad-words-next/lib/en';
import ru from 'bad-words-next/lib/ru';
import ruLat from 'bad-words-next/lib/ru_lat';
import ua from 'bad-words-next/lib/ua';
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import { defaultPolicy, moderate } from '../shared/moderation/index.ts';
import { adversarialInputs, buildCorpus } from './corpus.ts';
import { anonymousContext } from './eval-moderation.ts';

interface Contender {
  name: string;
  check: (text: string) => boolean;
}

interface Result {
  name: string;
  perSecond: number;
  p99: number;
  max: number;
  /** The slowest comment whose timing no garbage-collection pause overlapped. */
  maxWithoutGc: number;
  /** The five slowest comments (corpus index and µs), for running again. */
  slowest: { index: number; micros: number }[];
  flagged: number;
}

/** Garbage-collection pauses, as [start, end] in `performance.now()` milliseconds. */
const gcPauses: [number, number][] = [];
const gcObserver = new PerformanceObserver((list) => {
  recordPauses(list.getEntries());
});
gcObserver.observe({ entryTypes: ['gc'] });

/** Lets the GC entries of what just ran arrive (they are delivered asynchronously) and records them. */
async function settleGcPauses(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 50));
  recordPauses(gcObserver.takeRecords());
}

function recordPauses(entries: readonly PerformanceEntry[]): void {
  for (const e of entries) gcPauses.push([e.startTime, e.startTime + e.duration]);
}

function overlapsGc(from: number, to: number): boolean {
  return gcPauses.some(([a, b]) => a < to && b > from);
}

/**
 * Every contender over the whole corpus, interleaved: the corpus is read in chunks, and each
 * chunk by every contender in turn (the first to go rotating), so load from other processes
 * on this shared machine falls on all of them alike and the ratios hold still between runs.
 */
async function measureAll(contenders: readonly Contender[], corpus: readonly string[]): Promise<Result[]> {
  const runs = contenders.map(() => ({
    times: new Float64Array(corpus.length),
    starts: new Float64Array(corpus.length),
    total: 0,
    flagged: 0,
  }));
  // Warm up the JIT (and the engine's policy cache) on a slice of the corpus.
  for (const c of contenders) for (let i = 0; i < Math.min(2000, corpus.length); i++) c.check(corpus[i]!);
  const chunk = 500;
  for (let from = 0, turn = 0; from < corpus.length; from += chunk, turn++) {
    const to = Math.min(corpus.length, from + chunk);
    for (let k = 0; k < contenders.length; k++) {
      const which = (k + turn) % contenders.length;
      const check = contenders[which]!.check;
      const run = runs[which]!;
      const start = performance.now();
      for (let i = from; i < to; i++) {
        const t0 = performance.now();
        if (check(corpus[i]!)) run.flagged++;
        run.starts[i] = t0;
        run.times[i] = performance.now() - t0;
      }
      run.total += performance.now() - start;
    }
  }
  await settleGcPauses();
  return contenders.map((c, k) => {
    const { times, starts, total, flagged } = runs[k]!;
    const order = Array.from(times.keys()).sort((a, b) => times[b]! - times[a]!);
    const clean = order.find((i) => !overlapsGc(starts[i]!, starts[i]! + times[i]!)) ?? order[0]!;
    const sorted = times.slice().sort();
    return {
      name: c.name,
      perSecond: corpus.length / (total / 1000),
      p99: sorted[Math.floor(sorted.length * 0.99)]! * 1000,
      max: sorted[sorted.length - 1]! * 1000,
      maxWithoutGc: times[clean]! * 1000,
      slowest: order.slice(0, 5).map((index) => ({ index, micros: times[index]! * 1000 })),
      flagged,
    };
  });
}

/**
 * A second pass over the corpus for one engine that also counts, per comment, involuntary
 * context switches (the OS ran another process: this VM has 2 cores shared with other
 * engineers' test runs) and overlapping GC pauses, so a slow comment can be told apart
 * from a pause that only happened to land on it.
 */
async function latencyPass(check: (text: string) => unknown, corpus: readonly string[]) {
  const times = new Float64Array(corpus.length);
  const starts = new Float64Array(corpus.length);
  const preempted = new Uint8Array(corpus.length);
  for (let i = 0; i < corpus.length; i++) {
    const before = process.resourceUsage().involuntaryContextSwitches;
    const t0 = performance.now();
    check(corpus[i]!);
    times[i] = performance.now() - t0;
    starts[i] = t0;
    if (process.resourceUsage().involuntaryContextSwitches !== before) preempted[i] = 1;
  }
  await settleGcPauses();
  let max = 0;
  let maxClean = 0;
  let maxCleanIndex = 0;
  let paused = 0;
  for (let i = 0; i < corpus.length; i++) {
    const t = times[i]! * 1000;
    max = Math.max(max, t);
    const pausedHere = preempted[i] === 1 || overlapsGc(starts[i]!, starts[i]! + times[i]!);
    if (pausedHere) paused++;
    else if (t > maxClean) {
      maxClean = t;
      maxCleanIndex = i;
    }
  }
  return { max, maxClean, maxCleanIndex, paused };
}

/**
 * 25 runs of one comment (after 5 warm-up runs), in µs: the median, the max, and the max of
 * the runs that no GC pause overlapped and no other process preempted.
 */
async function runsOf(
  check: (text: string) => unknown,
  text: string,
): Promise<{ median: number; max: number; maxClean: number }> {
  const times: number[] = [];
  const clean: number[] = [];
  const starts: number[] = [];
  for (let run = 0; run < 30; run++) {
    const before = process.resourceUsage().involuntaryContextSwitches;
    const t0 = performance.now();
    check(text);
    const t = performance.now() - t0;
    if (run < 5) continue;
    times.push(t * 1000);
    starts.push(t0);
    clean.push(process.resourceUsage().involuntaryContextSwitches === before ? 1 : 0);
  }
  await settleGcPauses();
  let maxClean = 0;
  times.forEach((t, k) => {
    if (clean[k] === 1 && !overlapsGc(starts[k]!, starts[k]! + t / 1000)) maxClean = Math.max(maxClean, t);
  });
  const sorted = times.slice().sort((x, y) => x - y);
  return { median: sorted[sorted.length >> 1]!, max: sorted[sorted.length - 1]!, maxClean };
}

function countArg(): number {
  const i = process.argv.indexOf('--count');
  const n = i === -1 ? 20_000 : Number(process.argv[i + 1]);
  return Number.isInteger(n) && n > 0 ? n : 20_000;
}

const corpus = buildCorpus(countArg());
const chars = corpus.reduce((n, c) => n + c.length, 0);
console.log(
  `corpus: ${corpus.length} comments, mean ${Math.round(chars / corpus.length)} chars (seeded, deterministic)`,
);

const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
const badWords = new BadWordsNext({ data: en });
for (const data of [ru, ruLat, ua]) badWords.add(data);
const toad = new Profanity({ languages: ['en', 'ru'] });

const contenders: Contender[] = [
  {
    name: 'ours (moderate, full normalisation)',
    check: (t) => moderate({ body: t }, anonymousContext, defaultPolicy).decision !== 'publish',
  },
  { name: 'obscenity (englishDataset + recommended transformers)', check: (t) => obscenity.hasMatch(t) },
  { name: 'bad-words-next (en, ru, ru_lat, ua)', check: (t) => badWords.check(t) },
  { name: '@2toad/profanity (en, ru)', check: (t) => toad.exists(t) },
];

const results = await measureAll(contenders, corpus);
const base = results.find((r) => r.name.startsWith('obscenity'))!;
console.log('\n| engine | comments/s | p99 µs | max µs | max µs without GC | flagged | vs obscenity |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of results) {
  const ratio = (r.perSecond / base.perSecond).toFixed(1);
  console.log(
    `| ${r.name} | ${Math.round(r.perSecond).toLocaleString('en')} | ${r.p99.toFixed(1)} | ${r.max.toFixed(0)} | ${r.maxWithoutGc.toFixed(0)} | ${r.flagged} | ${ratio}x |`,
  );
}

// Is the slowest corpus comment slow itself, or was it a pause? Run the five slowest again.
const ours = results[0]!;
console.log('\nours, the five slowest corpus comments run again (25 runs after 5 warm-up runs):');
console.log('| corpus index | chars | in the corpus run µs | median µs | max µs |');
console.log('| ---: | ---: | ---: | ---: | ---: |');
for (const { index, micros } of ours.slowest) {
  const text = corpus[index]!;
  const again = await runsOf(contenders[0]!.check, text);
  console.log(
    `| ${index} | ${text.length} | ${micros.toFixed(0)} | ${again.median.toFixed(0)} | ${again.max.toFixed(0)} |`,
  );
}

const latency = await latencyPass(contenders[0]!.check, corpus);
console.log(
  `\nours, a second pass over the corpus: max ${latency.max.toFixed(0)} µs; ${latency.paused} comments overlapped a GC pause or were preempted by another process; slowest of the others: ${latency.maxClean.toFixed(0)} µs (corpus index ${latency.maxCleanIndex}, ${corpus[latency.maxCleanIndex]!.length} chars)`,
);

console.log('\nworst case, ours, adversarial inputs of 5,000 code points (25 runs after 5 warm-up runs):');
console.log('| input | median µs | max µs | max µs without a pause | decision |');
console.log('| --- | ---: | ---: | ---: | --- |');
let worstMedian = 0;
let worstMax = 0;
let worstClean = 0;
for (const { name, text } of adversarialInputs()) {
  const decision = moderate({ body: text }, anonymousContext, defaultPolicy).decision;
  const runs = await runsOf((t) => moderate({ body: t }, anonymousContext, defaultPolicy), text);
  worstMedian = Math.max(worstMedian, runs.median);
  worstMax = Math.max(worstMax, runs.max);
  worstClean = Math.max(worstClean, runs.maxClean);
  console.log(
    `| ${name} | ${runs.median.toFixed(0)} | ${runs.max.toFixed(0)} | ${runs.maxClean.toFixed(0)} | ${decision} |`,
  );
}
console.log(
  `\nworst adversarial comment: median ${(worstMedian / 1000).toFixed(3)} ms, max ${(worstMax / 1000).toFixed(3)} ms, max without a GC pause or preemption ${(worstClean / 1000).toFixed(3)} ms (target < 2 ms)`,
);

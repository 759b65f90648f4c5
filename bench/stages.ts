/**
 * Benchmark (not a test): where the engine's time goes on the bench corpus, stage by stage.
 * Each pass runs one prefix of the pipeline over the whole corpus (the normalising scan; the
 * scan and the hits; the whole `moderate`), ten times over, and the best pass of each is
 * printed in µs per comment, so the differences are the cost of each further stage.
 *
 *   npm run bench:stages
 */
import { compiledFor } from '../shared/moderation/compile.ts';
import { collectHits } from '../shared/moderation/evidence.ts';
import { defaultPolicy, moderate } from '../shared/moderation/index.ts';
import { scanComment } from '../shared/moderation/normalise.ts';
import { buildCorpus } from './corpus.ts';
import { anonymousContext } from './eval-moderation.ts';

const corpus = buildCorpus(20_000);
const compiled = compiledFor(defaultPolicy);

const stages: Record<string, (text: string) => unknown> = {
  scan: scanComment,
  'scan + hits': (text) => collectHits(scanComment(text), compiled),
  'moderate (+ links, signals)': (text) => moderate({ body: text }, anonymousContext, defaultPolicy),
};

const best: Record<string, number> = {};
for (let pass = 0; pass < 10; pass++) {
  for (const [name, run] of Object.entries(stages)) {
    const start = performance.now();
    for (const text of corpus) run(text);
    const micros = ((performance.now() - start) * 1000) / corpus.length;
    best[name] = Math.min(best[name] ?? Number.POSITIVE_INFINITY, micros);
  }
}
console.log(`corpus: ${corpus.length} comments; best of 10 passes, µs per comment`);
for (const [name, micros] of Object.entries(best)) console.log(`${name.padEnd(28)} ${micros.toFixed(2)}`);

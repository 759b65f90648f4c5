/**
 * Trains the word models (`shared/moderation/word-model.ts`) on the labelled sets in
 * bench/data: logistic regression over the model's word features, one class (spam; threats
 * and harassment) against every other comment. Each set is held out in turn
 * (leave-one-set-out) to measure how a model does on comments it was not trained on, and the
 * threshold is the highest score a held-out clean comment got among those the engine asks the
 * model about, so that no clean comment of any set was held by a model that had not seen it.
 * Writes `shared/moderation/word-weights.ts`; deterministic (no random start, full batches).
 *
 *   npm run train:models
 */
import { Buffer } from 'node:buffer';
import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { modelsAskedAbout } from '../shared/moderation/engine.ts';
import { scanComment } from '../shared/moderation/normalise.ts';
import { defaultPolicy } from '../shared/moderation/policy.ts';
import { features } from '../shared/moderation/word-model.ts';
import { readDevSet } from './lib/labelled.ts';

/** L2 penalty, Adagrad step and passes: chosen by the held-out figures this script prints. */
const penalty = 1e-4;
const step = 0.5;
const passes = 800;
/** Features seen in fewer training comments than this are left out. */
const minCount = 2;
/** Weights smaller than this are left out of the model (the held-out figures do not move). */
const minWeight = 0.02;

interface Example {
  features: Int32Array;
  id: string;
  category: string;
  clean: boolean;
  /** Whether the engine asks each model about it (see {@link modelsAskedAbout}). */
  asked: { spam: boolean; threats: boolean };
  set: number;
}

/** Each model: its name, and the categories it stands for against every other comment. */
const models: { name: keyof Example['asked']; categories: string[] }[] = [
  { name: 'spam', categories: ['spam'] },
  { name: 'threats', categories: ['threats_harassment'] },
];

interface Model {
  bias: number;
  weights: Map<number, number>;
}

const dataDir = fileURLToPath(new URL('./data/', import.meta.url));
const sets = readdirSync(dataDir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort();
const examples: Example[] = sets.flatMap((file, set) =>
  readDevSet(`${dataDir}${file}`).map((item) => {
    const f = features(scanComment(item.body));
    return {
      features: Int32Array.from(new Set(f.hashes.subarray(0, f.count))),
      id: item.id,
      category: item.category,
      clean: item.label === 'clean',
      asked: modelsAskedAbout(item.body, defaultPolicy),
      set,
    };
  }),
);

function train(data: readonly Example[], categories: readonly string[]): Model {
  const counts = new Map<number, number>();
  for (const e of data) for (const h of e.features) counts.set(h, (counts.get(h) ?? 0) + 1);
  const index = new Map<number, number>();
  for (const [h, n] of counts) if (n >= minCount) index.set(h, index.size);
  const rows = data.map((e) => Int32Array.from([...e.features].flatMap((h) => index.get(h) ?? [])));
  const w = new Float64Array(index.size);
  const squares = new Float64Array(index.size + 1).fill(1e-8);
  let bias = 0;
  for (let pass = 0; pass < passes; pass++) {
    const grad = new Float64Array(index.size + 1);
    rows.forEach((row, i) => {
      let z = bias;
      for (const j of row) z += w[j]!;
      const error = 1 / (1 + Math.exp(-z)) - (categories.includes(data[i]!.category) ? 1 : 0);
      for (const j of row) grad[j]! += error;
      grad[index.size]! += error;
    });
    for (let j = 0; j <= index.size; j++) {
      const g = grad[j]! / rows.length + (j < index.size ? penalty * w[j]! : 0);
      squares[j]! += g * g;
      const delta = (step * g) / Math.sqrt(squares[j]!);
      if (j < index.size) w[j]! -= delta;
      else bias -= delta;
    }
  }
  return { bias, weights: new Map([...index].map(([h, j]) => [h, w[j]!])) };
}

function score(m: Model, e: Example): number {
  let z = m.bias;
  for (const h of e.features) z += m.weights.get(h) ?? 0;
  return z;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;
/** Weights are stored as int16s in units of this (±8 at most). */
const scale = 1 / 4096;
console.log(`${sets.length} sets, ${examples.length} comments; each set held out in turn:`);
const trained = models.map(({ name, categories }) => {
  const heldOut = sets.flatMap((_, set) => {
    const model = train(
      examples.filter((e) => e.set !== set),
      categories,
    );
    return examples.filter((e) => e.set === set).map((e) => ({ e, score: score(model, e) }));
  });
  // A clean comment the engine never asks this model about cannot be held by it.
  const cleanScores = heldOut.filter((r) => r.e.clean && r.e.asked[name]).sort((a, b) => b.score - a.score);
  const threshold = cleanScores[0]!.score;
  const over = (rows: typeof heldOut) => `${rows.filter((r) => r.score > threshold).length}/${rows.length}`;
  const ours = heldOut.filter((r) => categories.includes(r.e.category));
  const others = heldOut.filter((r) => !r.e.clean && !categories.includes(r.e.category));
  console.log(
    `${name}: threshold ${threshold.toFixed(3)} (the highest held-out clean score the model is asked about)`,
  );
  const top = cleanScores.slice(0, 3).map((r) => `${r.e.id} ${r.score.toFixed(3)}`);
  console.log(`  highest held-out clean scores: ${top.join(', ')}`);
  console.log(`  ${name} over it: ${over(ours)}; other abusive or spam over it: ${over(others)}`);
  return { name, threshold, model: train(examples, categories) };
});

// One table: every feature some model weighs, with a weight per model.
const hashes = [
  ...new Set(
    trained.flatMap(({ model }) =>
      [...model.weights].filter(([, w]) => Math.abs(w) >= minWeight).map(([h]) => h),
    ),
  ),
].sort((a, b) => a - b);
const weights = new Int16Array(hashes.length * trained.length);
hashes.forEach((h, i) => {
  trained.forEach(({ model }, c) => {
    const w = Math.round((model.weights.get(h) ?? 0) / scale);
    weights[i * trained.length + c] = Math.max(-32768, Math.min(32767, w));
  });
});
const base64 = (bytes: ArrayBufferView) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
const classes = trained.map(({ name, threshold, model }) => ({
  name,
  bias: round(model.bias),
  threshold: round(threshold),
}));
const out = fileURLToPath(new URL('../shared/moderation/word-weights.ts', import.meta.url));
writeFileSync(
  out,
  `// Generated by \`npm run train:models\` (bench/train-models.ts) from the labelled sets in bench/data: do not edit.
import type { PackedWeights } from './word-model.ts';

export const wordWeights: PackedWeights = {
  classes: ${JSON.stringify(classes)},
  scale: ${scale},
  hashes: '${base64(Int32Array.from(hashes))}',
  weights: '${base64(weights)}',
};
`,
);
console.log(`wrote ${hashes.length} features of ${trained.length} models to ${out}`);

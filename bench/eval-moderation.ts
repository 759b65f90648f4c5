/**
 * Evaluates the moderation engine on the labelled dev set: per category and overall, how
 * many abusive and spam comments were caught (held or rejected) and how many clean ones
 * were wrongly held or rejected, then lists every miss.
 *
 *   npm run eval:moderation [-- path/to/devset.jsonl]
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultPolicy, type ModerationContext, moderate, type Verdict } from '../shared/moderation/index.ts';
import { type LabelledComment, readDevSet } from './lib/labelled.ts';

export { type LabelledComment, readDevSet };

/** The context the CLI and the evaluation use: auto mode, an anonymous author, no history. */
export const anonymousContext: ModerationContext = {
  mode: 'auto',
  author: { verified: false, publishedCount: 0, rejectedCount: 0, banned: false },
  recentDuplicate: false,
};

/**
 * The brief's dev set beside the checkout (`../shared`), as CI lays it out; a checkout
 * without it (a clone elsewhere) uses the copy committed in bench/data.
 */
const briefDevSet = fileURLToPath(new URL('../../shared/moderation/devset.jsonl', import.meta.url));
export const defaultDevSet = existsSync(briefDevSet)
  ? briefDevSet
  : fileURLToPath(new URL('./data/devset.jsonl', import.meta.url));

export interface Evaluation {
  rows: { category: string; total: number; caught: number; wrong: number }[];
  bad: { total: number; caught: number };
  clean: { total: number; wrong: number };
  misses: { item: LabelledComment; verdict: Verdict }[];
}

/** Runs the engine over the dev set with the default policy and tallies the outcome. */
export function evaluate(items: readonly LabelledComment[]): Evaluation {
  const rows = new Map<string, { category: string; total: number; caught: number; wrong: number }>();
  const result: Evaluation = {
    rows: [],
    bad: { total: 0, caught: 0 },
    clean: { total: 0, wrong: 0 },
    misses: [],
  };
  for (const item of items) {
    const verdict = moderate(
      { body: item.body, authorName: item.authorName },
      anonymousContext,
      defaultPolicy,
    );
    const flagged = verdict.decision !== 'publish';
    const key = `${item.label}/${item.category}`;
    const row = rows.get(key) ?? { category: key, total: 0, caught: 0, wrong: 0 };
    rows.set(key, row);
    row.total++;
    if (item.label === 'clean') {
      result.clean.total++;
      if (flagged) {
        row.wrong++;
        result.clean.wrong++;
        result.misses.push({ item, verdict });
      }
    } else {
      result.bad.total++;
      if (flagged) {
        row.caught++;
        result.bad.caught++;
      } else result.misses.push({ item, verdict });
    }
  }
  result.rows = [...rows.values()].sort((a, b) => a.category.localeCompare(b.category));
  return result;
}

const pct = (n: number, d: number): string => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);

function print(e: Evaluation): void {
  console.log('category                                  total  caught  wrongly held/rejected');
  for (const r of e.rows) {
    const caught = r.category.startsWith('clean/') ? '-' : `${r.caught} (${pct(r.caught, r.total)})`;
    console.log(`${r.category.padEnd(40)} ${String(r.total).padStart(6)}  ${caught.padEnd(13)} ${r.wrong}`);
  }
  console.log(`\nabusive+spam caught: ${e.bad.caught}/${e.bad.total} (${pct(e.bad.caught, e.bad.total)})`);
  console.log(`clean wrongly held or rejected: ${e.clean.wrong}/${e.clean.total}`);
  if (e.misses.length === 0) return;
  console.log('\nmisses:');
  for (const { item, verdict } of e.misses) {
    const why = verdict.signals.map((s) => `${s.rule}: ${s.detail}`).join('; ');
    console.log(
      `  ${item.id} [${item.label}/${item.category}] ${verdict.decision} ${JSON.stringify(item.body)}`,
    );
    if (why !== '') console.log(`      ${why}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  print(evaluate(readDevSet(process.argv[2] ?? defaultDevSet)));
}

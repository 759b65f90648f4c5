import { describe, expect, it } from 'vitest';
import { defaultDevSet, evaluate, readDevSet } from '../../../bench/eval-moderation.ts';

describe('the labelled dev set', () => {
  const result = evaluate(readDevSet(defaultDevSet));

  it('holds or rejects no clean comment', () => {
    expect(result.misses.filter((m) => m.item.label === 'clean').map((m) => m.item.id)).toEqual([]);
  });

  it('catches at least 97% of abusive comments in every category, and of spam', () => {
    for (const row of result.rows.filter((r) => !r.category.startsWith('clean/'))) {
      expect(row.caught / row.total, row.category).toBeGreaterThanOrEqual(0.97);
    }
    expect(result.bad.caught / result.bad.total).toBeGreaterThanOrEqual(0.97);
  });
});

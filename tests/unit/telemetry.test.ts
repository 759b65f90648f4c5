import { afterEach, describe, expect, it } from 'vitest';
import { countOutcome, countOutcomesWith, type Outcome } from '../../shared/telemetry.ts';

describe('outcome counting', () => {
  afterEach(() => countOutcomesWith(() => {}));

  it('hands every outcome, with its dimension, to the counter the adapter installed', () => {
    const seen: [Outcome, string | undefined][] = [];
    countOutcomesWith((outcome, dimension) => seen.push([outcome, dimension?.value]));
    countOutcome('CommentPublished');
    countOutcome('CommentRejected', { name: 'rule', value: 'banned_term' });
    expect(seen).toEqual([
      ['CommentPublished', undefined],
      ['CommentRejected', 'banned_term'],
    ]);
  });
});

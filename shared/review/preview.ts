import { type Comment, commentStatuses } from '../comment.ts';
import {
  type Decision,
  type ModerationContext,
  moderate,
  type Policy,
  type Signal,
} from '../moderation/index.ts';
import { readPolicy } from '../store/policy.ts';
import { queryQueue } from '../store/review.ts';
import type { PreviewInput } from './schemas.ts';

interface Judgement {
  decision: Decision;
  signals: Signal[];
}

export interface PreviewResult {
  commentId: string | null;
  body: string;
  current: Judgement & { status?: Comment['status'] };
  candidate: Judgement;
  changed: boolean;
}

export interface Preview {
  results: PreviewResult[];
  counts: {
    total: number;
    changed: number;
    current: Record<Decision, number>;
    candidate: Record<Decision, number>;
  };
}

/**
 * Runs a candidate policy over comments without storing anything: the given
 * ones (beside what the current policy decides), or an article's most recent
 * stored ones (beside what was decided then).
 */
export async function previewPolicy(input: PreviewInput): Promise<Preview> {
  const candidate = input.policy;
  const results: PreviewResult[] = [];
  if (input.comments) {
    const { policy: current } = await readPolicy();
    for (const comment of input.comments) {
      const now = judge(comment, anonymousContext, current);
      const next = judge(comment, anonymousContext, candidate);
      results.push({
        commentId: null,
        body: comment.body,
        current: now,
        candidate: next,
        changed: now.decision !== next.decision,
      });
    }
  } else if (input.articleId) {
    for (const comment of await recentComments(input.articleId, input.limit ?? 50)) {
      const now: PreviewResult['current'] = {
        decision: decisionOf(comment.status),
        signals: comment.signals,
        status: comment.status,
      };
      const next = judge(comment, storedContext(comment), candidate);
      results.push({
        commentId: comment.id,
        body: comment.body,
        current: now,
        candidate: next,
        changed: now.decision !== next.decision,
      });
    }
  }
  const tally = (pick: (result: PreviewResult) => Decision) => {
    const counts: Record<Decision, number> = { publish: 0, hold: 0, reject: 0 };
    for (const result of results) counts[pick(result)]++;
    return counts;
  };
  return {
    results,
    counts: {
      total: results.length,
      changed: results.filter((result) => result.changed).length,
      current: tally((result) => result.current.decision),
      candidate: tally((result) => result.candidate.decision),
    },
  };
}

const anonymousContext: ModerationContext = {
  mode: 'auto',
  author: { verified: false, publishedCount: 0, rejectedCount: 0, banned: false },
  recentDuplicate: false,
};

/** Stored comments are judged on their text and the author's verification; history is not replayed. */
function storedContext(comment: Comment): ModerationContext {
  return { ...anonymousContext, author: { ...anonymousContext.author, verified: comment.authorVerified } };
}

function judge(
  comment: { body: string; authorName?: string | undefined; authorEmail?: string | null | undefined },
  context: ModerationContext,
  policy: Policy,
): Judgement {
  const verdict = moderate(
    { body: comment.body, authorName: comment.authorName, authorEmail: comment.authorEmail ?? undefined },
    context,
    policy,
  );
  return { decision: verdict.decision, signals: verdict.signals };
}

function decisionOf(status: Comment['status']): Decision {
  return status === 'rejected' ? 'reject' : status === 'pending' ? 'hold' : 'publish';
}

/** The article's newest comments of every status: one Query per status, merged newest first. */
async function recentComments(articleId: string, limit: number): Promise<Comment[]> {
  const pages = await Promise.all(
    commentStatuses.map((status) => queryQueue(status, articleId, limit, undefined, true)),
  );
  return pages
    .flatMap((page) => page.comments)
    .sort((a, b) => (a.id < b.id ? 1 : -1))
    .slice(0, limit);
}

import { createHash } from 'node:crypto';
import { type Comment, isVisible, type PublicComment, toPublicComment } from '../comment.ts';
import { retryWhileContended } from '../contention.ts';
import {
  ConflictError,
  NotFoundError,
  RateLimitedError,
  RejectedError,
  UnauthorizedError,
} from '../errors.ts';
import { clientPseudonym, identifyAuthor } from '../identity.ts';
import { newUlid } from '../ids.ts';
import { duplicateFingerprint, fixableRules, moderate, type Signal } from '../moderation/index.ts';
import { freshPolicy, rememberPolicy } from '../policy-cache.ts';
import { secrets } from '../secrets.ts';
import { policyFromItem } from '../store/policy.ts';
import { createComment, type RateWindow, readIdempotency, readPostingContext } from '../store/posting.ts';
import { countOutcome } from '../telemetry.ts';
import type { PostCommentInput } from './schemas.ts';

const day = 86_400;

/** Who is posting, as the gateway saw them. */
export interface Client {
  ip: string;
  userAgent: string;
}

export interface PostCommentRequest {
  articleId: string;
  input: PostCommentInput;
  client: Client;
}

export interface PostedComment {
  comment: PublicComment & { status: 'published' | 'pending' };
}

/**
 * Takes a reader's comment: identifies the author, runs the moderation rules
 * and stores the comment with its counters in one transaction. A rejection the
 * author can fix is thrown as `RejectedError`; a honeypot hit or a banned
 * author is stored rejected and answered as pending, so a spammer learns nothing.
 */
export function postComment(request: PostCommentRequest): Promise<PostedComment> {
  // Writers racing on one article's counters: the loser tries again on fresh reads.
  return retryWhileContended('Comment transaction', () => attemptPost(request, new Date()));
}

async function attemptPost(request: PostCommentRequest, now: Date): Promise<PostedComment | 'contended'> {
  const { articleId, input } = request;
  const keys = await secrets();
  const client = clientPseudonym('client', request.client, keys.pseudonymSecret);
  const author = identifyAuthor(input, client, keys, now);
  const fingerprint = duplicateFingerprint(input.body);
  const requestHash = hashRequest(input);
  const cachedPolicy = freshPolicy(now);

  const context = await readPostingContext(
    {
      articleId,
      authorKey: author.key,
      parentId: input.parentId ?? null,
      clientToken: input.clientToken ?? null,
      duplicateFingerprint: fingerprint,
      withPolicy: cachedPolicy === undefined,
    },
    now,
  );
  if (context.idempotency) return replay(context.idempotency, requestHash);
  const { policy } = cachedPolicy ?? rememberPolicy(policyFromItem(context.policyItem), now);

  if (policy.anonymous === 'deny' && !author.verified) {
    throw new UnauthorizedError(
      'AUTHOR_TOKEN_REQUIRED',
      'This site accepts comments from signed-in readers only.',
    );
  }
  if (!context.article.open)
    throw new ConflictError('ARTICLE_CLOSED', 'Comments on this article are closed.');
  const parent = context.parent;
  if (input.parentId && (!parent || parent.articleId !== articleId || !isVisible(parent.status))) {
    throw new NotFoundError(
      'PARENT_NOT_FOUND',
      'The comment you reply to does not exist or is not published.',
    );
  }

  const verdict = moderate(
    { body: input.body, authorName: author.name ?? undefined, authorEmail: author.email ?? undefined },
    {
      mode: context.article.mode,
      author: {
        verified: author.verified,
        publishedCount: context.author.publishedCount,
        rejectedCount: context.author.rejectedCount,
        banned: context.author.banned,
      },
      recentDuplicate: context.recentDuplicate,
    },
    policy,
  );
  const honeypot = (input.website ?? '').trim() !== '';
  const fixable = verdict.signals.filter(
    (signal) => signal.action === 'reject' && fixableRules.has(signal.rule),
  );
  countOutcome('CommentSubmitted');
  if (!honeypot && verdict.decision === 'reject' && fixable.length > 0) {
    countOutcome('CommentRejected', { name: 'rule', value: fixable[0]?.rule ?? 'unknown' });
    throw new RejectedError('The comment breaks rules you can fix by editing it.', {
      details: fixable.map((signal) => ({ path: `rules.${signal.rule}`, message: signal.detail })),
    });
  }

  const signals: Signal[] = honeypot
    ? [
        { rule: 'honeypot', action: 'reject', detail: 'the hidden website field was filled' },
        ...verdict.signals,
      ]
    : verdict.signals;
  const status =
    honeypot || verdict.decision === 'reject'
      ? 'rejected'
      : verdict.decision === 'publish'
        ? 'published'
        : 'pending';
  const id = newUlid(now.getTime());
  const createdAt = now.toISOString();
  const comment: Comment = {
    id,
    articleId,
    parentId: parent?.id ?? null,
    rootId: parent?.rootId ?? id,
    authorName: author.name ?? 'Anonymous',
    authorEmail: author.email,
    authorKey: author.key,
    authorVerified: author.verified,
    body: input.body,
    status,
    version: 1,
    createdAt,
    publishedAt: status === 'published' ? createdAt : null,
    signals,
    reports: { count: 0, reasons: {} },
    decidedBy: null,
    decidedAt: null,
  };
  const response: PostedComment = {
    comment: { ...toPublicComment(comment), status: status === 'published' ? 'published' : 'pending' },
  };
  const epochSeconds = Math.floor(now.getTime() / 1000);
  const outcome = await createComment({
    comment,
    rateWindows: rateWindows(client, epochSeconds, policy.rateLimits),
    idempotency: input.clientToken
      ? {
          clientToken: input.clientToken,
          record: { requestHash, commentId: id, response },
          expiresAt: epochSeconds + day,
        }
      : null,
    duplicate: { fingerprint, expiresAt: epochSeconds + day },
  });
  if (outcome.ok) {
    countStored(status, signals);
    return response;
  }
  switch (outcome.reason) {
    case 'contended':
      return 'contended';
    case 'idempotency_taken': {
      // A concurrent twin with the same clientToken won: answer as it was answered.
      const record = await readIdempotency(articleId, input.clientToken ?? '');
      return record ? replay(record, requestHash) : 'contended';
    }
    case 'rate_limited':
      countOutcome('CommentRateLimited');
      throw new RateLimitedError(secondsLeft(outcome.window, epochSeconds));
    case 'article_closed':
      throw new ConflictError('ARTICLE_CLOSED', 'Comments on this article are closed.');
    case 'parent_gone':
      throw new NotFoundError(
        'PARENT_NOT_FOUND',
        'The comment you reply to does not exist or is not published.',
      );
  }
}

function countStored(status: Comment['status'], signals: Signal[]): void {
  if (status === 'published') countOutcome('CommentPublished');
  else if (status === 'pending') countOutcome('CommentHeld');
  else {
    const rule = signals.find((signal) => signal.action === 'reject')?.rule ?? 'unknown';
    countOutcome('CommentRejected', { name: 'rule', value: rule });
  }
}

function replay(record: { requestHash: string; response: unknown }, requestHash: string): PostedComment {
  if (record.requestHash !== requestHash) {
    throw new ConflictError(
      'IDEMPOTENCY_CONFLICT',
      'This clientToken was already used for a different comment.',
    );
  }
  return record.response as PostedComment;
}

/** Equal for equal requests whatever the key order. */
function hashRequest(input: PostCommentInput): string {
  const canonical = Object.entries(input).sort(([a], [b]) => (a < b ? -1 : 1));
  return createHash('sha256').update(JSON.stringify(canonical)).digest('base64url');
}

const windows = { minute: 60, hour: 3600 } as const;

function rateWindows(
  client: string,
  epochSeconds: number,
  limits: { perClientPerMinute: number; perClientPerHour: number },
): RateWindow[] {
  return (
    [
      ['minute', limits.perClientPerMinute],
      ['hour', limits.perClientPerHour],
    ] as const
  ).map(([name, limit]) => {
    const start = epochSeconds - (epochSeconds % windows[name]);
    return { client, window: `${name}:${start}`, limit, expiresAt: start + windows[name] * 2 };
  });
}

function secondsLeft(window: string, epochSeconds: number): number {
  const [name, start] = window.split(':') as ['minute' | 'hour', string];
  return Math.max(1, Number(start) + windows[name] - epochSeconds);
}

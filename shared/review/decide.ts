import { type Comment, type CommentStatus, type ModeratorComment, toModeratorComment } from '../comment.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { changeStatus, readComment } from '../store/review.ts';
import { countOutcome } from '../telemetry.ts';
import type { DecisionInput } from './schemas.ts';

export interface DecideRequest extends DecisionInput {
  commentId: string;
  moderator: string;
}

const targets: Record<DecisionInput['decision'], CommentStatus> = {
  approve: 'published',
  reject: 'rejected',
};

/**
 * A moderator's decision on one comment: one read, one transaction. A stale
 * `expectedVersion`, or another change landing between the read and the
 * write, is `VERSION_CONFLICT`: of two moderators racing, exactly one wins.
 * A decision the comment already reflects changes nothing and publishes nothing.
 */
export async function decide(request: DecideRequest): Promise<ModeratorComment> {
  const comment = await readComment(request.commentId);
  if (!comment) throw new NotFoundError('COMMENT_NOT_FOUND', 'No comment has this id.');
  if (request.expectedVersion !== undefined && request.expectedVersion !== comment.version) {
    throw versionConflict(comment);
  }
  const to = targets[request.decision];
  if (comment.status === to) return toModeratorComment(comment);
  const changed = await changeStatus({
    comment,
    to,
    by: request.moderator,
    at: new Date().toISOString(),
    reason: request.reason ?? null,
  });
  if (!changed) throw versionConflict(comment);
  countOutcome('Decision', { name: 'decision', value: request.decision });
  return toModeratorComment(changed);
}

function versionConflict(comment: Comment): ConflictError {
  return new ConflictError(
    'VERSION_CONFLICT',
    `The comment changed since you read it (it is now at version ${comment.version}); reload it and decide again.`,
  );
}

export type BulkResult =
  | { commentId: string; result: 'ok'; comment: ModeratorComment }
  | { commentId: string; result: 'conflict' | 'not_found'; message: string };

/** Up to 100 decisions, each on its own like `decide`, a few at a time; a result per item, in order. */
export async function decideMany(requests: DecideRequest[]): Promise<BulkResult[]> {
  const results: BulkResult[] = new Array(requests.length);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < requests.length; index = next++) {
      const request = requests[index] as DecideRequest;
      try {
        results[index] = { commentId: request.commentId, result: 'ok', comment: await decide(request) };
      } catch (error) {
        if (error instanceof ConflictError) {
          results[index] = { commentId: request.commentId, result: 'conflict', message: error.message };
        } else if (error instanceof NotFoundError) {
          results[index] = { commentId: request.commentId, result: 'not_found', message: error.message };
        } else throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(8, requests.length) }, worker));
  return results;
}

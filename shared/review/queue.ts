import { type CommentStatus, type ModeratorComment, toModeratorComment } from '../comment.ts';
import { readCursor, signCursor } from '../cursor.ts';
import { NotFoundError } from '../errors.ts';
import { secrets } from '../secrets.ts';
import { type HistoryEntry, queryQueue, readCommentWithHistory } from '../store/review.ts';

export interface QueueRequest {
  status: CommentStatus;
  articleId?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

export interface QueueView {
  items: ModeratorComment[];
  nextCursor: string | null;
}

/** A page of the review queue of one status, oldest first, optionally of one article. One Query. */
export async function listQueue(request: QueueRequest): Promise<QueueView> {
  const { cursorSecret } = await secrets();
  const scope = `queue\u0000${request.status}\u0000${request.articleId ?? ''}`;
  const key = request.cursor
    ? readCursor<Record<string, unknown>>(request.cursor, scope, cursorSecret)
    : undefined;
  const page = await queryQueue(request.status, request.articleId, request.limit, key);
  return {
    items: page.comments.map(toModeratorComment),
    nextCursor: page.lastKey ? signCursor(page.lastKey, scope, cursorSecret) : null,
  };
}

/** One comment as moderators see it, with every change that led here. */
export async function reviewComment(
  commentId: string,
): Promise<ModeratorComment & { history: HistoryEntry[] }> {
  const found = await readCommentWithHistory(commentId);
  if (!found) throw new NotFoundError('COMMENT_NOT_FOUND', 'No comment has this id.');
  return { ...toModeratorComment(found.comment), history: found.history };
}

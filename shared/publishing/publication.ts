import { type Comment, isVisible, type PublicComment, toPublicComment } from '../comment.ts';

/** A message on the approved-comments queue, as API.md defines it. */
export interface Publication {
  type: 'comment.published' | 'comment.unpublished';
  /** `commentId:version`: the queue's deduplication id and the consumers' key. */
  eventId: string;
  occurredAt: string;
  comment: PublicComment;
}

/**
 * What a change to a comment means for readers: a `comment.published` when it
 * becomes visible, a `comment.unpublished` when it stops being visible (or is
 * erased), nothing otherwise. `published -> flagged` is no publication: a
 * flagged comment stays published.
 */
export function publicationOf(
  before: Comment | undefined,
  after: Comment | undefined,
  observedAt: string,
): Publication | undefined {
  const wasVisible = before !== undefined && isVisible(before.status);
  const isVisibleNow = after !== undefined && isVisible(after.status);
  if (!wasVisible && isVisibleNow) {
    return {
      type: 'comment.published',
      eventId: `${after.id}:${after.version}`,
      occurredAt: after.publishedAt ?? observedAt,
      comment: toPublicComment(after),
    };
  }
  if (wasVisible && !isVisibleNow) {
    const last = after ?? before;
    return {
      type: 'comment.unpublished',
      eventId: `${last.id}:${after ? after.version : before.version + 1}`,
      occurredAt: after?.decidedAt ?? observedAt,
      comment: toPublicComment(before),
    };
  }
  return undefined;
}

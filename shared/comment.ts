import type { Signal } from './moderation/index.ts';

/**
 * The comment model: its statuses, what readers and moderators may see of it,
 * and the order keys that thread it under its article.
 */

export const commentStatuses = ['pending', 'flagged', 'published', 'rejected'] as const;
export type CommentStatus = (typeof commentStatuses)[number];

export const reportReasons = ['spam', 'abuse', 'off_topic', 'other'] as const;
export type ReportReason = (typeof reportReasons)[number];

export interface Reports {
  count: number;
  reasons: Partial<Record<ReportReason, number>>;
}

/** A comment as the store keeps it. */
export interface Comment {
  id: string;
  articleId: string;
  parentId: string | null;
  rootId: string;
  authorName: string;
  authorEmail: string | null;
  authorKey: string;
  authorVerified: boolean;
  body: string;
  status: CommentStatus;
  /** +1 on every change; the relay's publications are keyed by it. */
  version: number;
  createdAt: string;
  publishedAt: string | null;
  signals: Signal[];
  reports: Reports;
  decidedBy: string | null;
  decidedAt: string | null;
}

/** What anyone may see. Never email, address hashes, signals or versions. */
export interface PublicComment {
  id: string;
  articleId: string;
  parentId: string | null;
  rootId: string;
  authorName: string;
  body: string;
  createdAt: string;
  publishedAt: string | null;
  edited: boolean;
}

export type ModeratorComment = PublicComment &
  Pick<
    Comment,
    'status' | 'version' | 'authorEmail' | 'authorKey' | 'signals' | 'reports' | 'decidedBy' | 'decidedAt'
  >;

/** Statuses in which readers see a comment: a flagged comment stays published until decided. */
export function isVisible(status: CommentStatus): boolean {
  return status === 'published' || status === 'flagged';
}

export function toPublicComment(comment: Comment): PublicComment {
  return {
    id: comment.id,
    articleId: comment.articleId,
    parentId: comment.parentId,
    rootId: comment.rootId,
    authorName: comment.authorName,
    body: comment.body,
    createdAt: comment.createdAt,
    publishedAt: comment.publishedAt,
    edited: false,
  };
}

export function toModeratorComment(comment: Comment): ModeratorComment {
  return {
    ...toPublicComment(comment),
    status: comment.status,
    version: comment.version,
    authorEmail: comment.authorEmail,
    authorKey: comment.authorKey,
    signals: comment.signals,
    reports: comment.reports,
    decidedBy: comment.decidedBy,
    decidedAt: comment.decidedAt,
  };
}

const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * Sort keys that keep each reply right after its root: a root sorts by its own
 * ULID, a reply by its root's ULID then its own, so replies are oldest first
 * under roots in either order.
 */
export function threadKeys(comment: Pick<Comment, 'id' | 'rootId'>): { oldest: string; newest: string } {
  const suffix = comment.id === comment.rootId ? '' : `#${comment.id}`;
  return { oldest: comment.rootId + suffix, newest: invertUlid(comment.rootId) + suffix };
}

/** Maps a ULID to one that sorts in the opposite order. */
function invertUlid(ulid: string): string {
  let inverted = '';
  for (const char of ulid) inverted += crockford[31 - crockford.indexOf(char)];
  return inverted;
}

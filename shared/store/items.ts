import { type Comment, type CommentStatus, isVisible, threadKeys } from '../comment.ts';
import type { ArticleMode } from '../moderation/index.ts';
import { articleQueuePk, keys, publishedPk, queuePk } from './keys.ts';

/** Item shapes and their mapping to the domain; the only place that knows attribute names. */

export type Item = Record<string, unknown>;

/**
 * The index attributes a comment carries in a status: every comment is in the
 * moderation queue of its status; only visible comments are in the published indexes.
 */
export function indexAttributes(comment: Pick<Comment, 'id' | 'rootId' | 'articleId' | 'status'>): Item {
  const attributes: Item = {
    queuePk: queuePk(comment.status),
    articleQueuePk: articleQueuePk(comment.status, comment.articleId),
    queueSk: comment.id,
  };
  if (isVisible(comment.status)) {
    const thread = threadKeys(comment);
    attributes.publishedPk = publishedPk(comment.articleId);
    attributes.threadKey = thread.oldest;
    attributes.threadKeyNewest = thread.newest;
  }
  return attributes;
}

/** One change of a comment's status, kept under the comment's partition. */
export interface HistoryEntry {
  at: string;
  by: string;
  from: CommentStatus | null;
  to: CommentStatus;
  reason: string | null;
  version: number;
}

/** The Put that records one history entry, for a comment's transaction. */
export function putHistory(table: string, commentId: string, entry: HistoryEntry) {
  return {
    Put: {
      TableName: table,
      Item: { ...keys.history(commentId, entry.version), entity: 'history', ...entry },
    },
  };
}

export function commentItem(comment: Comment): Item {
  return { ...keys.comment(comment.id), entity: 'comment', ...comment, ...indexAttributes(comment) };
}

export function commentFromItem(item: Item): Comment {
  const {
    pk: _pk,
    sk: _sk,
    entity: _entity,
    queuePk: _queuePk,
    articleQueuePk: _articleQueuePk,
    queueSk: _queueSk,
    publishedPk: _publishedPk,
    threadKey: _threadKey,
    threadKeyNewest: _threadKeyNewest,
    ...comment
  } = item;
  return comment as unknown as Comment;
}

export interface ArticleSettings {
  articleId: string;
  open: boolean;
  mode: ArticleMode;
  publishedCount: number;
  commentCount: number;
}

export function articleFromItem(articleId: string, item: Item | undefined): ArticleSettings {
  return {
    articleId,
    open: item?.open !== false,
    mode: (item?.mode as ArticleMode | undefined) ?? 'auto',
    publishedCount: Number(item?.publishedCount ?? 0),
    commentCount: Number(item?.commentCount ?? 0),
  };
}

export interface AuthorRecord {
  authorKey: string;
  publishedCount: number;
  rejectedCount: number;
  bannedUntil: string | null;
  banned: boolean;
}

/** A ban without `until` lasts until lifted; one with `until` ends by itself. */
export function authorFromItem(authorKey: string, item: Item | undefined, now: Date): AuthorRecord {
  const bannedUntil = (item?.bannedUntil as string | undefined) ?? null;
  const banned = item?.banned === true && (bannedUntil === null || bannedUntil > now.toISOString());
  return {
    authorKey,
    publishedCount: Number(item?.publishedCount ?? 0),
    rejectedCount: Number(item?.rejectedCount ?? 0),
    bannedUntil,
    banned,
  };
}

/**
 * `#p0 = :p0, …` for each attribute, registering its name and value under
 * placeholders with the given prefix, for an UpdateExpression's SET clause.
 */
export function setClauses(
  attributes: Item,
  prefix: string,
  names: Record<string, string>,
  values: Record<string, unknown>,
): string[] {
  return Object.entries(attributes).map(([name, value], position) => {
    names[`#${prefix}${position}`] = name;
    values[`:${prefix}${position}`] = value;
    return `#${prefix}${position} = :${prefix}${position}`;
  });
}

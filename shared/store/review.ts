import { GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { type Comment, type CommentStatus, isVisible } from '../comment.ts';
import type { ArticleMode } from '../moderation/index.ts';
import { documentClient, tableName } from './client.ts';
import {
  type ArticleSettings,
  articleFromItem,
  commentFromItem,
  type HistoryEntry,
  type Item,
  indexAttributes,
  putHistory,
  setClauses,
} from './items.ts';
import { articleQueuePk, articleThreadKey, commentSk, keys, publishedPk, queuePk } from './keys.ts';
import { type NamedItem, transact } from './transactions.ts';

export type { HistoryEntry };

/** The store's side of review: the queues, a comment's history, decisions, article settings, bans. */

export async function readComment(id: string): Promise<Comment | undefined> {
  const { Item } = await documentClient().send(
    new GetCommand({ TableName: tableName(), Key: keys.comment(id), ConsistentRead: true }),
  );
  return Item ? commentFromItem(Item) : undefined;
}

/** A comment and its history in one Query over the comment's partition. */
export async function readCommentWithHistory(
  id: string,
): Promise<{ comment: Comment; history: HistoryEntry[] } | undefined> {
  const items: Item[] = [];
  let startKey: Item | undefined;
  do {
    const page = await documentClient().send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.comment(id).pk },
        ConsistentRead: true,
        ExclusiveStartKey: startKey,
      }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  const commentItem = items.find((item) => item.sk === commentSk);
  if (!commentItem) return undefined;
  const history = items
    .filter((item) => item.entity === 'history')
    .map(({ at, by, from, to, reason, version }) => ({ at, by, from, to, reason, version }) as HistoryEntry);
  return { comment: commentFromItem(commentItem), history };
}

export interface QueuePage {
  comments: Comment[];
  lastKey: Item | undefined;
}

/** One Query for a page of the moderation queue of one status, oldest first, optionally one article. */
export async function queryQueue(
  status: CommentStatus,
  articleId: string | undefined,
  limit: number,
  startKey: Item | undefined,
  newestFirst = false,
): Promise<QueuePage> {
  const byArticle = articleId !== undefined;
  const result = await documentClient().send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: byArticle ? 'articleQueueIndex' : 'queueIndex',
      KeyConditionExpression: byArticle ? 'articleQueuePk = :pk' : 'queuePk = :pk',
      ExpressionAttributeValues: { ':pk': byArticle ? articleQueuePk(status, articleId) : queuePk(status) },
      Limit: limit,
      ExclusiveStartKey: startKey,
      ScanIndexForward: !newestFirst,
    }),
  );
  return { comments: (result.Items ?? []).map(commentFromItem), lastKey: result.LastEvaluatedKey };
}

export interface StatusChange {
  comment: Comment;
  to: CommentStatus;
  by: string;
  at: string;
  reason: string | null;
}

/**
 * Moves a comment to another status in one transaction: the comment (on the
 * condition that its version is still the one read), its history item, the
 * article's published count and the author's trust counters. Undefined when
 * another change got there first.
 */
export async function changeStatus(change: StatusChange): Promise<Comment | undefined> {
  const { comment, to, by, at, reason } = change;
  const table = tableName();
  const changed: Comment = {
    ...comment,
    status: to,
    version: comment.version + 1,
    decidedBy: by,
    decidedAt: at,
    publishedAt: isVisible(to) ? (comment.publishedAt ?? at) : comment.publishedAt,
  };
  // Readers' view changes by +1, -1 or not at all; so do the article's and the author's counts.
  const visibility = Number(isVisible(to)) - Number(isVisible(comment.status));
  const rejected = Number(to === 'rejected') - Number(comment.status === 'rejected');
  const index = indexAttributes(changed);
  const removed = isVisible(to) ? [] : ['publishedPk', 'threadKey', 'threadKeyNewest'];
  const set = {
    ...index,
    status: to,
    version: changed.version,
    decidedBy: by,
    decidedAt: at,
    publishedAt: changed.publishedAt,
  };
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = { ':expected': comment.version };
  const assignments = setClauses(set, 's', names, values);
  const removals = removed.map((name, position) => {
    names[`#r${position}`] = name;
    return `#r${position}`;
  });
  const items: NamedItem<string>[] = [
    {
      name: 'comment',
      item: {
        Update: {
          TableName: table,
          Key: keys.comment(comment.id),
          UpdateExpression: `SET ${assignments.join(', ')}${removals.length ? ` REMOVE ${removals.join(', ')}` : ''}`,
          ConditionExpression: 'version = :expected',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        },
      },
    },
    {
      name: 'history',
      item: putHistory(table, comment.id, {
        at,
        by,
        from: comment.status,
        to,
        reason,
        version: changed.version,
      }),
    },
  ];
  if (visibility !== 0) {
    items.push({
      name: 'article',
      item: {
        Update: {
          TableName: table,
          Key: keys.article(comment.articleId),
          UpdateExpression: 'ADD publishedCount :delta',
          ExpressionAttributeValues: { ':delta': visibility },
        },
      },
    });
  }
  if (visibility !== 0 || rejected !== 0) {
    items.push({
      name: 'author',
      item: {
        Update: {
          TableName: table,
          Key: keys.author(comment.authorKey),
          UpdateExpression: 'ADD publishedCount :published, rejectedCount :rejected',
          ExpressionAttributeValues: { ':published': visibility, ':rejected': rejected },
        },
      },
    });
  }
  const outcome = await transact(items);
  return outcome.ok ? changed : undefined;
}

/** Opens or closes an article, or sets its mode; the counters item joins the published index if new. */
export async function updateArticleSettings(
  articleId: string,
  settings: { open?: boolean | undefined; mode?: ArticleMode | undefined },
): Promise<ArticleSettings> {
  const sets = [
    'publishedPk = :publishedPk',
    'threadKey = :threadKey',
    'threadKeyNewest = :threadKey',
    'articleId = :articleId',
    'publishedCount = if_not_exists(publishedCount, :zero)',
    'commentCount = if_not_exists(commentCount, :zero)',
  ];
  const values: Record<string, unknown> = {
    ':publishedPk': publishedPk(articleId),
    ':threadKey': articleThreadKey,
    ':articleId': articleId,
    ':zero': 0,
  };
  if (settings.open !== undefined) {
    sets.push('#open = :open');
    values[':open'] = settings.open;
  }
  if (settings.mode !== undefined) {
    sets.push('#mode = :mode');
    values[':mode'] = settings.mode;
  }
  const { Attributes } = await documentClient().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.article(articleId),
      UpdateExpression: `SET ${sets.join(', ')}`,
      ExpressionAttributeNames: {
        ...(settings.open !== undefined ? { '#open': 'open' } : {}),
        ...(settings.mode !== undefined ? { '#mode': 'mode' } : {}),
      },
      ExpressionAttributeValues: values,
      ReturnValues: 'ALL_NEW',
    }),
  );
  return articleFromItem(articleId, Attributes);
}

export interface Ban {
  authorKey: string;
  banned: boolean;
  bannedUntil: string | null;
  reason: string | null;
  by: string;
  at: string;
}

export async function writeBan(ban: Ban): Promise<void> {
  await documentClient().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.author(ban.authorKey),
      UpdateExpression: ban.banned
        ? 'SET banned = :banned, bannedUntil = :until, banReason = :reason, bannedBy = :by, bannedAt = :at'
        : 'SET banned = :banned, unbannedBy = :by, unbannedAt = :at REMOVE bannedUntil, banReason',
      ExpressionAttributeValues: ban.banned
        ? { ':banned': true, ':until': ban.bannedUntil, ':reason': ban.reason, ':by': ban.by, ':at': ban.at }
        : { ':banned': false, ':by': ban.by, ':at': ban.at },
    }),
  );
}

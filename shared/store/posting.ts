import { BatchGetCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Comment } from '../comment.ts';
import { isVisible } from '../comment.ts';
import { documentClient, tableName } from './client.ts';
import {
  type ArticleSettings,
  type AuthorRecord,
  articleFromItem,
  authorFromItem,
  commentFromItem,
  commentItem,
  type Item,
  putHistory,
} from './items.ts';
import { articleThreadKey, keys, publishedPk } from './keys.ts';
import { type NamedItem, transact } from './transactions.ts';

/** Everything a new comment is judged against, read in one BatchGetItem. */
export interface PostingContext {
  article: ArticleSettings;
  author: AuthorRecord;
  parent: Comment | null;
  idempotency: IdempotencyRecord | null;
  recentDuplicate: boolean;
  policyItem: Item | null;
}

export interface IdempotencyRecord {
  requestHash: string;
  commentId: string;
  response: unknown;
}

export interface PostingKeys {
  articleId: string;
  authorKey: string;
  parentId: string | null;
  clientToken: string | null;
  duplicateFingerprint: string;
  withPolicy: boolean;
}

type Key = { pk: string; sk: string };

export async function readPostingContext(request: PostingKeys, now: Date): Promise<PostingContext> {
  const wanted: Record<string, Key> = {
    article: keys.article(request.articleId),
    author: keys.author(request.authorKey),
    duplicate: keys.duplicate(request.authorKey, request.duplicateFingerprint),
  };
  if (request.parentId) wanted.parent = keys.comment(request.parentId);
  if (request.clientToken) wanted.idempotency = keys.idempotency(request.articleId, request.clientToken);
  if (request.withPolicy) wanted.policy = keys.policy();
  const found = await batchGet(Object.values(wanted));
  const pick = (name: string) => {
    const key = wanted[name];
    return key ? found.get(`${key.pk}\u0000${key.sk}`) : undefined;
  };
  const duplicate = pick('duplicate');
  const idempotency = pick('idempotency');
  const parent = pick('parent');
  return {
    article: articleFromItem(request.articleId, pick('article')),
    author: authorFromItem(request.authorKey, pick('author'), now),
    parent: parent ? commentFromItem(parent) : null,
    idempotency: idempotency ? (idempotency as unknown as IdempotencyRecord) : null,
    recentDuplicate: duplicate !== undefined && Number(duplicate.expiresAt) > now.getTime() / 1000,
    policyItem: pick('policy') ?? null,
  };
}

/** One BatchGetItem (consistent), asking again only for keys DynamoDB left unprocessed. */
export async function batchGet(wanted: Key[]): Promise<Map<string, Item>> {
  const found = new Map<string, Item>();
  let pending: Key[] = wanted;
  // Unprocessed keys come back under throttling; ask again for just those.
  for (let attempt = 0; pending.length > 0; attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt));
    const result = await documentClient().send(
      new BatchGetCommand({ RequestItems: { [tableName()]: { Keys: pending, ConsistentRead: true } } }),
    );
    for (const item of result.Responses?.[tableName()] ?? []) found.set(`${item.pk}\u0000${item.sk}`, item);
    pending = (result.UnprocessedKeys?.[tableName()]?.Keys ?? []) as Key[];
    if (attempt > 5 && pending.length > 0) throw new Error('BatchGetItem kept returning unprocessed keys');
  }
  return found;
}

export interface RateWindow {
  client: string;
  window: string;
  limit: number;
  expiresAt: number;
}

export interface NewComment {
  comment: Comment;
  rateWindows: RateWindow[];
  idempotency: { clientToken: string; record: IdempotencyRecord; expiresAt: number } | null;
  duplicate: { fingerprint: string; expiresAt: number };
}

export type CreateOutcome =
  | { ok: true }
  | { ok: false; reason: 'rate_limited'; window: string }
  | { ok: false; reason: 'article_closed' | 'parent_gone' | 'idempotency_taken' | 'contended' };

/**
 * Stores a new comment in one transaction with everything that must change
 * with it: its history, the article's and author's counters, the client's rate
 * windows, the idempotency record and the duplicate marker. The conditions
 * make the checks made on the read hold at the moment of the write.
 */
export async function createComment(request: NewComment): Promise<CreateOutcome> {
  const { comment } = request;
  const table = tableName();
  const visible = isVisible(comment.status);
  const items: NamedItem<string>[] = [
    {
      name: 'comment',
      item: {
        Put: {
          TableName: table,
          Item: commentItem(comment),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    },
    {
      name: 'history',
      item: putHistory(table, comment.id, {
        at: comment.createdAt,
        by: 'rules',
        from: null,
        to: comment.status,
        reason: comment.signals.map((signal) => signal.rule).join(', ') || null,
        version: comment.version,
      }),
    },
    {
      name: 'article',
      item: {
        Update: {
          TableName: table,
          Key: keys.article(comment.articleId),
          UpdateExpression:
            'SET publishedPk = :publishedPk, threadKey = :threadKey, threadKeyNewest = :threadKey, articleId = :articleId ADD commentCount :one, publishedCount :published',
          ConditionExpression: 'attribute_not_exists(#open) OR #open = :true',
          ExpressionAttributeNames: { '#open': 'open' },
          ExpressionAttributeValues: {
            ':publishedPk': publishedPk(comment.articleId),
            ':threadKey': articleThreadKey,
            ':articleId': comment.articleId,
            ':one': 1,
            ':published': visible ? 1 : 0,
            ':true': true,
          },
        },
      },
    },
    {
      name: 'author',
      item: {
        Update: {
          TableName: table,
          Key: keys.author(comment.authorKey),
          UpdateExpression:
            'SET lastCommentAt = :now ADD commentCount :one, publishedCount :published, rejectedCount :rejected',
          ExpressionAttributeValues: {
            ':now': comment.createdAt,
            ':one': 1,
            ':published': visible ? 1 : 0,
            ':rejected': comment.status === 'rejected' ? 1 : 0,
          },
        },
      },
    },
    {
      name: 'duplicate',
      item: {
        Put: {
          TableName: table,
          Item: {
            ...keys.duplicate(comment.authorKey, request.duplicate.fingerprint),
            commentId: comment.id,
            expiresAt: request.duplicate.expiresAt,
          },
        },
      },
    },
  ];
  for (const rate of request.rateWindows) {
    items.push({
      name: `rate:${rate.window}`,
      item: {
        Update: {
          TableName: table,
          Key: keys.rateWindow(rate.client, rate.window),
          UpdateExpression: 'SET expiresAt = :expiresAt ADD hits :one',
          ConditionExpression: 'attribute_not_exists(hits) OR hits < :limit',
          ExpressionAttributeValues: { ':expiresAt': rate.expiresAt, ':one': 1, ':limit': rate.limit },
        },
      },
    });
  }
  if (request.idempotency) {
    items.push({
      name: 'idempotency',
      item: {
        Put: {
          TableName: table,
          Item: {
            ...keys.idempotency(comment.articleId, request.idempotency.clientToken),
            ...request.idempotency.record,
            expiresAt: request.idempotency.expiresAt,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    });
  }
  if (comment.parentId) {
    items.push({
      name: 'parent',
      item: {
        ConditionCheck: {
          TableName: table,
          Key: keys.comment(comment.parentId),
          ConditionExpression: '#status IN (:published, :flagged)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':published': 'published', ':flagged': 'flagged' },
        },
      },
    });
  }
  const outcome = await transact(items);
  if (outcome.ok) return outcome;
  // The idempotency record is checked first: a concurrent twin answers for both.
  if (outcome.failed.includes('idempotency')) return { ok: false, reason: 'idempotency_taken' };
  const rate = outcome.failed.find((name) => name.startsWith('rate:'));
  if (rate) return { ok: false, reason: 'rate_limited', window: rate.slice('rate:'.length) };
  if (outcome.failed.includes('article')) return { ok: false, reason: 'article_closed' };
  if (outcome.failed.includes('parent')) return { ok: false, reason: 'parent_gone' };
  if (outcome.conflicted) return { ok: false, reason: 'contended' };
  throw new Error(`Comment transaction cancelled: ${outcome.failed.join(', ')}`);
}

/** The idempotency record of a clientToken, read when a concurrent twin won the race. */
export async function readIdempotency(
  articleId: string,
  clientToken: string,
): Promise<IdempotencyRecord | null> {
  const { Item } = await documentClient().send(
    new GetCommand({
      TableName: tableName(),
      Key: keys.idempotency(articleId, clientToken),
      ConsistentRead: true,
    }),
  );
  return Item ? (Item as unknown as IdempotencyRecord) : null;
}

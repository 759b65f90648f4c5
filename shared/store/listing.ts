import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Comment } from '../comment.ts';
import { documentClient, tableName } from './client.ts';
import { commentFromItem, type Item } from './items.ts';
import { publishedPk } from './keys.ts';

export interface PublishedPage {
  comments: Comment[];
  /** The article's published count, when the page started at the article's first item. */
  publishedCount: number | undefined;
  lastKey: Item | undefined;
}

/**
 * One Query for one page of an article's published comments. The article's
 * counters item sorts first in both orders, so the first page reads the total
 * in the same Query.
 */
export async function queryPublished(
  articleId: string,
  order: 'oldest' | 'newest',
  limit: number,
  startKey: Item | undefined,
): Promise<PublishedPage> {
  const sortKey = order === 'oldest' ? 'threadKey' : 'threadKeyNewest';
  // One item more than the page shows (two on the first page, which also holds
  // the counters item): if it comes back there is a next page, if not this is
  // the last one, so the last page never hands out a cursor to an empty page.
  const result = await documentClient().send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: order === 'oldest' ? 'publishedIndex' : 'publishedNewestIndex',
      KeyConditionExpression: 'publishedPk = :pk',
      ExpressionAttributeValues: { ':pk': publishedPk(articleId) },
      Limit: (startKey ? limit : limit + 1) + 1,
      ExclusiveStartKey: startKey,
    }),
  );
  const items = result.Items ?? [];
  const article = items.find((item) => item.sk === 'ARTICLE');
  const comments = items.filter((item) => item.entity === 'comment');
  const page = comments.slice(0, limit);
  const last = page.at(-1);
  // A Query also stops at 1 MB; then DynamoDB's own key says where to go on.
  const lastKey =
    comments.length > limit && last
      ? { pk: last.pk, sk: last.sk, publishedPk: last.publishedPk, [sortKey]: last[sortKey] }
      : result.LastEvaluatedKey;
  return {
    comments: page.map(commentFromItem),
    publishedCount: article ? Number(article.publishedCount ?? 0) : undefined,
    lastKey,
  };
}

/**
 * The one declaration of the comments table: keys, indexes, stream and TTL.
 * The CDK stack and the local runtime both build the table from this object,
 * so the table in AWS and the one on a laptop cannot drift apart.
 */

export type KeyType = 'S' | 'N';

export interface KeyAttribute {
  name: string;
  type: KeyType;
}

export interface IndexDeclaration {
  name: string;
  partitionKey: KeyAttribute;
  sortKey: KeyAttribute;
  /** Why the index exists: the access pattern it serves. */
  serves: string;
}

export const table = {
  logicalName: 'Comments',
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
  timeToLiveAttribute: 'expiresAt',
  stream: 'NEW_AND_OLD_IMAGES',
  indexes: [
    {
      // Sparse: only comments a reader may see carry `publishedPk`.
      name: 'publishedIndex',
      partitionKey: { name: 'publishedPk', type: 'S' },
      sortKey: { name: 'threadKey', type: 'S' },
      serves: "an article's published comments, roots oldest first, each reply right after its root",
    },
    {
      name: 'publishedNewestIndex',
      partitionKey: { name: 'publishedPk', type: 'S' },
      sortKey: { name: 'threadKeyNewest', type: 'S' },
      serves: "an article's published comments, roots newest first, each reply right after its root",
    },
    {
      // Sparse: only comment items carry `queuePk`.
      name: 'queueIndex',
      partitionKey: { name: 'queuePk', type: 'S' },
      sortKey: { name: 'queueSk', type: 'S' },
      serves: 'the moderation queue per status, oldest first',
    },
    {
      name: 'articleQueueIndex',
      partitionKey: { name: 'articleQueuePk', type: 'S' },
      sortKey: { name: 'queueSk', type: 'S' },
      serves: 'the moderation queue per status of one article, oldest first',
    },
  ] satisfies IndexDeclaration[],
} as const;

export type IndexName = (typeof table.indexes)[number]['name'];

/**
 * Which stream records reach the relay, as Lambda event filter patterns.
 * Only comment items can change what readers see; every other item (counters,
 * rate windows, history) is filtered out before the relay is invoked.
 */
export const relayFilterPatterns = [{ dynamodb: { Keys: { sk: { S: ['COMMENT'] } } } }];

/** Records per relay invocation, in AWS and in the local poller alike. */
export const relayBatchSize = 25;

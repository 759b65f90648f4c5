import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { metrics } from '../../adapters/metrics.ts';
import { logger } from '../../adapters/observability.ts';
import type { Comment } from '../../shared/comment.ts';
import { relayChanges } from '../../shared/publishing/relay.ts';
import { commentFromItem } from '../../shared/store/items.ts';

type Image = Record<string, AttributeValue> | undefined;

const commentOf = (image: Image): Comment | undefined =>
  image ? commentFromItem(unmarshall(image)) : undefined;

/** The table's stream into the approved-comments queue, with partial batch failures. */
export const handler = async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
  logger.resetKeys();
  const failed = await relayChanges(
    event.Records.map((record) => ({
      sequenceNumber: record.dynamodb?.SequenceNumber ?? '',
      before: commentOf(record.dynamodb?.OldImage as Image),
      after: commentOf(record.dynamodb?.NewImage as Image),
      observedAt: new Date(
        (record.dynamodb?.ApproximateCreationDateTime ?? Date.now() / 1000) * 1000,
      ).toISOString(),
    })),
  );
  if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
  if (!failed) return { batchItemFailures: [] };
  logger.warn('relay stopped at a record it could not send', {
    sequenceNumber: failed.failedAt,
    error: failed.error,
  });
  return { batchItemFailures: [{ itemIdentifier: failed.failedAt }] };
};

import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Comment } from '../comment.ts';
import { environment } from '../config.ts';
import { countOutcome } from '../telemetry.ts';
import { type Publication, publicationOf } from './publication.ts';

/** One change of a comment, as the table's stream recorded it. */
export interface CommentChange {
  /** The stream's sequence number: what a failure is reported by. */
  sequenceNumber: string;
  before: Comment | undefined;
  after: Comment | undefined;
  observedAt: string;
}

let sqs: SQSClient | undefined;

/**
 * Sends the publications of a batch of changes in stream order. It stops at the
 * first change it could not send and returns its sequence number: the event
 * source retries from there, and the queue's deduplication by `eventId` makes
 * re-sending what already went out harmless.
 */
export async function relayChanges(
  changes: CommentChange[],
): Promise<{ failedAt: string; error: unknown } | undefined> {
  const pending: { sequenceNumber: string; publication: Publication }[] = [];
  for (const change of changes) {
    const publication = publicationOf(change.before, change.after, change.observedAt);
    if (publication) pending.push({ sequenceNumber: change.sequenceNumber, publication });
  }
  const queueUrl = environment().APPROVED_QUEUE_URL;
  if (!queueUrl) throw new Error('Invalid function configuration: APPROVED_QUEUE_URL');
  sqs ??= new SQSClient({});
  for (let start = 0; start < pending.length; start += 10) {
    const chunk = pending.slice(start, start + 10);
    try {
      const result = await sqs.send(
        new SendMessageBatchCommand({
          QueueUrl: queueUrl,
          Entries: chunk.map(({ publication }, index) => ({
            Id: String(index),
            MessageBody: JSON.stringify(publication),
            MessageGroupId: publication.comment.articleId,
            MessageDeduplicationId: publication.eventId,
          })),
        }),
      );
      const failed = (result.Failed ?? []).sort((a, b) => Number(a.Id) - Number(b.Id))[0];
      const sent = failed ? chunk.slice(0, Number(failed.Id)) : chunk;
      for (const { publication } of sent)
        countOutcome('Publication', { name: 'type', value: publication.type });
      if (failed) return { failedAt: chunk[Number(failed.Id)]?.sequenceNumber ?? '', error: failed };
    } catch (error) {
      return { failedAt: chunk[0]?.sequenceNumber ?? '', error };
    }
  }
  return undefined;
}

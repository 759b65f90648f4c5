import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import {
  DescribeStreamCommand,
  type DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record as StreamRecord,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { relayBatchSize, relayFilterPatterns } from '../table.ts';

/**
 * The local twin of the relay's event source mapping: it reads the table's
 * stream shard by shard, drops records the declared filter patterns exclude,
 * invokes the relay with batches in stream order, and on a reported failure
 * retries from that record on, as Lambda does with partial batch responses.
 */

export type StreamHandler = (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse | undefined>;

export interface StreamPoller {
  /** Resolves once every record written so far has been handed to the relay successfully. */
  drain(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The Streams client reads an empty map attribute (`{"M": {}}`) back as `{}`;
 * Lambda's event carries it as DynamoDB wrote it, so put the wrapper back.
 */
function restoreEmptyMaps(image: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!image) return image;
  const restore = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object') return value;
    const entries = Object.entries(value);
    if (entries.length === 0) return { M: {} };
    const [type, inner] = entries[0] as [string, unknown];
    if (type === 'M') return { M: restoreEmptyMaps(inner as Record<string, unknown>) };
    if (type === 'L') return { L: (inner as unknown[]).map(restore) };
    return value;
  };
  return Object.fromEntries(Object.entries(image).map(([name, value]) => [name, restore(value)]));
}

/** Does an event match one declared filter pattern? Arrays list allowed values; objects nest. */
export function matchesPattern(pattern: unknown, value: unknown): boolean {
  if (Array.isArray(pattern)) return pattern.includes(value);
  if (pattern !== null && typeof pattern === 'object') {
    if (value === null || typeof value !== 'object') return false;
    return Object.entries(pattern).every(([key, inner]) =>
      matchesPattern(inner, (value as Record<string, unknown>)[key]),
    );
  }
  return pattern === value;
}

export function startStreamPoller(options: {
  client: DynamoDBStreamsClient;
  streamArn: string;
  handler: StreamHandler;
  intervalMs?: number;
  onError?: (error: unknown) => void;
  /**
   * Where to keep the last record handed over per shard, as an event source
   * mapping keeps its position: a restarted runtime goes on from there instead
   * of relaying the whole stream again.
   */
  checkpointFile?: string;
}): StreamPoller {
  const { client, streamArn, handler, checkpointFile } = options;
  const checkpoints: Record<string, string> =
    checkpointFile && existsSync(checkpointFile) ? JSON.parse(readFileSync(checkpointFile, 'utf8')) : {};
  const advance = (shardId: string, record: StreamRecord | undefined) => {
    const sequenceNumber = record?.dynamodb?.SequenceNumber;
    if (!sequenceNumber) return;
    checkpoints[shardId] = sequenceNumber;
    if (checkpointFile) writeFileSync(checkpointFile, JSON.stringify(checkpoints));
  };
  const intervalMs = options.intervalMs ?? 100;
  const iterators = new Map<string, string | null>();
  const finished = new Set<string>();
  let stopped = false;
  let round = 0;
  // Each waiter is released by the first caught-up round that started after it asked.
  let waiters: { after: number; resolve: () => void }[] = [];
  let backlog: StreamRecord[] = [];
  // The backlog only ever holds one shard's records: a shard is delivered before the next is read.
  let backlogShard = '';

  const loop = (async () => {
    while (!stopped) {
      const started = ++round;
      let caughtUp = false;
      try {
        const progressed = await pollOnce();
        caughtUp = !progressed && backlog.length === 0;
      } catch (error) {
        options.onError?.(error);
      }
      if (caughtUp) {
        for (const waiter of waiters.filter((w) => w.after < started)) waiter.resolve();
        waiters = waiters.filter((w) => w.after >= started);
      }
      await new Promise((resolve) => setTimeout(resolve, caughtUp ? intervalMs : 10));
    }
  })();

  /** One round over the shards; true when records were read or delivered. */
  async function pollOnce(): Promise<boolean> {
    if (backlog.length > 0) return deliver();
    const { StreamDescription } = await client.send(new DescribeStreamCommand({ StreamArn: streamArn }));
    let progressed = false;
    for (const shard of StreamDescription?.Shards ?? []) {
      const shardId = shard.ShardId ?? '';
      if (finished.has(shardId)) continue;
      // A child shard waits until its parent is read to the end, keeping per-item order.
      if (shard.ParentShardId && iterators.has(shard.ParentShardId) && !finished.has(shard.ParentShardId))
        continue;
      let iterator = iterators.get(shardId);
      if (iterator === undefined) {
        const after = checkpoints[shardId];
        const started = await client.send(
          new GetShardIteratorCommand({
            StreamArn: streamArn,
            ShardId: shardId,
            ...(after
              ? { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: after }
              : { ShardIteratorType: 'TRIM_HORIZON' }),
          }),
        );
        iterator = started.ShardIterator ?? null;
      }
      if (!iterator) {
        finished.add(shardId);
        continue;
      }
      const page = await client.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 1000 }));
      iterators.set(shardId, page.NextShardIterator ?? null);
      if (!page.NextShardIterator) finished.add(shardId);
      const records = page.Records ?? [];
      if (records.length > 0) {
        backlog.push(...records);
        backlogShard = shardId;
        progressed = true;
        await deliver();
        if (backlog.length > 0) return true;
      }
    }
    return progressed;
  }

  /** Hands the backlog to the relay batch by batch; stops at a failure to retry it next round. */
  async function deliver(): Promise<boolean> {
    while (backlog.length > 0 && !stopped) {
      const batch = backlog.slice(0, relayBatchSize);
      const events = batch
        .map(toLambdaRecord)
        .filter((record) => relayFilterPatterns.some((pattern) => matchesPattern(pattern, record)));
      if (events.length === 0) {
        advance(backlogShard, batch.at(-1));
        backlog = backlog.slice(batch.length);
        continue;
      }
      let failedAt = -1;
      try {
        const result = await handler({ Records: events });
        const failed = result?.batchItemFailures?.[0]?.itemIdentifier;
        if (failed) failedAt = batch.findIndex((record) => record.dynamodb?.SequenceNumber === failed);
      } catch (error) {
        options.onError?.(error);
        failedAt = 0;
      }
      if (failedAt >= 0) {
        advance(backlogShard, batch[failedAt - 1]);
        backlog = backlog.slice(failedAt);
        await new Promise((resolve) => setTimeout(resolve, 200));
        return true;
      }
      advance(backlogShard, batch.at(-1));
      backlog = backlog.slice(batch.length);
    }
    return true;
  }

  function toLambdaRecord(record: StreamRecord): DynamoDBRecord {
    return {
      eventID: record.eventID,
      eventName: record.eventName as DynamoDBRecord['eventName'],
      eventVersion: record.eventVersion,
      eventSource: 'aws:dynamodb',
      awsRegion: record.awsRegion,
      eventSourceARN: streamArn,
      dynamodb: {
        ApproximateCreationDateTime: record.dynamodb?.ApproximateCreationDateTime
          ? record.dynamodb.ApproximateCreationDateTime.getTime() / 1000
          : undefined,
        Keys: record.dynamodb?.Keys as never,
        NewImage: restoreEmptyMaps(record.dynamodb?.NewImage) as never,
        OldImage: restoreEmptyMaps(record.dynamodb?.OldImage) as never,
        SequenceNumber: record.dynamodb?.SequenceNumber,
        SizeBytes: record.dynamodb?.SizeBytes,
        StreamViewType: record.dynamodb?.StreamViewType as never,
      },
    };
  }

  return {
    drain: () => new Promise<void>((resolve) => waiters.push({ after: round, resolve })),
    stop: async () => {
      stopped = true;
      for (const waiter of waiters) waiter.resolve();
      await loop;
    },
  };
}

import {
  CreateTableCommand,
  type CreateTableCommandInput,
  DescribeTableCommand,
  type DynamoDBClient,
  ResourceInUseException,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { CreateQueueCommand, GetQueueAttributesCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { table } from '../table.ts';

/** Names the local runtime gives what CDK names in AWS. */
export const localNames = {
  table: 'comments',
  approvedQueue: 'approved-comments.fifo',
  approvedDeadLetterQueue: 'approved-comments-dlq.fifo',
} as const;

/** How many receives before a message moves to the dead-letter queue, here and in AWS. */
export const maxReceiveCount = 5;

/** The CreateTable request for the declared table: the same keys, indexes, stream and TTL CDK builds. */
export function createTableInput(tableName: string): CreateTableCommandInput {
  const attributes = new Map<string, 'S' | 'N'>();
  const add = (key: { name: string; type: 'S' | 'N' }) => attributes.set(key.name, key.type);
  add(table.partitionKey);
  add(table.sortKey);
  for (const index of table.indexes) {
    add(index.partitionKey);
    add(index.sortKey);
  }
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [...attributes].map(([AttributeName, AttributeType]) => ({
      AttributeName,
      AttributeType,
    })),
    KeySchema: [
      { AttributeName: table.partitionKey.name, KeyType: 'HASH' },
      { AttributeName: table.sortKey.name, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: table.indexes.map((index) => ({
      IndexName: index.name,
      KeySchema: [
        { AttributeName: index.partitionKey.name, KeyType: 'HASH' },
        { AttributeName: index.sortKey.name, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    })),
    StreamSpecification: { StreamEnabled: true, StreamViewType: table.stream },
  };
}

/** Creates the table unless it exists (a persisted run), and turns on its TTL. */
export async function provisionTable(client: DynamoDBClient, tableName: string): Promise<string> {
  try {
    await client.send(new CreateTableCommand(createTableInput(tableName)));
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: table.timeToLiveAttribute, Enabled: true },
      }),
    );
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
  if (!Table?.LatestStreamArn) throw new Error(`Table ${tableName} has no stream`);
  return Table.LatestStreamArn;
}

/**
 * The approved-comments FIFO queue with its FIFO dead-letter queue. Their URLs
 * name the emulator's address of this run: a persisted queue keeps the URL,
 * and so the port, of the run that created it.
 */
export async function provisionQueues(
  client: SQSClient,
  prefix = '',
): Promise<{ approvedQueueUrl: string; deadLetterQueueUrl: string }> {
  const fifo = { FifoQueue: 'true', ContentBasedDeduplication: 'false' };
  const endpoint = await endpointOf(client);
  const onEndpoint = (url: string | undefined) => {
    if (!url) throw new Error('CreateQueue returned no URL');
    return endpoint + new URL(url).pathname;
  };
  const dlq = await client.send(
    new CreateQueueCommand({ QueueName: prefix + localNames.approvedDeadLetterQueue, Attributes: fifo }),
  );
  const deadLetterQueueUrl = dlq.QueueUrl ?? '';
  const { Attributes } = await client.send(
    new GetQueueAttributesCommand({ QueueUrl: deadLetterQueueUrl, AttributeNames: ['QueueArn'] }),
  );
  const approved = await client.send(
    new CreateQueueCommand({
      QueueName: prefix + localNames.approvedQueue,
      Attributes: {
        ...fifo,
        RedrivePolicy: JSON.stringify({ deadLetterTargetArn: Attributes?.QueueArn, maxReceiveCount }),
      },
    }),
  );
  return {
    approvedQueueUrl: onEndpoint(approved.QueueUrl),
    deadLetterQueueUrl: onEndpoint(deadLetterQueueUrl),
  };
}

async function endpointOf(client: SQSClient): Promise<string> {
  const endpoint = await client.config.endpoint?.();
  if (!endpoint) throw new Error('The SQS client has no endpoint');
  return `${endpoint.protocol}//${endpoint.hostname}${endpoint.port ? `:${endpoint.port}` : ''}`;
}

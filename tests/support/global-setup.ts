import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal, startQueueEmulator } from '../../infra/local/services.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamodbEndpoint: string;
    sqsEndpoint: string;
  }
}

/**
 * One DynamoDB Local and one SQS emulator for the whole test run; each test
 * file makes its own table and queues on them, so files run in parallel.
 */
export default async function setup(project: TestProject) {
  const started = await Promise.allSettled([startDynamoDbLocal(), startQueueEmulator()]);
  const [dynamodb, sqs] = started.map((result) => (result.status === 'fulfilled' ? result.value : undefined));
  if (!dynamodb || !sqs) {
    await Promise.all([dynamodb?.stop(), sqs?.stop()]);
    throw started.find((result) => result.status === 'rejected')?.reason;
  }
  project.provide('dynamodbEndpoint', dynamodb.endpoint);
  project.provide('sqsEndpoint', sqs.endpoint);
  return async () => {
    await Promise.all([dynamodb.stop(), sqs.stop()]);
  };
}

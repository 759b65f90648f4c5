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
  const [dynamodb, sqs] = await Promise.all([startDynamoDbLocal(), startQueueEmulator()]);
  project.provide('dynamodbEndpoint', dynamodb.endpoint);
  project.provide('sqsEndpoint', sqs.endpoint);
  return async () => {
    await Promise.all([dynamodb.stop(), sqs.stop()]);
  };
}

import { ReceiveMessageCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxReceiveCount } from '../../infra/local/provision.ts';
import type { LocalRuntime } from '../../infra/local/runtime.ts';
import { localCredentials, localRegion } from '../../infra/local/services.ts';
import { drainQueue, startTestRuntime } from '../support/runtime.ts';

let runtime: LocalRuntime;
let sqs: SQSClient;
beforeAll(async () => {
  runtime = await startTestRuntime();
  sqs = new SQSClient({ endpoint: runtime.sqsEndpoint, region: localRegion, credentials: localCredentials });
});
afterAll(async () => {
  sqs?.destroy();
  await runtime?.stop();
});

describe('the approved-comments queue', () => {
  it(`moves a message no consumer could handle to the dead-letter queue after ${maxReceiveCount} receives`, async () => {
    await sqs.send(
      new SendMessageCommand({
        QueueUrl: runtime.approvedQueueUrl,
        MessageBody: JSON.stringify({ type: 'comment.published', eventId: 'poison:1' }),
        MessageGroupId: 'poison-article',
        MessageDeduplicationId: 'poison:1',
      }),
    );
    let receives = 0;
    for (let attempt = 0; attempt < maxReceiveCount + 2; attempt++) {
      const { Messages = [] } = await sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: runtime.approvedQueueUrl,
          VisibilityTimeout: 0,
          WaitTimeSeconds: 0,
        }),
      );
      receives += Messages.length;
    }
    expect(receives).toBe(maxReceiveCount);
    const dead = await drainQueue(runtime, runtime.deadLetterQueueUrl);
    expect(dead.map((message) => message.body.eventId)).toEqual(['poison:1']);
  });
});

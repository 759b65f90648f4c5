import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteMessageCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { inject } from 'vitest';
import { loadIssuerKey, mintToken } from '../../infra/local/issuer.ts';
import { type LocalRuntime, type RuntimeOptions, startLocalRuntime } from '../../infra/local/runtime.ts';
import { localCredentials, localRegion } from '../../infra/local/services.ts';

/**
 * A local runtime of this test file's own: its own table and queues on the
 * run's shared DynamoDB Local and SQS emulator.
 */
export async function startTestRuntime(options: RuntimeOptions = {}): Promise<LocalRuntime> {
  const suffix = randomBytes(4).toString('hex');
  return startLocalRuntime({
    dynamodbEndpoint: inject('dynamodbEndpoint'),
    sqsEndpoint: inject('sqsEndpoint'),
    tableName: `comments-${suffix}`,
    queuePrefix: `t${suffix}-`,
    localDir: mkdtempSync(join(tmpdir(), 'comments-test-')),
    extraOrigins: ['https://news.example'],
    ...options,
  });
}

/** A fresh article id, so tests never see each other's comments. */
export function freshArticleId(prefix = 'story'): string {
  return `${prefix}-${randomBytes(6).toString('hex')}`;
}

export function moderatorToken(runtime: LocalRuntime, groups = ['moderators'], sub = 'mod-1'): string {
  return mintToken(loadIssuerKey(runtime.issuerKeyFile), { sub, groups });
}

export interface Reply {
  status: number;
  headers: Headers;
  body: any;
}

/** One HTTP call to the runtime's API, JSON in and out. */
export async function call(
  runtime: LocalRuntime,
  method: string,
  path: string,
  options: { body?: unknown; headers?: Record<string, string>; raw?: string } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { ...options.headers };
  let body: string | undefined = options.raw;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const response = await fetch(`${runtime.apiUrl}${path}`, { method, headers, body });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

/** Receives (and deletes) every message on the queue until it has been quiet for a moment. */
export async function drainQueue(runtime: LocalRuntime, queueUrl = runtime.approvedQueueUrl) {
  const sqs = new SQSClient({
    endpoint: runtime.sqsEndpoint,
    region: localRegion,
    credentials: localCredentials,
  });
  const messages: { body: any; groupId: string | undefined; deduplicationId: string | undefined }[] = [];
  for (let empty = 0; empty < 2; ) {
    const { Messages = [] } = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: queueUrl,
        MaxNumberOfMessages: 10,
        WaitTimeSeconds: 0,
        MessageSystemAttributeNames: ['All'],
      }),
    );
    if (Messages.length === 0) empty++;
    for (const message of Messages) {
      messages.push({
        body: JSON.parse(message.Body ?? '{}'),
        groupId: message.Attributes?.MessageGroupId,
        deduplicationId: message.Attributes?.MessageDeduplicationId,
      });
      await sqs.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: message.ReceiptHandle }));
    }
  }
  sqs.destroy();
  return messages;
}

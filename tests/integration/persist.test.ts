import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startLocalRuntime } from '../../infra/local/runtime.ts';
import { call, drainQueue } from '../support/runtime.ts';

describe('npm start --persist', () => {
  it('keeps comments and queued publications across restarts, and publishes again after one', async () => {
    const persistDir = mkdtempSync(join(tmpdir(), 'persist-'));
    const localDir = mkdtempSync(join(tmpdir(), 'persist-local-'));
    const first = await startLocalRuntime({ persistDir, localDir });
    const kept = await call(first, 'POST', '/v1/articles/persisted/comments', {
      body: { body: 'Written before the restart.', authorName: 'P' },
    });
    expect(kept.status).toBe(201);
    await first.poller.drain();
    await first.stop();

    // The same ports: this process's SDK clients, like a Lambda's, keep the endpoints they started with.
    const second = await startLocalRuntime({
      persistDir,
      localDir,
      dynamodbPort: Number(new URL(first.dynamodbEndpoint).port),
      sqsPort: Number(new URL(first.sqsEndpoint).port),
    });
    try {
      const listed = await call(second, 'GET', '/v1/articles/persisted/comments');
      expect(listed.body.items.map((item: { id: string }) => item.id)).toEqual([kept.body.comment.id]);
      const after = await call(second, 'POST', '/v1/articles/persisted/comments', {
        body: { body: 'Written after the restart.', authorName: 'Q' },
        headers: { 'user-agent': 'after-restart' },
      });
      await second.poller.drain();
      const messages = await drainQueue(second);
      expect(messages.map((message) => message.body.eventId)).toEqual([
        `${kept.body.comment.id}:1`,
        `${after.body.comment.id}:1`,
      ]);
    } finally {
      await second.stop();
    }
  }, 120_000);
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../infra/local/runtime.ts';
import { call, freshArticleId, moderatorToken, startTestRuntime } from '../support/runtime.ts';

let runtime: LocalRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime();
});
afterAll(async () => {
  await runtime?.stop();
});

describe('DynamoDB round trips per request, counted by the SDK middleware', () => {
  it('keeps a POST to one BatchGetItem and one TransactWriteItems, a page to one Query, a decision to a read and a transaction', async () => {
    const articleId = freshArticleId();
    const moderator = { authorization: `Bearer ${moderatorToken(runtime)}` };
    runtime.roundTrips.reset();
    const root = await call(runtime, 'POST', `/v1/articles/${articleId}/comments`, {
      body: { body: 'A root comment.', authorName: 'A', clientToken: 'token-round-trips-1' },
      headers: { 'user-agent': 'rt-1' },
    });
    await call(runtime, 'POST', `/v1/articles/${articleId}/comments`, {
      body: { body: 'A reply.', authorName: 'B', parentId: root.body.comment.id },
      headers: { 'user-agent': 'rt-2' },
    });
    await call(runtime, 'POST', `/v1/articles/${articleId}/comments`, {
      body: { body: 'Three links https://a.example https://b.example https://c.example', authorName: 'C' },
      headers: { 'user-agent': 'rt-3' },
    });
    const first = await call(runtime, 'GET', `/v1/articles/${articleId}/comments?limit=1`);
    await call(
      runtime,
      'GET',
      `/v1/articles/${articleId}/comments?limit=1&cursor=${encodeURIComponent(first.body.nextCursor)}`,
    );
    await call(runtime, 'POST', `/v1/moderation/comments/${root.body.comment.id}/decision`, {
      body: { decision: 'reject' },
      headers: moderator,
    });

    const summary = runtime.roundTrips.summary();
    expect(summary.PostComment).toMatchObject({
      requests: 3,
      max: 2,
      commands: { BatchGetItemCommand: 3, TransactWriteItemsCommand: 3 },
    });
    expect(summary.ListComments).toMatchObject({
      requests: 2,
      min: 1,
      max: 1,
      commands: { QueryCommand: 2 },
    });
    expect(summary.DecideComment).toMatchObject({
      requests: 1,
      max: 2,
      commands: { GetItemCommand: 1, TransactWriteItemsCommand: 1 },
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../infra/local/runtime.ts';
import { call, drainQueue, freshArticleId, startTestRuntime } from '../support/runtime.ts';

let runtime: LocalRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime();
});
afterAll(async () => {
  await runtime?.stop();
});

describe('one comment, its whole path', () => {
  it('is stored, listed, and published to the approved-comments queue once', async () => {
    const articleId = freshArticleId();
    const posted = await call(runtime, 'POST', `/v1/articles/${articleId}/comments`, {
      body: { body: 'Stay safe, Kyiv. Even a few quiet nights matter.', authorName: 'Olena' },
    });
    expect(posted.status).toBe(201);
    expect(posted.body.comment).toMatchObject({
      articleId,
      status: 'published',
      parentId: null,
      edited: false,
    });
    expect(posted.headers.get('location')).toBe(
      `/v1/articles/${articleId}/comments/${posted.body.comment.id}`,
    );
    expect(posted.headers.get('x-request-id')).toBeTruthy();

    const listed = await call(runtime, 'GET', `/v1/articles/${articleId}/comments`);
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual({
      items: [expect.objectContaining({ id: posted.body.comment.id })],
      nextCursor: null,
      total: 1,
    });
    expect(listed.body.items[0]).not.toHaveProperty('status');

    await runtime.poller.drain();
    const messages = (await drainQueue(runtime)).filter(
      (message) => message.body.comment?.articleId === articleId,
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toEqual({
      body: {
        type: 'comment.published',
        eventId: `${posted.body.comment.id}:1`,
        occurredAt: posted.body.comment.publishedAt,
        comment: listed.body.items[0],
      },
      groupId: articleId,
      deduplicationId: `${posted.body.comment.id}:1`,
    });
  });

  it('holds a comment with three links and never publishes it', async () => {
    const articleId = freshArticleId();
    const posted = await call(runtime, 'POST', `/v1/articles/${articleId}/comments`, {
      body: {
        body: 'Read https://one.example/a and https://two.example/b and https://three.example/c',
        authorName: 'Linker',
      },
    });
    expect(posted.status).toBe(201);
    expect(posted.body.comment.status).toBe('pending');
    const listed = await call(runtime, 'GET', `/v1/articles/${articleId}/comments`);
    expect(listed.body).toEqual({ items: [], nextCursor: null, total: 0 });
    await runtime.poller.drain();
    const messages = await drainQueue(runtime);
    expect(messages.filter((message) => message.body.comment?.articleId === articleId)).toEqual([]);
  });

  it('pages through published comments with a cursor', async () => {
    const articleId = freshArticleId();
    const ids: string[] = [];
    for (const text of ['first comment', 'second comment', 'third comment']) {
      const posted = await call(runtime, 'POST', `/v1/articles/${articleId}/comments`, {
        body: { body: text, authorName: 'Reader' },
        headers: { 'user-agent': `reader-${text}` },
      });
      ids.push(posted.body.comment.id);
    }
    const first = await call(runtime, 'GET', `/v1/articles/${articleId}/comments?limit=2`);
    expect(first.body.items.map((item: { id: string }) => item.id)).toEqual(ids.slice(0, 2));
    expect(first.body.total).toBe(3);
    const second = await call(
      runtime,
      'GET',
      `/v1/articles/${articleId}/comments?limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`,
    );
    expect(second.body.items.map((item: { id: string }) => item.id)).toEqual(ids.slice(2));
    expect(second.body.total).toBe(3);
  });

  it('answers an article never seen with an empty page', async () => {
    const listed = await call(runtime, 'GET', `/v1/articles/${freshArticleId()}/comments`);
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual({ items: [], nextCursor: null, total: 0 });
  });
});

describe('bad input gets a clear error in the envelope', () => {
  it('rejects a missing body field with the field named', async () => {
    const reply = await call(runtime, 'POST', `/v1/articles/${freshArticleId()}/comments`, {
      body: { authorName: 'Olena' },
    });
    expect(reply.status).toBe(400);
    expect(reply.body.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ path: 'body.body', message: 'is required' }],
    });
  });

  it('rejects unknown fields', async () => {
    const reply = await call(runtime, 'POST', `/v1/articles/${freshArticleId()}/comments`, {
      body: { body: 'hello', authorName: 'Olena', colour: 'red' },
    });
    expect(reply.status).toBe(400);
    expect(reply.body.error.details).toEqual([{ path: 'body.colour', message: 'is not a known field' }]);
  });

  it('rejects malformed JSON with 400 and a non-JSON media type with 415', async () => {
    const path = `/v1/articles/${freshArticleId()}/comments`;
    const malformed = await call(runtime, 'POST', path, {
      raw: '{"body": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('MALFORMED_JSON');
    const text = await call(runtime, 'POST', path, {
      raw: 'body=hi',
      headers: { 'content-type': 'text/plain' },
    });
    expect(text.status).toBe(415);
    expect(text.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('rejects a body over 32 KiB with 413', async () => {
    const reply = await call(runtime, 'POST', `/v1/articles/${freshArticleId()}/comments`, {
      body: { body: 'x'.repeat(33 * 1024), authorName: 'Olena' },
    });
    expect(reply.status).toBe(413);
    expect(reply.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('rejects an article id outside the allowed characters', async () => {
    const reply = await call(runtime, 'GET', '/v1/articles/not%20valid/comments');
    expect(reply.status).toBe(400);
    expect(reply.body.error.details[0].path).toBe('path.articleId');
  });

  it('answers a path no route serves with 404 ROUTE_NOT_FOUND in the envelope', async () => {
    const reply = await call(runtime, 'GET', '/v1/not-a-route');
    expect(reply.status).toBe(404);
    expect(reply.body.error.code).toBe('ROUTE_NOT_FOUND');
  });
});

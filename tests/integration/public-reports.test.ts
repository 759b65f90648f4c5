import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { responseSchemas } from '../../adapters/http/openapi.ts';
import type { LocalRuntime } from '../../infra/local/runtime.ts';
import { call, drainQueue, freshArticleId, moderatorToken, startTestRuntime } from '../support/runtime.ts';

let runtime: LocalRuntime;
let moderator: Record<string, string>;
let clients = 0;

beforeAll(async () => {
  runtime = await startTestRuntime();
  moderator = { authorization: `Bearer ${moderatorToken(runtime, ['moderators', 'admins'], 'mod-rei')}` };
});
afterAll(async () => {
  await runtime?.stop();
});

/** A real response is exactly what the OpenAPI document says: nothing missing, nothing more. */
function conforms(name: string, body: unknown) {
  const schema = responseSchemas[name];
  if (!schema) throw new Error(`no schema ${name}`);
  expect(z.parse(schema, body)).toEqual(body);
}

/** A user agent no other test uses: one logical client. */
const newClient = () => `reports-test-client-${clients++}`;

async function publishedComment(articleId = freshArticleId()) {
  const posted = await call(runtime, 'POST', `/v1/articles/${articleId}/comments`, {
    body: { body: 'The air raid sirens went quiet at last.', authorName: 'Taras' },
    headers: { 'user-agent': newClient() },
  });
  expect(posted.status).toBe(201);
  expect(posted.body.comment.status).toBe('published');
  return posted.body.comment as { id: string; articleId: string };
}

const report = (commentId: string, body: unknown, userAgent: string) =>
  call(runtime, 'POST', `/v1/comments/${commentId}/reports`, { body, headers: { 'user-agent': userAgent } });

const moderatorView = async (commentId: string) => {
  const reply = await call(runtime, 'GET', `/v1/moderation/comments/${commentId}`, { headers: moderator });
  expect(reply.status).toBe(200);
  return reply.body.comment;
};

describe('reporting a comment', () => {
  it('accepts a report with 202 and says what was reported', async () => {
    const comment = await publishedComment();
    const reply = await report(comment.id, { reason: 'spam', note: 'Looks like an ad.' }, newClient());
    expect(reply.status).toBe(202);
    expect(reply.body).toEqual({ report: { commentId: comment.id, reason: 'spam' } });
    conforms('AcceptedReport', reply.body);
    expect(reply.headers.get('x-request-id')).toBeTruthy();
    const view = await moderatorView(comment.id);
    expect(view.reports).toEqual({ count: 1, reasons: { spam: 1 } });
    expect(view.status).toBe('published');
    expect(view.version).toBe(2);
  });

  it('counts one reporter once: a repeat is 202 and counts nothing', async () => {
    const comment = await publishedComment();
    const reporter = newClient();
    const first = await report(comment.id, { reason: 'abuse' }, reporter);
    const again = await report(comment.id, { reason: 'spam' }, reporter);
    expect([first.status, again.status]).toEqual([202, 202]);
    const view = await moderatorView(comment.id);
    expect(view.reports).toEqual({ count: 1, reasons: { abuse: 1 } });
  });

  it('counts ten simultaneous identical reports from one reporter once', async () => {
    const comment = await publishedComment();
    const reporter = newClient();
    const replies = await Promise.all(
      Array.from({ length: 10 }, () => report(comment.id, { reason: 'off_topic' }, reporter)),
    );
    expect(replies.map((reply) => reply.status)).toEqual(Array(10).fill(202));
    expect((await moderatorView(comment.id)).reports).toEqual({ count: 1, reasons: { off_topic: 1 } });
  });

  it('answers 404 COMMENT_NOT_FOUND for an unknown comment', async () => {
    const reply = await report('01JAAAAAAAAAAAAAAAAAAAAAAA', { reason: 'spam' }, newClient());
    expect(reply.status).toBe(404);
    expect(reply.body.error.code).toBe('COMMENT_NOT_FOUND');
  });

  it('answers 404 COMMENT_NOT_FOUND for a comment held for review', async () => {
    const articleId = freshArticleId();
    const held = await call(runtime, 'POST', `/v1/articles/${articleId}/comments`, {
      body: {
        body: 'See https://one.example/a https://two.example/b https://three.example/c',
        authorName: 'Linker',
      },
      headers: { 'user-agent': newClient() },
    });
    expect(held.body.comment.status).toBe('pending');
    const reply = await report(held.body.comment.id, { reason: 'spam' }, newClient());
    expect(reply.status).toBe(404);
    expect(reply.body.error.code).toBe('COMMENT_NOT_FOUND');
  });

  it('validates the reason, the note and the comment id', async () => {
    const comment = await publishedComment();
    const badReason = await report(comment.id, { reason: 'boring' }, newClient());
    expect(badReason.status).toBe(400);
    expect(badReason.body.error.details[0].path).toBe('body.reason');
    const longNote = await report(comment.id, { reason: 'other', note: 'n'.repeat(501) }, newClient());
    expect(longNote.status).toBe(400);
    expect(longNote.body.error.details[0].path).toBe('body.note');
    const unknownField = await report(comment.id, { reason: 'other', extra: 1 }, newClient());
    expect(unknownField.status).toBe(400);
    const badId = await report('not-a-ulid', { reason: 'other' }, newClient());
    expect(badId.status).toBe(400);
    expect(badId.body.error.details[0].path).toBe('path.commentId');
    expect((await moderatorView(comment.id)).reports.count).toBe(0);
  });
});

describe('the report threshold', () => {
  it('flags a comment at three distinct reports, keeps it visible and publishes nothing for it', async () => {
    const comment = await publishedComment();
    for (const reason of ['spam', 'abuse']) {
      expect((await report(comment.id, { reason }, newClient())).status).toBe(202);
    }
    expect((await moderatorView(comment.id)).status).toBe('published');
    expect((await report(comment.id, { reason: 'spam' }, newClient())).status).toBe(202);

    const view = await call(runtime, 'GET', `/v1/moderation/comments/${comment.id}`, { headers: moderator });
    expect(view.body.comment).toMatchObject({
      status: 'flagged',
      version: 4,
      reports: { count: 3, reasons: { spam: 2, abuse: 1 } },
    });
    expect(view.body.comment.history.at(-1)).toMatchObject({
      by: 'reports',
      from: 'published',
      to: 'flagged',
      version: 4,
    });
    const queue = await call(
      runtime,
      'GET',
      `/v1/moderation/queue?status=flagged&articleId=${comment.articleId}`,
      { headers: moderator },
    );
    expect(queue.body.items.map((item: { id: string }) => item.id)).toEqual([comment.id]);
    conforms('QueuePage', queue.body);
    conforms('CommentWithHistoryReply', view.body);
    const listed = await call(runtime, 'GET', `/v1/articles/${comment.articleId}/comments`);
    expect(listed.body.items.map((item: { id: string }) => item.id)).toEqual([comment.id]);
    expect(listed.body.total).toBe(1);
    conforms('CommentPage', listed.body);

    // A fourth report counts but moves nothing; the flag is set once.
    expect((await report(comment.id, { reason: 'other' }, newClient())).status).toBe(202);
    const after = await moderatorView(comment.id);
    expect(after).toMatchObject({ status: 'flagged', reports: { count: 4 } });

    await runtime.poller.drain();
    const messages = (await drainQueue(runtime)).filter(
      (message) => message.body.comment?.articleId === comment.articleId,
    );
    expect(messages.map((message) => message.body.eventId)).toEqual([`${comment.id}:1`]);
  });

  it('counts five simultaneous reporters exactly and flags once', async () => {
    const comment = await publishedComment();
    const replies = await Promise.all(
      Array.from({ length: 5 }, () => report(comment.id, { reason: 'abuse' }, newClient())),
    );
    expect(replies.map((reply) => reply.status)).toEqual(Array(5).fill(202));
    const view = await call(runtime, 'GET', `/v1/moderation/comments/${comment.id}`, { headers: moderator });
    expect(view.body.comment).toMatchObject({
      status: 'flagged',
      version: 6,
      reports: { count: 5, reasons: { abuse: 5 } },
    });
    expect(view.body.comment.history.filter((entry: { to: string }) => entry.to === 'flagged')).toHaveLength(
      1,
    );
  });

  it('follows the policy: a threshold of 1 flags at the first report', async () => {
    const current = await call(runtime, 'GET', '/v1/moderation/policy', { headers: moderator });
    const replaced = await call(runtime, 'PUT', '/v1/moderation/policy', {
      body: { ...current.body.policy, reportThreshold: 1 },
      headers: { ...moderator, 'if-match': current.headers.get('etag') ?? '' },
    });
    expect(replaced.status).toBe(200);
    conforms('StoredPolicy', current.body);
    conforms('StoredPolicy', replaced.body);
    // The policy cache may lag up to 10 seconds (API.md allows 30).
    await new Promise((resolve) => setTimeout(resolve, 10_500));
    const comment = await publishedComment();
    expect((await report(comment.id, { reason: 'spam' }, newClient())).status).toBe(202);
    expect((await moderatorView(comment.id)).status).toBe('flagged');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../infra/local/runtime.ts';
import { call, drainQueue, freshArticleId, moderatorToken, startTestRuntime } from '../support/runtime.ts';

let runtime: LocalRuntime;
let moderator: Record<string, string>;
let admin: Record<string, string>;
let uaCounter = 0;

beforeAll(async () => {
  runtime = await startTestRuntime();
  moderator = { authorization: `Bearer ${moderatorToken(runtime, ['moderators'], 'mod-ann')}` };
  admin = { authorization: `Bearer ${moderatorToken(runtime, ['moderators', 'admins'], 'admin-bo')}` };
});
afterAll(async () => {
  await runtime?.stop();
});

/** Posts as a new client each time, so rate limits stay out of these tests. */
async function post(articleId: string, body: Record<string, unknown>) {
  return call(runtime, 'POST', `/v1/articles/${articleId}/comments`, {
    body: { authorName: 'Reader', ...body },
    headers: { 'user-agent': `moderation-test-${uaCounter++}` },
  });
}

async function preModerated(): Promise<string> {
  const articleId = freshArticleId();
  const reply = await call(runtime, 'PUT', `/v1/moderation/articles/${articleId}`, {
    body: { mode: 'pre' },
    headers: moderator,
  });
  expect(reply.status).toBe(200);
  expect(reply.body.article).toEqual({ articleId, open: true, mode: 'pre' });
  return articleId;
}

const publicationsOf = async (articleId: string) => {
  await runtime.poller.drain();
  return (await drainQueue(runtime)).filter((message) => message.body.comment.articleId === articleId);
};

describe('who may moderate', () => {
  it('answers 401 without a token and with a forged one', async () => {
    expect((await call(runtime, 'GET', '/v1/moderation/queue')).status).toBe(401);
    const forged = await call(runtime, 'GET', '/v1/moderation/queue', {
      headers: { authorization: 'Bearer a.b.c' },
    });
    expect(forged.status).toBe(401);
    expect(forged.body.error.code).toBe('UNAUTHORIZED');
  });
  it('answers 403 to a valid token without the moderators group', async () => {
    const reader = { authorization: `Bearer ${moderatorToken(runtime, ['readers'])}` };
    const reply = await call(runtime, 'GET', '/v1/moderation/queue', { headers: reader });
    expect(reply.status).toBe(403);
    expect(reply.body.error.code).toBe('FORBIDDEN');
  });
  it('keeps policy changes for admins', async () => {
    const current = await call(runtime, 'GET', '/v1/moderation/policy', { headers: moderator });
    const reply = await call(runtime, 'PUT', '/v1/moderation/policy', {
      body: current.body.policy,
      headers: { ...moderator, 'if-match': current.headers.get('etag') ?? '' },
    });
    expect(reply.status).toBe(403);
  });
});

describe('the review queue and decisions', () => {
  it('holds every comment of a pre-moderated article and lists it in the pending queue, oldest first', async () => {
    const articleId = await preModerated();
    const first = await post(articleId, { body: 'First thoughts on the pause.' });
    const second = await post(articleId, {
      body: 'Second thoughts on the pause.',
      authorEmail: 'reader@example.com',
    });
    expect(first.body.comment.status).toBe('pending');
    const queue = await call(runtime, 'GET', `/v1/moderation/queue?status=pending&articleId=${articleId}`, {
      headers: moderator,
    });
    expect(queue.status).toBe(200);
    expect(queue.body.items.map((item: { id: string }) => item.id)).toEqual([
      first.body.comment.id,
      second.body.comment.id,
    ]);
    expect(queue.body.items[1]).toMatchObject({
      status: 'pending',
      version: 1,
      authorEmail: 'reader@example.com',
      authorKey: expect.stringMatching(/^a_/),
      reports: { count: 0, reasons: {} },
      decidedBy: null,
    });
  });

  it('publishes an approved comment once, with its history, and re-approving changes nothing', async () => {
    const articleId = await preModerated();
    const posted = await post(articleId, { body: 'Please approve me.' });
    const id = posted.body.comment.id;
    const approved = await call(runtime, 'POST', `/v1/moderation/comments/${id}/decision`, {
      body: { decision: 'approve', reason: 'civil', expectedVersion: 1 },
      headers: moderator,
    });
    expect(approved.status).toBe(200);
    expect(approved.body.comment).toMatchObject({ status: 'published', version: 2, decidedBy: 'mod-ann' });
    const again = await call(runtime, 'POST', `/v1/moderation/comments/${id}/decision`, {
      body: { decision: 'approve' },
      headers: moderator,
    });
    expect(again.body.comment.version).toBe(2);

    const listed = await call(runtime, 'GET', `/v1/articles/${articleId}/comments`);
    expect(listed.body.items.map((item: { id: string }) => item.id)).toEqual([id]);
    expect(listed.body.total).toBe(1);

    const messages = await publicationsOf(articleId);
    expect(messages.map((message) => message.body.eventId)).toEqual([`${id}:2`]);

    const detail = await call(runtime, 'GET', `/v1/moderation/comments/${id}`, { headers: moderator });
    expect(detail.body.comment.history).toEqual([
      expect.objectContaining({ by: 'rules', from: null, to: 'pending', version: 1 }),
      expect.objectContaining({
        by: 'mod-ann',
        from: 'pending',
        to: 'published',
        reason: 'civil',
        version: 2,
      }),
    ]);
  });

  it('unpublishes a published comment that is rejected', async () => {
    const articleId = freshArticleId();
    const posted = await post(articleId, { body: 'Published at once, rejected later.' });
    const id = posted.body.comment.id;
    expect(posted.body.comment.status).toBe('published');
    const rejected = await call(runtime, 'POST', `/v1/moderation/comments/${id}/decision`, {
      body: { decision: 'reject', reason: 'off topic' },
      headers: moderator,
    });
    expect(rejected.body.comment).toMatchObject({ status: 'rejected', version: 2 });
    const listed = await call(runtime, 'GET', `/v1/articles/${articleId}/comments`);
    expect(listed.body).toEqual({ items: [], nextCursor: null, total: 0 });
    const messages = await publicationsOf(articleId);
    expect(messages.map((message) => [message.body.type, message.body.eventId])).toEqual([
      ['comment.published', `${id}:1`],
      ['comment.unpublished', `${id}:2`],
    ]);
  });

  it('answers a stale expectedVersion with 409 VERSION_CONFLICT', async () => {
    const articleId = await preModerated();
    const id = (await post(articleId, { body: 'Contested.' })).body.comment.id;
    await call(runtime, 'POST', `/v1/moderation/comments/${id}/decision`, {
      body: { decision: 'reject' },
      headers: moderator,
    });
    const stale = await call(runtime, 'POST', `/v1/moderation/comments/${id}/decision`, {
      body: { decision: 'approve', expectedVersion: 1 },
      headers: moderator,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('VERSION_CONFLICT');
  });

  it('lets exactly one of two racing moderators win', async () => {
    const articleId = await preModerated();
    const id = (await post(articleId, { body: 'Race me.' })).body.comment.id;
    const replies = await Promise.all(
      ['approve', 'reject', 'approve', 'reject'].map((decision) =>
        call(runtime, 'POST', `/v1/moderation/comments/${id}/decision`, {
          body: { decision, expectedVersion: 1 },
          headers: moderator,
        }),
      ),
    );
    expect(replies.filter((reply) => reply.status === 200)).toHaveLength(1);
    expect(replies.filter((reply) => reply.status === 409)).toHaveLength(3);
  });

  it('takes up to 100 decisions at once with a result per item', async () => {
    const articleId = await preModerated();
    const a = (await post(articleId, { body: 'Bulk one.' })).body.comment.id;
    const b = (await post(articleId, { body: 'Bulk two.' })).body.comment.id;
    const reply = await call(runtime, 'POST', '/v1/moderation/decisions', {
      body: {
        decisions: [
          { commentId: a, decision: 'approve' },
          { commentId: b, decision: 'reject', expectedVersion: 7 },
          { commentId: '01J00000000000000000000000', decision: 'approve' },
        ],
      },
      headers: moderator,
    });
    expect(reply.status).toBe(200);
    expect(reply.body.results.map((result: { result: string }) => result.result)).toEqual([
      'ok',
      'conflict',
      'not_found',
    ]);
    const tooMany = await call(runtime, 'POST', '/v1/moderation/decisions', {
      body: { decisions: Array.from({ length: 101 }, () => ({ commentId: a, decision: 'approve' })) },
      headers: moderator,
    });
    expect(tooMany.status).toBe(400);
  });

  it('answers 404 for a decision on an unknown comment', async () => {
    const reply = await call(runtime, 'POST', '/v1/moderation/comments/01J00000000000000000000000/decision', {
      body: { decision: 'approve' },
      headers: moderator,
    });
    expect(reply.status).toBe(404);
  });
});

describe('article settings and bans', () => {
  it('closes an article to new comments and reopens it', async () => {
    const articleId = freshArticleId();
    await call(runtime, 'PUT', `/v1/moderation/articles/${articleId}`, {
      body: { open: false },
      headers: moderator,
    });
    const closed = await post(articleId, { body: 'Too late?' });
    expect(closed.status).toBe(409);
    expect(closed.body.error.code).toBe('ARTICLE_CLOSED');
    await call(runtime, 'PUT', `/v1/moderation/articles/${articleId}`, {
      body: { open: true },
      headers: moderator,
    });
    expect((await post(articleId, { body: 'Open again.' })).status).toBe(201);
  });

  it('publishes everything not rejected in post-moderation', async () => {
    const articleId = freshArticleId();
    await call(runtime, 'PUT', `/v1/moderation/articles/${articleId}`, {
      body: { mode: 'post' },
      headers: moderator,
    });
    const links = await post(articleId, {
      body: 'a https://a.example b https://b.example c https://c.example',
    });
    expect(links.body.comment.status).toBe('published');
  });

  it('stores a banned author\u2019s comments rejected while telling them pending, until unbanned', async () => {
    const articleId = freshArticleId();
    const email = `banned-${articleId}@example.com`;
    const first = await post(articleId, { body: 'Before the ban.', authorEmail: email });
    const detail = await call(runtime, 'GET', `/v1/moderation/comments/${first.body.comment.id}`, {
      headers: moderator,
    });
    const authorKey = detail.body.comment.authorKey;
    const ban = await call(runtime, 'POST', `/v1/moderation/authors/${authorKey}/ban`, {
      body: { reason: 'spam' },
      headers: moderator,
    });
    expect(ban.status).toBe(200);
    expect(ban.body.author).toMatchObject({ authorKey, banned: true, bannedUntil: null });

    const during = await post(articleId, { body: 'During the ban.', authorEmail: email });
    expect(during.status).toBe(201);
    expect(during.body.comment.status).toBe('pending');
    const stored = await call(runtime, 'GET', `/v1/moderation/comments/${during.body.comment.id}`, {
      headers: moderator,
    });
    expect(stored.body.comment.status).toBe('rejected');

    await call(runtime, 'DELETE', `/v1/moderation/authors/${authorKey}/ban`, { headers: moderator });
    const after = await post(articleId, { body: 'After the ban.', authorEmail: email });
    expect(after.body.comment.status).toBe('published');
  });

  it('lets a ban with until in the past lapse by itself', async () => {
    const articleId = freshArticleId();
    const email = `lapsed-${articleId}@example.com`;
    const first = await post(articleId, { body: 'Hello.', authorEmail: email });
    const detail = await call(runtime, 'GET', `/v1/moderation/comments/${first.body.comment.id}`, {
      headers: moderator,
    });
    await call(runtime, 'POST', `/v1/moderation/authors/${detail.body.comment.authorKey}/ban`, {
      body: { until: '2020-01-01T00:00:00.000Z' },
      headers: moderator,
    });
    expect((await post(articleId, { body: 'Hello again.', authorEmail: email })).body.comment.status).toBe(
      'published',
    );
  });
});

describe('the policy', () => {
  it('is replaced with If-Match, and a stale If-Match gets 412', async () => {
    const current = await call(runtime, 'GET', '/v1/moderation/policy', { headers: admin });
    expect(current.status).toBe(200);
    const etag = current.headers.get('etag') ?? '';
    const replaced = await call(runtime, 'PUT', '/v1/moderation/policy', {
      body: { ...current.body.policy, reportThreshold: 4 },
      headers: { ...admin, 'if-match': etag },
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({ version: current.body.version + 1, updatedBy: 'admin-bo' });
    expect(replaced.body.policy.reportThreshold).toBe(4);
    const stale = await call(runtime, 'PUT', '/v1/moderation/policy', {
      body: current.body.policy,
      headers: { ...admin, 'if-match': etag },
    });
    expect(stale.status).toBe(412);
    const missing = await call(runtime, 'PUT', '/v1/moderation/policy', {
      body: current.body.policy,
      headers: admin,
    });
    expect(missing.status).toBe(428);
    // Put it back for the other tests of this file.
    await call(runtime, 'PUT', '/v1/moderation/policy', {
      body: current.body.policy,
      headers: { ...admin, 'if-match': replaced.headers.get('etag') ?? '' },
    });
  });

  it('previews a candidate policy over given comments, beside what the current one decides', async () => {
    const reply = await call(runtime, 'POST', '/v1/moderation/policy/preview', {
      body: {
        policy: { maxLinks: 0 },
        comments: [{ body: 'See https://example.org/report' }, { body: 'No links here.' }],
      },
      headers: moderator,
    });
    expect(reply.status).toBe(200);
    expect(
      reply.body.results.map((result: { current: { decision: string } }) => result.current.decision),
    ).toEqual(['publish', 'publish']);
    expect(
      reply.body.results.map((result: { candidate: { decision: string } }) => result.candidate.decision),
    ).toEqual(['hold', 'publish']);
    expect(reply.body.counts).toMatchObject({ total: 2, changed: 1 });
  });

  it('previews over an article\u2019s stored comments, beside what was decided', async () => {
    const articleId = freshArticleId();
    const linked = await post(articleId, {
      body: 'The BBC has the details: https://www.bbc.com/news/world-europe',
    });
    const plain = await post(articleId, { body: 'Plain words.' });
    const reply = await call(runtime, 'POST', '/v1/moderation/policy/preview', {
      body: { policy: { maxLinks: 0 }, articleId },
      headers: moderator,
    });
    expect(reply.body.counts.total).toBe(2);
    const [newest, oldest] = reply.body.results;
    expect(newest).toMatchObject({
      commentId: plain.body.comment.id,
      changed: false,
      current: { status: 'published' },
    });
    expect(oldest.commentId).toBe(linked.body.comment.id);
    expect(oldest.candidate).toMatchObject({
      decision: 'hold',
      signals: expect.arrayContaining([expect.objectContaining({ rule: 'too_many_links' })]),
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../infra/local/runtime.ts';
import { signAuthorToken } from '../../shared/identity.ts';
import { call, freshArticleId, moderatorToken, startTestRuntime } from '../support/runtime.ts';

/**
 * Each field of API.md's policy table, changed through the admin API and seen
 * in what the next comment gets. The policy cache is off in this file so a
 * change applies at once (in AWS it applies within 10 seconds).
 */

let runtime: LocalRuntime;
let admin: Record<string, string>;
let client = 0;

beforeAll(async () => {
  process.env.POLICY_CACHE_SECONDS = '0';
  runtime = await startTestRuntime();
  admin = { authorization: `Bearer ${moderatorToken(runtime, ['moderators', 'admins'], 'policy-admin')}` };
});
afterAll(async () => {
  await setPolicy({});
  await runtime?.stop();
});

async function setPolicy(changes: Record<string, unknown>) {
  const current = await call(runtime, 'GET', '/v1/moderation/policy', { headers: admin });
  const reply = await call(runtime, 'PUT', '/v1/moderation/policy', {
    body: changes,
    headers: { ...admin, 'if-match': current.headers.get('etag') ?? '' },
  });
  expect(reply.status).toBe(200);
}

function post(articleId: string, body: Record<string, unknown>, userAgent = `policy-client-${client++}`) {
  return call(runtime, 'POST', `/v1/articles/${articleId}/comments`, {
    body: { authorName: 'Reader', ...body },
    headers: { 'user-agent': userAgent },
  });
}

const ssoToken = (sub: string) =>
  signAuthorToken(
    { sub, name: `Verified ${sub}`, exp: Math.floor(Date.now() / 1000) + 600 },
    runtime.secrets.authorTokenSecret,
  );

describe('the moderation policy, field by field', () => {
  it('anonymous "deny" answers 401 to anonymous authors and lets signed-in ones through', async () => {
    await setPolicy({ anonymous: 'deny' });
    const articleId = freshArticleId();
    const anonymous = await post(articleId, { body: 'Hello.' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe('AUTHOR_TOKEN_REQUIRED');
    const verified = await post(articleId, { body: 'Hello.', authorToken: ssoToken('deny-1') });
    expect(verified.status).toBe(201);
    expect(verified.body.comment.status).toBe('published');
  });

  it('anonymous "hold" holds anonymous authors for review and publishes signed-in ones', async () => {
    await setPolicy({ anonymous: 'hold' });
    const articleId = freshArticleId();
    expect((await post(articleId, { body: 'Hello there.' })).body.comment.status).toBe('pending');
    expect(
      (await post(articleId, { body: 'Hello there.', authorToken: ssoToken('hold-1') })).body.comment.status,
    ).toBe('published');
  });

  it('bannedTerms.extra rejects with 422 naming the rule, and bannedTerms.allow exempts a word', async () => {
    await setPolicy({ bannedTerms: { extra: ['frobnicator'] } });
    const rejected = await post(freshArticleId(), { body: 'You frobnicator, read the article.' });
    expect(rejected.status).toBe(422);
    expect(rejected.body.error.code).toBe('COMMENT_REJECTED');
    expect(rejected.body.error.details).toEqual([
      expect.objectContaining({ path: 'rules.banned_term', message: expect.stringContaining('frobnicator') }),
    ]);
    await setPolicy({ bannedTerms: { extra: ['frobnicator'], allow: ['frobnicator'] } });
    expect((await post(freshArticleId(), { body: 'You frobnicator, read the article.' })).status).toBe(201);
  });

  it('suspectTerms.extra holds for review', async () => {
    await setPolicy({ suspectTerms: { extra: ['ceasefire'] } });
    expect((await post(freshArticleId(), { body: 'The ceasefire will not hold.' })).body.comment.status).toBe(
      'pending',
    );
  });

  it('blockedDomains rejects a link to the domain or its subdomains; allowedDomains never count as links', async () => {
    await setPolicy({ blockedDomains: ['spam.example'], allowedDomains: ['bbc.co.uk'], maxLinks: 0 });
    const blocked = await post(freshArticleId(), { body: 'See https://news.spam.example/win' });
    expect(blocked.status).toBe(422);
    expect(blocked.body.error.details[0].path).toBe('rules.blocked_domain');
    const allowed = await post(freshArticleId(), {
      body: 'The BBC has it: https://www.bbc.co.uk/news/world',
    });
    expect(allowed.body.comment.status).toBe('published');
    const counted = await post(freshArticleId(), { body: 'Reuters has it: https://www.reuters.com/world' });
    expect(counted.body.comment.status).toBe('pending');
  });

  it('newAuthorHold holds an author\u2019s first comments until one is published', async () => {
    await setPolicy({ newAuthorHold: 1 });
    const articleId = freshArticleId();
    const email = `new-${articleId}@example.com`;
    const first = await post(articleId, { body: 'My first comment here.', authorEmail: email });
    expect(first.body.comment.status).toBe('pending');
    const moderator = { authorization: `Bearer ${moderatorToken(runtime)}` };
    await call(runtime, 'POST', `/v1/moderation/comments/${first.body.comment.id}/decision`, {
      body: { decision: 'approve' },
      headers: moderator,
    });
    const second = await post(articleId, { body: 'And my second one.', authorEmail: email });
    expect(second.body.comment.status).toBe('published');
  });

  it('rateLimits.perClientPerMinute answers 429 with Retry-After past the limit', async () => {
    await setPolicy({ rateLimits: { perClientPerMinute: 2, perClientPerHour: 60 } });
    const articleId = freshArticleId();
    // The windows are calendar minutes: start well inside one.
    if (new Date().getSeconds() > 50) await new Promise((resolve) => setTimeout(resolve, 11_000));
    const replies = [];
    for (const text of ['one', 'two', 'three'])
      replies.push(await post(articleId, { body: `Comment ${text}.` }, 'one-client'));
    expect(replies.map((reply) => reply.status)).toEqual([201, 201, 429]);
    expect(Number(replies[2]?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(replies[2]?.body.error.code).toBe('RATE_LIMITED');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { responseSchemas } from '../../adapters/http/openapi.ts';
import type { LocalRuntime } from '../../infra/local/runtime.ts';
import { signAuthorToken } from '../../shared/identity.ts';
import { publicCommentFields } from '../support/contract.ts';
import { call, drainQueue, freshArticleId, moderatorToken, startTestRuntime } from '../support/runtime.ts';

let runtime: LocalRuntime;
let moderator: Record<string, string>;
let clients = 0;

beforeAll(async () => {
  runtime = await startTestRuntime();
  moderator = { authorization: `Bearer ${moderatorToken(runtime, ['moderators'], 'mod-post')}` };
});
afterAll(async () => {
  await runtime?.stop();
});

/** A user agent no other test uses: one logical client, with its own rate windows. */
const newClient = () => `post-test-client-${clients++}`;

function post(
  articleId: string,
  body: unknown,
  userAgent = newClient(),
  headers: Record<string, string> = {},
) {
  return call(runtime, 'POST', `/v1/articles/${articleId}/comments`, {
    body,
    headers: { 'user-agent': userAgent, ...headers },
  });
}

async function moderatorView(commentId: string) {
  const reply = await call(runtime, 'GET', `/v1/moderation/comments/${commentId}`, { headers: moderator });
  expect(reply.status).toBe(200);
  return reply.body.comment;
}

const listed = async (articleId: string) =>
  (await call(runtime, 'GET', `/v1/articles/${articleId}/comments`)).body;

const publicKeys = publicCommentFields;
const isoMillis = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/u;

describe('a new comment', () => {
  it('answers 201 with exactly the public fields and status, and a Location', async () => {
    const articleId = freshArticleId();
    const reply = await post(articleId, {
      body: 'Stay safe, Kyiv.',
      authorName: 'Olena',
      authorEmail: 'olena@example.com',
    });
    expect(reply.status).toBe(201);
    const comment = reply.body.comment;
    expect(Object.keys(reply.body)).toEqual(['comment']);
    expect(z.parse(responseSchemas.PostedComment!, reply.body)).toEqual(reply.body);
    expect(Object.keys(comment).sort()).toEqual([...publicKeys, 'status'].sort());
    expect(comment).toMatchObject({
      articleId,
      parentId: null,
      rootId: comment.id,
      authorName: 'Olena',
      body: 'Stay safe, Kyiv.',
      status: 'published',
      edited: false,
    });
    expect(comment.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/u);
    expect(comment.createdAt).toMatch(isoMillis);
    expect(comment.publishedAt).toBe(comment.createdAt);
    expect(reply.headers.get('location')).toBe(`/v1/articles/${articleId}/comments/${comment.id}`);
    expect(JSON.stringify(reply.body)).not.toContain('olena@example.com');
    const page = await listed(articleId);
    expect(Object.keys(page.items[0]).sort()).toEqual(publicKeys);
  });

  it('stores text as NFC with control characters removed and whitespace trimmed', async () => {
    const articleId = freshArticleId();
    const reply = await post(articleId, {
      body: '  Cafe\u0301 \u0007bell\u0000\r\nnext\tline\u200b  ',
      authorName: ' Zoe\u0308\u001b ',
    });
    expect(reply.status).toBe(201);
    expect(reply.body.comment.body).toBe('Caf\u00e9 bell\nnext line\u200b');
    expect(reply.body.comment.authorName).toBe('Zo\u00eb');
  });
});

describe('field rules', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['an empty body after trimming', { body: ' \n\t ', authorName: 'A' }, 'body.body'],
    ['a body of 5001 code points', { body: 'é'.repeat(5001), authorName: 'A' }, 'body.body'],
    ['a non-string body', { body: 42, authorName: 'A' }, 'body.body'],
    ['no authorName and no authorToken', { body: 'hello there' }, 'body.authorName'],
    ['an empty authorName', { body: 'hello there', authorName: '  ' }, 'body.authorName'],
    [
      'an authorName of 61 code points',
      { body: 'hello there', authorName: 'n'.repeat(61) },
      'body.authorName',
    ],
    [
      'an invalid email',
      { body: 'hello there', authorName: 'A', authorEmail: 'not-an-email' },
      'body.authorEmail',
    ],
    [
      'an email over 254 characters',
      { body: 'hello there', authorName: 'A', authorEmail: `${'a'.repeat(64)}@${'b'.repeat(186)}.com` },
      'body.authorEmail',
    ],
    [
      'a parentId that is no ULID',
      { body: 'hello there', authorName: 'A', parentId: 'abc' },
      'body.parentId',
    ],
    [
      'a clientToken of 7 characters',
      { body: 'hello there', authorName: 'A', clientToken: 'abcdefg' },
      'body.clientToken',
    ],
    [
      'a clientToken of 65 characters',
      { body: 'hello there', authorName: 'A', clientToken: 'a'.repeat(65) },
      'body.clientToken',
    ],
    [
      'a clientToken with a dot',
      { body: 'hello there', authorName: 'A', clientToken: 'abcd.efgh' },
      'body.clientToken',
    ],
    ['a non-string honeypot', { body: 'hello there', authorName: 'A', website: 1 }, 'body.website'],
    ['an unknown field', { body: 'hello there', authorName: 'A', rating: 5 }, 'body.rating'],
  ];
  it.each(cases)('refuses %s with 400 naming the field', async (_, body, path) => {
    const reply = await post(freshArticleId(), body);
    expect(reply.status).toBe(400);
    expect(reply.body.error.code).toBe('VALIDATION_FAILED');
    expect(reply.body.error.details.map((detail: { path: string }) => detail.path)).toContain(path);
  });

  it('accepts the limits themselves: 5000 code points of body (astral ones count once), 60 of name', async () => {
    const articleId = freshArticleId();
    const words = 'Слава ще 😀 '.repeat(450).trim();
    expect([...words].length).toBeLessThanOrEqual(5000);
    const body = words + 'x'.repeat(5000 - [...words].length);
    const reply = await post(articleId, { body, authorName: 'н'.repeat(60), clientToken: 'a'.repeat(64) });
    expect(reply.status).toBe(201);
    expect([...reply.body.comment.body].length).toBe(5000);
    const shortToken = await post(articleId, { body: 'eight', authorName: 'A', clientToken: 'Ab_-0123' });
    expect(shortToken.status).toBe(201);
  });

  it('refuses a body that is not a JSON object', async () => {
    const reply = await post(freshArticleId(), ['body']);
    expect(reply.status).toBe(400);
    expect(reply.body.error.details).toEqual([{ path: 'body', message: 'must be a JSON object' }]);
    const wrongType = await post(freshArticleId(), { body: 42, authorName: 'A' });
    expect(wrongType.body.error.details).toEqual([{ path: 'body.body', message: 'must be a string' }]);
  });

  it('checks the article id: 1..128 of A-Z a-z 0-9 . _ ~ -', async () => {
    const ok = await post(`a._~-${'z'.repeat(123)}`, { body: 'a long slug', authorName: 'A' });
    expect(ok.status).toBe(201);
    const long = await post('z'.repeat(129), { body: 'too long a slug', authorName: 'A' });
    expect(long.status).toBe(400);
    expect(long.body.error.details[0].path).toBe('path.articleId');
    const odd = await post('kyiv%2Fstrike', { body: 'a slash', authorName: 'A' });
    expect(odd.status).toBe(400);
  });
});

describe('media type, size and syntax', () => {
  const path = () => `/v1/articles/${freshArticleId()}/comments`;
  it('needs Content-Type application/json (a charset is fine), else 415', async () => {
    const withCharset = await call(runtime, 'POST', path(), {
      raw: JSON.stringify({ body: 'with a charset', authorName: 'A' }),
      headers: { 'content-type': 'application/json; charset=utf-8', 'user-agent': newClient() },
    });
    expect(withCharset.status).toBe(201);
    const none = await call(runtime, 'POST', path(), {
      raw: JSON.stringify({ body: 'no type', authorName: 'A' }),
      headers: { 'user-agent': newClient() },
    });
    expect(none.status).toBe(415);
    expect(none.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const form = await call(runtime, 'POST', path(), {
      raw: 'body=hi',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.status).toBe(415);
  });

  it('checks the size before parsing: 413 for over 32 KiB even when it is not JSON', async () => {
    const garbage = await call(runtime, 'POST', path(), {
      raw: `{${'x'.repeat(33 * 1024)}`,
      headers: { 'content-type': 'application/json' },
    });
    expect(garbage.status).toBe(413);
    expect(garbage.body.error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(garbage.headers.get('x-request-id')).toBeTruthy();
    const multibyte = await post(freshArticleId(), { body: 'ї'.repeat(17 * 1024), authorName: 'A' });
    expect(multibyte.status).toBe(413);
  });

  it('answers malformed JSON with 400 MALFORMED_JSON', async () => {
    for (const raw of ['{"body": ', '', "{'body': 'single quotes'}"]) {
      const reply = await call(runtime, 'POST', path(), {
        raw,
        headers: { 'content-type': 'application/json' },
      });
      expect(reply.status).toBe(400);
      expect(reply.body.error.code).toBe('MALFORMED_JSON');
      expect(reply.body.error.message).not.toMatch(/at .*\.ts|node:|single quotes|Unexpected/u);
    }
  });
});

describe('idempotency by clientToken', () => {
  it('answers a retry with the first response and stores nothing twice', async () => {
    const articleId = freshArticleId();
    const client = newClient();
    const body = { body: 'Posted once, sent twice.', authorName: 'Retry', clientToken: 'retry-token-1' };
    const first = await post(articleId, body, client);
    const again = await post(articleId, { ...body }, client);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect((await listed(articleId)).total).toBe(1);
  });

  it('treats the same token from a reordered but equal body as a retry', async () => {
    const articleId = freshArticleId();
    const first = await post(articleId, {
      authorName: 'Order',
      body: 'Key order',
      clientToken: 'order-token',
    });
    const again = await post(articleId, {
      clientToken: 'order-token',
      body: 'Key order',
      authorName: 'Order',
    });
    expect(again.body.comment.id).toBe(first.body.comment.id);
  });

  it('answers 409 IDEMPOTENCY_CONFLICT to the same token with a different body', async () => {
    const articleId = freshArticleId();
    await post(articleId, { body: 'The original.', authorName: 'A', clientToken: 'conflict-token' });
    const other = await post(articleId, {
      body: 'Something else.',
      authorName: 'A',
      clientToken: 'conflict-token',
    });
    expect(other.status).toBe(409);
    expect(other.body.error.code).toBe('IDEMPOTENCY_CONFLICT');
    expect((await listed(articleId)).total).toBe(1);
  });

  it('stores one comment for ten simultaneous identical posts, all answered 201 with its id', async () => {
    const articleId = freshArticleId();
    const client = newClient();
    const body = {
      body: 'A flaky network sent this ten times.',
      authorName: 'Flaky',
      clientToken: 'flaky-token-10',
    };
    const replies = await Promise.all(Array.from({ length: 10 }, () => post(articleId, body, client)));
    expect(replies.map((reply) => reply.status)).toEqual(Array(10).fill(201));
    const ids = new Set(replies.map((reply) => reply.body.comment.id));
    expect(ids.size).toBe(1);
    const page = await listed(articleId);
    expect(page.total).toBe(1);
    expect(page.items.map((item: { id: string }) => item.id)).toEqual([...ids]);
    const queue = await call(runtime, 'GET', `/v1/moderation/queue?status=published&articleId=${articleId}`, {
      headers: moderator,
    });
    expect(queue.body.items).toHaveLength(1);
  });
});

describe('spam that learns nothing', () => {
  it('answers a filled honeypot with 201 pending, stores it rejected and never publishes it', async () => {
    const articleId = freshArticleId();
    const reply = await post(articleId, {
      body: 'Great article!',
      authorName: 'Bot',
      website: 'https://spam.example',
    });
    expect(reply.status).toBe(201);
    expect(reply.body.comment.status).toBe('pending');
    expect(reply.body.comment.publishedAt).toBeNull();
    const view = await moderatorView(reply.body.comment.id);
    expect(view.status).toBe('rejected');
    expect(view.signals[0]).toMatchObject({ rule: 'honeypot', action: 'reject' });
    expect(await listed(articleId)).toEqual({ items: [], nextCursor: null, total: 0 });
    await runtime.poller.drain();
    const messages = await drainQueue(runtime);
    expect(messages.filter((message) => message.body.comment?.articleId === articleId)).toEqual([]);
  });

  it('answers a banned author with 201 pending and stores the comment rejected', async () => {
    const articleId = freshArticleId();
    const first = await post(articleId, {
      body: 'Before the ban.',
      authorName: 'Troll',
      authorEmail: 'troll@example.com',
    });
    const { authorKey } = await moderatorView(first.body.comment.id);
    const ban = await call(runtime, 'POST', `/v1/moderation/authors/${authorKey}/ban`, {
      body: { reason: 'abuse' },
      headers: moderator,
    });
    expect(ban.status).toBe(200);
    const after = await post(articleId, {
      body: 'After the ban.',
      authorName: 'Troll',
      authorEmail: 'TROLL@example.com',
    });
    expect(after.status).toBe(201);
    expect(after.body.comment.status).toBe('pending');
    expect((await moderatorView(after.body.comment.id)).status).toBe('rejected');
    expect((await listed(articleId)).total).toBe(1);
  });

  it('answers a banned term with 422 COMMENT_REJECTED naming the rule', async () => {
    const reply = await post(freshArticleId(), { body: 'you are a fucking idiot', authorName: 'Rude' });
    expect(reply.status).toBe(422);
    expect(reply.body.error.code).toBe('COMMENT_REJECTED');
    expect(reply.body.error.details[0].path).toBe('rules.banned_term');
  });
});

describe('replies', () => {
  it('threads a reply under its root, and a reply to a reply under the same root', async () => {
    const articleId = freshArticleId();
    const root = (await post(articleId, { body: 'Root comment.', authorName: 'Root' })).body.comment;
    const reply = (await post(articleId, { body: 'A reply.', authorName: 'Reply', parentId: root.id })).body
      .comment;
    expect(reply).toMatchObject({ parentId: root.id, rootId: root.id });
    const nested = await post(articleId, {
      body: 'A reply to the reply.',
      authorName: 'Nested',
      parentId: reply.id,
    });
    expect(nested.status).toBe(201);
    expect(nested.body.comment).toMatchObject({ parentId: reply.id, rootId: root.id });
  });

  it('answers 404 PARENT_NOT_FOUND for an unknown, unpublished or foreign parent', async () => {
    const articleId = freshArticleId();
    const unknown = await post(articleId, {
      body: 'To nobody.',
      authorName: 'A',
      parentId: '01JAAAAAAAAAAAAAAAAAAAAAAA',
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('PARENT_NOT_FOUND');

    const held = await post(articleId, {
      body: 'Links https://one.example/a https://two.example/b https://three.example/c',
      authorName: 'Held',
    });
    expect(held.body.comment.status).toBe('pending');
    const toHeld = await post(articleId, {
      body: 'To a held one.',
      authorName: 'A',
      parentId: held.body.comment.id,
    });
    expect(toHeld.status).toBe(404);
    expect(toHeld.body.error.code).toBe('PARENT_NOT_FOUND');

    const elsewhere = (await post(freshArticleId(), { body: 'Elsewhere.', authorName: 'B' })).body.comment;
    const foreign = await post(articleId, {
      body: 'Across articles.',
      authorName: 'A',
      parentId: elsewhere.id,
    });
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.code).toBe('PARENT_NOT_FOUND');
  });
});

describe('article settings and rate limits', () => {
  it('answers 409 ARTICLE_CLOSED when the article is closed, and takes comments again once reopened', async () => {
    const articleId = freshArticleId();
    const close = await call(runtime, 'PUT', `/v1/moderation/articles/${articleId}`, {
      body: { open: false },
      headers: moderator,
    });
    expect(close.status).toBe(200);
    const closed = await post(articleId, { body: 'Too late.', authorName: 'Late' });
    expect(closed.status).toBe(409);
    expect(closed.body.error.code).toBe('ARTICLE_CLOSED');
    await call(runtime, 'PUT', `/v1/moderation/articles/${articleId}`, {
      body: { open: true },
      headers: moderator,
    });
    expect((await post(articleId, { body: 'Open again.', authorName: 'Early' })).status).toBe(201);
  });

  it('limits one client (address and user agent) to 5 posts a minute with 429 and Retry-After', async () => {
    // Six posts must land in one minute window: start well clear of its end.
    const intoMinute = Date.now() % 60_000;
    if (intoMinute > 50_000) await new Promise((resolve) => setTimeout(resolve, 60_500 - intoMinute));
    const articleId = freshArticleId();
    const client = newClient();
    for (let n = 1; n <= 5; n++) {
      const reply = await post(
        articleId,
        { body: `Comment number ${n} of the flood.`, authorName: 'Flood' },
        client,
      );
      expect(reply.status).toBe(201);
    }
    const sixth = await post(
      articleId,
      { body: 'Comment number 6 of the flood.', authorName: 'Flood' },
      client,
    );
    expect(sixth.status).toBe(429);
    expect(sixth.body.error.code).toBe('RATE_LIMITED');
    const retryAfter = Number(sixth.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // Another user agent from the same address is another client.
    expect((await post(articleId, { body: 'A neighbour speaks.', authorName: 'Other' })).status).toBe(201);
    expect((await listed(articleId)).total).toBe(6);
  });

  it('takes 20 simultaneous posts to one article from different clients', async () => {
    const articleId = freshArticleId();
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, n) =>
        post(articleId, { body: `Voice number ${n} in the crowd.`, authorName: `R${n}` }),
      ),
    );
    expect(replies.map((reply) => reply.status)).toEqual(Array(20).fill(201));
    expect(new Set(replies.map((reply) => reply.body.comment.id)).size).toBe(20);
    const page = await listed(articleId);
    expect(page.total).toBe(20);
    expect(page.items).toHaveLength(20);
  });
});

describe('authors', () => {
  const sign = (claims: Record<string, unknown>, secret = runtime.secrets.authorTokenSecret) =>
    signAuthorToken(claims as never, secret);
  const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;

  it('takes a verified author from a site-signed token, with a stable authorKey', async () => {
    const articleId = freshArticleId();
    const token = sign({ sub: 'site-user-42', name: 'Iryna', email: 'iryna@example.com', exp: inAnHour() });
    const first = await post(articleId, { body: 'Signed in and commenting.', authorToken: token });
    expect(first.status).toBe(201);
    expect(first.body.comment.authorName).toBe('Iryna');
    const second = await post(articleId, { body: 'From another device.', authorToken: token }, newClient());
    const [a, b] = [await moderatorView(first.body.comment.id), await moderatorView(second.body.comment.id)];
    expect(a.authorKey).toBe(b.authorKey);
    expect(a.authorKey).toMatch(/^v_[A-Za-z0-9_-]{22}$/u);
    expect(a.authorKey).not.toContain('site-user-42');
    expect(a.authorEmail).toBe('iryna@example.com');
  });

  it('answers 401 INVALID_AUTHOR_TOKEN to an expired, forged or malformed token', async () => {
    const articleId = freshArticleId();
    const expired = sign({ sub: 'u1', name: 'Old', exp: Math.floor(Date.now() / 1000) - 5 });
    const forged = sign({ sub: 'u1', name: 'Forger', exp: inAnHour() }, 'not-the-site-secret-at-all');
    for (const authorToken of [expired, forged, 'not.a.jwt', 'garbage']) {
      const reply = await post(articleId, { body: 'Who am I?', authorToken });
      expect(reply.status).toBe(401);
      expect(reply.body.error.code).toBe('INVALID_AUTHOR_TOKEN');
    }
    expect((await listed(articleId)).total).toBe(0);
  });

  it('gives an anonymous author a stable key from the email, never the email itself', async () => {
    const articleId = freshArticleId();
    const one = await post(articleId, {
      body: 'First from me.',
      authorName: 'M',
      authorEmail: 'mykola@example.com',
    });
    const two = await post(articleId, {
      body: 'Second from me.',
      authorName: 'M',
      authorEmail: 'Mykola@Example.com',
    });
    const other = await post(articleId, {
      body: 'Someone else.',
      authorName: 'N',
      authorEmail: 'nadia@example.com',
    });
    const [a, b, c] = await Promise.all(
      [one, two, other].map((reply) => moderatorView(reply.body.comment.id)),
    );
    expect(a.authorKey).toBe(b.authorKey);
    expect(a.authorKey).not.toBe(c.authorKey);
    expect(a.authorKey).toMatch(/^a_[A-Za-z0-9_-]{22}$/u);
    expect(a.authorKey.toLowerCase()).not.toContain('mykola');
  });
});

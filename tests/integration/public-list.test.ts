import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../infra/local/runtime.ts';
import { call, freshArticleId, startTestRuntime } from '../support/runtime.ts';

let runtime: LocalRuntime;
let clients = 0;

beforeAll(async () => {
  runtime = await startTestRuntime();
});
afterAll(async () => {
  await runtime?.stop();
});

async function post(articleId: string, body: string, parentId?: string): Promise<string> {
  const reply = await call(runtime, 'POST', `/v1/articles/${articleId}/comments`, {
    body: { body, authorName: 'Reader', ...(parentId ? { parentId } : {}) },
    headers: { 'user-agent': `list-test-client-${clients++}` },
  });
  expect(reply.status).toBe(201);
  return reply.body.comment.id;
}

const list = (articleId: string, query = '', headers: Record<string, string> = {}) =>
  call(runtime, 'GET', `/v1/articles/${articleId}/comments${query}`, { headers });
const ids = (reply: { body: { items: { id: string }[] } }) => reply.body.items.map((item) => item.id);

/**
 * Roots a, b, c posted in that order; a has replies a1, a2 (a2 answers a1),
 * c has c1, and a3 is a late reply to a posted after c.
 */
async function threads() {
  const articleId = freshArticleId();
  const a = await post(articleId, 'Root a');
  const a1 = await post(articleId, 'Reply a1', a);
  const b = await post(articleId, 'Root b');
  const a2 = await post(articleId, 'Reply a2 to a1', a1);
  const c = await post(articleId, 'Root c');
  const c1 = await post(articleId, 'Reply c1', c);
  const a3 = await post(articleId, 'Late reply a3', a);
  return { articleId, a, a1, a2, a3, b, c, c1 };
}

describe('threads in order', () => {
  it('lists roots oldest first by default, each followed by its replies oldest first', async () => {
    const t = await threads();
    const reply = await list(t.articleId);
    expect(reply.status).toBe(200);
    expect(ids(reply)).toEqual([t.a, t.a1, t.a2, t.a3, t.b, t.c, t.c1]);
    expect(reply.body.total).toBe(7);
    expect(reply.body.nextCursor).toBeNull();
    const nested = reply.body.items.find((item: { id: string }) => item.id === t.a2);
    expect(nested).toMatchObject({ parentId: t.a1, rootId: t.a });
  });

  it('lists roots newest first with order=newest, replies still oldest first after their root', async () => {
    const t = await threads();
    const reply = await list(t.articleId, '?order=newest');
    expect(ids(reply)).toEqual([t.c, t.c1, t.b, t.a, t.a1, t.a2, t.a3]);
  });

  it('pages through both orders with signed cursors, one Query per page, total on every page', async () => {
    const t = await threads();
    for (const [order, expected] of [
      ['oldest', [t.a, t.a1, t.a2, t.a3, t.b, t.c, t.c1]],
      ['newest', [t.c, t.c1, t.b, t.a, t.a1, t.a2, t.a3]],
    ] as const) {
      runtime.roundTrips.reset();
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: string = `?order=${order}&limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
        const reply = await list(t.articleId, query);
        expect(reply.status).toBe(200);
        expect(reply.body.total).toBe(7);
        expect(reply.body.items.length).toBeLessThanOrEqual(3);
        seen.push(...ids(reply));
        cursor = reply.body.nextCursor;
        pages++;
      } while (cursor);
      expect(seen).toEqual(expected);
      // 7 comments at 3 a page: 3 pages, and no cursor to an empty fourth.
      expect(pages).toBe(3);
      const trips = runtime.roundTrips.summary().ListComments;
      expect(trips).toMatchObject({ requests: 3, commands: { QueryCommand: 3 } });
    }
  });

  it('gives no cursor when the last page is exactly full', async () => {
    const articleId = freshArticleId();
    for (const n of [1, 2, 3, 4]) await post(articleId, `Comment ${n}`);
    const first = await list(articleId, '?limit=2');
    const second = await list(articleId, `?limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`);
    expect(second.body.items).toHaveLength(2);
    expect(second.body.nextCursor).toBeNull();
    const whole = await list(articleId, '?limit=4');
    expect(whole.body.nextCursor).toBeNull();
  });

  it('leaves out held comments and does not count them', async () => {
    const articleId = freshArticleId();
    const shown = await post(articleId, 'A plain comment.');
    await post(articleId, 'Links https://one.example/a https://two.example/b https://three.example/c');
    const reply = await list(articleId);
    expect(ids(reply)).toEqual([shown]);
    expect(reply.body.total).toBe(1);
  });
});

describe('query rules', () => {
  it.each([
    ['?limit=0', 'query.limit'],
    ['?limit=101', 'query.limit'],
    ['?limit=ten', 'query.limit'],
    ['?limit=-1', 'query.limit'],
    ['?order=sideways', 'query.order'],
    ['?sort=asc', 'query.sort'],
  ])('refuses %s with 400', async (query, path) => {
    const reply = await list(freshArticleId(), query);
    expect(reply.status).toBe(400);
    expect(reply.body.error.code).toBe('VALIDATION_FAILED');
    expect(reply.body.error.details[0].path).toBe(path);
  });

  it('accepts limit 1 and 100', async () => {
    expect((await list(freshArticleId(), '?limit=1')).status).toBe(200);
    expect((await list(freshArticleId(), '?limit=100')).status).toBe(200);
  });

  it('refuses a tampered cursor, one of another article and one of the other order with 400 INVALID_CURSOR', async () => {
    const articleId = freshArticleId();
    for (const n of [1, 2, 3]) await post(articleId, `Comment ${n}`);
    const cursor: string = (await list(articleId, '?limit=1')).body.nextCursor;
    const [payload, signature] = cursor.split('.') as [string, string];
    const state = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const forged = `${Buffer.from(JSON.stringify({ ...state, total: 999 })).toString('base64url')}.${signature}`;
    const candidates = [
      [articleId, forged],
      [articleId, `${cursor}x`],
      [articleId, 'garbage'],
      [freshArticleId(), cursor],
    ];
    for (const [article, bad] of candidates) {
      const reply = await list(article as string, `?limit=1&cursor=${encodeURIComponent(bad as string)}`);
      expect(reply.status).toBe(400);
      expect(reply.body.error.code).toBe('INVALID_CURSOR');
    }
    const otherOrder = await list(articleId, `?limit=1&order=newest&cursor=${encodeURIComponent(cursor)}`);
    expect(otherOrder.status).toBe(400);
    expect(otherOrder.body.error.code).toBe('INVALID_CURSOR');
  });
});

describe('caching', () => {
  it('is cacheable by the CDN: exact Cache-Control and an ETag', async () => {
    const articleId = freshArticleId();
    await post(articleId, 'Cache me.');
    const reply = await list(articleId);
    expect(reply.headers.get('cache-control')).toBe('public, max-age=5, stale-while-revalidate=30');
    expect(reply.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]+"$/u);
    const empty = await list(freshArticleId());
    expect(empty.headers.get('cache-control')).toBe('public, max-age=5, stale-while-revalidate=30');
  });

  it('answers If-None-Match with the current ETag by 304, and a changed page by 200', async () => {
    const articleId = freshArticleId();
    await post(articleId, 'First.');
    const first = await list(articleId);
    const etag = first.headers.get('etag') as string;
    for (const header of [etag, `W/${etag}`, `"other", ${etag}`]) {
      const unchanged = await list(articleId, '', { 'if-none-match': header });
      expect(unchanged.status).toBe(304);
      expect(unchanged.body).toBeUndefined();
      expect(unchanged.headers.get('etag')).toBe(etag);
      expect(unchanged.headers.get('cache-control')).toBe('public, max-age=5, stale-while-revalidate=30');
      expect(unchanged.headers.get('x-request-id')).toBeTruthy();
    }
    await post(articleId, 'Second.');
    const changed = await list(articleId, '', { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(changed.body.total).toBe(2);
  });
});

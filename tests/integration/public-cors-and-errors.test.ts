import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LocalRuntime } from '../../infra/local/runtime.ts';
import { call, freshArticleId, startTestRuntime } from '../support/runtime.ts';

let runtime: LocalRuntime;
let demoOrigin: string;
const newsOrigin = 'https://news.example';
const foreignOrigin = 'https://evil.example';
let clients = 0;

beforeAll(async () => {
  runtime = await startTestRuntime();
  demoOrigin = new URL(runtime.demoUrl).origin;
});
afterAll(async () => {
  await runtime?.stop();
});

const preflight = (origin: string, method = 'POST', path = `/v1/articles/${freshArticleId()}/comments`) =>
  fetch(`${runtime.apiUrl}${path}`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': method,
      'access-control-request-headers': 'content-type',
    },
  });

const post = (articleId: string, headers: Record<string, string> = {}) =>
  call(runtime, 'POST', `/v1/articles/${articleId}/comments`, {
    body: { body: 'From the widget.', authorName: 'Widget' },
    headers: { 'user-agent': `cors-test-client-${clients++}`, ...headers },
  });

describe('CORS for the allowed origins', () => {
  it('answers the preflight of an allowed origin, the demo page and a configured one', async () => {
    for (const origin of [demoOrigin, newsOrigin]) {
      const reply = await preflight(origin);
      expect(reply.status).toBe(204);
      expect(reply.headers.get('access-control-allow-origin')).toBe(origin);
      expect(reply.headers.get('access-control-allow-methods')?.split(',')).toEqual(
        expect.arrayContaining(['GET', 'POST']),
      );
      expect(reply.headers.get('access-control-allow-headers')?.split(',')).toContain('content-type');
      expect(Number(reply.headers.get('access-control-max-age'))).toBeGreaterThan(0);
      expect(reply.headers.get('x-request-id')).toBeTruthy();
    }
  });

  it('lets an allowed origin read responses, errors included, and the headers it needs', async () => {
    const articleId = freshArticleId();
    const created = await post(articleId, { origin: newsOrigin });
    expect(created.status).toBe(201);
    expect(created.headers.get('access-control-allow-origin')).toBe(newsOrigin);
    expect(created.headers.get('access-control-expose-headers')?.split(',')).toEqual(
      expect.arrayContaining(['x-request-id', 'etag', 'location', 'retry-after']),
    );
    const listed = await call(runtime, 'GET', `/v1/articles/${articleId}/comments`, {
      headers: { origin: newsOrigin },
    });
    expect(listed.headers.get('access-control-allow-origin')).toBe(newsOrigin);
    expect(listed.headers.get('vary')?.toLowerCase()).toContain('origin');
    const invalid = await call(runtime, 'POST', `/v1/articles/${articleId}/comments`, {
      body: {},
      headers: { origin: newsOrigin },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get('access-control-allow-origin')).toBe(newsOrigin);
  });

  it('gives a foreign origin no CORS headers, on the preflight or the response', async () => {
    const reply = await preflight(foreignOrigin);
    expect(reply.headers.get('access-control-allow-origin')).toBeNull();
    expect(reply.headers.get('access-control-allow-methods')).toBeNull();
    expect(reply.headers.get('access-control-allow-headers')).toBeNull();
    const listed = await call(runtime, 'GET', `/v1/articles/${freshArticleId()}/comments`, {
      headers: { origin: foreignOrigin },
    });
    expect(listed.status).toBe(200);
    expect(listed.headers.get('access-control-allow-origin')).toBeNull();
    expect(listed.headers.get('access-control-expose-headers')).toBeNull();
    // An origin that merely starts like an allowed one is foreign too.
    const lookalike = await preflight(`${newsOrigin}.evil.example`);
    expect(lookalike.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('every response has an x-request-id and errors use the envelope', () => {
  const expectEnvelope = (reply: { headers: Headers; body: any }, code: string) => {
    expect(reply.headers.get('x-request-id')).toMatch(/^[A-Za-z0-9_-]{8,}$/u);
    expect(reply.headers.get('content-type')).toMatch(/^application\/json/u);
    expect(Object.keys(reply.body)).toEqual(['error']);
    expect(reply.body.error.code).toBe(code);
    expect(typeof reply.body.error.message).toBe('string');
    expect(Object.keys(reply.body.error).every((key) => ['code', 'message', 'details'].includes(key))).toBe(
      true,
    );
  };

  it('on a path no route serves, and on a method a path does not take', async () => {
    expectEnvelope(await call(runtime, 'GET', '/v1/nothing-here'), 'ROUTE_NOT_FOUND');
    const wrongMethod = await call(runtime, 'DELETE', `/v1/articles/${freshArticleId()}/comments`);
    expect(wrongMethod.status).toBe(404);
    expectEnvelope(wrongMethod, 'ROUTE_NOT_FOUND');
  });

  it('on 401, 413, 415 and 400', async () => {
    const unauthorized = await call(runtime, 'GET', '/v1/moderation/queue');
    expect(unauthorized.status).toBe(401);
    expectEnvelope(unauthorized, 'UNAUTHORIZED');
    const path = `/v1/articles/${freshArticleId()}/comments`;
    const tooLarge = await call(runtime, 'POST', path, {
      raw: 'x'.repeat(40 * 1024),
      headers: { 'content-type': 'application/json' },
    });
    expect(tooLarge.status).toBe(413);
    expectEnvelope(tooLarge, 'PAYLOAD_TOO_LARGE');
    const mediaType = await call(runtime, 'POST', path, {
      raw: 'hi',
      headers: { 'content-type': 'text/plain' },
    });
    expect(mediaType.status).toBe(415);
    expectEnvelope(mediaType, 'UNSUPPORTED_MEDIA_TYPE');
    const invalid = await call(runtime, 'POST', path, { body: { body: '' } });
    expect(invalid.status).toBe(400);
    expectEnvelope(invalid, 'VALIDATION_FAILED');
    expect(invalid.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('gives every request its own id', async () => {
    const replies = await Promise.all([1, 2, 3].map(() => call(runtime, 'GET', '/v1/nothing-here')));
    expect(new Set(replies.map((reply) => reply.headers.get('x-request-id'))).size).toBe(3);
  });
});

describe('an internal failure', () => {
  /** A handler of a fresh module graph whose DynamoDB client points at a closed port. */
  async function brokenHandler(file: string) {
    const saved = { endpoint: process.env.AWS_ENDPOINT_URL_DYNAMODB, attempts: process.env.AWS_MAX_ATTEMPTS };
    process.env.AWS_ENDPOINT_URL_DYNAMODB = 'http://127.0.0.1:9';
    process.env.AWS_MAX_ATTEMPTS = '1';
    vi.resetModules();
    const { handler } = (await import(file)) as {
      handler: (
        event: APIGatewayProxyEventV2,
        context: Context,
      ) => Promise<APIGatewayProxyStructuredResultV2>;
    };
    const restore = () => {
      process.env.AWS_ENDPOINT_URL_DYNAMODB = saved.endpoint;
      if (saved.attempts === undefined) delete process.env.AWS_MAX_ATTEMPTS;
      else process.env.AWS_MAX_ATTEMPTS = saved.attempts;
    };
    return { handler, restore };
  }

  function event(method: string, path: string, articleId: string, body?: string): APIGatewayProxyEventV2 {
    return {
      version: '2.0',
      routeKey: `${method} /v1/articles/{articleId}/comments`,
      rawPath: path,
      rawQueryString: '',
      headers: { 'content-type': 'application/json', 'user-agent': 'broken-test' },
      pathParameters: { articleId },
      requestContext: {
        accountId: '000000000000',
        apiId: 'local',
        domainName: 'localhost',
        domainPrefix: 'local',
        http: { method, path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'broken-test' },
        requestId: 'broken-request-1',
        routeKey: `${method} /v1/articles/{articleId}/comments`,
        stage: '$default',
        time: new Date().toUTCString(),
        timeEpoch: Date.now(),
      },
      isBase64Encoded: false,
      ...(body ? { body } : {}),
    };
  }

  const context = {
    awsRequestId: 'lambda-request-1',
    getRemainingTimeInMillis: () => 10_000,
  } as unknown as Context;

  it('answers 500 INTERNAL in the envelope with the request id, and no stack or SDK message', async () => {
    const articleId = freshArticleId();
    const cases = [
      [
        '../../functions/comments/list-comments.ts',
        event('GET', `/v1/articles/${articleId}/comments`, articleId),
      ],
      [
        '../../functions/comments/post-comment.ts',
        event('POST', `/v1/articles/${articleId}/comments`, articleId, '{"body":"Hello","authorName":"A"}'),
      ],
    ] as const;
    for (const [file, request] of cases) {
      const { handler, restore } = await brokenHandler(file);
      let result: APIGatewayProxyStructuredResultV2;
      try {
        result = await handler(request, context);
      } finally {
        restore();
      }
      expect(result.statusCode).toBe(500);
      expect(result.headers?.['x-request-id']).toBe('broken-request-1');
      const body = JSON.parse(result.body ?? '{}');
      expect(body).toEqual({
        error: { code: 'INTERNAL', message: 'Something went wrong on our side; please try again.' },
      });
      expect(result.body).not.toMatch(/ECONNREFUSED|DynamoDB|\bat \w|\.ts:\d|127\.0\.0\.1/u);
    }
  });

  it('leaves the running runtime unharmed', async () => {
    expect((await post(freshArticleId())).status).toBe(201);
  });
});

describe('the OpenAPI document', () => {
  it('is served at GET /v1/openapi.json, public and cacheable', async () => {
    const reply = await call(runtime, 'GET', '/v1/openapi.json', { headers: { origin: newsOrigin } });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toMatch(/^application\/json/u);
    expect(reply.headers.get('cache-control')).toBe('public, max-age=300');
    expect(reply.headers.get('access-control-allow-origin')).toBe(newsOrigin);
    expect(reply.body.openapi).toBe('3.1.0');
    expect(Object.keys(reply.body.paths)).toEqual(
      expect.arrayContaining([
        '/v1/articles/{articleId}/comments',
        '/v1/comments/{commentId}/reports',
        '/v1/moderation/policy',
        '/v1/openapi.json',
      ]),
    );
    const etag = reply.headers.get('etag') as string;
    expect(etag).toBeTruthy();
    const again = await call(runtime, 'GET', '/v1/openapi.json', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });
});

import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { type Route, routes } from '../routes.ts';
import { flattenClaims } from './issuer.ts';

/**
 * The local twin of the HTTP API: it turns each HTTP request into the API
 * Gateway v2 event Lambda receives, checks bearer tokens where the JWT
 * authorizer would, answers CORS as the API's CORS configuration does, and
 * writes the handler's result back.
 */

type Handler = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyStructuredResultV2>;

export interface GatewayOptions {
  allowedOrigins: string[];
  /** Returns the token's claims when the JWT authorizer would accept it. */
  verifyToken: (token: string) => Record<string, unknown> | undefined;
  /** Wraps each handler invocation, e.g. to count its DynamoDB round trips. */
  instrument?: <T>(routeId: string, invoke: () => Promise<T>) => Promise<T>;
}

/** The HTTP API's payload limit: a bigger body never reaches a function. */
const maxPayloadBytes = 10 * 1024 * 1024;

export const corsPolicy = {
  allowMethods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
  allowHeaders: ['content-type', 'authorization', 'if-none-match', 'if-match'],
  exposeHeaders: ['x-request-id', 'etag', 'location', 'retry-after'],
  maxAgeSeconds: 600,
} as const;

interface CompiledRoute {
  route: Route;
  pattern: RegExp;
  names: string[];
}

function compile(route: Route): CompiledRoute {
  const names: string[] = [];
  const source = route.path
    .replace(/[.*+?^$()|[\]\\]/gu, '\\$&')
    .replace(/\{(\w+)\}/gu, (_, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
  return { route, pattern: new RegExp(`^${source}$`, 'u'), names };
}

export function createGateway(options: GatewayOptions): Server {
  const compiled = routes.map(compile);
  const handlers = new Map<string, Promise<Handler>>();
  const handlerOf = (route: Route) => {
    let handler = handlers.get(route.id);
    if (!handler) {
      handler = import(new URL(`../../${route.handler}`, import.meta.url).href).then(
        (module: { handler: Handler }) => module.handler,
      );
      handlers.set(route.id, handler);
    }
    return handler;
  };

  return createServer((request, response) => {
    const requestId = randomBytes(12).toString('base64url');
    serve(request, response, requestId).catch((error: unknown) => {
      console.error('local gateway failed', error);
      if (!response.headersSent) {
        const headers = {
          'x-request-id': requestId,
          ...corsHeaders(request.headers.origin, options.allowedOrigins),
        };
        send(
          response,
          500,
          headers,
          envelope('INTERNAL', 'Something went wrong on our side; please try again.'),
        );
      } else response.destroy();
    });
  });

  async function serve(request: IncomingMessage, response: ServerResponse, requestId: string): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = request.method ?? 'GET';
    const origin = request.headers.origin;
    const cors = corsHeaders(origin, options.allowedOrigins);
    const base = { 'x-request-id': requestId, ...cors };

    if (method === 'OPTIONS' && request.headers['access-control-request-method']) {
      const preflight: Record<string, string> = cors['access-control-allow-origin']
        ? {
            'access-control-allow-methods': corsPolicy.allowMethods.join(','),
            'access-control-allow-headers': corsPolicy.allowHeaders.join(','),
            'access-control-max-age': String(corsPolicy.maxAgeSeconds),
          }
        : {};
      send(response, 204, { ...base, ...preflight });
      request.resume();
      return;
    }

    const found = match(compiled, method, url.pathname);
    if (!found) {
      request.resume();
      send(response, 404, base, envelope('ROUTE_NOT_FOUND', `No route ${method} ${url.pathname}.`));
      return;
    }
    const body = await readBody(request);
    if (body === undefined) {
      send(response, 413, base, envelope('PAYLOAD_TOO_LARGE', 'The request body is over 10 MiB.'));
      return;
    }

    let claims: Record<string, unknown> | undefined;
    if (found.route.access !== 'public') {
      const token = /^Bearer (.+)$/iu.exec(request.headers.authorization ?? '')?.[1];
      claims = token ? options.verifyToken(token.trim()) : undefined;
      if (!claims) {
        send(
          response,
          401,
          { ...base, 'www-authenticate': 'Bearer' },
          envelope('UNAUTHORIZED', 'Sign in as a moderator: send a valid bearer token.'),
        );
        return;
      }
    }

    const event = toEvent(request, url, found, body, requestId, claims);
    const handler = await handlerOf(found.route);
    const invoke = () => handler(event, lambdaContext(found.route, requestId));
    const result = await (options.instrument ? options.instrument(found.route.id, invoke) : invoke());
    const headers = { ...base, ...(result.headers as Record<string, string> | undefined) };
    const payload =
      result.body === undefined
        ? undefined
        : Buffer.from(result.body, result.isBase64Encoded ? 'base64' : 'utf8');
    send(response, result.statusCode ?? 200, headers, payload);
  }
}

function match(compiled: CompiledRoute[], method: string, path: string) {
  for (const candidate of compiled) {
    if (candidate.route.method !== method) continue;
    const found = candidate.pattern.exec(path);
    if (!found) continue;
    const parameters: Record<string, string> = {};
    candidate.names.forEach((name, index) => {
      parameters[name] = decodeURIComponent(found[index + 1] ?? '');
    });
    return { route: candidate.route, parameters };
  }
  return undefined;
}

/** Answers differ by Origin, so every response says so (a cache must not serve one origin's to another). */
function corsHeaders(origin: string | undefined, allowed: string[]): Record<string, string> {
  if (!origin || !allowed.includes(origin)) return { vary: 'origin' };
  return {
    'access-control-allow-origin': origin,
    'access-control-expose-headers': corsPolicy.exposeHeaders.join(','),
    vary: 'origin',
  };
}

async function readBody(request: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxPayloadBytes) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const textTypes = /^(text\/|application\/(json|.*\+json|x-www-form-urlencoded|xml|javascript))/iu;

function toEvent(
  request: IncomingMessage,
  url: URL,
  found: { route: Route; parameters: Record<string, string> },
  body: Buffer,
  requestId: string,
  claims: Record<string, unknown> | undefined,
): APIGatewayProxyEventV2 {
  // API Gateway lowercases header names and joins repeated values with commas.
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(',') : value;
  }
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams)
    query[name] = name in query ? `${query[name]},${value}` : value;
  const now = new Date();
  const routeKey = `${found.route.method} ${found.route.path}`;
  const isText = body.length === 0 || textTypes.test(headers['content-type'] ?? '');
  const event: APIGatewayProxyEventV2 = {
    version: '2.0',
    routeKey,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: headers.host ?? '127.0.0.1',
      domainPrefix: 'local',
      http: {
        method: found.route.method,
        path: url.pathname,
        protocol: `HTTP/${request.httpVersion}`,
        sourceIp: request.socket.remoteAddress?.replace(/^::ffff:/u, '') ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId,
      routeKey,
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    isBase64Encoded: !isText,
  };
  if (headers.cookie) event.cookies = headers.cookie.split(/;\s*/u);
  if (Object.keys(query).length > 0) event.queryStringParameters = query;
  if (found.route.path.includes('{')) event.pathParameters = found.parameters;
  if (body.length > 0) event.body = isText ? body.toString('utf8') : body.toString('base64');
  if (claims) {
    const context = event.requestContext as APIGatewayProxyEventV2['requestContext'] & {
      authorizer: unknown;
    };
    context.authorizer = { jwt: { claims: flattenClaims(claims), scopes: null } };
  }
  return event;
}

function lambdaContext(route: Route, requestId: string): Context {
  const deadline = Date.now() + 10_000;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: `local-${route.id}`,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:us-east-1:000000000000:function:local-${route.id}`,
    memoryLimitInMB: '512',
    awsRequestId: requestId,
    logGroupName: `/aws/lambda/local-${route.id}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => {},
    fail: () => {},
    succeed: () => {},
  };
}

function envelope(code: string, message: string): string {
  return JSON.stringify({ error: { code, message } });
}

function send(
  response: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body?: string | Buffer,
): void {
  const all =
    body === undefined ? headers : { 'content-type': 'application/json; charset=utf-8', ...headers };
  response.writeHead(status, all);
  response.end(body);
}

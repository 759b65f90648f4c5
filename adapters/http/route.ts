import middy from '@middy/core';
import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyEventV2WithJWTAuthorizer,
  APIGatewayProxyStructuredResultV2,
} from 'aws-lambda';
import type * as z from 'zod/mini';
import type { Access } from '../../infra/routes.ts';
import { metrics } from '../metrics.ts';
import { authorize, type Caller, callerOf } from './auth.ts';
import { clientOf } from './client.ts';
import { readJsonBody, validate } from './input.ts';
import { errorEnvelope, requestLogging, responseHeaders } from './middleware.ts';

type Schema = z.ZodMiniType;
type Output<S> = S extends Schema ? z.output<S> : undefined;

export interface RouteOptions<Body, Query, Path> {
  access: Access;
  body?: Body;
  /** A request without any body counts as `{}` (e.g. a ban without `until`). */
  bodyOptional?: boolean;
  query?: Query;
  path?: Path;
}

export interface RouteInput<Body, Query, Path> {
  body: Output<Body>;
  query: Output<Query>;
  path: Output<Path>;
  caller: Caller | undefined;
  client: { ip: string; userAgent: string };
  headers: Record<string, string | undefined>;
  event: APIGatewayProxyEventV2;
}

/** What a route answers on success; errors are thrown as domain errors. */
export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * An HTTP handler: the middy chain every route shares (request ids, security
 * headers, the error envelope), then access, body, query and path checked
 * against their schemas, then the route's own function with typed input.
 */
export function route<
  Body extends Schema | undefined,
  Query extends Schema | undefined,
  Path extends Schema | undefined,
>(
  options: RouteOptions<Body, Query, Path>,
  handle: (input: RouteInput<Body, Query, Path>) => Promise<Reply>,
) {
  return middy<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>()
    .use(responseHeaders())
    .use(errorEnvelope())
    .use(requestLogging())
    .use(publishMetrics())
    .handler(async (event) => {
      const claims = (event as APIGatewayProxyEventV2WithJWTAuthorizer).requestContext.authorizer?.jwt
        ?.claims;
      const caller = authorize(options.access, callerOf(claims));
      const parse = <S extends Schema | undefined>(
        schema: S,
        value: () => unknown,
        part: 'body' | 'query' | 'path',
      ) => (schema ? validate(schema, value(), part) : undefined) as Output<S>;
      const input: RouteInput<Body, Query, Path> = {
        body: parse(
          options.body as Body,
          () =>
            options.bodyOptional && !event.body
              ? {}
              : readJsonBody(event.body, event.isBase64Encoded, event.headers['content-type']),
          'body',
        ),
        query: parse(options.query as Query, () => event.queryStringParameters ?? {}, 'query'),
        path: parse(options.path as Path, () => event.pathParameters ?? {}, 'path'),
        caller,
        client: clientOf(event),
        headers: event.headers,
        event,
      };
      const reply = await handle(input);
      return toResult(reply);
    });
}

/** Flushes the invocation's metrics once it answered, errors included. */
function publishMetrics() {
  const publish = () => {
    if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
  };
  return { name: 'publishMetrics', after: publish, onError: publish };
}

function toResult(reply: Reply): APIGatewayProxyStructuredResultV2 {
  if (reply.body === undefined) return { statusCode: reply.status, headers: reply.headers ?? {} };
  return {
    statusCode: reply.status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...reply.headers },
    body: JSON.stringify(reply.body),
  };
}

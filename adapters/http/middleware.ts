import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { DomainError } from '../../shared/errors.ts';
import { logger } from '../observability.ts';
import { internalProblem, problemOf } from './problems.ts';

type Middleware = MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>;

/** Headers every response carries, errors included. */
export function responseHeaders(): Middleware {
  const apply: Middleware['after'] = (request) => {
    const response = request.response;
    if (!response) return;
    response.headers = {
      'x-request-id': request.event.requestContext.requestId,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'strict-transport-security': 'max-age=63072000; includeSubDomains',
      ...response.headers,
    };
  };
  return { name: 'responseHeaders', after: apply, onError: apply };
}

/**
 * Turns any error into the API's error envelope: domain errors with their
 * status and code, anything else logged with the request id and answered 500
 * without details.
 */
export function errorEnvelope(): Middleware {
  return {
    name: 'errorEnvelope',
    onError: (request) => {
      const error = request.error;
      if (!(error instanceof DomainError)) logger.error('request failed', { error: error as Error });
      const problem = error instanceof DomainError ? problemOf(error) : internalProblem;
      request.response = {
        statusCode: problem.statusCode,
        headers: { 'content-type': 'application/json; charset=utf-8', ...problem.headers },
        body: JSON.stringify(problem.body),
      };
    },
  };
}

/** Every log line of an invocation carries its request and correlation ids. */
export function requestLogging(): Middleware {
  return {
    name: 'requestLogging',
    before: (request) => {
      logger.resetKeys();
      const requestId = request.event.requestContext.requestId;
      logger.appendKeys({
        requestId,
        // A caller's own id for the operation, so its logs and ours can be joined.
        correlationId: request.event.headers['x-correlation-id'] ?? requestId,
        route: request.event.routeKey,
        lambdaRequestId: request.context.awsRequestId,
      });
    },
  };
}

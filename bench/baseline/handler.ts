import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { z } from 'zod';

/**
 * The cold-start baseline of `npm run bench:cold`: the same kind of stack as
 * the project's functions, written the plain way. Clients, logger and metrics
 * at module scope, classic zod, middy with two middlewares. Never deployed.
 */

const logger = new Logger({ serviceName: 'baseline' });
const metrics = new Metrics({ namespace: 'Baseline', serviceName: 'baseline' });
const documents = DynamoDBDocumentClient.from(new DynamoDBClient({}), {
  marshallOptions: { removeUndefinedValues: true },
});
const tableName = z.object({ TABLE_NAME: z.string().min(1) }).parse(process.env).TABLE_NAME;

const commentBody = z
  .object({
    body: z.string().trim().min(1).max(5000),
    authorName: z.string().trim().min(1).max(60),
    authorEmail: z.string().email().max(254).optional(),
    parentId: z.string().length(26).optional(),
    clientToken: z
      .string()
      .regex(/^[A-Za-z0-9_-]{8,64}$/u)
      .optional(),
  })
  .strict();

type Event = APIGatewayProxyEventV2 & { parsed?: unknown };

const jsonBody = (): middy.MiddlewareObj<Event, APIGatewayProxyStructuredResultV2> => ({
  before: (request) => {
    request.event.parsed = JSON.parse(request.event.body ?? '{}');
  },
});

const httpErrors = (): middy.MiddlewareObj<Event, APIGatewayProxyStructuredResultV2> => ({
  onError: (request) => {
    logger.error('request failed', { error: request.error as Error });
    request.response = { statusCode: 400, body: JSON.stringify({ error: { code: 'BAD_REQUEST' } }) };
  },
});

export const handler = middy<Event, APIGatewayProxyStructuredResultV2>()
  .use(jsonBody())
  .use(httpErrors())
  .handler(async (event) => {
    const input = commentBody.parse(event.parsed);
    const id = `${Date.now()}`;
    await documents.send(
      new PutCommand({ TableName: tableName, Item: { pk: `C#${id}`, sk: 'COMMENT', ...input } }),
    );
    metrics.addMetric('CommentSubmitted', MetricUnit.Count, 1);
    metrics.publishStoredMetrics();
    return { statusCode: 201, body: JSON.stringify({ id }) };
  });

import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { environment } from '../config.ts';

/**
 * The one DocumentClient of an execution environment, created at first use.
 * Endpoints come from the SDK's own settings (`AWS_ENDPOINT_URL_DYNAMODB`
 * locally), so the store has no local branch.
 */
let client: DynamoDBDocumentClient | undefined;

export function documentClient(): DynamoDBDocumentClient {
  client ??= DynamoDBDocumentClient.from(new DynamoDBClient({}), {
    marshallOptions: { removeUndefinedValues: true },
  });
  return client;
}

export function tableName(): string {
  return environment().TABLE_NAME;
}

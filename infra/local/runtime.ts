import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { SQSClient } from '@aws-sdk/client-sqs';
import { documentClient } from '../../shared/store/client.ts';
import { buildWidget } from '../../widget/build.ts';
import { createDemoServer } from './demo-server.ts';
import { createGateway } from './gateway.ts';
import { loadIssuerKey, verifyToken } from './issuer.ts';
import { localNames, provisionQueues, provisionTable } from './provision.ts';
import { RoundTripCounter } from './round-trips.ts';
import {
  localCredentials,
  localRegion,
  type QueueEmulator,
  type Service,
  startDynamoDbLocal,
  startQueueEmulator,
} from './services.ts';
import { type StreamHandler, type StreamPoller, startStreamPoller } from './stream-poller.ts';

/**
 * The whole system on one machine: DynamoDB Local and the SQS emulator, the
 * table and queues made from the same declarations as in AWS, the gateway in
 * front of the real handlers, the stream poller feeding the relay, and the demo.
 */

export interface RuntimeOptions {
  /** API port; 0 picks a free one. */
  port?: number;
  demoPort?: number;
  /** Keep the data on disk under this folder instead of in memory. */
  persistDir?: string;
  /** Use services already running instead of starting them (tests share one pair). */
  dynamodbEndpoint?: string;
  sqsEndpoint?: string;
  /** Ports for the services this runtime starts; free ones by default. */
  dynamodbPort?: number;
  sqsPort?: number;
  tableName?: string;
  /** Names the queues `<prefix>approved-comments.fifo`, so runtimes can share one emulator. */
  queuePrefix?: string;
  /** Where issuer.json and secrets.json live. */
  localDir?: string;
  extraOrigins?: string[];
  /** Wraps the relay, for tests that inject failures. */
  wrapRelay?: (relay: StreamHandler) => StreamHandler;
  log?: (line: string) => void;
}

/** What `.local/runtime.json` holds, as API.md defines it. */
export interface RuntimeInfo {
  apiUrl: string;
  demoUrl: string;
  dynamodbEndpoint: string;
  tableName: string;
  sqsEndpoint: string;
  approvedQueueUrl: string;
}

export interface LocalRuntime extends RuntimeInfo {
  /** DynamoDB round trips per request, per route. */
  roundTrips: RoundTripCounter;
  deadLetterQueueUrl: string;
  issuerKeyFile: string;
  /** The local secrets, so tests and the demo can sign SSO tokens as a site would. */
  secrets: { authorTokenSecret: string; pseudonymSecret: string; cursorSecret: string };
  queueEmulator: QueueEmulator | undefined;
  poller: StreamPoller;
  stop(): Promise<void>;
}

export async function startLocalRuntime(options: RuntimeOptions = {}): Promise<LocalRuntime> {
  const log = options.log ?? (() => {});
  const localDir = resolve(options.localDir ?? '.local');
  mkdirSync(localDir, { recursive: true });
  const stoppers: (() => Promise<unknown>)[] = [];
  const stop = async () => {
    for (const stopOne of stoppers.reverse()) await stopOne().catch(() => {});
  };
  try {
    let dynamodbEndpoint = options.dynamodbEndpoint;
    if (!dynamodbEndpoint) {
      const dataDir = options.persistDir ? join(options.persistDir, 'dynamodb') : undefined;
      if (dataDir) mkdirSync(dataDir, { recursive: true });
      const dynamo: Service = await startDynamoDbLocal({ dataDir, port: options.dynamodbPort });
      stoppers.push(dynamo.stop);
      dynamodbEndpoint = dynamo.endpoint;
      log(`DynamoDB Local  ${dynamodbEndpoint}`);
    }
    let sqsEndpoint = options.sqsEndpoint;
    let queueEmulator: QueueEmulator | undefined;
    if (!sqsEndpoint) {
      const dataDir = options.persistDir ? join(options.persistDir, 'sqs') : undefined;
      queueEmulator = await startQueueEmulator({ dataDir, port: options.sqsPort });
      stoppers.push(queueEmulator.stop);
      sqsEndpoint = queueEmulator.endpoint;
      log(`SQS emulator    ${sqsEndpoint}`);
    }

    const tableName = options.tableName ?? localNames.table;
    const secrets = loadSecrets(join(localDir, 'secrets.json'));
    const aws = { region: localRegion, credentials: localCredentials };
    const dynamodb = new DynamoDBClient({ ...aws, endpoint: dynamodbEndpoint });
    const sqs = new SQSClient({ ...aws, endpoint: sqsEndpoint });
    const streamArn = await provisionTable(dynamodb, tableName);
    const queues = await provisionQueues(sqs, options.queuePrefix ?? '');
    dynamodb.destroy();
    sqs.destroy();

    // The handlers run in this process and read the same variables Lambda gives them.
    Object.assign(process.env, {
      AWS_REGION: localRegion,
      AWS_ACCESS_KEY_ID: localCredentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: localCredentials.secretAccessKey,
      AWS_ENDPOINT_URL_DYNAMODB: dynamodbEndpoint,
      AWS_ENDPOINT_URL_DYNAMODB_STREAMS: dynamodbEndpoint,
      AWS_ENDPOINT_URL_SQS: sqsEndpoint,
      TABLE_NAME: tableName,
      APPROVED_QUEUE_URL: queues.approvedQueueUrl,
      SECRETS_JSON: JSON.stringify(secrets),
      POWERTOOLS_LOG_LEVEL: process.env.POWERTOOLS_LOG_LEVEL ?? 'WARN',
      POWERTOOLS_METRICS_DISABLED: 'true',
    });

    const { handler: relay } = (await import('../../functions/publishing/relay.ts')) as {
      handler: StreamHandler;
    };
    const poller = startStreamPoller({
      client: new DynamoDBStreamsClient({ ...aws, endpoint: dynamodbEndpoint }),
      streamArn,
      handler: options.wrapRelay ? options.wrapRelay(relay) : relay,
      onError: (error) => log(`relay poller: ${(error as Error).message}`),
      checkpointFile: options.persistDir ? join(options.persistDir, 'stream-checkpoint.json') : undefined,
    });
    stoppers.push(poller.stop);

    await buildWidget();
    const demo = await listen(createDemoServer({ apiUrl: () => apiUrl }), options.demoPort ?? 0);
    stoppers.push(() => close(demo.server));
    const demoOrigin = `http://127.0.0.1:${demo.port}`;
    const issuerKeyFile = join(localDir, 'issuer.json');
    const issuerKey = loadIssuerKey(issuerKeyFile);
    const allowedOrigins = [demoOrigin, ...(options.extraOrigins ?? [])];
    const roundTrips = new RoundTripCounter();
    roundTrips.attach(documentClient());
    const gateway = await listen(
      createGateway({
        allowedOrigins,
        verifyToken: (token) => verifyToken(issuerKey, token),
        instrument: (routeId, invoke) => roundTrips.around(routeId, invoke),
      }),
      options.port ?? 0,
    );
    stoppers.push(() => close(gateway.server));
    const apiUrl = `http://127.0.0.1:${gateway.port}`;

    return {
      apiUrl,
      demoUrl: `${demoOrigin}/`,
      dynamodbEndpoint,
      tableName,
      sqsEndpoint,
      approvedQueueUrl: queues.approvedQueueUrl,
      deadLetterQueueUrl: queues.deadLetterQueueUrl,
      issuerKeyFile,
      secrets,
      queueEmulator,
      poller,
      roundTrips,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

function loadSecrets(file: string): LocalRuntime['secrets'] {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as LocalRuntime['secrets'];
  const key = () => randomBytes(32).toString('base64url');
  const secrets = { authorTokenSecret: key(), pseudonymSecret: key(), cursorSecret: key() };
  writeFileSync(file, JSON.stringify(secrets), { mode: 0o600 });
  return secrets;
}

function listen(server: Server, port: number): Promise<{ server: Server; port: number }> {
  return new Promise((resolvePort, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolvePort({ server, port: typeof address === 'object' && address ? address.port : port });
    });
  });
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolveClose) => server.close(() => resolveClose()));
}

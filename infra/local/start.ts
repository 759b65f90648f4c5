import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { seedDemo } from '../../widget/seed.ts';
import { type RuntimeInfo, startLocalRuntime } from './runtime.ts';

/**
 * `npm start`: the whole system on this machine. Prints where everything is,
 * writes `.local/runtime.json` once ready, and stops everything on Ctrl-C.
 */

const { values } = parseArgs({
  options: { persist: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
});
if (values.help) {
  console.log(`npm start [-- --persist]

Starts DynamoDB Local, the SQS emulator, the API on http://127.0.0.1:$PORT (default 3000) and the demo.
  --persist   keep data in .local/data between runs (default: in memory)
Environment: PORT, ALLOWED_ORIGINS (comma-separated extra CORS origins).`);
  process.exit(0);
}

const localDir = resolve('.local');
const runtimeFile = join(localDir, 'runtime.json');
mkdirSync(localDir, { recursive: true });
rmSync(runtimeFile, { force: true });

const runtime = await startLocalRuntime({
  port: Number(process.env.PORT ?? 3000),
  persistDir: values.persist ? join(localDir, 'data') : undefined,
  extraOrigins: (process.env.ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean),
  localDir,
  log: (line) => console.log(line),
});

// The demo story starts with a few comments; a --persist restart finds them already there.
await seedDemo(runtime.apiUrl).then(
  (count) => count > 0 && console.log(`Seeded          ${count} comments on the demo story`),
  (error: unknown) => console.log(`Seeding the demo story failed: ${(error as Error).message}`),
);

const info: RuntimeInfo = {
  apiUrl: runtime.apiUrl,
  demoUrl: runtime.demoUrl,
  dynamodbEndpoint: runtime.dynamodbEndpoint,
  tableName: runtime.tableName,
  sqsEndpoint: runtime.sqsEndpoint,
  approvedQueueUrl: runtime.approvedQueueUrl,
};
writeFileSync(runtimeFile, `${JSON.stringify(info, null, 2)}\n`);
console.log(`API             ${runtime.apiUrl}/v1
Demo story      ${runtime.demoUrl}
Moderation      ${runtime.demoUrl}moderate
Approved queue  ${runtime.approvedQueueUrl}
Runtime file    ${runtimeFile}
Moderator token npm run token -- --sub alice --groups moderators,admins
Ready. Ctrl-C stops everything.`);

let stopping = false;
const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping...`);
  await runtime.stop();
  rmSync(runtimeFile, { force: true });
  process.exit(0);
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

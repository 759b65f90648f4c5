import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { type AttributeValue, DynamoDBClient, QueryCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import {
  QueryCommand as DocumentQueryCommand,
  DynamoDBDocumentClient,
  PutCommand,
} from '@aws-sdk/lib-dynamodb';
import autocannon, { type AutocannonRequest, type AutocannonResult } from 'autocannon';
import { loadIssuerKey, mintToken } from '../infra/local/issuer.ts';
import { type LocalRuntime, startLocalRuntime } from '../infra/local/runtime.ts';
import { localCredentials, localRegion } from '../infra/local/services.ts';
import { publishedPk } from '../shared/store/keys.ts';
import {
  type ApiReport,
  type ApiRow,
  apiMarkdown,
  type HotArticleRow,
  type ItemSize,
  type Measure,
  ratioOf,
} from './lib/api-report.ts';
import { itemBytes } from './lib/item-size.ts';
import { machine } from './lib/machine.ts';
import { percentile, round, table } from './lib/stats.ts';
import { latencySvg } from './lib/svg.ts';

/**
 * `npm run bench:api`: the local runtime (in memory, port 0) under autocannon
 * on loopback, beside bare DynamoDB Local PutItem and Query calls from the same
 * process with the same connection counts, in one run. Then the DynamoDB round
 * trips per route, a comment storm on one article, and the sizes of the items
 * the run wrote. Writes docs/bench-api.json, docs/latency.svg and the tables
 * of docs/BENCHMARKS.md.
 *
 *   npm run bench:api                       # 6 s per point, about two minutes in all
 *   npm run bench:api -- --duration 3       # quicker, noisier
 *   npm run bench:api -- --render           # rebuild the SVG and the tables from the JSON only
 */

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '6' },
    render: { type: 'boolean', default: false },
  },
});
const docs = new URL('../docs/', import.meta.url);
const jsonFile = new URL('bench-api.json', docs);

if (args.render) {
  render(JSON.parse(readFileSync(jsonFile, 'utf8')) as ApiReport);
  process.exit(0);
}

const durationSeconds = Number(args.duration);
const connectionCounts = [1, 10, 50];
const seededComments = 200;
const pageLimit = 50;
const runId = Date.now().toString(36);
const readArticle = `bench-read-${runId}`;

const localDir = mkdtempSync(join(tmpdir(), 'bench-api-'));
const runtime = await startLocalRuntime({ port: 0, localDir });
const baselineClient = new DynamoDBClient({
  region: localRegion,
  credentials: localCredentials,
  endpoint: runtime.dynamodbEndpoint,
});
const baseline = DynamoDBDocumentClient.from(baselineClient, {
  marshallOptions: { removeUndefinedValues: true },
});

try {
  const report = await measure(runtime);
  writeFileSync(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
  render(report);
} finally {
  baselineClient.destroy();
  await runtime.stop();
  rmSync(localDir, { recursive: true, force: true });
}

async function measure(runtime: LocalRuntime): Promise<ApiReport> {
  const admin = mintToken(loadIssuerKey(runtime.issuerKeyFile), {
    sub: 'bench',
    groups: ['moderators', 'admins'],
  });
  let posted = 0;
  /** A new comment from a new reader (its own user agent, so its own rate windows). */
  const newComment = (articleId: string): AutocannonRequest => {
    const n = posted++;
    return {
      method: 'POST',
      path: `/v1/articles/${articleId}/comments`,
      headers: { 'content-type': 'application/json', 'user-agent': `bench-reader-${runId}-${n}` },
      body: JSON.stringify({
        body: `Comment ${n} of run ${runId}: the talks resume tomorrow, and the trains run again.`,
        authorName: `Reader ${n}`,
      }),
    };
  };

  process.stdout.write(`seeding ${seededComments} comments on ${readArticle} ... `);
  for (let i = 0; i < seededComments; i += 5) {
    await Promise.all(Array.from({ length: 5 }, () => send(runtime, newComment(readArticle), 201)));
  }
  console.log('done');

  // Warm the handlers (first import) and both clients before anything is timed.
  for (let i = 0; i < 20; i++) {
    await send(runtime, newComment(`bench-warm-${runId}`), 201);
    await send(
      runtime,
      { method: 'GET', path: `/v1/articles/${readArticle}/comments?limit=${pageLimit}` },
      200,
    );
    await putBaseline(-1 - i);
    await queryBaseline();
  }
  runtime.roundTrips.reset();

  const rows: ApiRow[] = [];
  for (const connections of connectionCounts) {
    // Comments spread over 1,000 articles: concurrent writers never share an
    // article's counters item here (the storm on one article is measured below).
    const post = await load(runtime, connections, () => newComment(`bench-post-${runId}-${posted % 1000}`));
    const put = await loop(connections, putBaseline);
    const get = await load(runtime, connections, () => ({
      method: 'GET',
      path: `/v1/articles/${readArticle}/comments?limit=${pageLimit}`,
    }));
    const query = await loop(connections, queryBaseline);
    rows.push(
      {
        route: 'POST',
        connections,
        api: post.measure,
        baseline: { operation: 'PutItem', ...put },
        ratio: ratioOf(post.measure, put),
      },
      {
        route: 'GET',
        connections,
        api: get.measure,
        baseline: { operation: 'Query', ...query },
        ratio: ratioOf(get.measure, query),
      },
    );
    console.log(`${connections} connections: POST ${post.measure.rps}/s, GET ${get.measure.rps}/s`);
  }

  // A few moderator decisions on held comments (the article holds everything).
  const reviewArticle = `bench-review-${runId}`;
  const moderator = { authorization: `Bearer ${admin}`, 'content-type': 'application/json' };
  await send(
    runtime,
    {
      method: 'PUT',
      path: `/v1/moderation/articles/${reviewArticle}`,
      headers: moderator,
      body: '{"mode":"pre"}',
    },
    200,
  );
  for (let i = 0; i < 10; i++) {
    const held = (await send(runtime, newComment(reviewArticle), 201)) as { comment: { id: string } };
    await send(
      runtime,
      {
        method: 'POST',
        path: `/v1/moderation/comments/${held.comment.id}/decision`,
        headers: moderator,
        body: '{"decision":"approve"}',
      },
      200,
    );
  }
  const roundTrips = runtime.roundTrips.summary();

  // A comment storm on one article: every POST's transaction updates the
  // article's counters item, so concurrent transactions conflict and retry.
  const hotArticle: HotArticleRow[] = [];
  for (const connections of [10, 50]) {
    runtime.roundTrips.reset();
    const hot = await load(runtime, connections, () => newComment(`bench-hot-${runId}-${connections}`));
    const summary = runtime.roundTrips.summary().PostComment;
    hotArticle.push({
      connections,
      api: hot.measure,
      statusCodes: hot.statusCodes,
      roundTrips: {
        mean: round(summary?.mean ?? 0),
        max: summary?.max ?? 0,
        transactions: summary?.commands.TransactWriteItemsCommand ?? 0,
        batchGets: summary?.commands.BatchGetItemCommand ?? 0,
      },
    });
    console.log(`hot article, ${connections} connections: ${hot.measure.rps}/s`);
  }

  const page = await measurePage(runtime);
  const itemSizes = await measureItems(runtime);
  return {
    command: `npm run bench:api -- --duration ${durationSeconds}`,
    machine: machine(),
    settings: { durationSeconds, seededComments, pageLimit },
    rows,
    roundTrips,
    hotArticle,
    itemSizes,
    page,
  };
}

/** autocannon against the local API; latencies of 2xx answers as it reports them (ms, float). */
async function load(
  runtime: LocalRuntime,
  connections: number,
  next: () => AutocannonRequest,
): Promise<{ measure: Measure; statusCodes: Record<string, number> }> {
  const latencies: number[] = [];
  const statusCodes: Record<string, number> = {};
  const result = await new Promise<AutocannonResult>((resolve, reject) => {
    const instance = autocannon(
      {
        url: runtime.apiUrl,
        connections,
        duration: durationSeconds,
        requests: [{ setupRequest: () => ({ headers: {}, ...next() }) }],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      statusCodes[status] = (statusCodes[status] ?? 0) + 1;
      if (status >= 200 && status < 300) latencies.push(ms);
    });
  });
  // autocannon stops sending at the deadline; let the requests it left in flight finish before the next run.
  await settle();
  return {
    measure: {
      p50: round(percentile(latencies, 50)),
      p99: round(percentile(latencies, 99)),
      rps: round(latencies.length / result.duration, 1),
      requests: latencies.length,
      errors: result.errors + result.timeouts + result.non2xx,
    },
    statusCodes,
  };
}

/** The baseline: `connections` concurrent callers, each awaiting one call after another. */
async function loop(connections: number, call: (n: number) => Promise<unknown>): Promise<Measure> {
  const latencies: number[] = [];
  let errors = 0;
  let n = 0;
  const start = performance.now();
  const end = start + durationSeconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const began = performance.now();
        try {
          await call(n++);
          latencies.push(performance.now() - began);
        } catch {
          errors++;
        }
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  await settle();
  return {
    p50: round(percentile(latencies, 50)),
    p99: round(percentile(latencies, 99)),
    rps: round(latencies.length / seconds, 1),
    requests: latencies.length,
    errors,
  };
}

/** A comment-sized item written the plain way, in a partition and index keys of its own. */
function putBaseline(n: number): Promise<unknown> {
  const now = new Date().toISOString();
  const id = `BASE${runId}${String(n).padStart(10, '0')}`.slice(0, 26);
  return baseline.send(
    new PutCommand({
      TableName: runtime.tableName,
      Item: {
        pk: `C#${id}-${n}`,
        sk: 'COMMENT',
        entity: 'comment',
        id,
        articleId: `bench-baseline-${runId}`,
        parentId: null,
        rootId: id,
        authorName: `Reader ${n}`,
        authorEmail: null,
        authorKey: 'c_0123456789abcdef0123456789abcdef',
        authorVerified: false,
        body: `Comment ${n} of run ${runId}: the talks resume tomorrow, and the trains run again.`,
        status: 'published',
        version: 1,
        createdAt: now,
        publishedAt: now,
        signals: [],
        reports: { count: 0, reasons: {} },
        decidedBy: null,
        decidedAt: null,
        queuePk: 'QUEUE#bench-baseline',
        articleQueuePk: `QUEUE#bench-baseline#${runId}`,
        queueSk: id,
        publishedPk: publishedPk(`bench-baseline-${runId}`),
        threadKey: `${id}`,
        threadKeyNewest: `${id}`,
      },
    }),
  );
}

/** The same Query the first page of GET makes: the counters item and `pageLimit` comments. */
function queryBaseline(): Promise<unknown> {
  return baseline.send(
    new DocumentQueryCommand({
      TableName: runtime.tableName,
      IndexName: 'publishedIndex',
      KeyConditionExpression: 'publishedPk = :pk',
      ExpressionAttributeValues: { ':pk': publishedPk(readArticle) },
      Limit: pageLimit + 1,
    }),
  );
}

/** A pause between runs, so one run's stragglers and the relay's catching up do not overlap the next. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 2000));
}

async function send(runtime: LocalRuntime, request: AutocannonRequest, expected: number): Promise<unknown> {
  const response = await fetch(`${runtime.apiUrl}${request.path}`, {
    method: request.method ?? 'GET',
    headers: request.headers ?? {},
    ...(request.body ? { body: request.body } : {}),
  });
  const text = await response.text();
  if (response.status !== expected) {
    throw new Error(`${request.method} ${request.path}: ${response.status} ${text.slice(0, 300)}`);
  }
  return text ? JSON.parse(text) : undefined;
}

async function measurePage(runtime: LocalRuntime): Promise<ApiReport['page']> {
  const response = await fetch(`${runtime.apiUrl}/v1/articles/${readArticle}/comments?limit=${pageLimit}`);
  const body = await response.text();
  const responseBytes = Buffer.byteLength(body);
  const { Items = [] } = await baselineClient.send(
    new QueryCommand({
      TableName: runtime.tableName,
      IndexName: 'publishedIndex',
      KeyConditionExpression: 'publishedPk = :pk',
      ExpressionAttributeValues: { ':pk': { S: publishedPk(readArticle) } },
      Limit: pageLimit + 1,
    }),
  );
  return {
    responseBytes,
    responseGzipBytes: gzipSync(body).byteLength,
    queryItems: Items.length,
    queryItemBytes: Items.reduce((sum, item) => sum + itemBytes(item), 0),
  };
}

/** Every item the run wrote, sized as DynamoDB bills it, by kind (a Scan: a benchmark, not a request path). */
async function measureItems(runtime: LocalRuntime): Promise<Record<string, ItemSize>> {
  const sizes = new Map<string, number[]>();
  let startKey: Record<string, AttributeValue> | undefined;
  do {
    const page = await baselineClient.send(
      new ScanCommand({ TableName: runtime.tableName, ExclusiveStartKey: startKey }),
    );
    for (const item of page.Items ?? []) {
      const pk = item.pk?.S ?? '';
      if (pk.startsWith('C#BASE')) continue;
      const kind = kindOf(pk, item.sk?.S ?? '', item.status?.S);
      const list = sizes.get(kind) ?? [];
      list.push(itemBytes(item));
      sizes.set(kind, list);
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  const result: Record<string, ItemSize> = {};
  for (const [kind, list] of [...sizes].sort(([a], [b]) => a.localeCompare(b))) {
    result[kind] = {
      count: list.length,
      meanBytes: Math.round(list.reduce((sum, bytes) => sum + bytes, 0) / list.length),
      maxBytes: Math.max(...list),
    };
  }
  return result;
}

function kindOf(pk: string, sk: string, status: string | undefined): string {
  if (sk === 'COMMENT') return `comment (${status ?? '?'})`;
  if (sk.startsWith('HISTORY#')) return 'history';
  if (sk.startsWith('REPORT#')) return 'report';
  if (sk === 'ARTICLE') return 'article counters';
  if (sk === 'AUTHOR') return 'author';
  if (sk === 'RATE') return 'rate window';
  if (sk === 'IDEMPOTENCY') return 'idempotency';
  if (sk === 'DUPLICATE') return 'duplicate marker';
  if (pk === 'POLICY') return 'policy';
  return `other (${sk})`;
}

function render(report: ApiReport): void {
  console.log(
    `\n${report.machine.cores} cores (${report.machine.cpuModel}), Node ${report.machine.node}, ${report.settings.durationSeconds} s per point, load average ${report.machine.loadAverage} at the end\n`,
  );
  console.log(
    table(
      [
        'route',
        'conns',
        'p50 ms',
        'p99 ms',
        'req/s',
        'err',
        'baseline',
        'p50 ms',
        'p99 ms',
        'req/s',
        'p50 x',
        'p99 x',
        'req/s x',
      ],
      report.rows.map((row) => [
        row.route,
        row.connections,
        row.api.p50,
        row.api.p99,
        row.api.rps,
        row.api.errors,
        row.baseline.operation,
        row.baseline.p50,
        row.baseline.p99,
        row.baseline.rps,
        row.ratio.p50,
        row.ratio.p99,
        row.ratio.rps,
      ]),
    ),
  );
  console.log('\nDynamoDB round trips per request');
  console.log(
    table(
      ['route', 'requests', 'min', 'max', 'mean', 'commands'],
      Object.entries(report.roundTrips).map(([route, summary]) => [
        route,
        summary.requests,
        summary.min,
        summary.max,
        round(summary.mean, 3),
        JSON.stringify(summary.commands),
      ]),
    ),
  );
  console.log('\nOne hot article (every POST to the same article)');
  console.log(
    table(
      ['conns', 'req/s', 'p50 ms', 'p99 ms', 'status codes', 'round trips mean', 'max'],
      report.hotArticle.map((hot) => [
        hot.connections,
        hot.api.rps,
        hot.api.p50,
        hot.api.p99,
        JSON.stringify(hot.statusCodes),
        hot.roundTrips.mean,
        hot.roundTrips.max,
      ]),
    ),
  );
  console.log('\nItem sizes (bytes, as DynamoDB bills them)');
  console.log(
    table(
      ['kind', 'items', 'mean', 'max'],
      Object.entries(report.itemSizes).map(([kind, size]) => [
        kind,
        size.count,
        size.meanBytes,
        size.maxBytes,
      ]),
    ),
  );
  writeFileSync(new URL('latency.svg', docs), latencySvg(report));
  const benchmarks = new URL('BENCHMARKS.md', docs);
  if (existsSync(benchmarks)) {
    const text = readFileSync(benchmarks, 'utf8');
    const start = '<!-- bench:api:start -->';
    const end = '<!-- bench:api:end -->';
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from >= 0 && to > from) {
      writeFileSync(
        benchmarks,
        `${text.slice(0, from + start.length)}\n${apiMarkdown(report)}\n${text.slice(to)}`,
      );
    }
  }
  console.log('\nwrote docs/bench-api.json, docs/latency.svg and the bench:api tables of docs/BENCHMARKS.md');
}

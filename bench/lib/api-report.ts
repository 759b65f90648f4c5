import type { Machine } from './machine.ts';
import { round } from './stats.ts';

/** What `npm run bench:api` measures; docs/bench-api.json holds one of these. */

export interface Measure {
  p50: number;
  p99: number;
  /** Successful requests per second over the run. */
  rps: number;
  requests: number;
  /** Failed requests: connection errors, timeouts and non-2xx answers. */
  errors: number;
}

export interface ApiRow {
  route: 'POST' | 'GET';
  connections: number;
  api: Measure;
  baseline: Measure & { operation: 'PutItem' | 'Query' };
  /** API over baseline: latency ratios above 1 are slower, an rps ratio below 1 is fewer. */
  ratio: { p50: number; p99: number; rps: number };
}

export interface HotArticleRow {
  connections: number;
  api: Measure;
  statusCodes: Record<string, number>;
  roundTrips: { mean: number; max: number; transactions: number; batchGets: number };
}

export interface RoundTripSummary {
  requests: number;
  min: number;
  max: number;
  mean: number;
  commands: Record<string, number>;
}

export interface ItemSize {
  count: number;
  meanBytes: number;
  maxBytes: number;
}

export interface ApiReport {
  command: string;
  machine: Machine;
  settings: { durationSeconds: number; seededComments: number; pageLimit: number };
  rows: ApiRow[];
  roundTrips: Record<string, RoundTripSummary>;
  hotArticle: HotArticleRow[];
  /** Item sizes by kind, as DynamoDB bills them (names plus values), from the items the run wrote. */
  itemSizes: Record<string, ItemSize>;
  /** A first page of `pageLimit` comments: the JSON body size and the Query's item bytes. */
  page: { responseBytes: number; responseGzipBytes?: number; queryItems: number; queryItemBytes: number };
}

export function ratioOf(api: Measure, baseline: Measure): ApiRow['ratio'] {
  return {
    p50: round(api.p50 / baseline.p50),
    p99: round(api.p99 / baseline.p99),
    rps: round(api.rps / baseline.rps),
  };
}

/** The Markdown table BENCHMARKS.md carries between its `bench:api` markers. */
export function apiMarkdown(report: ApiReport): string {
  const lines = [
    '| route | conns | API p50 ms | API p99 ms | API req/s | errors | baseline | base p50 ms | base p99 ms | base req/s | p50 × | p99 × | req/s × |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const row of report.rows) {
    lines.push(
      `| ${row.route} | ${row.connections} | ${row.api.p50} | ${row.api.p99} | ${row.api.rps} | ${row.api.errors} | ${row.baseline.operation} | ${row.baseline.p50} | ${row.baseline.p99} | ${row.baseline.rps} | ${row.ratio.p50} | ${row.ratio.p99} | ${row.ratio.rps} |`,
    );
  }
  lines.push(
    '',
    '| route (round trips per request) | requests | min | max | mean | commands |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
  );
  for (const [route, summary] of Object.entries(report.roundTrips)) {
    const commands = Object.entries(summary.commands)
      .map(([command, count]) => `${command.replace(/Command$/u, '')} ${count}`)
      .join(', ');
    lines.push(
      `| ${route} | ${summary.requests} | ${summary.min} | ${summary.max} | ${round(summary.mean, 3)} | ${commands} |`,
    );
  }
  lines.push(
    '',
    '| one hot article: conns | req/s | p50 ms | p99 ms | status codes | round trips mean | max | transactions per stored comment |',
    '| ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |',
  );
  for (const hot of report.hotArticle) {
    const codes = Object.entries(hot.statusCodes)
      .map(([code, count]) => `${code}: ${count}`)
      .join(', ');
    const stored = hot.statusCodes['201'] ?? 0;
    lines.push(
      `| ${hot.connections} | ${hot.api.rps} | ${hot.api.p50} | ${hot.api.p99} | ${codes} | ${hot.roundTrips.mean} | ${hot.roundTrips.max} | ${stored ? round(hot.roundTrips.transactions / stored) : '-'} |`,
    );
  }
  lines.push('', '| item kind | items | mean bytes | max bytes |', '| --- | ---: | ---: | ---: |');
  for (const [kind, size] of Object.entries(report.itemSizes)) {
    lines.push(`| ${kind} | ${size.count} | ${size.meanBytes} | ${size.maxBytes} |`);
  }
  lines.push(
    '',
    `A first page of ${report.settings.pageLimit}: ${report.page.responseBytes} bytes of JSON (${report.page.responseGzipBytes ?? '?'} gzipped); its Query read ${report.page.queryItems} index items of ${report.page.queryItemBytes} bytes in all.`,
  );
  return lines.join('\n');
}

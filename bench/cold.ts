import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { type BuildOptions, build } from 'esbuild';
import { builtinAliases, esmRequireBanner } from '../infra/constructs/comment-function.ts';
import { relay, routes } from '../infra/routes.ts';
import { machine } from './lib/machine.ts';
import { median, percentile, round, table } from './lib/stats.ts';

/**
 * `npm run bench:cold`: every function bundled as the CDK stack bundles it
 * (infra/constructs/comment-function.ts), its size, and its module
 * initialisation time on this Node: the median of fresh processes that each
 * time `await import(bundle)`. Beside them, in the same run and interleaved,
 * a baseline bundle of the same kind of stack written the plain way
 * (bench/baseline/handler.ts, NodejsFunction's default bundling). Target: every
 * request-path function initialises in at most 0.75 of the baseline's time.
 *
 *   npm run bench:cold                 # 15 fresh processes per bundle and setting
 *   npm run bench:cold -- --runs 30
 *   npm run bench:cold -- --only PostComment,ListComments
 */

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '15' },
    only: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const runs = Math.max(10, Number(args.runs));
const target = 0.75;
const root = fileURLToPath(new URL('../', import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'bench-cold-'));

/** What the stack sets in every function's environment (values are dummies: no network at init). */
const functionEnvironment = {
  TABLE_NAME: 'comments',
  SECRETS_JSON: JSON.stringify({
    authorTokenSecret: 'bench-author-token-secret-0123456789',
    pseudonymSecret: 'bench-pseudonym-secret-0123456789',
    cursorSecret: 'bench-cursor-secret-0123456789',
  }),
  APPROVED_QUEUE_URL: 'https://sqs.us-east-1.amazonaws.com/123456789012/approved-comments.fifo',
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  POWERTOOLS_SERVICE_NAME: 'comments',
  POWERTOOLS_METRICS_NAMESPACE: 'Comments',
};

/** The stack's bundling of every function (CommentFunction's `bundling` and NodejsFunction's fixed flags). */
const stackBundling: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  minify: true,
  sourcemap: true,
  sourcesContent: false,
  mainFields: ['module', 'main'],
  banner: { js: esmRequireBanner },
  alias: { ...builtinAliases },
  external: [],
};

/** NodejsFunction's defaults: CommonJS, no minify, no source map, the runtime's SDK left out. */
const defaultBundling: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node24',
  external: ['@aws-sdk/*'],
};

interface Bundle {
  id: string;
  kind: 'request path' | 'stream' | 'baseline';
  file: string;
  /** NODE_OPTIONS as deployed: none; the stack ships source maps without loading them at init. */
  nodeOptions: string;
  /** Where externals resolve (the baseline with the SDK left out finds it as the runtime's). */
  nodePath?: string;
  bytes: number;
  gzipBytes: number;
  mapBytes: number;
  inputs: Record<string, number>;
}

const only = args.only ? new Set(args.only.split(',')) : undefined;
const entries = [
  ...routes.map((route) => ({ id: route.id, handler: route.handler, kind: 'request path' as const })),
  { id: relay.id, handler: relay.handler, kind: 'stream' as const },
].filter((entry) => !only || only.has(entry.id));

try {
  const bundles: Bundle[] = [];
  for (const entry of entries) {
    bundles.push(
      await bundle(entry.id, entry.kind, join(root, entry.handler), stackBundling, 'index.mjs', ''),
    );
  }
  const baselineEntry = join(root, 'bench/baseline/handler.ts');
  const baseline = await bundle(
    'Baseline',
    'baseline',
    baselineEntry,
    { ...defaultBundling, external: [] },
    'index.js',
    '',
  );
  const baselineExternal = await bundle(
    'Baseline (SDK external)',
    'baseline',
    baselineEntry,
    defaultBundling,
    'index.js',
    '',
    join(root, 'node_modules'),
  );
  bundles.push(baseline, baselineExternal);

  // Interleaved rounds: each round starts every bundle once, so load from
  // other processes on this machine falls on all of them alike.
  const times = new Map<string, { deployed: number[]; withMaps: number[] }>(
    bundles.map((one) => [one.id, { deployed: [], withMaps: [] }]),
  );
  for (let round = 0; round < runs; round++) {
    for (const one of bundles) {
      const slot = times.get(one.id);
      slot?.deployed.push(initTime(one, one.nodeOptions));
      // For comparison: what loading the source maps at init would cost.
      if (one.kind !== 'baseline') slot?.withMaps.push(initTime(one, '--enable-source-maps'));
    }
    process.stdout.write(`\rround ${round + 1}/${runs}`);
  }
  process.stdout.write('\n');

  const baselineMs = median(times.get(baseline.id)?.deployed ?? []);
  const rows = bundles.map((one) => {
    const slot = times.get(one.id) ?? { deployed: [], withMaps: [] };
    const deployed = median(slot.deployed);
    const withMaps = slot.withMaps.length ? median(slot.withMaps) : deployed;
    const ratio = deployed / baselineMs;
    return {
      id: one.id,
      kind: one.kind,
      bytes: one.bytes,
      gzipBytes: one.gzipBytes,
      mapBytes: one.mapBytes,
      medianMs: round(deployed),
      p90Ms: round(percentile(slot.deployed, 90)),
      withSourceMapsMs: round(withMaps),
      ratio: round(ratio),
      verdict: one.kind === 'baseline' ? '' : ratio <= target ? 'PASS' : 'FAIL',
      largestInputs: Object.entries(one.inputs)
        .sort(([, a], [, b]) => b - a)
        .slice(0, 6)
        .map(([name, bytes]) => ({ name, bytes })),
    };
  });

  console.log(
    `\n${machine().cores} cores (${machine().cpuModel}), Node ${process.version}, median of ${runs} fresh processes each, load average ${machine().loadAverage}\n`,
  );
  console.log(
    table(
      [
        'function',
        'kind',
        'bytes',
        'gzip',
        'map',
        'init ms (median)',
        'p90',
        'with --enable-source-maps',
        'x baseline',
        `<= ${target}`,
      ],
      rows.map((row) => [
        row.id,
        row.kind,
        row.bytes,
        row.gzipBytes,
        row.mapBytes,
        row.medianMs,
        row.p90Ms,
        row.withSourceMapsMs,
        row.ratio,
        row.verdict,
      ]),
    ),
  );
  const failed = rows.filter((row) => row.kind === 'request path' && row.verdict === 'FAIL');
  console.log(
    failed.length === 0
      ? `\nPASS: every request-path function initialises in at most ${target} of the baseline's ${round(baselineMs)} ms`
      : `\nFAIL: ${failed.map((row) => row.id).join(', ')} above ${target} of the baseline's ${round(baselineMs)} ms`,
  );
  if (!only) {
    const report = {
      command: `npm run bench:cold -- --runs ${runs}`,
      machine: machine(),
      settings: { runs, target, functionEnvironment: Object.keys(functionEnvironment) },
      baselineMs: round(baselineMs),
      rows,
    };
    writeFileSync(
      new URL('../docs/bench-cold.json', import.meta.url),
      `${JSON.stringify(report, null, 2)}\n`,
    );
    replaceBetweenMarkers(
      new URL('../docs/BENCHMARKS.md', import.meta.url),
      'bench:cold',
      coldMarkdown(rows),
    );
    console.log('wrote docs/bench-cold.json and the bench:cold table of docs/BENCHMARKS.md');
  }
} finally {
  if (args.keep) console.log(`bundles kept in ${outDir}`);
  else rmSync(outDir, { recursive: true, force: true });
}

async function bundle(
  id: string,
  kind: Bundle['kind'],
  entry: string,
  options: BuildOptions,
  fileName: string,
  nodeOptions: string,
  nodePath?: string,
): Promise<Bundle> {
  const dir = join(outDir, id.replace(/\W+/gu, '-'));
  mkdirSync(dir, { recursive: true });
  const file = join(dir, fileName);
  const result = await build({
    ...options,
    entryPoints: [entry],
    outfile: file,
    metafile: true,
    logLevel: 'error',
  });
  const code = readFileSync(file);
  let mapBytes = 0;
  try {
    mapBytes = readFileSync(`${file}.map`).byteLength;
  } catch {
    mapBytes = 0;
  }
  // Bytes each package (or the project's own code) puts into the bundle.
  const inputs: Record<string, number> = {};
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [path, input] of Object.entries(output.inputs)) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/u.exec(path);
      const name = match?.[1] ?? 'project code';
      inputs[name] = (inputs[name] ?? 0) + input.bytesInOutput;
    }
  }
  return {
    id,
    kind,
    file,
    nodeOptions,
    ...(nodePath ? { nodePath } : {}),
    bytes: code.byteLength,
    gzipBytes: gzipSync(code).byteLength,
    mapBytes,
    inputs,
  };
}

/** One fresh Node process: the time `await import(bundle)` takes, as Lambda's init would run it. */
function initTime(one: Bundle, nodeOptions: string): number {
  const script =
    'const t0 = performance.now(); await import(process.argv[1]); process.stdout.write(String(performance.now() - t0));';
  const result = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', script, pathToFileURL(one.file).href],
    {
      cwd: outDir,
      env: {
        PATH: process.env.PATH ?? '',
        ...functionEnvironment,
        ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}),
        ...(one.nodePath ? { NODE_PATH: one.nodePath } : {}),
      },
      encoding: 'utf8',
      timeout: 30_000,
    },
  );
  const ms = Number(result.stdout);
  if (result.status !== 0 || !Number.isFinite(ms)) {
    throw new Error(`${one.id} failed to initialise: ${result.stderr || result.stdout}`);
  }
  return ms;
}

function coldMarkdown(
  rows: {
    id: string;
    kind: string;
    bytes: number;
    gzipBytes: number;
    mapBytes: number;
    medianMs: number;
    p90Ms: number;
    withSourceMapsMs: number;
    ratio: number;
    verdict: string;
  }[],
): string {
  const lines = [
    `| function | kind | bundle bytes | gzipped | .map bytes | init ms, median | p90 | with --enable-source-maps | × baseline | <= ${target} |`,
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const row of rows) {
    lines.push(
      `| ${row.id} | ${row.kind} | ${row.bytes} | ${row.gzipBytes} | ${row.mapBytes} | ${row.medianMs} | ${row.p90Ms} | ${row.withSourceMapsMs} | ${row.ratio} | ${row.verdict} |`,
    );
  }
  return lines.join('\n');
}

/** Rewrites what lies between `<!-- name:start -->` and `<!-- name:end -->`, if the file has them. */
function replaceBetweenMarkers(file: URL, name: string, content: string): void {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return;
  }
  const start = `<!-- ${name}:start -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(`<!-- ${name}:end -->`);
  if (from < 0 || to < from) return;
  writeFileSync(file, `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`);
}

import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * `npm start` as a developer meets it: it starts, writes runtime.json, serves
 * a comment end to end, and on SIGTERM (Ctrl-C sends SIGINT, handled alike)
 * leaves no process behind.
 */

const repo = resolve(import.meta.dirname, '../..');
const workdir = mkdtempSync(join(tmpdir(), 'npm-start-'));
let child: ChildProcess | undefined;

afterAll(() => {
  if (child?.exitCode === null) child.kill('SIGKILL');
});

async function waitFor<T>(what: () => string, probe: () => T | undefined, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what()}`);
    await new Promise((resolveWait) => setTimeout(resolveWait, 200));
  }
}

/** Processes whose command line mentions the port, DynamoDB Local's java among them. */
function processesOn(port: string): string[] {
  const lines = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' }).split('\n');
  return lines.filter((line) => line.includes(`-port ${port}`));
}

describe('npm start', () => {
  it('serves the API, writes runtime.json, and stops every child on SIGTERM', async () => {
    let output = '';
    const tsx = pathToFileURL(join(repo, 'node_modules/tsx/dist/loader.mjs')).href;
    child = spawn(process.execPath, ['--import', tsx, join(repo, 'infra/local/start.ts')], {
      cwd: workdir,
      env: { ...process.env, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const runtimeFile = join(workdir, '.local/runtime.json');
    await waitFor(
      () => `runtime.json (output so far: ${output})`,
      () => (existsSync(runtimeFile) ? true : undefined),
    );
    const info = JSON.parse(readFileSync(runtimeFile, 'utf8'));
    expect(Object.keys(info).sort()).toEqual(
      ['apiUrl', 'approvedQueueUrl', 'demoUrl', 'dynamodbEndpoint', 'sqsEndpoint', 'tableName'].sort(),
    );
    expect(output).toContain(info.apiUrl);

    const posted = await fetch(`${info.apiUrl}/v1/articles/npm-start-check/comments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ body: 'Hello from the quick start.', authorName: 'Tester' }),
    });
    expect(posted.status).toBe(201);
    const listed = (await (await fetch(`${info.apiUrl}/v1/articles/npm-start-check/comments`)).json()) as {
      items: { body: string }[];
    };
    expect(listed.items.map((item) => item.body)).toContain('Hello from the quick start.');

    const dynamodbPort = new URL(info.dynamodbEndpoint).port;
    expect(processesOn(dynamodbPort)).toHaveLength(1);
    const exited = new Promise<number | null>((resolveExit) =>
      child?.once('exit', (code) => resolveExit(code)),
    );
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    await waitFor(
      () => 'DynamoDB Local to exit',
      () => (processesOn(dynamodbPort).length === 0 ? true : undefined),
      10_000,
    );
    expect(existsSync(runtimeFile)).toBe(false);
    await expect(fetch(`${info.apiUrl}/v1/articles/x/comments`)).rejects.toThrow();
  }, 120_000);
});

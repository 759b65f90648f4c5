/**
 * `npm run moderate -- FILE.jsonl [--policy FILE.json]`: runs the engine over one comment
 * a line and prints one verdict a line, in the same order. The only file in
 * `shared/moderation` that does I/O; it needs no running services.
 */
import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { defaultPolicy, type ModerationContext, moderate, type Policy, policySchema } from './index.ts';

const help = `Usage: npm run moderate -- FILE.jsonl [--policy POLICY.json]

Reads one comment a line, {"body": string, "authorName"?: string, "authorEmail"?: string}
(other fields are ignored; blank lines are skipped), and prints one verdict a line, in the
same order: {"decision": "publish"|"hold"|"reject", "signals": [{"rule","action","detail"}]}.

Context: article mode "auto", an anonymous unverified author with no history, no duplicate.
Policy: the default policy, or POLICY.json parsed with the policy schema (missing fields
take their defaults).

Errors: a line that is not valid JSON or not a comment stops the run: the verdicts of the
lines before it are printed, an error naming the line number goes to stderr, and the exit
status is 1. A bad policy file or a missing FILE also exits with status 1.`;

const commentLine = z.object({
  body: z.string(),
  authorName: z.optional(z.string()),
  authorEmail: z.optional(z.string()),
});

const context: ModerationContext = {
  mode: 'auto',
  author: { verified: false, publishedCount: 0, rejectedCount: 0, banned: false },
  recentDuplicate: false,
};

class CliError extends Error {}

function parseArgs(argv: readonly string[]): { file: string; policyFile: string | undefined } {
  let file: string | undefined;
  let policyFile: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      console.log(help);
      process.exit(0);
    } else if (arg === '--policy') {
      policyFile = argv[++i];
      if (policyFile === undefined) throw new CliError('--policy needs a file');
    } else if (arg.startsWith('-')) throw new CliError(`unknown option ${arg}`);
    else if (file === undefined) file = arg;
    else throw new CliError(`unexpected argument ${arg}`);
  }
  if (file === undefined) throw new CliError('give a JSONL file of comments (see --help)');
  return { file, policyFile };
}

function loadPolicy(path: string | undefined): Policy {
  if (path === undefined) return defaultPolicy;
  const parsed = policySchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new CliError(`policy ${path}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

function run(): void {
  const { file, policyFile } = parseArgs(process.argv.slice(2));
  const policy = loadPolicy(policyFile);
  const lines = readFileSync(file, 'utf8').split('\n');
  const out: string[] = [];
  try {
    lines.forEach((line, index) => {
      if (line.trim() === '') return;
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch (cause) {
        throw new CliError(`${file}:${index + 1}: not valid JSON (${(cause as Error).message})`);
      }
      const comment = commentLine.safeParse(json);
      if (!comment.success) {
        throw new CliError(`${file}:${index + 1}: not a comment: ${z.prettifyError(comment.error)}`);
      }
      out.push(JSON.stringify(moderate(comment.data, context, policy)));
    });
  } finally {
    if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
  }
}

try {
  run();
} catch (error) {
  console.error(`moderate: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

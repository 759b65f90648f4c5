import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * Bundles the widget (`leave-a-comment.js`, one classic <script> tag) and the
 * moderation page's script (`moderate.js`) into widget/dist, minified IIFEs
 * with no dependencies. Files are replaced atomically and only when they
 * change, because several local runtimes (parallel test files) build and
 * serve the same folder at once.
 */

const here = import.meta.dirname;

export async function buildWidget(options: { outdir?: string } = {}): Promise<string> {
  const outdir = resolve(options.outdir ?? join(here, 'dist'));
  const result = await build({
    entryPoints: {
      'leave-a-comment': join(here, 'src/leave-a-comment.ts'),
      moderate: join(here, 'src/moderate.ts'),
    },
    outdir,
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2022', 'chrome100', 'firefox100', 'safari15.4'],
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
  });
  mkdirSync(outdir, { recursive: true });
  for (const file of result.outputFiles) writeIfChanged(file.path, file.contents);
  return join(outdir, 'leave-a-comment.js');
}

function writeIfChanged(path: string, contents: Uint8Array): void {
  if (existsSync(path) && readFileSync(path).equals(contents)) return;
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(await buildWidget());
}

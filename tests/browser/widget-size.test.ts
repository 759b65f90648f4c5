import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { buildWidget } from '../../widget/build.ts';

const outdir = mkdtempSync(join(tmpdir(), 'widget-build-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('the widget bundle', () => {
  it('is one script of at most 15 KB gzipped', async () => {
    const file = await buildWidget({ outdir });
    expect(file).toBe(join(outdir, 'leave-a-comment.js'));
    const script = readFileSync(file);
    const gzipped = gzipSync(script, { level: 9 }).length;
    expect(gzipped).toBeLessThanOrEqual(15 * 1024);
    // A classic script: no module syntax, so one plain <script src> loads it.
    expect(script.toString('utf8')).not.toMatch(/^\s*(import|export)\s/mu);
  });
});

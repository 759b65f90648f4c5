import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

/**
 * Serves the demo story page, the moderation page and the widget script on
 * their own origin, so the browser calls the API cross-origin exactly as a
 * news site's page does. `%API_URL%` in the HTML becomes the local API's URL.
 */

const root = resolve(import.meta.dirname, '../../widget');
const folders = [join(root, 'public'), join(root, 'dist')];
const pages: Record<string, string> = { '/': 'index.html', '/moderate': 'moderate.html' };
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

export function createDemoServer(options: { apiUrl: () => string }): Server {
  return createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const file = findFile(pages[path] ?? path);
    if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    let body = readFileSync(file);
    if (type.startsWith('text/html'))
      body = Buffer.from(body.toString('utf8').replaceAll('%API_URL%', options.apiUrl()));
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  });
}

function findFile(requested: string): string | undefined {
  const relative = normalize(requested).replace(/^([/\\])+/u, '');
  if (relative.startsWith('..')) return undefined;
  for (const folder of folders) {
    const candidate = join(folder, relative);
    if (candidate.startsWith(folder) && existsSync(candidate) && !candidate.endsWith('/')) return candidate;
  }
  return undefined;
}

import { etagOf, matchesIfNoneMatch } from '../../adapters/http/caching.ts';
import { openApiDocument } from '../../adapters/http/openapi.ts';
import { route } from '../../adapters/http/route.ts';

let etag: string | undefined;

export const handler = route({ access: 'public' }, async ({ headers }) => {
  // Built at the first request, not at cold start, and kept while the function is warm.
  const document = openApiDocument();
  etag ??= etagOf(document);
  const cache = { etag, 'cache-control': 'public, max-age=300' };
  if (matchesIfNoneMatch(headers['if-none-match'], etag)) return { status: 304, headers: cache };
  return { status: 200, body: document, headers: cache };
});

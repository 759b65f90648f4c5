import { cacheableReply, etagOf } from '../../adapters/http/caching.ts';
import { openApiDocument } from '../../adapters/http/openapi.ts';
import { route } from '../../adapters/http/route.ts';

let etag: string | undefined;

export const handler = route({ access: 'public' }, async ({ headers }) => {
  // Built at the first request, not at cold start, and kept while the function is warm.
  const document = openApiDocument();
  etag ??= etagOf(document);
  return cacheableReply(document, headers['if-none-match'], 'public, max-age=300', etag);
});

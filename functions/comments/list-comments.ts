import { cacheableReply } from '../../adapters/http/caching.ts';
import { route } from '../../adapters/http/route.ts';
import { listComments } from '../../shared/comments/list-comments.ts';
import { articlePath, listCommentsQuery } from '../../shared/comments/schemas.ts';

const cacheControl = 'public, max-age=5, stale-while-revalidate=30';

export const handler = route(
  { access: 'public', query: listCommentsQuery, path: articlePath },
  async ({ query, path, headers }) => {
    const page = await listComments({ articleId: path.articleId, ...query });
    return cacheableReply(page, headers['if-none-match'], cacheControl);
  },
);

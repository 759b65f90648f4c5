import { route } from '../../adapters/http/route.ts';
import { articleIdPath, articleSettingsBody } from '../../shared/review/schemas.ts';
import { setArticle } from '../../shared/review/settings.ts';

export const handler = route(
  { access: 'moderators', path: articleIdPath, body: articleSettingsBody },
  async ({ path, body }) => ({ status: 200, body: { article: await setArticle(path.articleId, body) } }),
);

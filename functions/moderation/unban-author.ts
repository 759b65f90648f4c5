import { route } from '../../adapters/http/route.ts';
import { authorKeyPath } from '../../shared/review/schemas.ts';
import { unbanAuthor } from '../../shared/review/settings.ts';

export const handler = route({ access: 'moderators', path: authorKeyPath }, async ({ path, caller }) => ({
  status: 200,
  body: { author: await unbanAuthor(path.authorKey, caller?.sub ?? 'unknown') },
}));

import { route } from '../../adapters/http/route.ts';
import { authorKeyPath, banBody } from '../../shared/review/schemas.ts';
import { banAuthor } from '../../shared/review/settings.ts';

export const handler = route(
  { access: 'moderators', path: authorKeyPath, body: banBody, bodyOptional: true },
  async ({ path, body, caller }) => ({
    status: 200,
    body: {
      author: await banAuthor({ ...body, authorKey: path.authorKey, moderator: caller?.sub ?? 'unknown' }),
    },
  }),
);

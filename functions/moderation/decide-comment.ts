import { route } from '../../adapters/http/route.ts';
import { decide } from '../../shared/review/decide.ts';
import { commentIdPath, decisionBody } from '../../shared/review/schemas.ts';

export const handler = route(
  { access: 'moderators', path: commentIdPath, body: decisionBody },
  async ({ path, body, caller }) => ({
    status: 200,
    body: {
      comment: await decide({ ...body, commentId: path.commentId, moderator: caller?.sub ?? 'unknown' }),
    },
  }),
);

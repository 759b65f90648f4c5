import { route } from '../../adapters/http/route.ts';
import { reviewComment } from '../../shared/review/queue.ts';
import { commentIdPath } from '../../shared/review/schemas.ts';

export const handler = route({ access: 'moderators', path: commentIdPath }, async ({ path }) => ({
  status: 200,
  body: { comment: await reviewComment(path.commentId) },
  headers: { 'cache-control': 'no-store' },
}));

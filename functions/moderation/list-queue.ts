import { route } from '../../adapters/http/route.ts';
import { listQueue } from '../../shared/review/queue.ts';
import { queueQuery } from '../../shared/review/schemas.ts';

export const handler = route({ access: 'moderators', query: queueQuery }, async ({ query }) => ({
  status: 200,
  body: await listQueue(query),
  headers: { 'cache-control': 'no-store' },
}));

import { route } from '../../adapters/http/route.ts';
import { decideMany } from '../../shared/review/decide.ts';
import { bulkDecisionsBody } from '../../shared/review/schemas.ts';

export const handler = route({ access: 'moderators', body: bulkDecisionsBody }, async ({ body, caller }) => ({
  status: 200,
  body: {
    results: await decideMany(
      body.decisions.map((item) => ({ ...item, moderator: caller?.sub ?? 'unknown' })),
    ),
  },
}));

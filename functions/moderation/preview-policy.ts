import { route } from '../../adapters/http/route.ts';
import { previewPolicy } from '../../shared/review/preview.ts';
import { previewBody } from '../../shared/review/schemas.ts';

export const handler = route({ access: 'moderators', body: previewBody }, async ({ body }) => ({
  status: 200,
  body: await previewPolicy(body),
}));

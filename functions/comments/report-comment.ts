import { route } from '../../adapters/http/route.ts';
import { reportComment } from '../../shared/comments/report-comment.ts';
import { reportBody, reportPath } from '../../shared/comments/schemas.ts';

export const handler = route(
  { access: 'public', body: reportBody, path: reportPath },
  async ({ body, path, client }) => ({
    status: 202,
    body: await reportComment({ commentId: path.commentId, input: body, client }),
  }),
);

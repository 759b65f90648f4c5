import { route } from '../../adapters/http/route.ts';
import { postComment } from '../../shared/comments/post-comment.ts';
import { articlePath, postCommentBody } from '../../shared/comments/schemas.ts';

export const handler = route(
  { access: 'public', body: postCommentBody, path: articlePath },
  async ({ body, path, client }) => {
    const posted = await postComment({ articleId: path.articleId, input: body, client });
    const location = `/v1/articles/${path.articleId}/comments/${posted.comment.id}`;
    return { status: 201, body: posted, headers: { location } };
  },
);

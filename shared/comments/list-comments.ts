import { type PublicComment, toPublicComment } from '../comment.ts';
import { readCursor, signCursor } from '../cursor.ts';
import { secrets } from '../secrets.ts';
import { queryPublished } from '../store/listing.ts';

export interface ListCommentsRequest {
  articleId: string;
  limit: number;
  order: 'oldest' | 'newest';
  cursor?: string | undefined;
}

export interface CommentPage {
  items: PublicComment[];
  nextCursor: string | null;
  total: number;
}

interface CursorState {
  key: Record<string, unknown>;
  total: number;
}

/**
 * A page of an article's published comments, threads in order. `total` is read
 * with the first page and carried in the cursor, so every page is one Query.
 */
export async function listComments(request: ListCommentsRequest): Promise<CommentPage> {
  const { cursorSecret } = await secrets();
  const scope = `published\u0000${request.articleId}\u0000${request.order}`;
  const state = request.cursor ? readCursor<CursorState>(request.cursor, scope, cursorSecret) : undefined;
  const page = await queryPublished(request.articleId, request.order, request.limit, state?.key);
  const total = state?.total ?? page.publishedCount ?? 0;
  return {
    items: page.comments.map(toPublicComment),
    nextCursor: page.lastKey ? signCursor({ key: page.lastKey, total }, scope, cursorSecret) : null,
    total,
  };
}

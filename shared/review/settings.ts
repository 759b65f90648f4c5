import type { ArticleMode } from '../moderation/index.ts';
import { type Ban, updateArticleSettings, writeBan } from '../store/review.ts';

/** Opens or closes an article's comments, or sets how they are moderated. */
export async function setArticle(
  articleId: string,
  settings: { open?: boolean | undefined; mode?: ArticleMode | undefined },
) {
  const article = await updateArticleSettings(articleId, settings);
  return { articleId: article.articleId, open: article.open, mode: article.mode };
}

/**
 * Bans an author: their new comments are stored rejected while they are told
 * "pending". A ban with `until` ends by itself.
 */
export async function banAuthor(request: {
  authorKey: string;
  until?: string | undefined;
  reason?: string | undefined;
  moderator: string;
}): Promise<Omit<Ban, 'by' | 'at'>> {
  const ban: Ban = {
    authorKey: request.authorKey,
    banned: true,
    bannedUntil: request.until ? new Date(request.until).toISOString() : null,
    reason: request.reason ?? null,
    by: request.moderator,
    at: new Date().toISOString(),
  };
  await writeBan(ban);
  return { authorKey: ban.authorKey, banned: true, bannedUntil: ban.bannedUntil, reason: ban.reason };
}

export async function unbanAuthor(authorKey: string, moderator: string): Promise<Omit<Ban, 'by' | 'at'>> {
  await writeBan({
    authorKey,
    banned: false,
    bannedUntil: null,
    reason: null,
    by: moderator,
    at: new Date().toISOString(),
  });
  return { authorKey, banned: false, bannedUntil: null, reason: null };
}

import * as z from 'zod/mini';
import { commentStatuses, reportReasons } from '../comment.ts';
import { cleanText, codePointLength } from '../text.ts';

/**
 * The request and response shapes of the public comment routes. Handlers
 * validate with them and the OpenAPI document is generated from them.
 */

/** Text cleaned as the contract says, then measured in code points. */
function text(min: number, max: number) {
  return z.pipe(
    z.string({ error: 'must be a string' }),
    z.transform(cleanText).check(
      z.refine((value) => codePointLength(value) >= min && codePointLength(value) <= max, {
        error: min === 1 ? `must be 1 to ${max} characters` : `must be ${min} to ${max} characters`,
      }),
    ),
  );
}

export const articleIdSchema = z
  .string()
  .check(z.regex(/^[A-Za-z0-9._~-]{1,128}$/u, { error: 'must be 1 to 128 of A-Z a-z 0-9 . _ ~ -' }));

export const commentIdSchema = z
  .string()
  .check(z.regex(/^[0-9A-HJKMNP-TV-Z]{26}$/u, { error: 'must be a ULID' }));

export const postCommentBody = z
  .strictObject({
    body: text(1, 5000),
    authorName: z.optional(text(1, 60)),
    authorEmail: z.optional(
      z
        .string({ error: 'must be a string' })
        .check(
          z.maxLength(254, { error: 'must be at most 254 characters' }),
          z.email({ error: 'must be a valid email address' }),
        ),
    ),
    authorToken: z.optional(z.string({ error: 'must be a string' }).check(z.maxLength(4096))),
    parentId: z.optional(commentIdSchema),
    clientToken: z.optional(
      z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/u, { error: 'must be 8 to 64 of A-Z a-z 0-9 _ -' })),
    ),
    website: z.optional(z.string({ error: 'must be a string' }).check(z.maxLength(2048))),
  })
  .check(
    z.refine((input) => input.authorName !== undefined || input.authorToken !== undefined, {
      error: 'authorName is required unless authorToken is given',
      path: ['authorName'],
    }),
  );

export type PostCommentInput = z.infer<typeof postCommentBody>;

export const listCommentsQuery = z.strictObject({
  limit: z._default(
    z.pipe(
      z.string().check(z.regex(/^\d{1,3}$/u, { error: 'must be a whole number from 1 to 100' })),
      z
        .transform(Number)
        .check(z.gte(1, { error: 'must be at least 1' }), z.lte(100, { error: 'must be at most 100' })),
    ),
    50,
  ),
  order: z._default(z.enum(['oldest', 'newest'], { error: 'must be oldest or newest' }), 'oldest'),
  cursor: z.optional(z.string().check(z.maxLength(2048))),
});

export const reportBody = z.strictObject({
  reason: z.enum(reportReasons, { error: `must be one of ${reportReasons.join(', ')}` }),
  note: z.optional(text(0, 500)),
});

export type ReportInput = z.infer<typeof reportBody>;

export const articlePath = z.object({ articleId: articleIdSchema });
export const reportPath = z.object({ commentId: commentIdSchema });

/** What `202` to a report says; the same whether or not this reporter was already counted. */
export const acceptedReportSchema = z.object({
  report: z.object({ commentId: z.string(), reason: z.enum(reportReasons) }),
});

/** ISO 8601 UTC with milliseconds, as every timestamp of the API. */
export const timestampSchema = z.string();

export const publicCommentSchema = z.object({
  id: z.string(),
  articleId: z.string(),
  parentId: z.nullable(z.string()),
  rootId: z.string(),
  authorName: z.string(),
  body: z.string(),
  createdAt: timestampSchema,
  publishedAt: z.nullable(timestampSchema),
  edited: z.boolean(),
});

export const postedCommentSchema = z.object({
  comment: z.extend(publicCommentSchema, { status: z.enum(['published', 'pending']) }),
});

export const commentPageSchema = z.object({
  items: z.array(publicCommentSchema),
  nextCursor: z.nullable(z.string()),
  total: z.number(),
});

export const commentStatusSchema = z.enum(commentStatuses);

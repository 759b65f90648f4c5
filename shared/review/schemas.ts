import * as z from 'zod/mini';
import { commentStatuses } from '../comment.ts';
import { articleIdSchema, commentIdSchema } from '../comments/schemas.ts';
import { policySchema } from '../moderation/policy.ts';
import { cleanText } from '../text.ts';

/** Request shapes of the moderator routes; the OpenAPI document is generated from them too. */

const limit = z._default(
  z.pipe(
    z.string().check(z.regex(/^\d{1,3}$/u, { error: 'must be a whole number from 1 to 100' })),
    z
      .transform(Number)
      .check(z.gte(1, { error: 'must be at least 1' }), z.lte(100, { error: 'must be at most 100' })),
  ),
  50,
);

const reason = z.optional(
  z.pipe(
    z
      .string({ error: 'must be a string' })
      .check(z.maxLength(500, { error: 'must be at most 500 characters' })),
    z.transform(cleanText),
  ),
);

export const queueQuery = z.strictObject({
  status: z._default(
    z.enum(commentStatuses, { error: `must be one of ${commentStatuses.join(', ')}` }),
    'pending',
  ),
  articleId: z.optional(articleIdSchema),
  limit,
  cursor: z.optional(z.string().check(z.maxLength(2048))),
});

export const decisions = ['approve', 'reject'] as const;

const decisionFields = {
  decision: z.enum(decisions, { error: 'must be approve or reject' }),
  reason,
  expectedVersion: z.optional(
    z.int({ error: 'must be a whole number' }).check(z.gte(1, { error: 'must be at least 1' })),
  ),
};

export const decisionBody = z.strictObject(decisionFields);
export type DecisionInput = z.infer<typeof decisionBody>;

export const bulkDecisionsBody = z.strictObject({
  decisions: z
    .array(z.strictObject({ commentId: commentIdSchema, ...decisionFields }))
    .check(
      z.minLength(1, { error: 'must hold at least one decision' }),
      z.maxLength(100, { error: 'must hold at most 100 decisions' }),
    ),
});

export const articleSettingsBody = z
  .strictObject({
    open: z.optional(z.boolean({ error: 'must be true or false' })),
    mode: z.optional(z.enum(['pre', 'auto', 'post'], { error: 'must be pre, auto or post' })),
  })
  .check(
    z.refine((body) => body.open !== undefined || body.mode !== undefined, {
      error: 'give open, mode or both',
    }),
  );

export const authorKeySchema = z
  .string()
  .check(z.regex(/^[av]_[A-Za-z0-9_-]{22}$/u, { error: 'must be an author key' }));

export const banBody = z.strictObject({
  until: z.optional(z.iso.datetime({ error: 'must be an ISO 8601 UTC timestamp' })),
  reason,
});

export const commentIdPath = z.object({ commentId: commentIdSchema });
export const articleIdPath = z.object({ articleId: articleIdSchema });
export const authorKeyPath = z.object({ authorKey: authorKeySchema });

export const previewBody = z
  .strictObject({
    policy: policySchema,
    comments: z.optional(
      z
        .array(
          z.strictObject({
            body: z.string({ error: 'must be a string' }).check(z.maxLength(20_000)),
            authorName: z.optional(z.string().check(z.maxLength(200))),
            authorEmail: z.optional(z.string().check(z.maxLength(254))),
          }),
        )
        .check(z.minLength(1), z.maxLength(100, { error: 'must hold at most 100 comments' })),
    ),
    articleId: z.optional(articleIdSchema),
    limit: z.optional(z.int().check(z.gte(1), z.lte(100))),
  })
  .check(
    z.refine((body) => (body.comments === undefined) !== (body.articleId === undefined), {
      error: 'give either comments or articleId',
    }),
  );

export type PreviewInput = z.infer<typeof previewBody>;

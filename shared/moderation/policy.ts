import * as z from 'zod/mini';

/**
 * The moderation policy of API.md as a schema with defaults. Parsing `{}` gives
 * the default policy; every field a site leaves out takes its default.
 */

const domain = z.string().check(z.minLength(1), z.maxLength(253));
const term = z.string().check(z.minLength(1), z.maxLength(100));

export const builtInLists = ['en', 'uk', 'ru'] as const;

export const policySchema = z.strictObject({
  anonymous: z._default(z.enum(['allow', 'hold', 'deny']), 'allow'),
  bannedTerms: z._default(
    z.strictObject({
      lists: z._default(z.array(z.enum(builtInLists)), ['en', 'uk', 'ru']),
      extra: z._default(z.array(term).check(z.maxLength(5000)), []),
      allow: z._default(z.array(term).check(z.maxLength(5000)), []),
    }),
    { lists: ['en', 'uk', 'ru'], extra: [], allow: [] },
  ),
  suspectTerms: z._default(
    z.strictObject({
      lists: z._default(z.array(z.enum(builtInLists)), []),
      extra: z._default(z.array(term).check(z.maxLength(5000)), []),
    }),
    { lists: [], extra: [] },
  ),
  maxLinks: z._default(z.int().check(z.minimum(0), z.maximum(100)), 2),
  blockedDomains: z._default(z.array(domain).check(z.maxLength(5000)), []),
  allowedDomains: z._default(z.array(domain).check(z.maxLength(5000)), []),
  newAuthorHold: z._default(z.int().check(z.minimum(0), z.maximum(1000)), 0),
  reportThreshold: z._default(z.int().check(z.minimum(1), z.maximum(1000)), 3),
  rateLimits: z._default(
    z.strictObject({
      perClientPerMinute: z._default(z.int().check(z.minimum(1), z.maximum(10_000)), 5),
      perClientPerHour: z._default(z.int().check(z.minimum(1), z.maximum(100_000)), 60),
    }),
    { perClientPerMinute: 5, perClientPerHour: 60 },
  ),
  editWindowSeconds: z._default(z.int().check(z.minimum(0), z.maximum(86_400)), 0),
});

export type Policy = z.infer<typeof policySchema>;

/** The policy every site starts with. */
export const defaultPolicy: Policy = policySchema.parse({});

/**
 * The moderation engine's public face: everything outside `shared/moderation`
 * imports from here and nowhere deeper.
 */
export { duplicateFingerprint, fixableRules, moderate } from './engine.ts';
export { defaultPolicy, type Policy, policySchema } from './policy.ts';
export type { ArticleMode, CommentText, Decision, ModerationContext, Signal, Verdict } from './types.ts';

/**
 * The moderation engine's public face: everything outside `shared/moderation`
 * imports from here, except code that needs only the policy's schema: it
 * imports `policy.ts` directly, so that functions which never moderate do not
 * load the engine, its term lists and its link libraries at cold start.
 */
export { duplicateFingerprint, fixableRules, moderate } from './engine.ts';
export { defaultPolicy, type Policy, policySchema } from './policy.ts';
export type { ArticleMode, CommentText, Decision, ModerationContext, Signal, Verdict } from './types.ts';

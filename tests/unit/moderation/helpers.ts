import {
  defaultPolicy,
  type ModerationContext,
  moderate,
  type Policy,
  policySchema,
  type Verdict,
} from '../../../shared/moderation/index.ts';

/** The CLI's context: auto mode, an anonymous author with no history. */
export const anonymous: ModerationContext = {
  mode: 'auto',
  author: { verified: false, publishedCount: 0, rejectedCount: 0, banned: false },
  recentDuplicate: false,
};

/** Moderates `body` with the default policy (or `policy`) and the anonymous context. */
export function verdict(body: string, policy: Policy = defaultPolicy, context = anonymous): Verdict {
  return moderate({ body }, context, policy);
}

/** The rule names of a verdict's signals. */
export function rules(body: string, policy: Policy = defaultPolicy, context = anonymous): string[] {
  return verdict(body, policy, context).signals.map((s) => s.rule);
}

/** A policy from partial JSON, as a site would store it. */
export function policy(json: unknown): Policy {
  return policySchema.parse(json);
}

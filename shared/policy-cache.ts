import { environment } from './config.ts';
import type { StoredPolicy } from './store/policy.ts';

/**
 * The policy as this execution environment last read it. API.md allows a new
 * policy to take up to 30 seconds to apply; re-reading it every 10 (the
 * default of POLICY_CACHE_SECONDS) keeps well inside that while sparing most
 * requests the read.
 */

let cached: { policy: StoredPolicy; readAt: number } | undefined;

/** The cached policy while it is fresh, else undefined: the caller reads it along with its other reads. */
export function freshPolicy(now: Date): StoredPolicy | undefined {
  const freshForMs = environment().POLICY_CACHE_SECONDS * 1000;
  return cached && now.getTime() - cached.readAt < freshForMs ? cached.policy : undefined;
}

/** Keeps the policy; an unchanged version keeps its old object, so the engine's compiled form stays cached. */
export function rememberPolicy(policy: StoredPolicy, now: Date): StoredPolicy {
  const kept = cached?.policy.version === policy.version ? cached.policy : policy;
  cached = { policy: kept, readAt: now.getTime() };
  return kept;
}

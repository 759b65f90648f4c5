import { PreconditionFailedError } from '../errors.ts';
import type { Policy } from '../moderation/index.ts';
import { readPolicy, type StoredPolicy, writePolicy } from '../store/policy.ts';

/** The policy's entity tag: its version, so `If-Match` names the version a change was based on. */
export function policyTag(version: number): string {
  return `"policy-v${version}"`;
}

export async function currentPolicy(): Promise<StoredPolicy> {
  return readPolicy();
}

/**
 * Replaces the policy when `ifMatch` names the current version; anything else
 * is `412`, so two admins never overwrite each other unknowingly.
 */
export async function replacePolicy(policy: Policy, ifMatch: string, admin: string): Promise<StoredPolicy> {
  const expected = /^(?:W\/)?"policy-v(\d+)"$/u.exec(ifMatch.trim());
  const current = await readPolicy();
  if (!expected || Number(expected[1]) !== current.version) {
    throw new PreconditionFailedError(
      `If-Match ${ifMatch} does not name the current policy ${policyTag(current.version)}; read it again and reapply your change.`,
    );
  }
  const written = await writePolicy(policy, current.version, admin, new Date().toISOString());
  if (!written)
    throw new PreconditionFailedError(
      'The policy changed while you saved it; read it again and reapply your change.',
    );
  return written;
}

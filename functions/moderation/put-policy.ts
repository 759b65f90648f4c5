import { route } from '../../adapters/http/route.ts';
import { PreconditionRequiredError } from '../../shared/errors.ts';
import { policySchema } from '../../shared/moderation/policy.ts';
import { policyTag, replacePolicy } from '../../shared/review/policy.ts';

export const handler = route({ access: 'admins', body: policySchema }, async ({ body, headers, caller }) => {
  const ifMatch = headers['if-match'];
  if (!ifMatch) throw new PreconditionRequiredError('Send If-Match with the ETag of the policy you changed.');
  const stored = await replacePolicy(body, ifMatch, caller?.sub ?? 'unknown');
  return { status: 200, body: stored, headers: { etag: policyTag(stored.version) } };
});

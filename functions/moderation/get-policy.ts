import { route } from '../../adapters/http/route.ts';
import { currentPolicy, policyTag } from '../../shared/review/policy.ts';

export const handler = route({ access: 'moderators' }, async () => {
  const stored = await currentPolicy();
  return {
    status: 200,
    body: stored,
    headers: { etag: policyTag(stored.version), 'cache-control': 'no-store' },
  };
});

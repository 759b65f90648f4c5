import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadIssuerKey, mintToken } from './issuer.ts';

/** `npm run token -- --sub alice --groups moderators,admins`: a JWT the local runtime accepts. */

const { values } = parseArgs({
  options: {
    sub: { type: 'string', default: 'moderator' },
    groups: { type: 'string', default: 'moderators' },
    ttl: { type: 'string', default: '3600' },
  },
});
const ttlSeconds = Number(values.ttl);
if (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0) {
  console.error('--ttl must be a whole number of seconds');
  process.exit(2);
}
const key = loadIssuerKey(join(resolve('.local'), 'issuer.json'));
const groups = values.groups
  .split(',')
  .map((group) => group.trim())
  .filter(Boolean);
console.log(mintToken(key, { sub: values.sub, groups, ttlSeconds }));

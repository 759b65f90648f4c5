import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { authorize, callerOf } from '../../adapters/http/auth.ts';
import { flattenClaims, loadIssuerKey, mintToken, verifyToken } from '../../infra/local/issuer.ts';
import { matchesPattern } from '../../infra/local/stream-poller.ts';
import { relayFilterPatterns } from '../../infra/table.ts';

describe('the local JWT issuer', () => {
  const key = loadIssuerKey(join(mkdtempSync(join(tmpdir(), 'issuer-')), 'issuer.json'));
  it('accepts the tokens it mints, with Cognito-shaped claims', () => {
    const claims = verifyToken(key, mintToken(key, { sub: 'alice', groups: ['moderators', 'admins'] }));
    expect(claims).toMatchObject({
      sub: 'alice',
      'cognito:groups': ['moderators', 'admins'],
      token_use: 'access',
    });
  });
  it('refuses an expired token', () => {
    const token = mintToken(
      key,
      { sub: 'alice', groups: [], ttlSeconds: 60 },
      new Date(Date.now() - 120_000),
    );
    expect(verifyToken(key, token)).toBeUndefined();
  });
  it('refuses a token signed by another key', () => {
    const other = loadIssuerKey(join(mkdtempSync(join(tmpdir(), 'issuer-')), 'issuer.json'));
    expect(verifyToken(key, mintToken(other, { sub: 'mallory', groups: ['admins'] }))).toBeUndefined();
  });
  it('hands claims over as API Gateway does, arrays as [a b]', () => {
    expect(flattenClaims({ 'cognito:groups': ['moderators', 'admins'], exp: 5 })).toEqual({
      'cognito:groups': '[moderators admins]',
      exp: '5',
    });
  });
});

describe('group checks in handlers', () => {
  it('reads groups from API Gateway\u2019s flattened claim', () => {
    expect(callerOf({ sub: 'a', 'cognito:groups': '[moderators admins]' })?.groups).toEqual([
      'moderators',
      'admins',
    ]);
  });
  it('lets a moderator through and turns away a reader with 403', () => {
    expect(authorize('moderators', { sub: 'a', groups: ['moderators'] })?.sub).toBe('a');
    expect(() => authorize('moderators', { sub: 'b', groups: ['readers'] })).toThrow(/moderators group/);
  });
  it('keeps policy changes for admins', () => {
    expect(() => authorize('admins', { sub: 'a', groups: ['moderators'] })).toThrow(/admins group/);
  });
  it('asks for a token when there is none', () => {
    expect(() => authorize('moderators', undefined)).toThrow(/bearer token/);
  });
});

describe('relay filter patterns', () => {
  it('let comment records through and nothing else', () => {
    const record = (sk: string) => ({ dynamodb: { Keys: { pk: { S: 'x' }, sk: { S: sk } } } });
    const passes = (sk: string) => relayFilterPatterns.some((pattern) => matchesPattern(pattern, record(sk)));
    expect(passes('COMMENT')).toBe(true);
    expect(passes('HISTORY#00000001')).toBe(false);
    expect(passes('ARTICLE')).toBe(false);
  });
});

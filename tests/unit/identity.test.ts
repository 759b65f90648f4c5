import { describe, expect, it } from 'vitest';
import { identifyAuthor, pseudonym, signAuthorToken, verifyAuthorToken } from '../../shared/identity.ts';

const secret = 'site-secret-for-tests-0123456789';
const keys = { authorTokenSecret: secret, pseudonymSecret: 'pseudonym-secret-0123456789' };
const now = new Date('2026-11-28T10:00:00.000Z');
const inAnHour = now.getTime() / 1000 + 3600;

describe('author tokens', () => {
  it('accepts a token the site signed', () => {
    const token = signAuthorToken({ sub: 'u-1', name: 'Olena', exp: inAnHour }, secret);
    expect(verifyAuthorToken(token, secret, now)).toMatchObject({ sub: 'u-1', name: 'Olena' });
  });
  it('refuses a token signed with another secret', () => {
    const token = signAuthorToken({ sub: 'u-1', name: 'Olena', exp: inAnHour }, 'another-secret-0123456789');
    expect(() => verifyAuthorToken(token, secret, now)).toThrow(/not signed by this site/);
  });
  it('refuses an expired token', () => {
    const token = signAuthorToken({ sub: 'u-1', name: 'Olena', exp: now.getTime() / 1000 - 1 }, secret);
    expect(() => verifyAuthorToken(token, secret, now)).toThrow(/expired/);
  });
  it('refuses a token whose payload was changed', () => {
    const [header, , signature] = signAuthorToken({ sub: 'u-1', name: 'Olena', exp: inAnHour }, secret).split(
      '.',
    );
    const forged = Buffer.from(JSON.stringify({ sub: 'admin', name: 'x', exp: inAnHour })).toString(
      'base64url',
    );
    expect(() => verifyAuthorToken(`${header}.${forged}.${signature}`, secret, now)).toThrow();
  });
});

describe('author keys', () => {
  it('gives a verified author the same key across comments, whatever name they type', () => {
    const token = signAuthorToken({ sub: 'u-1', name: 'Olena', exp: inAnHour }, secret);
    const first = identifyAuthor({ authorToken: token }, 'client-a', keys, now);
    const second = identifyAuthor({ authorToken: token, authorName: 'Other' }, 'client-b', keys, now);
    expect(first.key).toBe(second.key);
    expect(first).toMatchObject({ verified: true, name: 'Olena' });
  });
  it('derives an anonymous key from the email, case-insensitively, without revealing it', () => {
    const upper = identifyAuthor({ authorName: 'A', authorEmail: 'Olena@Example.com' }, 'c1', keys, now);
    const lower = identifyAuthor({ authorName: 'A', authorEmail: 'olena@example.com' }, 'c2', keys, now);
    expect(upper.key).toBe(lower.key);
    expect(upper.key).not.toContain('olena');
    expect(upper.verified).toBe(false);
  });
  it('keeps pseudonyms of different kinds apart', () => {
    expect(pseudonym('email', 'x', 's')).not.toBe(pseudonym('client', 'x', 's'));
  });
});

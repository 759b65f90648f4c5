import { createHmac, timingSafeEqual } from 'node:crypto';
import { UnauthorizedError } from './errors.ts';

/** Who wrote a comment: verified through the site's SSO token, or anonymous. */
export interface Author {
  key: string;
  verified: boolean;
  name: string | null;
  email: string | null;
}

export interface AuthorTokenClaims {
  sub: string;
  name: string;
  email?: string | undefined;
  exp: number;
}

/**
 * Verifies a site-signed identity token (HS256 JWT with `sub`, `name`,
 * optional `email`, `exp`). Anything else is `INVALID_AUTHOR_TOKEN`.
 */
export function verifyAuthorToken(token: string, secret: string, now: Date): AuthorTokenClaims {
  const invalid = (why: string) =>
    new UnauthorizedError('INVALID_AUTHOR_TOKEN', `The author token is ${why}.`);
  const parts = token.split('.');
  if (parts.length !== 3) throw invalid('not a JWT');
  const [header, payload, signature] = parts as [string, string, string];
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    throw invalid('not signed by this site');
  const parsedHeader = parseJson(header);
  if (parsedHeader?.alg !== 'HS256') throw invalid('not signed with HS256');
  const claims = parseJson(payload);
  if (!claims || typeof claims.sub !== 'string' || claims.sub === '' || typeof claims.name !== 'string') {
    throw invalid('missing its sub or name claim');
  }
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= now.getTime()) throw invalid('expired');
  const email = typeof claims.email === 'string' ? claims.email : undefined;
  return { sub: claims.sub, name: claims.name, email, exp: claims.exp };
}

function parseJson(segment: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Signs an author token as a site would; for the site's backend, tests and the demo. */
export function signAuthorToken(claims: AuthorTokenClaims, secret: string): string {
  const header = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  const signature = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
}

/**
 * A stable pseudonym: the same input and secret always give the same key, and
 * the key cannot be turned back into an email, subject or address.
 */
export function pseudonym(
  kind: 'sso' | 'email' | 'client' | 'reporter',
  value: string,
  secret: string,
): string {
  return createHmac('sha256', secret).update(`${kind}\u0000${value}`).digest('base64url').slice(0, 22);
}

/** A client's pseudonym: its address and user agent, keyed for one purpose. */
export function clientPseudonym(
  kind: 'client' | 'reporter',
  client: { ip: string; userAgent: string },
  secret: string,
): string {
  return pseudonym(kind, `${client.ip}\n${client.userAgent}`, secret);
}

/** The author of a new comment, from the SSO token when there is one. */
export function identifyAuthor(
  input: {
    authorName?: string | undefined;
    authorEmail?: string | undefined;
    authorToken?: string | undefined;
  },
  client: string,
  keys: { authorTokenSecret: string; pseudonymSecret: string },
  now: Date,
): Author {
  if (input.authorToken) {
    const claims = verifyAuthorToken(input.authorToken, keys.authorTokenSecret, now);
    return {
      key: `v_${pseudonym('sso', claims.sub, keys.pseudonymSecret)}`,
      verified: true,
      name: claims.name,
      email: claims.email ?? input.authorEmail ?? null,
    };
  }
  const email = input.authorEmail?.toLowerCase();
  return {
    key: `a_${email ? pseudonym('email', email, keys.pseudonymSecret) : pseudonym('client', client, keys.pseudonymSecret)}`,
    verified: false,
    name: input.authorName ?? null,
    email: input.authorEmail ?? null,
  };
}

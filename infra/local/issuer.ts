import { createPublicKey, generateKeyPairSync, randomUUID, sign, verify } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The local runtime's stand-in for the Cognito user pool: an RS256 issuer whose
 * key lives in `.local/issuer.json`, so `npm run token` and the running gateway
 * agree. Tokens carry the claims a Cognito access token carries.
 */

export const localIssuer = 'http://127.0.0.1/local-issuer';
export const localAudience = 'local-moderation-tool';

interface IssuerKey {
  kid: string;
  privateKeyPem: string;
  publicKeyPem: string;
}

export function loadIssuerKey(file: string): IssuerKey {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as IssuerKey;
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key: IssuerKey = {
    kid: randomUUID(),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(key), { mode: 0o600 });
  return key;
}

const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

export function mintToken(
  key: IssuerKey,
  claims: { sub: string; groups: string[]; ttlSeconds?: number },
  now = new Date(),
): string {
  const iat = Math.floor(now.getTime() / 1000);
  const header = encode({ alg: 'RS256', kid: key.kid, typ: 'JWT' });
  const payload = encode({
    sub: claims.sub,
    'cognito:groups': claims.groups,
    iss: localIssuer,
    client_id: localAudience,
    token_use: 'access',
    scope: 'aws.cognito.signin.user.admin',
    auth_time: iat,
    iat,
    exp: iat + (claims.ttlSeconds ?? 3600),
    jti: randomUUID(),
    username: claims.sub,
  });
  const signature = sign('RSA-SHA256', Buffer.from(`${header}.${payload}`), key.privateKeyPem).toString(
    'base64url',
  );
  return `${header}.${payload}.${signature}`;
}

/**
 * Checks a token as the HTTP API's JWT authorizer does: RS256 signature by the
 * known key, issuer, audience (`aud`, or `client_id` of access tokens), expiry
 * and not-before. Returns the claims, or undefined for any failure.
 */
export function verifyToken(
  key: IssuerKey,
  token: string,
  now = new Date(),
): Record<string, unknown> | undefined {
  const [header, payload, signature, extra] = token.split('.');
  if (!header || !payload || !signature || extra !== undefined) return undefined;
  try {
    const head = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as Record<string, unknown>;
    if (head.alg !== 'RS256' || head.kid !== key.kid) return undefined;
    const publicKey = createPublicKey(key.publicKeyPem);
    const valid = verify(
      'RSA-SHA256',
      Buffer.from(`${header}.${payload}`),
      publicKey,
      Buffer.from(signature, 'base64url'),
    );
    if (!valid) return undefined;
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    const seconds = now.getTime() / 1000;
    const audience = claims.aud ?? claims.client_id;
    const audiences = Array.isArray(audience) ? audience : [audience];
    if (claims.iss !== localIssuer || !audiences.includes(localAudience)) return undefined;
    if (typeof claims.exp !== 'number' || claims.exp <= seconds) return undefined;
    if (typeof claims.nbf === 'number' && claims.nbf > seconds) return undefined;
    return claims;
  } catch {
    return undefined;
  }
}

/** Claims as API Gateway hands them to Lambda: strings, arrays as `[a b]`. */
export function flattenClaims(claims: Record<string, unknown>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(claims)) {
    flat[name] = Array.isArray(value) ? `[${value.join(' ')}]` : String(value);
  }
  return flat;
}

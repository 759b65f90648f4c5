import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import type { Access } from '../../infra/routes.ts';
import { ForbiddenError, UnauthorizedError } from '../../shared/errors.ts';

export interface Caller {
  sub: string;
  groups: string[];
}

type JwtClaims = APIGatewayProxyEventV2WithJWTAuthorizer['requestContext']['authorizer']['jwt']['claims'];

/**
 * The caller the JWT authorizer let through. API Gateway passes array claims
 * as a string like `[moderators admins]`; both forms are read.
 */
export function callerOf(claims: JwtClaims | undefined): Caller | undefined {
  if (!claims || typeof claims.sub !== 'string') return undefined;
  const raw: unknown = claims['cognito:groups'];
  const groups = Array.isArray(raw)
    ? raw.map(String)
    : typeof raw === 'string'
      ? raw
          .replace(/^\[|\]$/gu, '')
          .split(/[\s,]+/u)
          .filter(Boolean)
      : [];
  return { sub: claims.sub, groups };
}

/**
 * Defence in depth behind the authorizer: the handler checks the group itself.
 * Admins may do all that moderators may.
 */
export function authorize(access: Access, caller: Caller | undefined): Caller | undefined {
  if (access === 'public') return caller;
  if (!caller)
    throw new UnauthorizedError('UNAUTHORIZED', 'Sign in as a moderator: send a valid bearer token.');
  const allowed = access === 'moderators' ? ['moderators', 'admins'] : ['admins'];
  if (!caller.groups.some((group) => allowed.includes(group))) {
    throw new ForbiddenError(`This needs membership of the ${access} group.`);
  }
  return caller;
}

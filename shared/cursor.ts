import { createHmac, timingSafeEqual } from 'node:crypto';
import { ValidationError } from './errors.ts';

/**
 * Opaque pagination cursors: the state of a page, signed so that a tampered
 * cursor, or one from another list, is refused rather than trusted.
 */
export function signCursor(state: Record<string, unknown>, scope: string, secret: string): string {
  const payload = Buffer.from(JSON.stringify(state)).toString('base64url');
  return `${payload}.${mac(payload, scope, secret)}`;
}

export function readCursor<State>(cursor: string, scope: string, secret: string): State {
  const invalid = new ValidationError('INVALID_CURSOR', 'The cursor is not one this list gave out.');
  const [payload, signature, extra] = cursor.split('.');
  if (!payload || !signature || extra !== undefined) throw invalid;
  const expected = Buffer.from(mac(payload, scope, secret));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid;
  try {
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as State;
  } catch {
    throw invalid;
  }
}

function mac(payload: string, scope: string, secret: string): string {
  return createHmac('sha256', secret).update(`${scope}\u0000${payload}`).digest('base64url').slice(0, 32);
}

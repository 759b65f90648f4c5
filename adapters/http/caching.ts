import { createHash } from 'node:crypto';
import type { Reply } from './route.ts';

/** A strong ETag over the JSON a response would carry. */
export function etagOf(body: unknown): string {
  return `"${createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 27)}"`;
}

/**
 * Whether an `If-None-Match` header names this ETag: a list of tags, weak or
 * strong (GET compares weakly, RFC 9110 13.1.2), or `*`.
 */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//u, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

/** A cacheable 200 with its ETag, or `304` with no body when the client already holds it. */
export function cacheableReply(
  body: unknown,
  ifNoneMatch: string | undefined,
  cacheControl: string,
  etag: string = etagOf(body),
): Reply {
  const headers = { etag, 'cache-control': cacheControl };
  return matchesIfNoneMatch(ifNoneMatch, etag) ? { status: 304, headers } : { status: 200, body, headers };
}

import { createHash } from 'node:crypto';

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

import { createHash } from 'node:crypto';

/** A strong ETag over the JSON a response would carry. */
export function etagOf(body: unknown): string {
  return `"${createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 27)}"`;
}

/**
 * The idempotency key of a post: one per text. A retry of the same request
 * (after a network failure, a 429, a reload of the button) reuses it, so the
 * API answers with the first outcome instead of storing the comment twice; a
 * changed request, or one that succeeded, gets a fresh key.
 */

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** 24 characters of [A-Za-z0-9_-]: 144 random bits. */
export function newClientToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  let token = '';
  for (const byte of bytes) token += alphabet[byte & 63];
  return token;
}

export class ClientTokens {
  #key: string | undefined;
  #token = '';

  /** The token for this request: the same one as long as the request is the same. */
  for(request: unknown): string {
    const key = JSON.stringify(request);
    if (key !== this.#key) {
      this.#key = key;
      this.#token = newClientToken();
    }
    return this.#token;
  }

  /** The request succeeded: the next one, even with the same text, is a new comment. */
  settle(): void {
    this.#key = undefined;
  }
}

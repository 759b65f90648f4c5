/** The parts of the comment API (API.md) the browser speaks. */

import type { PublicComment } from '../../shared/comment.ts';

// The backend's own type: one definition of what a reader may see.
export type { PublicComment };

export interface CommentPage {
  items: PublicComment[];
  nextCursor: string | null;
  total: number;
}

export interface PostedComment {
  comment: PublicComment & { status: 'published' | 'pending' };
}

export interface ErrorDetail {
  path: string;
  message: string;
}

export interface ApiError {
  code: string;
  message: string;
  details?: ErrorDetail[];
}

/** Status 0 with code `NETWORK_ERROR` means the request never got an answer. */
export type ApiResult<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; error: ApiError; retryAfterSeconds: number | undefined };

export async function request<T>(url: string, init: RequestInit = {}): Promise<ApiResult<T>> {
  let response: Response;
  let payload: unknown;
  try {
    response = await fetch(url, { ...init, credentials: 'omit' });
    const text = await response.text();
    payload = text ? JSON.parse(text) : undefined;
  } catch (cause) {
    return {
      ok: false,
      status: 0,
      error: { code: 'NETWORK_ERROR', message: String(cause) },
      retryAfterSeconds: undefined,
    };
  }
  if (response.ok) return { ok: true, status: response.status, data: payload as T };
  const error = (payload as { error?: ApiError } | undefined)?.error;
  return {
    ok: false,
    status: response.status,
    error: error?.code ? error : { code: `HTTP_${response.status}`, message: response.statusText },
    retryAfterSeconds: retryAfter(response.headers.get('retry-after')),
  };
}

/** Retry-After is either seconds or an HTTP date. */
function retryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

export function jsonBody(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  };
}

export function trimSlash(url: string): string {
  return url.replace(/\/+$/u, '');
}

import type * as z from 'zod/mini';
import {
  type ErrorDetail,
  PayloadTooLargeError,
  UnsupportedMediaTypeError,
  ValidationError,
} from '../../shared/errors.ts';

export const maxBodyBytes = 32 * 1024;

/**
 * The JSON body of a request: size checked before parsing (`413`), media type
 * (`415`), syntax (`400 MALFORMED_JSON`).
 */
export function readJsonBody(
  body: string | undefined,
  isBase64Encoded: boolean,
  contentType: string | undefined,
): unknown {
  const raw = body === undefined ? '' : isBase64Encoded ? Buffer.from(body, 'base64').toString('utf8') : body;
  if (Buffer.byteLength(raw, 'utf8') > maxBodyBytes) {
    throw new PayloadTooLargeError(`The request body is over ${maxBodyBytes / 1024} KiB.`);
  }
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') {
    throw new UnsupportedMediaTypeError('Send the body as JSON with Content-Type: application/json.');
  }
  if (raw.trim() === '')
    throw new ValidationError('MALFORMED_JSON', 'The request body is empty; send a JSON object.');
  try {
    return JSON.parse(raw);
  } catch {
    // The parser's own message quotes the body back and varies by engine: not for clients.
    throw new ValidationError('MALFORMED_JSON', 'The request body is not valid JSON.');
  }
}

/** Validates one part of a request (`body`, `query`, `path`); failures name each field. */
export function validate<Schema extends z.ZodMiniType>(
  schema: Schema,
  value: unknown,
  part: 'body' | 'query' | 'path',
): z.output<Schema> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const details: ErrorDetail[] = result.error.issues.flatMap((issue) => {
    const path = [part, ...issue.path.map(String)].join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: `${path}.${key}`, message: 'is not a known field' }));
    }
    // zod leaves `issue.input` out unless asked; what was sent is read from the value itself.
    if (issue.code === 'invalid_type' && valueAt(value, issue.path) === undefined) {
      return [{ path, message: 'is required' }];
    }
    if (issue.code === 'invalid_type' && part === 'body' && issue.path.length === 0) {
      return [{ path, message: 'must be a JSON object' }];
    }
    return [{ path, message: issue.message }];
  });
  throw new ValidationError(
    'VALIDATION_FAILED',
    `The request ${part} is not valid: ${describe(details)}.`,
    details,
  );
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function describe(details: ErrorDetail[]): string {
  return details.map((detail) => `${detail.path} ${detail.message}`).join('; ');
}

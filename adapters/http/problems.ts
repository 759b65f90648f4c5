import {
  ConflictError,
  type DomainError,
  ForbiddenError,
  NotFoundError,
  NotImplementedError,
  PayloadTooLargeError,
  PreconditionFailedError,
  PreconditionRequiredError,
  RateLimitedError,
  RejectedError,
  UnauthorizedError,
  UnsupportedMediaTypeError,
  ValidationError,
} from '../../shared/errors.ts';

/** The one place where domain errors become HTTP statuses. */
const statuses: [abstract new (...args: never[]) => DomainError, number][] = [
  [ValidationError, 400],
  [UnauthorizedError, 401],
  [ForbiddenError, 403],
  [NotFoundError, 404],
  [ConflictError, 409],
  [PreconditionFailedError, 412],
  [PayloadTooLargeError, 413],
  [UnsupportedMediaTypeError, 415],
  [RejectedError, 422],
  [PreconditionRequiredError, 428],
  [RateLimitedError, 429],
  [NotImplementedError, 501],
];

export interface Problem {
  statusCode: number;
  headers: Record<string, string>;
  body: { error: { code: string; message: string; details?: { path: string; message: string }[] } };
}

export function problemOf(error: DomainError): Problem {
  const statusCode = statuses.find(([kind]) => error instanceof kind)?.[1] ?? 500;
  const headers: Record<string, string> = {};
  if (error instanceof RateLimitedError) headers['retry-after'] = String(error.retryAfterSeconds);
  if (error instanceof UnauthorizedError) headers['www-authenticate'] = 'Bearer';
  const body: Problem['body'] = { error: { code: error.code, message: error.message } };
  if (error.details) body.error.details = error.details;
  return { statusCode, headers, body };
}

export const internalProblem: Problem = {
  statusCode: 500,
  headers: {},
  body: { error: { code: 'INTERNAL', message: 'Something went wrong on our side; please try again.' } },
};

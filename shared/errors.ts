/**
 * The domain's errors. Each has a stable `code` (the API's error code); the
 * HTTP adapter maps classes to statuses in exactly one place.
 */

export interface ErrorDetail {
  path: string;
  message: string;
}

export abstract class DomainError extends Error {
  abstract readonly code: string;
  readonly details: ErrorDetail[] | undefined;

  constructor(message: string, options?: { cause?: unknown; details?: ErrorDetail[] }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.details = options?.details;
  }
}

/** The request is not what the contract allows. */
export class ValidationError extends DomainError {
  constructor(
    readonly code: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'INVALID_CURSOR',
    message: string,
    details?: ErrorDetail[],
  ) {
    super(message, details ? { details } : undefined);
  }
}

export class UnsupportedMediaTypeError extends DomainError {
  readonly code = 'UNSUPPORTED_MEDIA_TYPE';
}

export class PayloadTooLargeError extends DomainError {
  readonly code = 'PAYLOAD_TOO_LARGE';
}

export class NotFoundError extends DomainError {
  constructor(
    readonly code: 'NOT_FOUND' | 'COMMENT_NOT_FOUND' | 'PARENT_NOT_FOUND' | 'ROUTE_NOT_FOUND',
    message: string,
  ) {
    super(message);
  }
}

export class ConflictError extends DomainError {
  constructor(
    readonly code: 'ARTICLE_CLOSED' | 'IDEMPOTENCY_CONFLICT' | 'VERSION_CONFLICT',
    message: string,
  ) {
    super(message);
  }
}

export class PreconditionFailedError extends DomainError {
  readonly code = 'PRECONDITION_FAILED';
}

/** A change that must name the version it was based on did not. */
export class PreconditionRequiredError extends DomainError {
  readonly code = 'PRECONDITION_REQUIRED';
}

/** The rules rejected the text for reasons the author can fix. */
export class RejectedError extends DomainError {
  readonly code = 'COMMENT_REJECTED';
}

export class RateLimitedError extends DomainError {
  readonly code = 'RATE_LIMITED';
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many comments from this client; try again in ${retryAfterSeconds} seconds.`);
  }
}

export class UnauthorizedError extends DomainError {
  constructor(
    readonly code: 'UNAUTHORIZED' | 'INVALID_AUTHOR_TOKEN' | 'AUTHOR_TOKEN_REQUIRED',
    message: string,
  ) {
    super(message);
  }
}

export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN';
}

export class NotImplementedError extends DomainError {
  readonly code = 'NOT_IMPLEMENTED';
}

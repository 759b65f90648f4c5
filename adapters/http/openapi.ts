import * as z from 'zod/mini';
import { type Access, type Route, routes } from '../../infra/routes.ts';
import { commentStatuses, reportReasons } from '../../shared/comment.ts';
import {
  acceptedReportSchema,
  articlePath,
  commentPageSchema,
  listCommentsQuery,
  postCommentBody,
  postedCommentSchema,
  publicCommentSchema,
  reportBody,
  reportPath,
  timestampSchema,
} from '../../shared/comments/schemas.ts';
import { policySchema } from '../../shared/moderation/policy.ts';
import {
  articleIdPath,
  articleSettingsBody,
  authorKeyPath,
  banBody,
  bulkDecisionsBody,
  commentIdPath,
  decisionBody,
  previewBody,
  queueQuery,
} from '../../shared/review/schemas.ts';
import { maxBodyBytes } from './input.ts';

/**
 * The OpenAPI 3.1 document of the API, generated from the zod schemas the
 * handlers validate with (requests, as clients send them) and from the response
 * schemas below (as the handlers answer). Built at the first request of
 * `GET /v1/openapi.json` and kept for the life of the execution environment;
 * no other function imports this module, so none pays for it at cold start.
 *
 * Where API.md is silent, the decisions taken are written into the document
 * (`info.description` and each operation's description).
 */

// ---------------------------------------------------------------- responses

const decisionEnum = z.enum(['publish', 'hold', 'reject']);
const statusEnum = z.enum(commentStatuses);
const timestamp = timestampSchema;

const signalSchema = z.object({ rule: z.string(), action: decisionEnum, detail: z.string() });

const reportsSchema = z.object({
  count: z.int().check(z.gte(0)),
  reasons: z.object(
    Object.fromEntries(reportReasons.map((reason) => [reason, z.optional(z.int().check(z.gte(1)))])),
  ),
});

const moderatorCommentSchema = z.extend(publicCommentSchema, {
  status: statusEnum,
  version: z.int().check(z.gte(1)),
  authorEmail: z.nullable(z.string()),
  authorKey: z.string(),
  signals: z.array(signalSchema),
  reports: reportsSchema,
  decidedBy: z.nullable(z.string()),
  decidedAt: z.nullable(timestamp),
});

const historyEntrySchema = z.object({
  at: timestamp,
  by: z.string(),
  from: z.nullable(statusEnum),
  to: statusEnum,
  reason: z.nullable(z.string()),
  version: z.int().check(z.gte(1)),
});

const moderatorCommentReply = z.object({ comment: moderatorCommentSchema });
const commentWithHistoryReply = z.object({
  comment: z.extend(moderatorCommentSchema, { history: z.array(historyEntrySchema) }),
});
const queuePageSchema = z.object({
  items: z.array(moderatorCommentSchema),
  nextCursor: z.nullable(z.string()),
});

const bulkResultsSchema = z.object({
  results: z.array(
    z.union([
      z.object({ commentId: z.string(), result: z.literal('ok'), comment: moderatorCommentSchema }),
      z.object({ commentId: z.string(), result: z.enum(['conflict', 'not_found']), message: z.string() }),
    ]),
  ),
});

const articleReply = z.object({
  article: z.object({ articleId: z.string(), open: z.boolean(), mode: z.enum(['pre', 'auto', 'post']) }),
});

const authorReply = z.object({
  author: z.object({
    authorKey: z.string(),
    banned: z.boolean(),
    bannedUntil: z.nullable(timestamp),
    reason: z.nullable(z.string()),
  }),
});

const storedPolicySchema = z.object({
  policy: policySchema,
  version: z.int().check(z.gte(0)),
  updatedAt: z.nullable(timestamp),
  updatedBy: z.nullable(z.string()),
});

const decisionCounts = z.object({ publish: z.int(), hold: z.int(), reject: z.int() });
const judgement = { decision: decisionEnum, signals: z.array(signalSchema) };
const previewSchema = z.object({
  results: z.array(
    z.object({
      commentId: z.nullable(z.string()),
      body: z.string(),
      current: z.object({ ...judgement, status: z.optional(statusEnum) }),
      candidate: z.object(judgement),
      changed: z.boolean(),
    }),
  ),
  counts: z.object({
    total: z.int(),
    changed: z.int(),
    current: decisionCounts,
    candidate: decisionCounts,
  }),
});

/** Every error code the API answers with, in the envelope. */
export const errorCodes = [
  'VALIDATION_FAILED',
  'MALFORMED_JSON',
  'INVALID_CURSOR',
  'UNSUPPORTED_MEDIA_TYPE',
  'PAYLOAD_TOO_LARGE',
  'UNAUTHORIZED',
  'INVALID_AUTHOR_TOKEN',
  'AUTHOR_TOKEN_REQUIRED',
  'FORBIDDEN',
  'NOT_FOUND',
  'COMMENT_NOT_FOUND',
  'PARENT_NOT_FOUND',
  'ROUTE_NOT_FOUND',
  'ARTICLE_CLOSED',
  'IDEMPOTENCY_CONFLICT',
  'VERSION_CONFLICT',
  'PRECONDITION_FAILED',
  'PRECONDITION_REQUIRED',
  'COMMENT_REJECTED',
  'RATE_LIMITED',
  'NOT_IMPLEMENTED',
  'INTERNAL',
] as const;
type ErrorCode = (typeof errorCodes)[number];

const errorSchema = z.object({
  error: z.object({
    code: z.enum(errorCodes),
    message: z.string(),
    details: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
  }),
});

const gatewayUnauthorizedSchema = z.object({ message: z.literal('Unauthorized') });

// ---------------------------------------------------------------- registries

interface Meta {
  id?: string;
  format?: string;
  description?: string;
  minLength?: number;
  maxLength?: number;
}

type AnySchema = z.ZodMiniType;

/** Request shapes, as a client sends them (defaults optional, transforms before they run). */
const requestSchemas: Record<string, AnySchema> = {
  PostCommentRequest: postCommentBody,
  ReportRequest: reportBody,
  DecisionRequest: decisionBody,
  BulkDecisionsRequest: bulkDecisionsBody,
  ArticleSettingsRequest: articleSettingsBody,
  BanRequest: banBody,
  PolicyInput: policySchema,
  PreviewRequest: previewBody,
};

/** Response shapes, as the handlers answer (exported so tests can hold real responses against them). */
export const responseSchemas: Record<string, AnySchema> = {
  PublicComment: publicCommentSchema,
  PostedComment: postedCommentSchema,
  CommentPage: commentPageSchema,
  AcceptedReport: acceptedReportSchema,
  Signal: signalSchema,
  ModeratorComment: moderatorCommentSchema,
  HistoryEntry: historyEntrySchema,
  ModeratorCommentReply: moderatorCommentReply,
  CommentWithHistoryReply: commentWithHistoryReply,
  QueuePage: queuePageSchema,
  BulkDecisionResults: bulkResultsSchema,
  ArticleReply: articleReply,
  AuthorReply: authorReply,
  Policy: policySchema,
  StoredPolicy: storedPolicySchema,
  PolicyPreview: previewSchema,
  Error: errorSchema,
  GatewayUnauthorized: gatewayUnauthorizedSchema,
};

const textRule = (min: number, max: number, what: string): Meta => ({
  description: `${what}: ${min} to ${max} Unicode code points after trimming. Stored and returned as NFC, control characters other than \\n removed (\\r\\n becomes \\n, tabs become spaces).`,
  minLength: min,
  maxLength: max,
});

/** Descriptions for fields whose rules a JSON Schema of the raw input cannot carry. */
function fieldNotes(): [AnySchema, Meta][] {
  const post = postCommentBody.shape;
  const list = listCommentsQuery.shape;
  return [
    [post.body, textRule(1, 5000, 'The comment')],
    [post.authorName, textRule(1, 60, 'Shown as the author; required unless authorToken is given')],
    [post.authorEmail, { description: 'Never shown publicly; at most 254 characters.' }],
    [
      post.authorToken,
      {
        description:
          "A site-signed identity token (HS256 JWT with the site's secret; claims sub, name, optional email, exp). Invalid or expired: 401 INVALID_AUTHOR_TOKEN.",
      },
    ],
    [
      post.parentId,
      { description: 'Id of a published comment of the same article; else 404 PARENT_NOT_FOUND.' },
    ],
    [
      post.clientToken,
      {
        description:
          'Idempotency key (per article, kept for a day): the same token with the same body answers the first response again; with another body 409 IDEMPOTENCY_CONFLICT.',
      },
    ],
    [
      post.website,
      {
        description:
          'Honeypot: humans leave it empty. Filled, the comment is answered pending and stored rejected.',
      },
    ],
    [reportBody.shape.note, textRule(0, 500, 'Optional note for moderators')],
    [list.limit, { description: 'Page size, 1 to 100; default 50.' }],
    [list.order, { description: 'Order of thread roots; replies always follow their root, oldest first.' }],
    [
      list.cursor,
      {
        description:
          "Opaque: the previous page's nextCursor, with the same order. Tampered or foreign: 400 INVALID_CURSOR.",
      },
    ],
  ];
}

function componentSchemas(): Record<string, unknown> {
  const output = z.registry<Meta>();
  for (const [id, schema] of Object.entries(responseSchemas)) output.add(schema, { id });
  output.add(timestampSchema, { format: 'date-time', description: 'ISO 8601 UTC with milliseconds.' });
  const input = z.registry<Meta>();
  for (const [id, schema] of Object.entries(requestSchemas)) input.add(schema, { id });
  for (const [schema, meta] of fieldNotes()) input.add(schema, meta);
  const generate = (registry: typeof input, io: 'input' | 'output') =>
    (
      z.toJSONSchema(registry, {
        target: 'draft-2020-12',
        io,
        unrepresentable: 'any',
        metadata: registry,
        uri: (id) => `#/components/schemas/${id}`,
      }) as { schemas: Record<string, Record<string, unknown>> }
    ).schemas;
  const all = { ...generate(output, 'output'), ...generate(input, 'input') };
  for (const schema of Object.values(all)) {
    delete schema.$schema;
    delete schema.$id;
  }
  return all;
}

function parametersOf(schema: AnySchema | undefined, where: 'path' | 'query'): unknown[] {
  if (!schema) return [];
  const metadata = z.registry<Meta>();
  for (const [field, meta] of fieldNotes()) metadata.add(field, meta);
  const json = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    metadata,
  }) as {
    properties?: Record<string, { description?: string }>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: where,
      required: where === 'path' || (json.required ?? []).includes(name),
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

// ---------------------------------------------------------------- operations

interface Success {
  status: number;
  description: string;
  schema?: string;
  headers?: string[];
}

interface Operation {
  summary: string;
  description?: string;
  path?: AnySchema;
  query?: AnySchema;
  body?: string;
  /** A body-less request counts as `{}`. */
  bodyOptional?: boolean;
  success: Success[];
  /** Error codes by status, beyond those every route of its kind shares. */
  errors?: Record<number, ErrorCode[]>;
  requestHeaders?: unknown[];
}

const operations: Record<string, Operation> = {
  PostComment: {
    summary: "Post a reader's comment",
    description:
      'Runs the moderation rules inline. `published` is visible at once; `pending` is held for review (the author is told so). A filled honeypot or a banned author also gets `201 pending` while the comment is stored rejected. A retry with the same clientToken and body answers the first response again. Rate limits per client (address and user agent) come from the policy.',
    path: articlePath,
    body: 'PostCommentRequest',
    success: [{ status: 201, description: 'Stored.', schema: 'PostedComment', headers: ['Location'] }],
    errors: {
      401: ['INVALID_AUTHOR_TOKEN', 'AUTHOR_TOKEN_REQUIRED'],
      404: ['PARENT_NOT_FOUND'],
      409: ['ARTICLE_CLOSED', 'IDEMPOTENCY_CONFLICT'],
      422: ['COMMENT_REJECTED'],
      429: ['RATE_LIMITED'],
    },
  },
  ListComments: {
    summary: "An article's published comments, threads in order",
    description:
      "`total` is the article's published count. An article never seen answers 200 with no items. Cacheable for 5 seconds; `If-None-Match` with the current ETag answers 304. Every page is one DynamoDB Query.",
    path: articlePath,
    query: listCommentsQuery,
    requestHeaders: [{ name: 'If-None-Match', in: 'header', required: false, schema: { type: 'string' } }],
    success: [
      { status: 200, description: 'A page.', schema: 'CommentPage', headers: ['ETag', 'CacheControlPublic'] },
      {
        status: 304,
        description: 'Not modified: If-None-Match named the current ETag.',
        headers: ['ETag', 'CacheControlPublic'],
      },
    ],
    errors: { 400: ['INVALID_CURSOR'] },
  },
  ReportComment: {
    summary: 'Report a published comment',
    description:
      "Answers 202 with what was reported. One reporter (client address and user agent) counts once per comment; a repeat is answered the same 202 and counts nothing. At the policy's reportThreshold distinct reports a published comment becomes `flagged`: still visible to readers, and in the moderators' flagged queue.",
    path: reportPath,
    body: 'ReportRequest',
    success: [{ status: 202, description: 'Accepted.', schema: 'AcceptedReport' }],
    errors: { 404: ['COMMENT_NOT_FOUND'] },
  },
  GetOpenApi: {
    summary: 'This OpenAPI 3.1 document',
    success: [
      { status: 200, description: 'The document.', headers: ['ETag', 'CacheControlDocument'] },
      {
        status: 304,
        description: 'Not modified: If-None-Match named the current ETag.',
        headers: ['ETag', 'CacheControlDocument'],
      },
    ],
  },
  ListQueue: {
    summary: 'The review queue of one status, oldest first',
    query: queueQuery,
    success: [{ status: 200, description: 'A page of the queue.', schema: 'QueuePage' }],
    errors: { 400: ['INVALID_CURSOR'] },
  },
  GetComment: {
    summary: 'One comment as moderators see it, with its history',
    path: commentIdPath,
    success: [{ status: 200, description: 'The comment.', schema: 'CommentWithHistoryReply' }],
    errors: { 404: ['COMMENT_NOT_FOUND'] },
  },
  DecideComment: {
    summary: 'Approve or reject one comment',
    description:
      'A stale expectedVersion (or another change landing first) is 409 VERSION_CONFLICT. Approving a published comment again changes nothing and publishes nothing again.',
    path: commentIdPath,
    body: 'DecisionRequest',
    success: [
      { status: 200, description: 'The comment after the decision.', schema: 'ModeratorCommentReply' },
    ],
    errors: { 404: ['COMMENT_NOT_FOUND'], 409: ['VERSION_CONFLICT'] },
  },
  DecideComments: {
    summary: 'Up to 100 decisions at once',
    description: 'Each decision on its own; a result per item, in order.',
    body: 'BulkDecisionsRequest',
    success: [{ status: 200, description: 'A result per decision.', schema: 'BulkDecisionResults' }],
  },
  UpdateArticle: {
    summary: "Open or close an article's comments, or set its mode",
    description:
      '`pre` holds everything, `auto` lets the rules decide, `post` publishes everything not rejected.',
    path: articleIdPath,
    body: 'ArticleSettingsRequest',
    success: [{ status: 200, description: 'The article settings.', schema: 'ArticleReply' }],
  },
  BanAuthor: {
    summary: 'Ban an author',
    description:
      "The body may be left out. A ban with `until` ends by itself. A banned author's new comments are answered pending and stored rejected.",
    path: authorKeyPath,
    body: 'BanRequest',
    bodyOptional: true,
    success: [{ status: 200, description: 'The ban.', schema: 'AuthorReply' }],
  },
  UnbanAuthor: {
    summary: 'Lift a ban',
    path: authorKeyPath,
    success: [{ status: 200, description: 'The author, unbanned.', schema: 'AuthorReply' }],
  },
  GetPolicy: {
    summary: 'The moderation policy',
    description: 'The ETag is `"policy-v<version>"`; send it as If-Match to replace the policy.',
    success: [{ status: 200, description: 'The policy.', schema: 'StoredPolicy', headers: ['ETag'] }],
  },
  PutPolicy: {
    summary: 'Replace the moderation policy (admins)',
    description:
      'Needs `If-Match` with the ETag of the version the change is based on: a stale one is 412 PRECONDITION_FAILED, a missing one 428 PRECONDITION_REQUIRED. Fields left out take their defaults. A new version applies to the next comment; caches may lag up to 30 seconds. Terms in `bannedTerms.extra`, `suspectTerms.extra` and `bannedTerms.allow` are whole words or phrases; `stem+` means words starting with the stem and `*stem*` words containing it (so `allow: ["*страхуй*"]` exempts застрахуйте and every other form).',
    body: 'PolicyInput',
    requestHeaders: [
      {
        name: 'If-Match',
        in: 'header',
        required: true,
        description: 'The ETag of the policy read, `"policy-v<version>"`.',
        schema: { type: 'string' },
      },
    ],
    success: [{ status: 200, description: 'The new policy.', schema: 'StoredPolicy', headers: ['ETag'] }],
    errors: { 412: ['PRECONDITION_FAILED'], 428: ['PRECONDITION_REQUIRED'] },
  },
  PreviewPolicy: {
    summary: 'Run a candidate policy without storing anything',
    description:
      "Over the given comments (beside what the current policy decides) or an article's most recent stored ones (beside what was decided then).",
    body: 'PreviewRequest',
    success: [{ status: 200, description: 'What the candidate would decide.', schema: 'PolicyPreview' }],
  },
};

const statusText: Record<number, string> = {
  400: 'The request is not valid.',
  401: 'Not signed in, or the token is not valid.',
  403: 'Signed in without the group this route needs.',
  404: 'Not found.',
  409: 'Conflict.',
  412: 'The precondition failed.',
  413: `The body is over ${maxBodyBytes / 1024} KiB (checked before parsing).`,
  415: 'The body is not sent as application/json.',
  422: 'The rules rejected the comment for reasons the author can fix; details name them.',
  428: 'A precondition is required.',
  429: 'Too many comments from this client; Retry-After says when to try again.',
  500: 'Something failed on our side; never with details.',
};

/** The codes a route answers with, by status: its own plus those of its kind. */
function errorsOf(route: Route, operation: Operation): Map<number, ErrorCode[]> {
  const errors = new Map<number, ErrorCode[]>();
  const add = (status: number, codes: ErrorCode[]) =>
    errors.set(status, [...new Set([...(errors.get(status) ?? []), ...codes])]);
  if (operation.path || operation.query) add(400, ['VALIDATION_FAILED']);
  if (operation.body) {
    add(400, ['VALIDATION_FAILED', 'MALFORMED_JSON']);
    add(413, ['PAYLOAD_TOO_LARGE']);
    add(415, ['UNSUPPORTED_MEDIA_TYPE']);
  }
  if (route.access !== 'public') {
    add(401, ['UNAUTHORIZED']);
    add(403, ['FORBIDDEN']);
  }
  for (const [status, codes] of Object.entries(operation.errors ?? {})) add(Number(status), codes);
  add(500, ['INTERNAL']);
  return new Map([...errors].sort(([a], [b]) => a - b));
}

const requestIdHeader = { $ref: '#/components/headers/XRequestId' };

function errorResponse(status: number, codes: ErrorCode[], access: Access): unknown {
  const envelope = {
    $ref: '#/components/schemas/Error',
    properties: { error: { properties: { code: { enum: codes } } } },
  };
  const gatewayAnswers = status === 401 && access !== 'public';
  const headers: Record<string, unknown> = { 'x-request-id': requestIdHeader };
  if (status === 429) headers['Retry-After'] = { $ref: '#/components/headers/RetryAfter' };
  if (status === 401) headers['WWW-Authenticate'] = { $ref: '#/components/headers/WwwAuthenticate' };
  return {
    description: `${statusText[status] ?? 'Error.'} Codes: ${codes.join(', ')}.${
      gatewayAnswers
        ? ' In AWS a missing or invalid token is refused by the HTTP API\'s JWT authorizer before any function runs, with its own body `{"message":"Unauthorized"}`; the local runtime answers the error envelope with UNAUTHORIZED.'
        : ''
    }`,
    headers,
    content: {
      'application/json': {
        schema: gatewayAnswers
          ? { oneOf: [envelope, { $ref: '#/components/schemas/GatewayUnauthorized' }] }
          : envelope,
      },
    },
  };
}

function operationOf(route: Route, operation: Operation): Record<string, unknown> {
  const responses: Record<string, unknown> = {};
  for (const success of operation.success) {
    const headers: Record<string, unknown> = { 'x-request-id': requestIdHeader };
    for (const name of success.headers ?? []) {
      headers[name.startsWith('CacheControl') ? 'Cache-Control' : name] = {
        $ref: `#/components/headers/${name}`,
      };
    }
    const content =
      route.id === 'GetOpenApi' && success.status === 200
        ? { 'application/json': { schema: { type: 'object', description: 'An OpenAPI 3.1 document.' } } }
        : success.schema
          ? { 'application/json': { schema: { $ref: `#/components/schemas/${success.schema}` } } }
          : undefined;
    responses[String(success.status)] = {
      description: success.description,
      headers,
      ...(content ? { content } : {}),
    };
  }
  for (const [status, codes] of errorsOf(route, operation)) {
    responses[String(status)] = errorResponse(status, codes, route.access);
  }
  const group = route.access === 'public' ? undefined : route.access;
  return {
    operationId: route.id[0]?.toLowerCase() + route.id.slice(1),
    summary: operation.summary,
    ...(operation.description ? { description: operation.description } : {}),
    tags: [route.access === 'public' ? 'public' : 'moderation'],
    security: group ? [{ moderatorJwt: [] }] : [],
    ...(group ? { 'x-required-groups': group === 'moderators' ? ['moderators', 'admins'] : ['admins'] } : {}),
    parameters: [
      ...parametersOf(operation.path, 'path'),
      ...parametersOf(operation.query, 'query'),
      ...(operation.requestHeaders ?? []),
    ],
    ...(operation.body
      ? {
          requestBody: {
            required: !operation.bodyOptional,
            content: {
              'application/json': { schema: { $ref: `#/components/schemas/${operation.body}` } },
            },
          },
        }
      : {}),
    responses,
  };
}

const decisions = `
Conventions: base path /v1; JSON in and out, UTF-8; a body needs Content-Type application/json (a charset parameter is fine, else 415); a body over ${maxBodyBytes / 1024} KiB is 413, checked before parsing; malformed JSON is 400 MALFORMED_JSON; unknown body fields are 400. Every error uses the envelope {"error":{"code","message","details"?}} (details only for validation errors) and never carries a stack trace or a library's message: anything unexpected is 500 INTERNAL. Every response carries x-request-id. Timestamps are ISO 8601 UTC with milliseconds. Public responses never carry email, addresses or hashes of them, moderation signals, versions, report counts, or pending or rejected comments.

Decisions where API.md is silent:
- A report is answered 202 {"report":{"commentId","reason"}}, the same whether or not this reporter was already counted, so a reporter cannot probe the count.
- PUT /v1/moderation/policy without If-Match is 428 PRECONDITION_REQUIRED; a stale one is 412 PRECONDITION_FAILED. The policy's ETag is "policy-v<version>".
- Moderator routes: in AWS, the HTTP API's JWT authorizer refuses a missing or invalid token itself with 401 {"message":"Unauthorized"} (not the envelope, and without x-request-id; API Gateway sends apigw-requestid). The local runtime answers 401 in the envelope with UNAUTHORIZED. A valid token without the needed group is 403 FORBIDDEN in the envelope everywhere.
- A path no route serves is 404 ROUTE_NOT_FOUND locally; in AWS the HTTP API answers 404 {"message":"Not Found"}.
- 201 to a new comment carries Location /v1/articles/{articleId}/comments/{commentId}: the comment's address under its article (there is no GET route for one comment yet).
- 429 carries Retry-After in whole seconds until the client's rate window ends.
- Browsers may call the API only from the configured allowed origins; preflight OPTIONS is answered for them (allowed headers content-type, authorization, if-none-match, if-match; exposed x-request-id, etag, location, retry-after).
`.trim();

let built: Record<string, unknown> | undefined;

/** The document, built once per execution environment. */
export function openApiDocument(): Record<string, unknown> {
  built ??= build();
  return built;
}

function build(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const operation = operations[route.id];
    if (!operation) throw new Error(`The OpenAPI document does not describe route ${route.id}`);
    paths[route.path] ??= {};
    (paths[route.path] as Record<string, unknown>)[route.method.toLowerCase()] = operationOf(
      route,
      operation,
    );
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Leave a Comment API',
      version: '1',
      description: decisions,
    },
    servers: [{ url: '/' }],
    tags: [
      { name: 'public', description: 'Anyone, from the allowed origins.' },
      { name: 'moderation', description: 'Moderators and admins, with a bearer JWT.' },
    ],
    paths,
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        moderatorJwt: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            "In AWS an access token of the stack's Cognito user pool, checked by the HTTP API's JWT authorizer; locally a token of the runtime's dev issuer (`npm run token`). Groups come from `cognito:groups`: `moderators` (or `admins`) for moderation, `admins` for policy changes.",
        },
      },
      headers: {
        XRequestId: {
          description: 'The id of this request, also in every log line it caused.',
          schema: { type: 'string' },
        },
        Location: { description: 'Where the new comment lives.', schema: { type: 'string' } },
        ETag: { description: 'Entity tag of the representation.', schema: { type: 'string' } },
        CacheControlPublic: {
          description: 'Exactly `public, max-age=5, stale-while-revalidate=30`.',
          schema: { type: 'string', const: 'public, max-age=5, stale-while-revalidate=30' },
        },
        CacheControlDocument: {
          description: 'Exactly `public, max-age=300`.',
          schema: { type: 'string', const: 'public, max-age=300' },
        },
        RetryAfter: {
          description: 'Seconds until the client may post again.',
          schema: { type: 'integer', minimum: 1 },
        },
        WwwAuthenticate: { description: '`Bearer`.', schema: { type: 'string' } },
      },
      responses: {
        RouteNotFound: errorResponse(404, ['ROUTE_NOT_FOUND'], 'public'),
      },
    },
  };
}

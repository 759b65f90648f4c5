/**
 * The one declaration of the HTTP routes: method, path, handler file and who may
 * call. The CDK stack makes one function and one HTTP API route of each entry;
 * the local gateway serves the same entries with the same handlers.
 */

export type Access =
  /** anyone, from the allowed origins */
  | 'public'
  /** a valid JWT whose groups include `moderators` */
  | 'moderators'
  /** a valid JWT whose groups include `admins` */
  | 'admins';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface Route {
  /** Stable id, also the construct id and function name suffix. */
  id: string;
  method: Method;
  /** API Gateway path template, `{name}` for path parameters. */
  path: string;
  /** Entry point, relative to the repository root. */
  handler: string;
  access: Access;
}

export const routes: readonly Route[] = [
  {
    id: 'PostComment',
    method: 'POST',
    path: '/v1/articles/{articleId}/comments',
    handler: 'functions/comments/post-comment.ts',
    access: 'public',
  },
  {
    id: 'ListComments',
    method: 'GET',
    path: '/v1/articles/{articleId}/comments',
    handler: 'functions/comments/list-comments.ts',
    access: 'public',
  },
  {
    id: 'ReportComment',
    method: 'POST',
    path: '/v1/comments/{commentId}/reports',
    handler: 'functions/comments/report-comment.ts',
    access: 'public',
  },
  {
    id: 'GetOpenApi',
    method: 'GET',
    path: '/v1/openapi.json',
    handler: 'functions/meta/get-openapi.ts',
    access: 'public',
  },
  {
    id: 'ListQueue',
    method: 'GET',
    path: '/v1/moderation/queue',
    handler: 'functions/moderation/list-queue.ts',
    access: 'moderators',
  },
  {
    id: 'GetComment',
    method: 'GET',
    path: '/v1/moderation/comments/{commentId}',
    handler: 'functions/moderation/get-comment.ts',
    access: 'moderators',
  },
  {
    id: 'DecideComment',
    method: 'POST',
    path: '/v1/moderation/comments/{commentId}/decision',
    handler: 'functions/moderation/decide-comment.ts',
    access: 'moderators',
  },
  {
    id: 'DecideComments',
    method: 'POST',
    path: '/v1/moderation/decisions',
    handler: 'functions/moderation/decide-comments.ts',
    access: 'moderators',
  },
  {
    id: 'UpdateArticle',
    method: 'PUT',
    path: '/v1/moderation/articles/{articleId}',
    handler: 'functions/moderation/update-article.ts',
    access: 'moderators',
  },
  {
    id: 'BanAuthor',
    method: 'POST',
    path: '/v1/moderation/authors/{authorKey}/ban',
    handler: 'functions/moderation/ban-author.ts',
    access: 'moderators',
  },
  {
    id: 'UnbanAuthor',
    method: 'DELETE',
    path: '/v1/moderation/authors/{authorKey}/ban',
    handler: 'functions/moderation/unban-author.ts',
    access: 'moderators',
  },
  {
    id: 'GetPolicy',
    method: 'GET',
    path: '/v1/moderation/policy',
    handler: 'functions/moderation/get-policy.ts',
    access: 'moderators',
  },
  {
    id: 'PutPolicy',
    method: 'PUT',
    path: '/v1/moderation/policy',
    handler: 'functions/moderation/put-policy.ts',
    access: 'admins',
  },
  {
    id: 'PreviewPolicy',
    method: 'POST',
    path: '/v1/moderation/policy/preview',
    handler: 'functions/moderation/preview-policy.ts',
    access: 'moderators',
  },
];

/** The stream relay: not an HTTP route, but a function all the same. */
export const relay = { id: 'Relay', handler: 'functions/publishing/relay.ts' } as const;

/** Who may call a route, as JWT groups; `public` routes need none. */
export function requiredGroup(access: Access): string | undefined {
  return access === 'public' ? undefined : access;
}

import type { ApiResult, PostedComment } from './api.ts';

/** What the author is told after pressing "Post", in words. */
export interface Outcome {
  kind: 'published' | 'pending' | 'rejected' | 'invalid' | 'rate-limited' | 'closed' | 'error';
  text: string;
  /** Rules to fix or fields to correct, one line each. */
  list?: string[];
  /** The text stays in the form for another try. */
  keepText: boolean;
}

export function describeOutcome(result: ApiResult<PostedComment>, isReply: boolean): Outcome {
  const what = isReply ? 'reply' : 'comment';
  if (result.ok) {
    return result.data.comment.status === 'published'
      ? { kind: 'published', text: `Thank you! Your ${what} is published.`, keepText: false }
      : {
          kind: 'pending',
          text: `Thank you! Your ${what} is held for review: it will appear here once a moderator approves it.`,
          keepText: false,
        };
  }
  const { error, status } = result;
  const lines = (error.details ?? []).map((detail) => detail.message).filter(Boolean);
  switch (error.code) {
    case 'COMMENT_REJECTED':
      return {
        kind: 'rejected',
        text: `Your ${what} was not posted because it breaks a rule of this site. Please edit it and post again:`,
        list: lines.length > 0 ? lines : [error.message],
        keepText: true,
      };
    case 'RATE_LIMITED':
      return {
        kind: 'rate-limited',
        text: `You are posting too quickly. Please wait ${waitText(result.retryAfterSeconds)} and try again; your text is kept.`,
        keepText: true,
      };
    case 'ARTICLE_CLOSED':
      return { kind: 'closed', text: 'Comments on this article are closed.', keepText: true };
    case 'PARENT_NOT_FOUND':
      return {
        kind: 'error',
        text: 'The comment you are replying to is no longer available. You can post your text as a new comment.',
        keepText: true,
      };
    case 'NETWORK_ERROR':
      return {
        kind: 'error',
        text: `Your ${what} could not be sent: the comment service did not answer. Check your connection and try again; your text is kept.`,
        keepText: true,
      };
    case 'INVALID_AUTHOR_TOKEN':
    case 'AUTHOR_TOKEN_REQUIRED':
      return {
        kind: 'error',
        text: 'Please sign in again to comment (your session has expired); your text is kept.',
        keepText: true,
      };
    case 'VALIDATION_FAILED':
      return {
        kind: 'invalid',
        text: `Please check your ${what}:`,
        list: (error.details ?? []).map((detail) => `${fieldLabel(detail.path)} ${detail.message}`),
        keepText: true,
      };
    default:
      return {
        kind: 'error',
        text:
          status >= 500
            ? `Something went wrong on our side, so your ${what} was not posted. Please try again; your text is kept.`
            : `Your ${what} was not posted: ${error.message}`,
        keepText: true,
      };
  }
}

function waitText(seconds: number | undefined): string {
  if (seconds === undefined) return 'a minute';
  if (seconds < 90) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minutes`;
}

const fieldLabels: Record<string, string> = {
  'body.body': 'Comment:',
  'body.authorName': 'Name:',
  'body.authorEmail': 'Email:',
};

function fieldLabel(path: string): string {
  return fieldLabels[path] ?? `${path}:`;
}

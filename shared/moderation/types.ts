/** What a comment brings to the engine: its text as the author sent it. */
export interface CommentText {
  body: string;
  authorName?: string | undefined;
  authorEmail?: string | undefined;
}

export type ArticleMode = 'pre' | 'auto' | 'post';

/** What the store knows around a comment, gathered before the engine runs. */
export interface ModerationContext {
  /** The article's mode: `pre` holds everything, `post` publishes all that is not rejected. */
  mode: ArticleMode;
  author: {
    /** Signed in through a valid site SSO token. */
    verified: boolean;
    /** How many of this author's comments were published, and rejected, so far. */
    publishedCount: number;
    rejectedCount: number;
    /** Banned now (a ban whose `until` has passed does not count). */
    banned: boolean;
  };
  /** The same text (after normalisation) came from this author within the last day. */
  recentDuplicate: boolean;
}

export type Decision = 'publish' | 'hold' | 'reject';

/** One reason behind a verdict. */
export interface Signal {
  rule: string;
  action: Decision;
  detail: string;
}

export interface Verdict {
  decision: Decision;
  signals: Signal[];
}

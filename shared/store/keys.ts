/** Primary keys of every item kind in the one table (see infra/table.ts). */

export const commentSk = 'COMMENT';

export const keys = {
  comment: (id: string) => ({ pk: `C#${id}`, sk: commentSk }),
  history: (id: string, version: number) => ({
    pk: `C#${id}`,
    sk: `HISTORY#${String(version).padStart(8, '0')}`,
  }),
  report: (id: string, reporter: string) => ({ pk: `C#${id}`, sk: `REPORT#${reporter}` }),
  article: (articleId: string) => ({ pk: `A#${articleId}`, sk: 'ARTICLE' }),
  author: (authorKey: string) => ({ pk: `U#${authorKey}`, sk: 'AUTHOR' }),
  rateWindow: (client: string, window: string) => ({ pk: `RATE#${client}#${window}`, sk: 'RATE' }),
  idempotency: (articleId: string, clientToken: string) => ({
    pk: `IDEM#${articleId}#${clientToken}`,
    sk: 'IDEMPOTENCY',
  }),
  duplicate: (authorKey: string, fingerprint: string) => ({
    pk: `DUP#${authorKey}#${fingerprint}`,
    sk: 'DUPLICATE',
  }),
  policy: () => ({ pk: 'POLICY', sk: 'CURRENT' }),
  policyVersion: (version: number) => ({ pk: 'POLICY', sk: `V#${String(version).padStart(8, '0')}` }),
};

export const publishedPk = (articleId: string) => `ARTICLE#${articleId}`;
export const queuePk = (status: string) => `QUEUE#${status}`;
export const articleQueuePk = (status: string, articleId: string) => `QUEUE#${status}#${articleId}`;

/** The article's counters item sorts before every comment in both published orders. */
export const articleThreadKey = '!';

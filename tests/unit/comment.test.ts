import { describe, expect, it } from 'vitest';
import { type Comment, threadKeys, toPublicComment } from '../../shared/comment.ts';
import { publicationOf } from '../../shared/publishing/publication.ts';
import { publicCommentFields } from '../support/contract.ts';

const comment = (overrides: Partial<Comment> = {}): Comment => ({
  id: '01J00000000000000000000002',
  articleId: 'story',
  parentId: null,
  rootId: '01J00000000000000000000002',
  authorName: 'Olena',
  authorEmail: 'olena@example.com',
  authorKey: 'a_key',
  authorVerified: false,
  body: 'text',
  status: 'published',
  version: 1,
  createdAt: '2026-11-28T10:00:00.000Z',
  publishedAt: '2026-11-28T10:00:00.000Z',
  signals: [],
  reports: { count: 0, reasons: {} },
  decidedBy: null,
  decidedAt: null,
  ...overrides,
});

describe('thread keys', () => {
  const rootA = '01J00000000000000000000001';
  const rootB = '01J00000000000000000000009';
  const replyA = '01J0000000000000000000000Z';
  const keys = [
    { id: rootA, rootId: rootA },
    { id: replyA, rootId: rootA },
    { id: rootB, rootId: rootB },
  ].map(threadKeys);

  it('puts replies right after their root, roots oldest first', () => {
    const sorted = keys.map((key) => key.oldest).sort();
    expect(sorted).toEqual([keys[0]?.oldest, keys[1]?.oldest, keys[2]?.oldest]);
  });
  it('puts replies right after their root, roots newest first', () => {
    const sorted = keys.map((key) => key.newest).sort();
    expect(sorted).toEqual([keys[2]?.newest, keys[0]?.newest, keys[1]?.newest]);
  });
});

describe('public view', () => {
  it('carries no email, key, signals, status or version', () => {
    const view = toPublicComment(comment());
    expect(Object.keys(view).sort()).toEqual(publicCommentFields);
  });
});

describe('publications', () => {
  const at = '2026-11-28T11:00:00.000Z';
  it('publishes a comment that becomes visible, keyed by its version', () => {
    const publication = publicationOf(
      comment({ status: 'pending', version: 1 }),
      comment({ version: 2 }),
      at,
    );
    expect(publication).toMatchObject({ type: 'comment.published', eventId: `${comment().id}:2` });
  });
  it('publishes a comment created published', () => {
    expect(publicationOf(undefined, comment(), at)?.type).toBe('comment.published');
  });
  it('unpublishes a published comment that is rejected', () => {
    const publication = publicationOf(
      comment(),
      comment({ status: 'rejected', version: 2, decidedAt: at }),
      at,
    );
    expect(publication).toMatchObject({
      type: 'comment.unpublished',
      eventId: `${comment().id}:2`,
      occurredAt: at,
    });
  });
  it('unpublishes a published comment that is erased', () => {
    expect(publicationOf(comment({ version: 3 }), undefined, at)).toMatchObject({
      type: 'comment.unpublished',
      eventId: `${comment().id}:4`,
    });
  });
  it('sends nothing when a published comment is flagged, or a pending one rejected', () => {
    expect(publicationOf(comment(), comment({ status: 'flagged', version: 2 }), at)).toBeUndefined();
    expect(
      publicationOf(comment({ status: 'pending' }), comment({ status: 'rejected' }), at),
    ).toBeUndefined();
  });
  it('sends nothing when a published comment is published again', () => {
    expect(publicationOf(comment(), comment({ version: 2 }), at)).toBeUndefined();
  });
});

/** What API.md lets anyone see of a comment: these fields and no others. */
export const publicCommentFields = [
  'articleId',
  'authorName',
  'body',
  'createdAt',
  'edited',
  'id',
  'parentId',
  'publishedAt',
  'rootId',
].sort();

/**
 * A few civil comments under the demo story, posted through the public API
 * like any reader's, so `npm start` shows a living thread. Each comment comes
 * from its own user agent: the per-client rate limit counts IP and user agent.
 */

export const demoArticleId = 'kyiv-strike-pause';

interface SeedComment {
  authorName: string;
  body: string;
  /** Index of the seeded comment this one replies to. */
  replyTo?: number;
}

const seedComments: SeedComment[] = [
  {
    authorName: 'Olena K.',
    body: 'Дякую за новину. Навіть тиждень без ударів по енергетиці означає тепло в домівках для тисяч людей. Але віримо лише тому, що побачимо.',
  },
  {
    authorName: 'Mark Ellison',
    body: 'A pause "because of the weather" is an odd way to put it. I will believe it when the air-raid alerts over Kyiv actually stop.',
  },
  {
    authorName: 'Taras',
    body: 'Agreed. Last winter the grid barely held, so even one quiet week for the repair crews would matter a lot.',
    replyTo: 1,
  },
  {
    authorName: 'Ирина',
    body: 'Очень хочется, чтобы это были не просто слова. Берегите себя, киевляне, и держитесь в эти морозы.',
  },
  {
    authorName: 'Jonas W.',
    body: 'Helpful summary. Does anyone know whether the pause is meant to cover the whole Kyiv region or only the city itself?',
  },
];

/** Posts the demo comments unless the story already has comments (`npm start -- --persist`). */
export async function seedDemo(apiUrl: string): Promise<number> {
  const base = `${apiUrl.replace(/\/+$/u, '')}/v1/articles/${demoArticleId}/comments`;
  const existing = await fetch(`${base}?limit=1`);
  if (!existing.ok) throw new Error(`listing the demo story's comments answered ${existing.status}`);
  const { total } = (await existing.json()) as { total: number };
  if (total > 0) return 0;

  const ids: string[] = [];
  for (const [index, comment] of seedComments.entries()) {
    const parentId = comment.replyTo === undefined ? undefined : ids[comment.replyTo];
    const response = await fetch(base, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': `leave-a-comment-seed/${index}` },
      body: JSON.stringify({ body: comment.body, authorName: comment.authorName, parentId }),
    });
    const answer = (await response.json()) as { comment?: { id: string }; error?: { message: string } };
    if (!response.ok || !answer.comment)
      throw new Error(
        `seeding "${comment.authorName}" answered ${response.status}: ${answer.error?.message}`,
      );
    ids.push(answer.comment.id);
  }
  return ids.length;
}

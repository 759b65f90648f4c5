/**
 * DynamoDB cancels one of two transactions that touch the same item at once
 * (an article's counters, a reported comment's version). The loser reads
 * again and retries after a short random wait, a bounded number of times.
 */
export async function retryWhileContended<T>(
  what: string,
  attempt: () => Promise<T | 'contended'>,
): Promise<T> {
  for (let tries = 0; ; tries++) {
    const outcome = await attempt();
    if (outcome !== 'contended') return outcome;
    if (tries >= 8) throw new Error(`${what} kept conflicting`);
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 15 * 2 ** Math.min(tries, 4)));
  }
}

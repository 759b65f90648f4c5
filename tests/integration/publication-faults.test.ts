import type { DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../infra/local/runtime.ts';
import type { StreamHandler } from '../../infra/local/stream-poller.ts';
import { call, drainQueue, freshArticleId, moderatorToken, startTestRuntime } from '../support/runtime.ts';

/**
 * The outbox under fire: while moderators approve and reject a few hundred
 * comments, the relay fails before sending, after sending and half way
 * through batches, and the queue emulator goes down and comes back. Every
 * publication must still arrive exactly once, and nothing else.
 */

const seed = Number(process.env.FAULT_SEED ?? Date.now() % 100_000);
let state = seed;
const random = () => {
  state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
  return state / 2_147_483_648;
};

const faults = { enabled: true, before: 0, after: 0, midBatch: 0, outages: 0 };

/** Wraps the relay so that a third of its batches fail in one of three ways. */
const faulty =
  (relay: StreamHandler): StreamHandler =>
  async (event: DynamoDBStreamEvent) => {
    const roll = random();
    if (!faults.enabled || roll > 0.33) return relay(event);
    const first = event.Records[0]?.dynamodb?.SequenceNumber ?? '';
    if (roll < 0.11) {
      faults.before++;
      throw new Error('injected: relay crashed before sending');
    }
    if (roll < 0.22) {
      faults.after++;
      await relay(event);
      return { batchItemFailures: [{ itemIdentifier: first }] };
    }
    faults.midBatch++;
    const cut = Math.floor(random() * event.Records.length);
    const sent = await relay({ Records: event.Records.slice(0, cut) });
    if (sent?.batchItemFailures?.length) return sent;
    return { batchItemFailures: [{ itemIdentifier: event.Records[cut]?.dynamodb?.SequenceNumber ?? first }] };
  };

let runtime: LocalRuntime;
beforeAll(async () => {
  // Its own queue emulator, so the outage hurts no other test file.
  runtime = await startTestRuntime({ sqsEndpoint: undefined, wrapRelay: faulty });
});
afterAll(async () => {
  await runtime?.stop();
});

interface HistoryEntry {
  from: string | null;
  to: string;
  version: number;
}

const visible = (status: string | null) => status === 'published' || status === 'flagged';

describe('publication under faults', () => {
  it(`sends every publication exactly once and nothing for comments never published (seed ${seed})`, async () => {
    const moderator = { authorization: `Bearer ${moderatorToken(runtime)}` };
    const articles = [freshArticleId('faults'), freshArticleId('faults'), freshArticleId('faults')];
    for (const articleId of articles.slice(0, 2)) {
      await call(runtime, 'PUT', `/v1/moderation/articles/${articleId}`, {
        body: { mode: 'pre' },
        headers: moderator,
      });
    }
    const ids: string[] = [];
    for (let index = 0; index < 240; index++) {
      const articleId = articles[index % articles.length] as string;
      const posted = await call(runtime, 'POST', `/v1/articles/${articleId}/comments`, {
        body: { body: `Comment number ${index} about the pause.`, authorName: `Reader ${index}` },
        headers: { 'user-agent': `fault-client-${index}` },
      });
      expect(posted.status).toBe(201);
      ids.push(posted.body.comment.id);
    }

    // Decisions in rounds, with the queue going down in the middle of some of them.
    const outage = async () => {
      faults.outages++;
      await runtime.queueEmulator?.pause();
      await new Promise((resolve) => setTimeout(resolve, 300 + random() * 700));
      await runtime.queueEmulator?.resume();
    };
    let decisions = 0;
    for (let round = 0; round < 4; round++) {
      const chosen = ids.filter(() => random() < 0.45);
      const outageDuring = round % 2 === 0 ? outage() : Promise.resolve();
      for (let start = 0; start < chosen.length; start += 20) {
        const batch = chosen.slice(start, start + 20).map((commentId) => ({
          commentId,
          decision: random() < 0.6 ? 'approve' : 'reject',
        }));
        const reply = await call(runtime, 'POST', '/v1/moderation/decisions', {
          body: { decisions: batch },
          headers: moderator,
        });
        expect(reply.status).toBe(200);
        decisions += batch.length;
      }
      await outageDuring;
    }
    expect(decisions).toBeGreaterThan(300);

    faults.enabled = false;
    await runtime.poller.drain();
    const messages = await drainQueue(runtime);
    const eventIds = messages.map((message) => message.body.eventId as string);
    expect(new Set(eventIds).size).toBe(eventIds.length);

    const expected = new Map<string, string>();
    const neverPublished: string[] = [];
    for (const id of ids) {
      const detail = await call(runtime, 'GET', `/v1/moderation/comments/${id}`, { headers: moderator });
      const history = detail.body.comment.history as HistoryEntry[];
      let everPublished = false;
      for (const entry of history) {
        if (!visible(entry.from) && visible(entry.to)) {
          expected.set(`${id}:${entry.version}`, 'comment.published');
          everPublished = true;
        }
        if (visible(entry.from) && !visible(entry.to))
          expected.set(`${id}:${entry.version}`, 'comment.unpublished');
      }
      if (!everPublished) neverPublished.push(id);
    }
    const received = new Map(
      messages.map((message) => [message.body.eventId as string, message.body.type as string]),
    );
    expect(received).toEqual(expected);
    for (const id of neverPublished)
      expect(eventIds.some((eventId) => eventId.startsWith(`${id}:`))).toBe(false);
    for (const message of messages) expect(message.groupId).toBe(message.body.comment.articleId);
    expect(faults.before + faults.after + faults.midBatch).toBeGreaterThan(0);
    expect(faults.outages).toBeGreaterThan(0);
  }, 240_000);
});

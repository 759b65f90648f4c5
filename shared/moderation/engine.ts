import { createHash } from 'node:crypto';
import type { Policy } from './policy.ts';
import type { CommentText, Decision, ModerationContext, Signal, Verdict } from './types.ts';

// A placeholder with the final interface: length and link count only.
// The full engine replaces this file.

const maxBodyCodePoints = 5000;
const linkPattern = /\bhttps?:\/\/\S+/giu;

/** Rules whose rejection a person can fix by editing the text (answered `422`). */
export const fixableRules: ReadonlySet<string> = new Set(['banned_term', 'blocked_domain', 'too_long']);

/** Moderates one comment: the verdict and the signals that caused it. Pure, no I/O. */
export function moderate(comment: CommentText, context: ModerationContext, policy: Policy): Verdict {
  const signals: Signal[] = [];
  const body = comment.body.normalize('NFKC');
  if ([...body].length > maxBodyCodePoints) {
    signals.push({ rule: 'too_long', action: 'reject', detail: `over ${maxBodyCodePoints} characters` });
  }
  const links = body.match(linkPattern)?.length ?? 0;
  if (links > policy.maxLinks) {
    signals.push({
      rule: 'too_many_links',
      action: 'hold',
      detail: `${links} links, at most ${policy.maxLinks}`,
    });
  }
  if (context.author.banned)
    signals.push({ rule: 'banned_author', action: 'reject', detail: 'author is banned' });
  return { decision: decide(signals, context), signals };
}

function decide(signals: Signal[], context: ModerationContext): Decision {
  if (signals.some((s) => s.action === 'reject')) return 'reject';
  if (context.mode === 'post') return 'publish';
  if (context.mode === 'pre' || signals.some((s) => s.action === 'hold')) return 'hold';
  return 'publish';
}

/** A key for "the same text again": equal for texts that normalise alike. */
export function duplicateFingerprint(body: string): string {
  const folded = body.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
  return createHash('sha256').update(folded).digest('base64url').slice(0, 22);
}

import { createHash } from 'node:crypto';
import { backwardWords } from './backwards.ts';
import { compiledFor } from './compile.ts';
import { collectHits, type Hit } from './evidence.ts';
import {
  askedModels,
  floodSignals,
  linkSignals,
  modelSignals,
  SignalList,
  spamSignals,
  termSignals,
  threatSignals,
} from './heuristics.ts';
import { kindBackwards, kindFakeWarning, kindLinkHint } from './kinds.ts';
import { type FoundLink, findLinks } from './links.ts';
import { normalise, type Scan, scanComment } from './normalise.ts';
import type { Policy } from './policy.ts';
import type { CommentText, Decision, ModerationContext, Signal, Verdict } from './types.ts';

/** Longest comment, in code points after normalisation (API.md: 1..5000). */
export const maxBodyCodePoints = 5000;

/** Rules whose rejection a person can fix by editing the text (answered `422`). */
export const fixableRules: ReadonlySet<string> = new Set(['banned_term', 'blocked_domain', 'too_long']);

/** Verified authors with a clean published history. */
function isTrusted(context: ModerationContext): boolean {
  const a = context.author;
  return a.verified && a.publishedCount >= 3 && a.rejectedCount * 10 <= a.publishedCount;
}

function authorSignals(context: ModerationContext, policy: Policy, out: SignalList): void {
  const a = context.author;
  if (a.banned) out.add('banned_author', 'reject', 'the author is banned');
  if (policy.anonymous === 'hold' && !a.verified) {
    out.add('anonymous', 'hold', 'comments without a verified sign-in are reviewed');
  }
  if (a.publishedCount < policy.newAuthorHold) {
    out.add('new_author', 'hold', `an author's first ${policy.newAuthorHold} comments are reviewed`);
  }
  if (context.recentDuplicate) out.add('duplicate', 'hold', 'the same text was posted within the last day');
  if (context.mode === 'pre') out.add('article_mode', 'hold', 'this article holds every comment for review');
}

/**
 * Moderates one comment: the verdict and the signals that caused it. Pure, no I/O; the
 * policy is compiled once and cached, so the per-comment cost is one normalising pass,
 * one automaton pass and the cheap rules.
 */
export function moderate(comment: CommentText, context: ModerationContext, policy: Policy): Verdict {
  const out = new SignalList();
  authorSignals(context, policy, out);
  const { s, hits } = ruleSignals(comment.body, policy, out);
  modelSignals(s, hits, out);
  floodSignals(s, isTrusted(context), out);
  if (hits.some((h) => h.kind === kindBackwards)) backwardTermSignals(comment.body, policy, out);
  return { decision: decide(out.items, context), signals: out.items };
}

/**
 * Banned and suspect terms among the words written backwards (in a comment that says to read
 * it so), read as a text of their own once the comment's scan is done with: the scan is shared, and
 * this one replaces it.
 */
function backwardTermSignals(body: string, policy: Policy, out: SignalList): void {
  if (out.has('banned_term')) return;
  const words = backwardWords(body);
  if (words.parts.length === 0) return;
  const s = scanComment(words.parts.join(' '));
  const aligned = s.words === words.parts.length;
  termSignals(s, collectHits(s, compiledFor(policy)), out, (h) =>
    aligned ? ` (in "${words.in[h.first]}")` : '',
  );
}

/** The scan, the hits and the signals of the rules that read the text (the word models aside). */
function ruleSignals(body: string, policy: Policy, out: SignalList): { s: Scan; hits: Hit[] } {
  const compiled = compiledFor(policy);
  const s = scanComment(body);
  if (s.codePoints > maxBodyCodePoints) {
    out.add('too_long', 'reject', `${s.codePoints} characters, at most ${maxBodyCodePoints}`);
  }
  const hits = collectHits(s, compiled);
  termSignals(s, hits, out);
  threatSignals(s, hits, out);
  const disguised = s.disguiseHint || hits.some((h) => h.kind === kindLinkHint);
  const links: FoundLink[] =
    s.linkHint || disguised ? findLinks(s.source, disguised, s.linkFrom, s.linkTo, s.maxUnbroken) : [];
  linkSignals(
    links,
    compiled,
    policy,
    out,
    hits.some((h) => h.kind === kindFakeWarning),
  );
  spamSignals(s, hits, links, out);
  return { s, hits };
}

/**
 * Which word models the engine asks about `body` (the rules have not held it for the model's
 * reason): `npm run train:models` sets each threshold over the clean comments a model is asked about.
 */
export function modelsAskedAbout(body: string, policy: Policy): { spam: boolean; threats: boolean } {
  const out = new SignalList();
  const { s, hits } = ruleSignals(body, policy, out);
  return askedModels(s, hits, out);
}

/** Any reject wins; `post` articles publish the rest; `pre` or any hold holds. */
export function decide(signals: readonly Signal[], context: ModerationContext): Decision {
  if (signals.some((s) => s.action === 'reject')) return 'reject';
  if (context.mode === 'post') return 'publish';
  if (context.mode === 'pre' || signals.some((s) => s.action === 'hold')) return 'hold';
  return 'publish';
}

/**
 * A key for "the same text again": equal for texts that normalise alike (case, width,
 * invisible characters, stretched letters, spacing and punctuation do not matter).
 */
export function duplicateFingerprint(body: string): string {
  return createHash('sha256').update(normalise(body)).digest('base64url').slice(0, 22);
}

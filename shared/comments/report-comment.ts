import { isVisible, type ReportReason } from '../comment.ts';
import { retryWhileContended } from '../contention.ts';
import { NotFoundError } from '../errors.ts';
import { clientPseudonym } from '../identity.ts';
import { freshPolicy, rememberPolicy } from '../policy-cache.ts';
import { secrets } from '../secrets.ts';
import { policyFromItem } from '../store/policy.ts';
import { addReport, readReportContext } from '../store/reports.ts';
import { countOutcome } from '../telemetry.ts';
import type { Client } from './post-comment.ts';
import type { ReportInput } from './schemas.ts';

export interface ReportCommentRequest {
  commentId: string;
  input: ReportInput;
  client: Client;
}

/** What the reporter is told: the same whether or not the report counted. */
export interface AcceptedReport {
  report: { commentId: string; reason: ReportReason };
}

/**
 * A reader reports a published comment. Each reporter (client fingerprint)
 * counts once per comment; a repeat is accepted and counts nothing, so a
 * reporter cannot tell whether they were counted. At the policy's report
 * threshold a published comment moves to `flagged` and stays visible until a
 * moderator decides.
 */
export async function reportComment(request: ReportCommentRequest): Promise<AcceptedReport> {
  const accepted: AcceptedReport = {
    report: { commentId: request.commentId, reason: request.input.reason },
  };
  const keys = await secrets();
  const reporter = clientPseudonym('reporter', request.client, keys.pseudonymSecret);
  // Two reports landing on one comment at once make one transaction fail its
  // version condition; the loser reads again and tries again.
  return retryWhileContended('Report transaction', async () => {
    const now = new Date();
    const cachedPolicy = freshPolicy(now);
    const context = await readReportContext({
      commentId: request.commentId,
      reporter,
      withPolicy: cachedPolicy === undefined,
    });
    const { policy } = cachedPolicy ?? rememberPolicy(policyFromItem(context.policyItem), now);
    const comment = context.comment;
    if (!comment || !isVisible(comment.status)) {
      throw new NotFoundError('COMMENT_NOT_FOUND', 'No published comment has this id.');
    }
    if (context.alreadyReported) return accepted;
    const outcome = await addReport({
      comment,
      reporter,
      reason: request.input.reason,
      note: request.input.note || null,
      at: now.toISOString(),
      threshold: policy.reportThreshold,
    });
    if (outcome.ok) {
      countOutcome('Report', { name: 'reason', value: request.input.reason });
      return accepted;
    }
    return outcome.reason === 'already_reported' ? accepted : 'contended';
  });
}

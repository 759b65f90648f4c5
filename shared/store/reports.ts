import type { Comment, ReportReason } from '../comment.ts';
import { tableName } from './client.ts';
import { commentFromItem, type Item, indexAttributes, putHistory, setClauses } from './items.ts';
import { keys } from './keys.ts';
import { batchGet } from './posting.ts';
import { type NamedItem, transact } from './transactions.ts';

/** The store's side of readers' reports on published comments. */

export interface ReportContext {
  comment: Comment | undefined;
  /** This reporter already reported this comment. */
  alreadyReported: boolean;
  policyItem: Item | null;
}

/** The comment, this reporter's earlier report and (when asked) the policy, in one BatchGetItem. */
export async function readReportContext(request: {
  commentId: string;
  reporter: string;
  withPolicy: boolean;
}): Promise<ReportContext> {
  const wanted = [keys.comment(request.commentId), keys.report(request.commentId, request.reporter)];
  if (request.withPolicy) wanted.push(keys.policy());
  const found = await batchGet(wanted);
  const pick = (key: { pk: string; sk: string }) => found.get(`${key.pk}\u0000${key.sk}`);
  const comment = pick(keys.comment(request.commentId));
  return {
    comment: comment ? commentFromItem(comment) : undefined,
    alreadyReported: pick(keys.report(request.commentId, request.reporter)) !== undefined,
    policyItem: request.withPolicy ? (pick(keys.policy()) ?? null) : null,
  };
}

export interface NewReport {
  comment: Comment;
  reporter: string;
  reason: ReportReason;
  note: string | null;
  at: string;
  /** The policy's report threshold: the distinct count at which a published comment is flagged. */
  threshold: number;
}

export type ReportOutcome =
  | { ok: true; comment: Comment; flagged: boolean }
  | { ok: false; reason: 'already_reported' | 'changed' };

/**
 * Stores one reader's report in one transaction: the report item (once per
 * reporter), the comment's counts (on the condition that it is still the
 * version read and still visible) and, when the count reaches the threshold
 * of a published comment, its move to `flagged` with its history item. The
 * comment stays visible, so readers' counters do not change.
 */
export async function addReport(report: NewReport): Promise<ReportOutcome> {
  const { comment } = report;
  const table = tableName();
  const count = comment.reports.count + 1;
  const flagged = comment.status === 'published' && count >= report.threshold;
  const changed: Comment = {
    ...comment,
    status: flagged ? 'flagged' : comment.status,
    version: comment.version + 1,
    reports: {
      count,
      reasons: {
        ...comment.reports.reasons,
        [report.reason]: (comment.reports.reasons[report.reason] ?? 0) + 1,
      },
    },
  };
  const names: Record<string, string> = {
    '#reports': 'reports',
    '#count': 'count',
    '#reasons': 'reasons',
    '#reason': report.reason,
    '#version': 'version',
    '#status': 'status',
  };
  const values: Record<string, unknown> = {
    ':one': 1,
    ':zero': 0,
    ':expected': comment.version,
    ':published': 'published',
    ':flagged': 'flagged',
  };
  const sets = [
    '#reports.#count = #reports.#count + :one',
    '#reports.#reasons.#reason = if_not_exists(#reports.#reasons.#reason, :zero) + :one',
    '#version = #version + :one',
  ];
  if (flagged) {
    sets.push('#status = :flagged', ...setClauses(indexAttributes(changed), 'i', names, values));
  }
  const items: NamedItem<'report' | 'comment' | 'history'>[] = [
    {
      name: 'report',
      item: {
        Put: {
          TableName: table,
          Item: {
            ...keys.report(comment.id, report.reporter),
            entity: 'report',
            reason: report.reason,
            note: report.note,
            at: report.at,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    },
    {
      name: 'comment',
      item: {
        Update: {
          TableName: table,
          Key: keys.comment(comment.id),
          UpdateExpression: `SET ${sets.join(', ')}`,
          ConditionExpression: '#version = :expected AND #status IN (:published, :flagged)',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        },
      },
    },
  ];
  if (flagged) {
    items.push({
      name: 'history',
      item: putHistory(table, comment.id, {
        at: report.at,
        by: 'reports',
        from: comment.status,
        to: 'flagged',
        reason: describeReasons(changed.reports.reasons),
        version: changed.version,
      }),
    });
  }
  const outcome = await transact(items);
  if (outcome.ok) return { ok: true, comment: changed, flagged };
  if (outcome.failed.includes('report')) return { ok: false, reason: 'already_reported' };
  if (outcome.failed.includes('comment') || outcome.conflicted) return { ok: false, reason: 'changed' };
  throw new Error(`Report transaction cancelled: ${outcome.failed.join(', ')}`);
}

/** `3 reports: spam 2, abuse 1` */
function describeReasons(reasons: Comment['reports']['reasons']): string {
  const parts = Object.entries(reasons)
    .filter(([, n]) => (n ?? 0) > 0)
    .map(([reason, n]) => `${reason} ${n}`);
  const total = Object.values(reasons).reduce<number>((sum, n) => sum + (n ?? 0), 0);
  return `${total} reports: ${parts.join(', ')}`;
}

import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { documentClient } from './client.ts';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** A transaction item with a name, so a cancelled transaction can say which condition failed. */
export interface NamedItem<Name extends string> {
  name: Name;
  item: TransactItem;
}

export type TransactionOutcome<Name extends string> =
  | { ok: true }
  | { ok: false; failed: Name[]; conflicted: boolean };

/**
 * Runs one TransactWriteItems. A cancellation becomes a value naming the items
 * whose condition failed (and whether another transaction got in the way);
 * any other failure is thrown.
 */
export async function transact<Name extends string>(
  items: NamedItem<Name>[],
): Promise<TransactionOutcome<Name>> {
  try {
    await documentClient().send(
      new TransactWriteCommand({ TransactItems: items.map((entry) => entry.item) }),
    );
    return { ok: true };
  } catch (error) {
    if (!(error instanceof TransactionCanceledException)) throw error;
    const reasons = error.CancellationReasons ?? [];
    const failed = items
      .filter((_, index) => reasons[index]?.Code === 'ConditionalCheckFailed')
      .map((entry) => entry.name);
    const conflicted = reasons.some((reason) => reason.Code === 'TransactionConflict');
    return { ok: false, failed, conflicted };
  }
}

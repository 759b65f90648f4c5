import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { type Policy, policySchema } from '../moderation/policy.ts';
import { documentClient, tableName } from './client.ts';
import type { Item } from './items.ts';
import { keys } from './keys.ts';
import { transact } from './transactions.ts';

/** A policy as stored: the document, its version and when it was set. */
export interface StoredPolicy {
  policy: Policy;
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

/** No stored policy means the defaults, as version 0. */
export function policyFromItem(item: Item | null | undefined): StoredPolicy {
  if (!item) return { policy: policySchema.parse({}), version: 0, updatedAt: null, updatedBy: null };
  return {
    policy: policySchema.parse(item.policy),
    version: Number(item.version),
    updatedAt: (item.updatedAt as string | undefined) ?? null,
    updatedBy: (item.updatedBy as string | undefined) ?? null,
  };
}

export async function readPolicy(): Promise<StoredPolicy> {
  const { Item } = await documentClient().send(
    new GetCommand({ TableName: tableName(), Key: keys.policy(), ConsistentRead: true }),
  );
  return policyFromItem(Item);
}

/**
 * Replaces the policy if it is still at `expectedVersion`, keeping every
 * version as its own item. Undefined when someone else replaced it first.
 */
export async function writePolicy(
  policy: Policy,
  expectedVersion: number,
  by: string,
  at: string,
): Promise<StoredPolicy | undefined> {
  const version = expectedVersion + 1;
  const document = { policy, version, updatedAt: at, updatedBy: by };
  const outcome = await transact([
    {
      name: 'current',
      item: {
        Put: {
          TableName: tableName(),
          Item: { ...keys.policy(), entity: 'policy', ...document },
          ConditionExpression: expectedVersion === 0 ? 'attribute_not_exists(pk)' : 'version = :expected',
          ExpressionAttributeValues: expectedVersion === 0 ? undefined : { ':expected': expectedVersion },
        },
      },
    },
    {
      name: 'version',
      item: {
        Put: {
          TableName: tableName(),
          Item: { ...keys.policyVersion(version), entity: 'policy', ...document },
        },
      },
    },
  ]);
  return outcome.ok ? document : undefined;
}

import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { type Policy, policySchema } from '../moderation/index.ts';
import { documentClient, tableName } from './client.ts';
import type { Item } from './items.ts';
import { keys } from './keys.ts';

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

import type { AttributeValue } from '@aws-sdk/client-dynamodb';

/**
 * An item's size as DynamoDB bills it: every attribute name plus its value.
 * Strings and binaries by their bytes, numbers about one byte per two
 * significant digits plus one, booleans and nulls one byte, lists and maps
 * three bytes plus one per element (and their members' own names and values).
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/CapacityUnitCalculations.html
 */
export function itemBytes(item: Record<string, AttributeValue>): number {
  let bytes = 0;
  for (const [name, value] of Object.entries(item)) bytes += Buffer.byteLength(name) + valueBytes(value);
  return bytes;
}

function valueBytes(value: AttributeValue): number {
  if (value.S !== undefined) return Buffer.byteLength(value.S);
  if (value.N !== undefined) return numberBytes(value.N);
  if (value.B !== undefined) return value.B.byteLength;
  if (value.BOOL !== undefined || value.NULL !== undefined) return 1;
  if (value.SS !== undefined) return value.SS.reduce((sum, one) => sum + Buffer.byteLength(one), 0);
  if (value.NS !== undefined) return value.NS.reduce((sum, one) => sum + numberBytes(one), 0);
  if (value.L !== undefined) return 3 + value.L.reduce((sum, one) => sum + 1 + valueBytes(one), 0);
  if (value.M !== undefined) return 3 + itemBytes(value.M) + Object.keys(value.M).length;
  return 0;
}

function numberBytes(text: string): number {
  const digits = text.replace(/[-.]/gu, '').replace(/^0+/u, '').replace(/0+$/u, '');
  return Math.ceil(Math.max(1, digits.length) / 2) + 1;
}

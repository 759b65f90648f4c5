import { notImplemented } from '../../adapters/http/not-implemented.ts';

export const handler = notImplemented('public');

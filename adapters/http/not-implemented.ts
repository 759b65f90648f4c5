import type { Access } from '../../infra/routes.ts';
import { NotImplementedError } from '../../shared/errors.ts';
import { route } from './route.ts';

/** A declared route whose behaviour is still to come: `501` in the error envelope. */
export function notImplemented(access: Access) {
  return route({ access }, async () => {
    throw new NotImplementedError('This route is declared but not implemented yet.');
  });
}

import { ResponseError } from '@backstage/errors';

/** True when the backend answered 404: nothing is stored for that yet. */
export function isNotFoundError(error: unknown): boolean {
  return ResponseError.is(error) && error.statusCode === 404;
}

/** True when the backend answered 403: the user may not see this. */
export function isForbiddenError(error: unknown): boolean {
  return ResponseError.is(error) && error.statusCode === 403;
}

/** True when the backend answered 400: it does not take what was asked. */
export function isBadRequestError(error: unknown): boolean {
  return ResponseError.is(error) && error.statusCode === 400;
}

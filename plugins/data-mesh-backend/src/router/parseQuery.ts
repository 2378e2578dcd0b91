import { InputError } from '@backstage/errors';
import { parseEntityRef } from '@backstage/catalog-model';
import {
  ORGANIZATION_SCOPE,
  normalizeEntityRef,
} from '@data-mesh-portfolio/plugin-data-mesh-common';

/*
 * The OpenAPI document checks presence, types and ranges of parameters;
 * what it cannot say (a domain reference, a real calendar day) is parsed
 * here, with a 400 that names the parameter.
 */

/** `organization`, or a domain reference normalised. */
export function parseScope(value: string | undefined): string {
  if (value === undefined || value === '') {
    throw new InputError(
      'Query parameter "scope" is required: "organization" or a domain reference like "domain:default/orders"',
    );
  }
  if (value === ORGANIZATION_SCOPE) return value;
  const expected = `Query parameter "scope" must be "organization" or a domain reference like "domain:default/orders"; got ${JSON.stringify(
    value.slice(0, 200),
  )}`;
  if (value.length > 512) throw new InputError(expected);
  try {
    const ref = parseEntityRef(value, {
      defaultKind: 'domain',
      defaultNamespace: 'default',
    });
    if (ref.kind.toLocaleLowerCase('en-US') !== 'domain') throw new Error();
    return normalizeEntityRef(ref);
  } catch {
    throw new InputError(expected);
  }
}

/** A day (`YYYY-MM-DD`, or an ISO timestamp whose day is used). */
export function parseDay(name: string, value: string | undefined) {
  if (value === undefined) return undefined;
  const day = value.slice(0, 10);
  if (
    !/^\d{4}-\d{2}-\d{2}(T.*)?$/.test(value) ||
    Number.isNaN(Date.parse(value)) ||
    new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day
  ) {
    throw new InputError(
      `Query parameter "${name}" must be a date like 2026-01-31; got ${JSON.stringify(
        value.slice(0, 40),
      )}`,
    );
  }
  return day;
}

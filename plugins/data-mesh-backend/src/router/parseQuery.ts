import { InputError } from '@backstage/errors';
import { parseEntityRef } from '@backstage/catalog-model';
import {
  ORGANIZATION_SCOPE,
  dayOf,
  normalizeEntityRef,
  startOfDay,
} from '@data-mesh-portfolio/plugin-data-mesh-common';

/*
 * The OpenAPI document checks presence, types and ranges of parameters;
 * what it cannot say (a scope's reference, a real calendar day) is parsed
 * here, with a 400 that names the parameter.
 */

const SCOPE_KINDS = ['domain', 'group'];

/**
 * `organization`, a domain reference or a business unit's group reference,
 * normalised. A reference without a kind is a domain's.
 */
export function parseScope(value: string | undefined): string {
  const accepted =
    '"organization", a domain reference like "domain:default/orders" or a business unit like "group:default/commerce"';
  if (value === undefined || value === '') {
    throw new InputError(`Query parameter "scope" is required: ${accepted}`);
  }
  if (value === ORGANIZATION_SCOPE) return value;
  const expected = `Query parameter "scope" must be ${accepted}; got ${JSON.stringify(
    value.slice(0, 200),
  )}`;
  if (value.length > 512) throw new InputError(expected);
  try {
    const ref = parseEntityRef(value, {
      defaultKind: 'domain',
      defaultNamespace: 'default',
    });
    if (!SCOPE_KINDS.includes(ref.kind.toLocaleLowerCase('en-US'))) {
      throw new Error();
    }
    return normalizeEntityRef(ref);
  } catch {
    throw new InputError(expected);
  }
}

/** A day (`YYYY-MM-DD`, or an ISO timestamp whose day is used). */
export function parseDay(name: string, value: string | undefined) {
  if (value === undefined) return undefined;
  const day = dayOf(value);
  if (
    !/^\d{4}-\d{2}-\d{2}(T.*)?$/.test(value) ||
    Number.isNaN(Date.parse(value)) ||
    dayOf(new Date(startOfDay(day))) !== day
  ) {
    throw new InputError(
      `Query parameter "${name}" must be a date like 2026-01-31; got ${JSON.stringify(
        value.slice(0, 40),
      )}`,
    );
  }
  return day;
}

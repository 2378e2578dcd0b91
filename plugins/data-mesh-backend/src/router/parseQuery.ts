import { InputError } from '@backstage/errors';
import { parseEntityRef } from '@backstage/catalog-model';
import {
  CAPABILITY_STATUSES,
  ORGANIZATION_SCOPE,
  normalizeEntityRef,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import type { Request } from 'express';

/*
 * Query parameters are allow-listed per route and checked one by one, so a
 * bad request gets a 400 that names the parameter and what was expected.
 */

type Query = Record<string, string | undefined>;

/** Reads the query, rejecting unknown and repeated parameters. */
export function readQuery(req: Request, allowed: string[]): Query {
  const query: Query = {};
  for (const [key, value] of Object.entries(req.query)) {
    if (!allowed.includes(key)) {
      throw new InputError(
        `Unknown query parameter "${key}"; allowed: ${
          allowed.join(', ') || 'none'
        }`,
      );
    }
    if (typeof value !== 'string') {
      throw new InputError(
        `Query parameter "${key}" must be given once, as text`,
      );
    }
    query[key] = value;
  }
  return query;
}

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

/** One of a fixed set of values, or the default. */
export function parseChoice<T extends string>(
  name: string,
  value: string | undefined,
  choices: readonly T[],
  fallback?: T,
): T | undefined {
  if (value === undefined) return fallback;
  if (!(choices as readonly string[]).includes(value)) {
    throw new InputError(
      `Query parameter "${name}" must be one of ${choices.join(
        ', ',
      )}; got ${JSON.stringify(value.slice(0, 40))}`,
    );
  }
  return value as T;
}

/** Capability statuses a filter may ask for. */
export const CAPABILITY_STATUS_FILTERS = [
  ...CAPABILITY_STATUSES,
  'not-offered',
] as const;

/** Free text of bounded length. */
export function parseText(name: string, value: string | undefined, max = 100) {
  if (value === undefined) return undefined;
  if (value.length === 0 || value.length > max) {
    throw new InputError(
      `Query parameter "${name}" must be between 1 and ${max} characters long`,
    );
  }
  return value;
}

import { makeValidator } from '@backstage/catalog-model';
import { parseFieldRef, parsePortRef, RefContext } from '../refs';
import type { ValidationProblem } from './problems';

/** Which kinds a reference field accepts, and the kind it defaults to. */
export interface RefRule {
  defaultKind?: string;
  allowedKinds: readonly string[];
}

const nameRules = makeValidator();

const EXAMPLE_REF = '"kind:namespace/name" or "name"';

/**
 * Checks one reference field: it must parse, and name an allowed kind.
 * Returns the problem, or undefined when the reference is fine.
 */
export function checkRef(
  path: string,
  value: unknown,
  rule: RefRule,
  context: RefContext,
): ValidationProblem | undefined {
  if (typeof value !== 'string') return undefined; // the schema reports it
  let kind: string;
  try {
    const parsed = parseFieldRef(value, rule.defaultKind, context);
    // parseEntityRef splits on the first ':' and '/' only; the parts must
    // also be names the catalog accepts.
    if (
      !nameRules.isValidNamespace(parsed.namespace) ||
      !nameRules.isValidEntityName(parsed.name)
    ) {
      throw new TypeError('invalid name or namespace');
    }
    kind = parsed.kind;
  } catch {
    const form = rule.defaultKind ? EXAMPLE_REF : '"kind:namespace/name"';
    return {
      path,
      message: `${path} must be an entity reference like ${form}${
        rule.defaultKind ? '' : ' (the kind is required here)'
      }; got ${JSON.stringify(value)}`,
    };
  }
  const allowed = rule.allowedKinds.map(k => k.toLocaleLowerCase('en-US'));
  if (!allowed.includes(kind.toLocaleLowerCase('en-US'))) {
    const kinds = rule.allowedKinds.join(' or ');
    const article = /^[AEIOU]/i.test(kinds) ? 'an' : 'a';
    return {
      path,
      message: `${path} must refer to ${article} ${kinds}; got ${JSON.stringify(
        value,
      )}`,
    };
  }
  return undefined;
}

/**
 * Checks `ref#port`, as a use case names what it consumes: the port part
 * must be well formed, and the reference before it must pass `checkRef`.
 */
export function checkPortRef(
  path: string,
  value: unknown,
  rule: RefRule,
  context: RefContext,
): ValidationProblem | undefined {
  if (typeof value !== 'string') return undefined; // the schema reports it
  try {
    parsePortRef(value, context);
  } catch {
    return {
      path,
      message: `${path} must be a data product reference, optionally followed by #port (e.g. "orders#order-lines"); got ${JSON.stringify(
        value,
      )}`,
    };
  }
  return checkRef(path, value.split('#')[0], rule, context);
}

/** Reports list items whose `name` repeats an earlier item's name. */
export function checkUniqueNames(
  path: string,
  items: unknown,
  what: string,
): ValidationProblem[] {
  if (!Array.isArray(items)) return [];
  const firstIndex = new Map<string, number>();
  const problems: ValidationProblem[] = [];
  items.forEach((item, i) => {
    const name = (item as { name?: unknown } | null)?.name;
    if (typeof name !== 'string') return;
    const earlier = firstIndex.get(name);
    if (earlier === undefined) {
      firstIndex.set(name, i);
      return;
    }
    problems.push({
      path: `${path}[${i}].name`,
      message: `${path}[${i}].name must be unique among ${what}; "${name}" is already used by ${path}[${earlier}]`,
    });
  });
  return problems;
}

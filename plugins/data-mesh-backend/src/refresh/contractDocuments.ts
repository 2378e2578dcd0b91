import { createHash } from 'node:crypto';
import { validateOdcsContract } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { parse } from 'yaml';
import type { NewContractVersion } from '../store/ContractVersionStore';

/*
 * A contract's text as the recompute reads it: parsed and checked, hashed
 * over its content whatever the order of its keys, and its version and
 * status as stored.
 */

/** The same JSON whatever the order of the keys: what the hash is of. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map(key => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** SHA-256 of a parsed contract's canonical form. */
export function contractHash(document: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(canonical(document)))
    .digest('hex');
}

/**
 * A contract's `version` or `status` as stored: the standard does not
 * bound them, the column holds 256 characters, and a longer one must not
 * fail the whole run.
 */
export function textOf(value: unknown): string | null {
  return typeof value === 'string' || typeof value === 'number'
    ? String(value).slice(0, 256)
    : null;
}

/** The parsed contract, or why it is none (with the field paths). */
export function parseContract(
  definition: unknown,
): { document: unknown } | { problem: string } {
  if (typeof definition !== 'string') {
    return { problem: 'spec.definition is not the text of a contract' };
  }
  let document: unknown;
  try {
    document = parse(definition);
  } catch (error) {
    return { problem: `spec.definition is not YAML or JSON: ${error}` };
  }
  const problems = validateOdcsContract(document);
  if (problems.length > 0) {
    return {
      problem: problems
        .slice(0, 3)
        .map(p => `spec.definition: ${p.message}`)
        .join('; '),
    };
  }
  return { document };
}

/** An example earlier version, stored as a contract's first. */
export function firstVersion(
  api: string,
  definition: string,
): NewContractVersion {
  const contract = parse(definition) as Record<string, unknown>;
  return {
    api,
    hash: contractHash(contract),
    version: textOf(contract.version),
    status: textOf(contract.status),
    definition,
    changes: [],
    breaking: false,
    unannounced: false,
    reached: [],
  };
}

import { parse } from 'yaml';
import {
  ContractSummary,
  ReadContractOptions,
  readContract,
} from '@data-mesh-portfolio/plugin-data-mesh-common';

/**
 * What a reader gets from an `odcs` API's definition: the contract's
 * summary, or why it cannot be shown.
 */
export type ContractReading =
  | { summary: ContractSummary; problem?: undefined }
  | { summary?: undefined; problem: string };

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string' ? 'text' : typeof value;
}

/**
 * Reads the text of a data contract (YAML or JSON, as `spec.definition`
 * holds it) into its display summary. Never throws: text that is not one
 * YAML document, or not a mapping, gives the problem in words, so a broken
 * contract is a message on the page rather than a crash of it.
 */
export function readContractDefinition(
  definition: unknown,
  options?: ReadContractOptions,
): ContractReading {
  if (typeof definition !== 'string') {
    return {
      problem: `spec.definition must be the contract's text; got ${describe(
        definition,
      )}`,
    };
  }
  let document: unknown;
  try {
    // The yaml package refuses alias bombs (maxAliasCount) and more than
    // one document, which a contract must not be either.
    document = parse(definition);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { problem: `The contract is not valid YAML or JSON: ${message}` };
  }
  if (
    typeof document !== 'object' ||
    document === null ||
    Array.isArray(document)
  ) {
    return {
      problem: `The contract must be a mapping of fields (apiVersion, kind, schema, …); got ${describe(
        document,
      )}`,
    };
  }
  return { summary: readContract(document, options) };
}

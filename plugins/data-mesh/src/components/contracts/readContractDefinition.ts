import {
  ContractSummary,
  ReadContractOptions,
  readContract,
  readYamlDocuments,
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
 * YAML document, or not a mapping, gives the problem in words with its
 * line, so a broken contract is a message on the page rather than a crash
 * of it. The text is read as the catalog's validation reads it (aliases
 * bounded), so both tell of the same problem.
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
  const { documents, syntaxErrors } = readYamlDocuments(definition);
  if (syntaxErrors.length) {
    const { line, message } = syntaxErrors[0];
    return {
      problem: `The contract is not valid YAML or JSON: line ${line}: ${message}`,
    };
  }
  if (documents.length !== 1) {
    return {
      problem: `The contract must be one YAML document; the text has ${documents.length}`,
    };
  }
  const document = documents[0].value;
  if (typeof document !== 'object' || Array.isArray(document)) {
    return {
      problem: `The contract must be a mapping of fields (apiVersion, kind, schema, …); got ${describe(
        document,
      )}`,
    };
  }
  return { summary: readContract(document, options) };
}

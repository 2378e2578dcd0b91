import path from 'node:path';
import {
  YamlDocument,
  readYamlDocuments,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { describeReadError } from '../io';
import { apiRefKey } from './mapping';
import { isObject } from './types';

/** An `odcs` API entity found in a catalog file, with its contract's id. */
export interface ContractApi {
  /** The API's entity reference as `contract.api` takes it (default kind API). */
  ref: string;
  /** The `id` of the ODCS contract in its `spec.definition`. */
  contractId: string;
  /** Where the API entity is written. */
  file: string;
  /** The line of the API entity. */
  line: number;
}

/** What the contract files gave: ODCS id to API reference, or problems. */
export interface ContractApis {
  /** Each ODCS contract id that exactly one API holds, to that API's ref. */
  byContractId: Map<string, string>;
  /** Each API (by {@link apiRefKey}) to the id of the contract it holds. */
  byApi: Map<string, string>;
  /** One `file:line: message` line each. */
  problems: string[];
}

/** Reads a file named relative to the working directory. */
export type ReadFile = (file: string) => Promise<string>;

function apiRefOf(entity: Record<string, any>): string {
  const namespace = entity.metadata?.namespace ?? 'default';
  const name = String(entity.metadata?.name);
  return namespace === 'default' ? name : `${namespace}/${name}`;
}

/**
 * The text of an API's `spec.definition`: the text itself, or the file a
 * `$text` placeholder names next to the catalog file (as the catalog reads
 * it for a file location). A URL is not fetched: the command works offline.
 */
async function definitionText(
  definition: unknown,
  file: string,
  read: ReadFile,
): Promise<{ text: string } | { problem: string }> {
  if (typeof definition === 'string') return { text: definition };
  const target = isObject(definition) ? definition.$text : undefined;
  if (typeof target !== 'string') {
    return {
      problem: 'spec.definition must be the contract text or { $text: <file> }',
    };
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
    return {
      problem: `spec.definition $text ${target} is a URL; only a file next to the catalog file is read`,
    };
  }
  const contractFile = path.join(path.dirname(file), target);
  try {
    return { text: await read(contractFile) };
  } catch (error) {
    return {
      problem: `spec.definition: ${describeReadError(contractFile, error)}`,
    };
  }
}

async function contractApiOf(
  doc: YamlDocument,
  file: string,
  read: ReadFile,
): Promise<ContractApi | string | undefined> {
  const entity = doc.value;
  if (!isObject(entity) || entity.kind !== 'API') return undefined;
  if (entity.spec?.type !== 'odcs') return undefined;
  const at = `${file}:${doc.line}: API ${apiRefOf(entity)}`;
  const definition = await definitionText(entity.spec.definition, file, read);
  if ('problem' in definition) return `${at}: ${definition.problem}`;
  const contract = readYamlDocuments(definition.text).documents[0]?.value;
  const contractId = isObject(contract) ? contract.id : undefined;
  if (typeof contractId !== 'string' || !contractId) {
    return `${at}: its ODCS contract has no id; expected the contract's id, which an ODPS port names as its contractId`;
  }
  return { ref: apiRefOf(entity), contractId, file, line: doc.line };
}

/**
 * Reads the `odcs` API entities of catalog files (other documents are
 * passed over) and the id of the ODCS contract each holds, so that import
 * can link a port's `contractId` to its API, and export can write the
 * contract id of a port's `contract.api`. Two APIs holding the same
 * contract id are a problem: a port naming it could mean either.
 */
export async function readContractApis(
  files: Array<{ file: string; text: string }>,
  read: ReadFile,
): Promise<ContractApis> {
  const problems: string[] = [];
  const found: ContractApi[] = [];
  for (const { file, text } of files) {
    const { documents, syntaxErrors } = readYamlDocuments(text);
    for (const e of syntaxErrors) {
      problems.push(`${file}:${e.line}: YAML syntax error: ${e.message}`);
    }
    for (const doc of documents) {
      const api = await contractApiOf(doc, file, read);
      if (typeof api === 'string') problems.push(api);
      else if (api) found.push(api);
    }
  }
  const byContractId = new Map<string, string>();
  const byApi = new Map<string, string>();
  const first = new Map<string, ContractApi>();
  for (const api of found) {
    byApi.set(apiRefKey(api.ref)!, api.contractId);
    const earlier = first.get(api.contractId);
    if (!earlier) {
      first.set(api.contractId, api);
      byContractId.set(api.contractId, api.ref);
    } else if (earlier.ref !== api.ref) {
      problems.push(
        `${api.file}:${api.line}: API ${
          api.ref
        } holds the ODCS contract ${JSON.stringify(api.contractId)}, as API ${
          earlier.ref
        } at ${earlier.file}:${
          earlier.line
        } does; a port naming it could mean either, so each contract id must be held by one API`,
      );
    }
  }
  if (!found.length && !problems.length) {
    const others = files.length - 1;
    problems.push(
      `${files[0].file}:1: holds no API of spec.type odcs${
        others ? `, nor do the ${others} other --contracts files` : ''
      }; --contracts takes the catalog files that define the contracts' APIs`,
    );
  }
  return { byContractId, byApi, problems };
}

import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '@backstage/config';
import { validateOdcsContract } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { parse } from 'yaml';

/*
 * Example history of data contracts, for demonstrations: an earlier
 * version of a contract, stored as seen some days before the first run
 * that sees the contract, so that a fresh portal shows a change and whom
 * it reaches at once. The file is named by the operator's configuration,
 * never by a catalog entity, and is read once at start-up.
 */

/** An earlier version of one contract, from `dataMesh.exampleContractVersions`. */
export interface ExampleContractVersion {
  /** The contract's API entity ref, normalised. */
  api: string;
  /** The earlier version's text. */
  definition: string;
  /** How many days before the first run that sees the contract it counts as seen. */
  daysAgo: number;
}

/** How long before the first run an example version counts as seen by default. */
export const DEFAULT_EXAMPLE_CONTRACT_DAYS_AGO = 14;

/**
 * Reads the configured example versions; a missing file or one that is
 * not a valid ODCS contract fails start-up, naming the key and the field.
 */
export function readExampleContractVersions(
  config: Config,
  normalizeRef: (ref: string) => string,
): ExampleContractVersion[] {
  const key = 'dataMesh.exampleContractVersions';
  return (config.getOptionalConfigArray(key) ?? []).map((entry, i) => {
    const at = `${key}[${i}]`;
    const file = path.resolve(entry.getString('file'));
    let definition: string;
    try {
      definition = fs.readFileSync(file, 'utf-8');
    } catch (error) {
      throw new Error(`${at}.file cannot be read: ${file}: ${error}`);
    }
    const problems = validateOdcsContract(parse(definition));
    if (problems.length > 0) {
      throw new Error(
        `${at}.file is not a valid ODCS contract: ${problems[0].message}`,
      );
    }
    const daysAgo =
      entry.getOptionalNumber('daysAgo') ?? DEFAULT_EXAMPLE_CONTRACT_DAYS_AGO;
    if (!(daysAgo > 0)) {
      throw new Error(`${at}.daysAgo must be more than 0; got ${daysAgo}`);
    }
    return { api: normalizeRef(entry.getString('api')), definition, daysAgo };
  });
}

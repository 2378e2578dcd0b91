/*
 * Writes a synthetic organisation as catalog files, so that the real backend
 * ingests it through file locations as it would ingest an adopter's
 * repositories.
 */
import fs from 'node:fs';
import path from 'node:path';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  RESTRICTED_LABEL,
  organisationSize,
  syntheticOrganisation,
} from '@data-mesh-portfolio/plugin-data-mesh-common/testUtils';
import { repoRoot } from '../backendProcess';

/**
 * Entities per file: a repository's catalog file holds a few, and an edit
 * makes the catalog read the whole file again, in the backend's process;
 * with a thousand per file each edit of the benchmark's held that process
 * far longer than a real edit would.
 */
const ENTITIES_PER_FILE = 100;

/**
 * How the organisations are cut into files, in the names of their files'
 * folder and of their databases: another cut is another catalog.
 */
export const ORGANISATION_LAYOUT = `${ENTITIES_PER_FILE}-per-file`;

/** Where generated organisations go (git-ignored). */
export const scaleDataDir = path.join(repoRoot, '.bench');

/** The files of one organisation and how many entities they hold. */
export interface OrganisationFiles {
  dataProducts: number;
  files: string[];
  entities: number;
  /** Entity counts by kind, as the catalog should report them. */
  byKind: Record<string, number>;
  /**
   * Refs (normalised) of the entities labelled {@link RESTRICTED_LABEL}:
   * the portal's policy lets only their owners read them.
   */
  restrictedRefs: Set<string>;
}

/**
 * Writes the organisation with this many data products under `.bench/`
 * (once: the files are deterministic, so existing ones are reused and file
 * locations stay the same between runs).
 */
export function writeOrganisationFiles(
  dataProducts: number,
): OrganisationFiles {
  const entities = syntheticOrganisation(organisationSize(dataProducts));
  const dir = path.join(
    scaleDataDir,
    `org-${dataProducts}-${ORGANISATION_LAYOUT}`,
  );
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < entities.length; i += ENTITIES_PER_FILE) {
    const file = path.join(
      dir,
      `part-${String(i / ENTITIES_PER_FILE).padStart(4, '0')}.yaml`,
    );
    // JSON documents are YAML documents, and far faster to write and parse.
    const text = entities
      .slice(i, i + ENTITIES_PER_FILE)
      .map(entity => `---\n${JSON.stringify(entity)}\n`)
      .join('');
    if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) {
      fs.writeFileSync(file, text);
    }
    files.push(file);
  }
  const byKind: Record<string, number> = {};
  for (const entity of entities) {
    byKind[entity.kind] = (byKind[entity.kind] ?? 0) + 1;
  }
  const restrictedRefs = new Set(
    entities
      .filter(e => e.metadata.labels?.[RESTRICTED_LABEL])
      .map(e => stringifyEntityRef(e).toLocaleLowerCase('en-US')),
  );
  return {
    dataProducts,
    files,
    entities: entities.length,
    byKind,
    restrictedRefs,
  };
}

/** `catalog.locations` config for the files. */
export function fileLocations(files: string[]) {
  return files.map(target => ({ type: 'file', target }));
}

/*
 * Edits of a synthetic organisation's catalog files on disk, as an author
 * would make them in a repository, for measuring how soon the catalog and
 * then the portfolio show them. writeOrganisationFiles puts the files back
 * as they were.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Entity } from '@backstage/catalog-model';
import type { OrganisationFiles } from './organisationFiles';
import { SCALE_SERVICE_TOKEN, ScaleBackend } from './scaleBackend';

const pad = (i: number) => String(i).padStart(6, '0');

/**
 * `count` data products the guest user may read (not restricted), spread
 * over the organisation so that edits land in different files. With more
 * edits than readable products, products come round again.
 */
export function readableProducts(
  organisation: OrganisationFiles,
  count: number,
): string[] {
  const readable = Array.from(
    { length: organisation.dataProducts },
    (_, i) => `product-${pad(i)}`,
  ).filter(
    name => !organisation.restrictedRefs.has(`dataproduct:default/${name}`),
  );
  if (readable.length === 0) {
    throw new Error('the organisation has no data product the guest may read');
  }
  return Array.from(
    { length: count },
    (_, k) =>
      readable[Math.floor((k * readable.length) / count) % readable.length],
  );
}

/** Where data product `product` is in `files`: the file, its lines and its line. */
function placeOf(files: string[], product: string) {
  // The files hold one JSON document per line (organisationFiles.ts).
  const marker = `"name":"${product}"`;
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    if (!text.includes(marker)) continue;
    const lines = text.split('\n');
    const index = lines.findIndex(line => {
      if (!line.includes(marker)) return false;
      const entity = JSON.parse(line) as Entity;
      return entity.kind === 'DataProduct' && entity.metadata.name === product;
    });
    if (index !== -1) return { file, lines, index };
  }
  throw new Error(`no organisation file holds data product ${product}`);
}

/** The one of `files` that holds data product `product`. */
export function fileOf(files: string[], product: string): string {
  return placeOf(files, product).file;
}

/**
 * Adds `capability` (a name) to data product `product`'s
 * `spec.requiresCapabilities` in whichever of `files` holds it. The file is
 * written beside itself and renamed over the old one, so the catalog never
 * reads half of it. Returns the file.
 */
export function addRequiredCapability(
  files: string[],
  product: string,
  capability: string,
): string {
  const { file, lines, index } = placeOf(files, product);
  const entity = JSON.parse(lines[index]) as Entity;
  const spec = entity.spec as { requiresCapabilities?: string[] };
  spec.requiresCapabilities = [
    ...(spec.requiresCapabilities ?? []),
    capability,
  ];
  lines[index] = JSON.stringify(entity);
  const temporary = path.join(
    path.dirname(file),
    `.${path.basename(file)}.editing`,
  );
  fs.writeFileSync(temporary, lines.join('\n'));
  fs.renameSync(temporary, file);
  return file;
}

/** What the benchmark asks the catalog with: it must see every location. */
const SERVICE_HEADERS = {
  Authorization: `Bearer ${SCALE_SERVICE_TOKEN}`,
  'Content-Type': 'application/json',
};

/** Asks the catalog to process one Location entity now. */
async function refreshLocation(backend: ScaleBackend, location: Entity) {
  const { namespace = 'default', name } = location.metadata;
  const entityRef = `location:${namespace}/${name}`;
  const refreshed = await fetch(`${backend.baseUrl}/api/catalog/refresh`, {
    method: 'POST',
    headers: SERVICE_HEADERS,
    body: JSON.stringify({ entityRef }),
  });
  if (!refreshed.ok) {
    throw new Error(
      `refreshing ${entityRef} answered ${
        refreshed.status
      }: ${await refreshed.text()}`,
    );
  }
}

/**
 * Per backend, the Location entity of each file already looked up. A push
 * event names what changed, so the benchmark looks a file's location up
 * once: on SQLite at 10k the lookup (a filtered query and its count) holds
 * the backend's one thread for about 150 ms, which would land in the
 * figures of every edit.
 */
const locationsOf = new WeakMap<ScaleBackend, Map<string, Entity>>();

/**
 * Asks the catalog to process the location of `file` now, as a git host's
 * push event would have it do: the catalog's own processing backlog at
 * 10,000 data products on two cores is minutes long, and what the lag
 * phase measures starts once the catalog has stored the edit.
 */
export async function refreshLocationOf(
  backend: ScaleBackend,
  file: string,
): Promise<void> {
  let known = locationsOf.get(backend);
  if (!known) {
    known = new Map();
    locationsOf.set(backend, known);
  }
  let location = known.get(file);
  if (!location) {
    location = await lookUpLocation(backend, file);
    known.set(file, location);
  }
  await refreshLocation(backend, location);
}

/** The Location entity whose target is `file`. */
async function lookUpLocation(
  backend: ScaleBackend,
  file: string,
): Promise<Entity> {
  const res = await fetch(
    `${
      backend.baseUrl
    }/api/catalog/entities/by-query?filter=kind=location,spec.target=${encodeURIComponent(
      file,
    )}&fields=metadata.name,metadata.namespace`,
    { headers: SERVICE_HEADERS },
  );
  if (!res.ok) throw new Error(`the catalog answered ${res.status}`);
  const { items } = (await res.json()) as { items: Entity[] };
  if (items.length !== 1) {
    throw new Error(
      `expected one catalog location for ${file}; found ${items.length}`,
    );
  }
  return items[0];
}

/**
 * Asks the catalog to process the organisation's file locations now, and
 * returns how many it asked about. The catalog processes each entity again
 * one processing interval after its last time, and the benchmark's own
 * backend set that a day ahead: without this, an interval lowered at a
 * restart would apply only a day later. Once processed, a location comes
 * round at the new interval, and an entity it emits changed is processed
 * at once, so edits on disk reach the catalog within that interval.
 */
export async function refreshOrganisationLocations(
  backend: ScaleBackend,
): Promise<number> {
  const res = await fetch(
    `${backend.baseUrl}/api/catalog/entities/by-query?filter=kind=location&fields=metadata.name,metadata.namespace,spec.target&limit=10000`,
    { headers: SERVICE_HEADERS },
  );
  if (!res.ok) throw new Error(`the catalog answered ${res.status}`);
  const { items } = (await res.json()) as { items: Entity[] };
  const files = new Set(backend.organisation.files);
  const locations = items.filter(location =>
    files.has((location.spec as { target?: string }).target ?? ''),
  );
  if (locations.length !== files.size) {
    throw new Error(
      `expected a catalog location for each of the organisation's ${files.size} files; found ${locations.length}`,
    );
  }
  for (const location of locations) await refreshLocation(backend, location);
  return locations.length;
}

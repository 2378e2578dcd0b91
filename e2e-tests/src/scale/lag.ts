/*
 * Change-to-portfolio lag: after an author edits a data product's catalog
 * file, how long the catalog takes to store the edit, and how long after
 * that the portfolio's answers show it. The edit adds a capability of a new
 * name to the product's requirements, so it can only be in an answer once
 * that answer was computed from the edited entity: the product's needs
 * (`GET /entities/DataProduct/default/<name>/capabilities`) list it.
 *
 * Edits are made one at a time, each to a product the guest user may read,
 * and both sides are asked as the guest, as a page would ask. After each
 * write the catalog is asked to process the file's location at once, as a
 * git host's push event would (catalogEdits.ts, refreshLocationOf).
 */
import {
  addRequiredCapability,
  readableProducts,
  fileOf,
  refreshLocationOf,
} from './catalogEdits';
import { writeOrganisationFiles } from './organisationFiles';
import type { ScaleBackend } from './scaleBackend';

/** How often the catalog and the portfolio are asked, in ms. */
export const LAG_POLL_MS = 250;

/**
 * How long each of the two waits of an edit (catalog, then portfolio) may
 * take before it counts as a timeout: the phase must end whatever the
 * cadence, and "more than five minutes" is already the answer.
 */
export const LAG_LIMIT_MS = 5 * 60_000;

/** One edit and what it took. */
export interface LagEdit {
  product: string;
  /** The capability name the edit added to the product's requirements. */
  capability: string;
  /** From the file's write to the catalog's answer having it; null: timeout. */
  catalogMs: number | null;
  /**
   * From the catalog's answer having it to the portfolio's; null: timeout,
   * or not measured because the catalog timed out.
   */
  lagMs: number | null;
  /** `computedAt` of the first portfolio answer that had it. */
  computedAt: string | null;
}

/**
 * The spread of one measure over the edits. A timeout counts as longer
 * than anything measured; a percentile that falls on one is null ("more
 * than the limit").
 */
export interface Spread {
  measured: number;
  timeouts: number;
  p50Ms: number | null;
  p95Ms: number | null;
  maxMs: number | null;
}

/** What the lag phase found. */
export interface LagResult {
  edits: LagEdit[];
  /** Write to catalog: the catalog's own latency. */
  catalog: Spread;
  /** Catalog to portfolio, over the edits the catalog stored in time. */
  lag: Spread;
  pollMs: number;
  limitMs: number;
}

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

/** The spread of `values`, where null is a timeout. */
export function spreadOf(values: Array<number | null>): Spread {
  const sorted = values
    .map(v => (v === null ? Infinity : v))
    .sort((a, b) => a - b);
  const at = (p: number) => {
    if (sorted.length === 0) return null;
    const value =
      sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
    return Number.isFinite(value) ? value : null;
  };
  return {
    measured: values.filter(v => v !== null).length,
    timeouts: values.filter(v => v === null).length,
    p50Ms: at(0.5),
    p95Ms: at(0.95),
    maxMs: at(1),
  };
}

/**
 * Asks `probe` every {@link LAG_POLL_MS} until it returns a value; the time
 * is when the answer that had it arrived. Undefined after `limitMs`. A
 * failed request is asked again: a busy backend is part of what is timed.
 */
async function pollUntil<T>(
  probe: () => Promise<T | undefined>,
  limitMs: number,
): Promise<{ value: T; at: number } | undefined> {
  const started = performance.now();
  for (;;) {
    const tick = performance.now();
    let value: T | undefined;
    try {
      value = await probe();
    } catch {
      value = undefined;
    }
    if (value !== undefined) return { value, at: performance.now() };
    if (performance.now() - started > limitMs) return undefined;
    await sleep(Math.max(0, LAG_POLL_MS - (performance.now() - tick)));
  }
}

async function getJson(url: string, token: string): Promise<any> {
  const res = await fetch(url, {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return res.json();
}

/** The product's requirements as the catalog stores them. */
async function catalogRequirements(
  backend: ScaleBackend,
  token: string,
  product: string,
): Promise<string[]> {
  const entity = await getJson(
    `${backend.baseUrl}/api/catalog/entities/by-name/dataproduct/default/${product}`,
    token,
  );
  return entity.spec?.requiresCapabilities ?? [];
}

/** The product's needs as the portfolio answers them (all: 500 at most). */
async function portfolioNeeds(
  backend: ScaleBackend,
  token: string,
  product: string,
): Promise<{ computedAt: string; needs: Array<{ ref: string }> }> {
  return getJson(
    `${backend.baseUrl}/api/data-mesh/entities/DataProduct/default/${product}/capabilities?limit=500`,
    token,
  );
}

/** `computedAt` of the product's needs when they list `capability`. */
async function portfolioHas(
  backend: ScaleBackend,
  token: string,
  product: string,
  capability: string,
): Promise<string | undefined> {
  const answer = await portfolioNeeds(backend, token, product);
  const ref = `platformcapability:default/${capability}`;
  return answer.needs.some(
    (need: { ref: string }) => need.ref.toLocaleLowerCase('en-US') === ref,
  )
    ? answer.computedAt
    : undefined;
}

/**
 * Makes `count` edits one after the other and times each. The files stay
 * edited: {@link restoreOrganisation} puts them back.
 */
export async function measureLag(
  backend: ScaleBackend,
  token: string,
  count: number,
  log: (line: string) => void,
): Promise<LagResult> {
  // A new name on every run: a name left in a snapshot by an earlier run
  // must not count as this run's edit.
  const run = Date.now().toString(36);
  const products = readableProducts(backend.organisation, count);
  const edits: LagEdit[] = [];
  for (const [k, product] of products.entries()) {
    const capability = `lag-${run}-${k}`;
    const file = addRequiredCapability(
      backend.organisation.files,
      product,
      capability,
    );
    const written = performance.now();
    await refreshLocationOf(backend, file);
    const stored = await pollUntil(
      async () =>
        (
          await catalogRequirements(backend, token, product)
        ).includes(capability) || undefined,
      LAG_LIMIT_MS,
    );
    const shown =
      stored &&
      (await pollUntil(
        () => portfolioHas(backend, token, product, capability),
        LAG_LIMIT_MS,
      ));
    edits.push({
      product,
      capability,
      catalogMs: stored ? Math.round(stored.at - written) : null,
      lagMs: stored && shown ? Math.round(shown.at - stored.at) : null,
      computedAt: shown ? shown.value : null,
    });
    log(`lag edit ${k + 1}/${count}: ${JSON.stringify(edits.at(-1))}`);
  }
  return {
    edits,
    catalog: spreadOf(edits.map(e => e.catalogMs)),
    lag: spreadOf(edits.filter(e => e.catalogMs !== null).map(e => e.lagMs)),
    pollMs: LAG_POLL_MS,
    limitMs: LAG_LIMIT_MS,
  };
}

/**
 * Writes the generated files back and waits until neither the catalog nor
 * the portfolio holds an edited product (those `measureLag` chose for
 * `count` edits), so that later phases, the idle window above all, and
 * later runs see the organisation as generated. Each side gets
 * {@link LAG_LIMIT_MS} in all; past it, it goes on and says so.
 */
export async function restoreOrganisation(
  backend: ScaleBackend,
  token: string,
  count: number,
  log: (line: string) => void,
) {
  writeOrganisationFiles(backend.organisation.dataProducts);
  const products = [...new Set(readableProducts(backend.organisation, count))];
  // Pushed as the edits were: the catalog's own interval may be a day.
  const files = new Set(
    products.map(product => fileOf(backend.organisation.files, product)),
  );
  for (const file of files) await refreshLocationOf(backend, file);
  const edited = (names: string[]) =>
    names.some(name => /^(platformcapability:default\/)?lag-/.test(name));
  const sides = {
    catalog: (product: string) => catalogRequirements(backend, token, product),
    portfolio: async (product: string) =>
      (await portfolioNeeds(backend, token, product)).needs.map(n => n.ref),
  };
  for (const [side, read] of Object.entries(sides)) {
    const deadline = performance.now() + LAG_LIMIT_MS;
    for (const product of products) {
      const restored = await pollUntil(
        async () => (edited(await read(product)) ? undefined : true),
        Math.max(0, deadline - performance.now()),
      );
      if (!restored) log(`the ${side} still holds ${product} as edited`);
    }
  }
}

/** The lag phase's figures as lines of the benchmark's summary. */
export function reportLag(result: LagResult): string[] {
  const s = (ms: number | null) =>
    ms === null
      ? `> ${result.limitMs / 1000} s (timeout)`
      : `${(ms / 1000).toFixed(1)} s`;
  const line = (what: string, spread: Spread) =>
    `- ${what}: p50 ${s(spread.p50Ms)}, p95 ${s(spread.p95Ms)}, max ${s(
      spread.maxMs,
    )} (${spread.measured} measured, ${spread.timeouts} timed out)`;
  return [
    `Change-to-portfolio lag over ${result.edits.length} edits of data products' catalog files, one at a time, each asked every ${result.pollMs} ms as the guest user:`,
    line(
      'file written and its location refreshed → the catalog answers with the edit',
      result.catalog,
    ),
    line('the catalog answers → the portfolio answers with it', result.lag),
  ];
}

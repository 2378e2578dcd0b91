/*
 * The backend's own work as the scale benchmark drives it: the catalog
 * stream the recompute reads, a recompute, and a complementary search,
 * each timed and with the backend's peak memory meanwhile.
 */
import { CatalogClient } from '@backstage/catalog-client';
import { PORTFOLIO_CATALOG_READS } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { peakRssMiB, resetPeakRss, rssMiB } from './procStats';
import { SCALE_SERVICE_TOKEN, ScaleBackend } from './scaleBackend';

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

/**
 * Streams what the recompute reads, the way it reads it: Backstage's catalog
 * client, pages of 500, the same streams of kinds and field projections,
 * as a service.
 */
export async function streamFloorMs(
  backend: ScaleBackend,
  log: (line: string) => void,
): Promise<number> {
  const catalog = new CatalogClient({
    discoveryApi: { getBaseUrl: async () => `${backend.baseUrl}/api/catalog` },
  });
  const started = performance.now();
  let items = 0;
  for (const { kinds, fields } of PORTFOLIO_CATALOG_READS) {
    const pages = catalog.streamEntities(
      { filter: { kind: kinds }, fields, pageSize: 500 },
      { token: SCALE_SERVICE_TOKEN },
    );
    for await (const page of pages) {
      items += page.length;
    }
  }
  log(`streamed ${items} entities`);
  return performance.now() - started;
}

/** Asks the data-mesh API with `token`; the answer's status, size and text. */
export async function api(
  backend: ScaleBackend,
  token: string,
  route: string,
  init?: RequestInit,
) {
  const res = await fetch(`${backend.baseUrl}/api/data-mesh${route}`, {
    ...init,
    headers: { Authorization: `Bearer ${token}` },
  });
  const text = await res.text();
  return { status: res.status, bytes: Buffer.byteLength(text), text };
}

/** Triggers a recompute and waits for it; returns the run and peak RSS. */
export async function recompute(backend: ScaleBackend, token: string) {
  const before = JSON.parse((await api(backend, token, '/status')).text);
  const pid = backend.serverPid();
  // The peak starts from what the backend holds already (the catalog,
  // search's index, the loaded snapshot), so that is printed too.
  const rssBeforeMiB = pid ? rssMiB(pid) : NaN;
  if (pid) resetPeakRss(pid);
  const triggered = await api(backend, token, '/refresh', { method: 'POST' });
  if (triggered.status !== 202) {
    throw new Error(`refresh answered ${triggered.status}: ${triggered.text}`);
  }
  for (;;) {
    await sleep(250);
    const status = JSON.parse((await api(backend, token, '/status')).text);
    if (status.lastSuccessAt && status.lastSuccessAt !== before.lastSuccessAt) {
      return {
        run: status.lastRun,
        rssBeforeMiB,
        peakRssMiB: pid ? peakRssMiB(pid) : NaN,
      };
    }
    if (status.lastAttemptAt !== before.lastAttemptAt && status.lastError) {
      throw new Error(`recompute failed: ${status.lastError}`);
    }
  }
}

/**
 * Runs the complementary search (its own scheduled task, triggered through
 * the scheduler's API as a service) and waits for it to be stored: what it
 * took, as the backend reports it, and the backend's peak RSS meanwhile.
 */
export async function complementarySearch(
  backend: ScaleBackend,
  token: string,
) {
  const before = JSON.parse((await api(backend, token, '/status')).text)
    .complementarySearch?.searchedAt;
  const pid = backend.serverPid();
  const rssBeforeMiB = pid ? rssMiB(pid) : NaN;
  if (pid) resetPeakRss(pid);
  const triggered = await api(
    backend,
    SCALE_SERVICE_TOKEN,
    '/.backstage/scheduler/v1/tasks/data-mesh-complementary-search/trigger',
    { method: 'POST' },
  );
  // 409: the first recompute asked for a search that is still running.
  if (triggered.status !== 200 && triggered.status !== 409) {
    throw new Error(`trigger answered ${triggered.status}: ${triggered.text}`);
  }
  for (;;) {
    await sleep(250);
    const search = JSON.parse(
      (await api(backend, token, '/status')).text,
    ).complementarySearch;
    if (search && search.searchedAt !== before) {
      return {
        search,
        rssBeforeMiB,
        peakRssMiB: pid ? peakRssMiB(pid) : NaN,
      };
    }
  }
}

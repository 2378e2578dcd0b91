import { stringifyError } from '@backstage/errors';
import {
  BusinessUnitsResponse,
  PhaseForecast,
  addDays,
  dayOf,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import type { DataMeshBackendOptions } from '../config';
import type { SnapshotStore } from '../store/SnapshotStore';
import type { PortfolioView } from './PortfolioView';
import { forecastWindowStart, phaseForecast, rulesFor } from './phaseForecast';

/*
 * The parts of answers that come from the stored history rather than from
 * the snapshot: a scope's forecast and the business units' sparklines. A
 * history that cannot be read leaves them out, and the answer says it is
 * incomplete (`stale`), as lists do when the catalog cannot confirm names.
 */

/** Days of adoption a business unit's sparkline shows. */
export const SPARKLINE_DAYS = 30;

/**
 * The scope's forecast, worked out once per snapshot (the history changes
 * only with a new one); null when the history cannot be read.
 */
export async function forecastOf(
  view: PortfolioView,
  scope: string,
  deps: { store: SnapshotStore; options: DataMeshBackendOptions },
  warn: (message: string) => void,
): Promise<PhaseForecast | null> {
  const { computedPhase } = view.assessment(scope);
  const from = forecastWindowStart(dayOf(view.snapshot.computedAt));
  try {
    return await view.remember(`forecast:${scope}`, async () => {
      const { points } = await deps.store.getHistory(scope, {
        from,
        offset: 0,
        // One point per day: the window holds at most a year and a day.
        limit: 400,
      });
      return phaseForecast(
        points,
        rulesFor(scope, deps.options),
        computedPhase,
      );
    });
  } catch (error) {
    warn(`Could not read the history for a forecast: ${stringifyError(error)}`);
    return null;
  }
}

/** The page of business units with each unit's last days of adoption. */
export async function withSparklines(
  found: BusinessUnitsResponse,
  view: PortfolioView,
  store: SnapshotStore,
  warn: (message: string) => void,
): Promise<BusinessUnitsResponse> {
  const from = addDays(dayOf(view.snapshot.computedAt), 1 - SPARKLINE_DAYS);
  try {
    const history = await store.getAdoptionSince(
      found.items.map(u => u.scope),
      from,
    );
    const items = found.items.map(u => ({
      ...u,
      history: (history.get(u.scope) ?? []).slice(-SPARKLINE_DAYS),
    }));
    return { ...found, items };
  } catch (error) {
    warn(`Could not read the history for sparklines: ${stringifyError(error)}`);
    return { ...found, stale: true };
  }
}

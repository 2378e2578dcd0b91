import type { DefaultPortfolioService } from '../reads/DefaultPortfolioService';
import type { DefaultPortfolioServiceOptions } from '../reads/DefaultPortfolioServiceOptions';
import type { PortfolioRefresh } from '../refresh/PortfolioRefresh';
import { createPortfolioServices } from '../portfolioServices';

/**
 * The reads as the plugin wires them, with their refresh at hand, so that a
 * test runs the scheduled tasks with `service.refresh.recompute()`.
 */
export function portfolioService(
  deps: DefaultPortfolioServiceOptions,
): DefaultPortfolioService & { refresh: PortfolioRefresh } {
  const { service, refresh } = createPortfolioServices(deps);
  return Object.assign(service, { refresh });
}

/**
 * Config under `dataMesh` for tests whose every recompute stands for the
 * scheduled full read of the catalog: without a catalog module telling
 * changes, a run that finds none waiting would otherwise apply nothing
 * until the full recompute's cadence has passed.
 */
export const FULL_READ_EACH_RUN = { changes: { enabled: false } };

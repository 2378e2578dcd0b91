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

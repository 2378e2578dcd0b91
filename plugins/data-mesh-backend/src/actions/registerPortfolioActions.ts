import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type { PortfolioService } from '../reads/PortfolioService';
import { registerGetContractImpact } from './getContractImpactAction';
import { registerGetEntityNeeds } from './getEntityNeedsAction';
import { registerGetPhase } from './getPhaseAction';
import { registerGetUseCasePortfolio } from './getUseCasePortfolioAction';
import { registerListCapabilityDemand } from './listCapabilityDemandAction';
import { registerListRoadmap } from './listRoadmapAction';

/*
 * The portfolio's answers as actions for AI clients (the MCP actions
 * backend lists and calls them), one file per action. Like the router's
 * handlers, an action only turns its input into the service's terms:
 * `service` is the same authorized service the router uses, called with
 * the caller's credentials, so an action leaves out exactly what the HTTP
 * API leaves out and refuses what it refuses.
 */

/**
 * Registers the portfolio's read-only actions: `get-phase`,
 * `list-capability-demand`, `get-entity-needs`, `list-roadmap`,
 * `get-use-case-portfolio` and `get-contract-impact`.
 */
export function registerPortfolioActions(
  actionsRegistry: ActionsRegistryService,
  service: PortfolioService,
) {
  registerGetPhase(actionsRegistry, service);
  registerListCapabilityDemand(actionsRegistry, service);
  registerGetEntityNeeds(actionsRegistry, service);
  registerListRoadmap(actionsRegistry, service);
  registerGetUseCasePortfolio(actionsRegistry, service);
  registerGetContractImpact(actionsRegistry, service);
}

import {
  EntityRefsResponse,
  PageWindow,
  dataMeshRefreshPermission,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import type {
  BusinessUnitQuery,
  CapabilityNames,
  CapabilityQuery,
  DomainQuery,
  HistoryQuery,
  PortfolioRequestOptions,
  PortfolioService,
  RoadmapQuery,
  RoadmapUseCaseQuery,
  UseCaseCell,
} from '../reads/PortfolioService';
import type { ContractReads } from '../reads/ContractReads';
import type { CallerDecisions } from './CallerDecisions';
import {
  getContractImpactAnswer,
  listContractRisksAnswer,
  listContractVersionsAnswer,
} from './contractAnswers';
import {
  CallerChecks,
  WHOLE_LIST,
  marked,
  pageOfVisible,
} from './callerChecks';
import {
  getCapabilityAnswer,
  listCapabilitiesAnswer,
  listCapabilityDemandAnswer,
  listEntityNeedsAnswer,
} from './capabilityAnswers';
import {
  getUseCasePortfolioAnswer,
  listBusinessUnitsAnswer,
  listComplementaryUseCasesAnswer,
  listDeprecatedNeedsAnswer,
  listRoadmapAnswer,
  listRoadmapUseCasesAnswer,
  listUseCaseCellAnswer,
} from './insightAnswers';

/*
 * Everything caller-specific lives here, between the router and the
 * service, as the catalog's authorized entities layer does: the data-mesh
 * permissions, and the catalog's read permission for every entity an
 * answer names (see CallerDecisions), and for the entities a capability's
 * name comes from (see visibleCapabilities).
 *
 * Lists the caller filters, searches or sorts (domains, capabilities, an
 * entity's needs, the roadmap, the deprecated capabilities) are counted
 * and paged over the rows the caller may see, so that no filter reveals a
 * hidden row by its count or by a gap. Other lists drop the rows naming an
 * unreadable entity from their page, and samples leave out the refs the
 * caller may not read; aggregate figures (metrics, demand counts, a
 * sample's count) stay as computed: they name nothing, and figures that
 * changed per user would disagree with each other. Each answer is the
 * inner service's, passed through filter functions: the capabilities' in
 * capabilityAnswers, the execution insights' in insightAnswers, the rest
 * here.
 */

/** {@link PortfolioService} as one caller may see it. */
export class AuthorizedPortfolioService implements PortfolioService {
  private readonly checks: CallerChecks;

  constructor(
    private readonly inner: PortfolioService & CapabilityNames,
    decisions: CallerDecisions,
  ) {
    this.checks = new CallerChecks(inner, decisions);
  }

  private async refsPage(
    answer: EntityRefsResponse,
    options: PortfolioRequestOptions,
  ): Promise<EntityRefsResponse> {
    const canRead = await this.checks.readable(
      answer.items.map(i => i.ref),
      options,
    );
    return marked(
      { ...answer, items: answer.items.filter(i => canRead(i.ref)) },
      canRead,
    );
  }

  listContractVersions: ContractReads['listContractVersions'] = (...args) =>
    listContractVersionsAnswer(this.inner, this.checks, ...args);

  getContractImpact: ContractReads['getContractImpact'] = (...args) =>
    getContractImpactAnswer(this.inner, this.checks, ...args);

  listContractRisks: ContractReads['listContractRisks'] = (...args) =>
    listContractRisksAnswer(this.inner, this.checks, ...args);

  async requestRefresh(options: PortfolioRequestOptions) {
    await this.checks.require(dataMeshRefreshPermission, options);
    await this.inner.requestRefresh(options);
  }

  async getStatus(options: PortfolioRequestOptions) {
    return this.inner.getStatus(options);
  }

  async getAssessment(scope: string, options: PortfolioRequestOptions) {
    await this.checks.requireScope(scope, options);
    return this.inner.getAssessment(scope, options);
  }

  async getHistory(
    scope: string,
    query: HistoryQuery,
    options: PortfolioRequestOptions,
  ) {
    await this.checks.requireScope(scope, options);
    return this.inner.getHistory(scope, query, options);
  }

  async listDomains(query: DomainQuery, options: PortfolioRequestOptions) {
    const answer = await this.inner.listDomains(
      { ...query, ...WHOLE_LIST },
      options,
    );
    const canRead = await this.checks.readable(
      answer.items.flatMap(d => [d.scope, d.subdomainOf ?? d.scope]),
      options,
    );
    const found = pageOfVisible(answer.items, d => canRead(d.scope), query);
    const items = found.items.map(d => ({
      ...d,
      subdomainOf:
        d.subdomainOf && canRead(d.subdomainOf) ? d.subdomainOf : null,
    }));
    return marked({ ...answer, ...found, items }, canRead);
  }

  async listCapabilityDomains(
    capabilityRef: string,
    page: PageWindow,
    options: PortfolioRequestOptions,
  ) {
    await this.checks.requireCapability(capabilityRef, options);
    return this.refsPage(
      await this.inner.listCapabilityDomains(capabilityRef, page, options),
      options,
    );
  }

  async listCapabilityDataProducts(
    capabilityRef: string,
    page: PageWindow,
    options: PortfolioRequestOptions,
  ) {
    await this.checks.requireCapability(capabilityRef, options);
    return this.refsPage(
      await this.inner.listCapabilityDataProducts(capabilityRef, page, options),
      options,
    );
  }

  async listEntityNeedDataProducts(
    entityRef: string,
    capabilityRef: string,
    page: PageWindow,
    options: PortfolioRequestOptions,
  ) {
    await this.checks.requireReadable([entityRef], options);
    await this.checks.requireCapability(capabilityRef, options);
    return this.refsPage(
      await this.inner.listEntityNeedDataProducts(
        entityRef,
        capabilityRef,
        page,
        options,
      ),
      options,
    );
  }

  async listDanglingReferences(
    page: PageWindow,
    options: PortfolioRequestOptions,
  ) {
    const answer = await this.inner.listDanglingReferences(page, options);
    const canRead = await this.checks.readable(
      answer.items.map(d => d.from),
      options,
    );
    return marked(
      { ...answer, items: answer.items.filter(d => canRead(d.from)) },
      canRead,
    );
  }

  getUseCasePortfolio(options: PortfolioRequestOptions) {
    return getUseCasePortfolioAnswer(this.inner, this.checks, options);
  }

  listUseCaseCell(
    cell: UseCaseCell | null,
    page: PageWindow,
    options: PortfolioRequestOptions,
  ) {
    return listUseCaseCellAnswer(this.inner, this.checks, cell, page, options);
  }

  listComplementaryUseCases(
    page: PageWindow,
    options: PortfolioRequestOptions,
  ) {
    return listComplementaryUseCasesAnswer(
      this.inner,
      this.checks,
      page,
      options,
    );
  }

  listRoadmap(query: RoadmapQuery, options: PortfolioRequestOptions) {
    return listRoadmapAnswer(this.inner, this.checks, query, options);
  }

  listRoadmapUseCases(
    capabilityRef: string,
    query: RoadmapUseCaseQuery,
    options: PortfolioRequestOptions,
  ) {
    return listRoadmapUseCasesAnswer(
      this.inner,
      this.checks,
      capabilityRef,
      query,
      options,
    );
  }

  listDeprecatedNeeds(page: PageWindow, options: PortfolioRequestOptions) {
    return listDeprecatedNeedsAnswer(this.inner, this.checks, page, options);
  }

  listBusinessUnits(
    query: BusinessUnitQuery,
    options: PortfolioRequestOptions,
  ) {
    return listBusinessUnitsAnswer(this.inner, this.checks, query, options);
  }

  listCapabilities(query: CapabilityQuery, options: PortfolioRequestOptions) {
    return listCapabilitiesAnswer(this.inner, this.checks, query, options);
  }

  getCapability(capabilityRef: string, options: PortfolioRequestOptions) {
    return getCapabilityAnswer(this.inner, this.checks, capabilityRef, options);
  }

  listCapabilityDemand(
    capabilityRef: string,
    query: PageWindow & { demand: 'real' | 'emerging' },
    options: PortfolioRequestOptions,
  ) {
    return listCapabilityDemandAnswer(
      this.inner,
      this.checks,
      capabilityRef,
      query,
      options,
    );
  }

  listEntityNeeds(
    entityRef: string,
    page: PageWindow,
    options: PortfolioRequestOptions,
  ) {
    return listEntityNeedsAnswer(
      this.inner,
      this.checks,
      entityRef,
      page,
      options,
    );
  }
}

import {
  CapabilityItem,
  EntityRefsResponse,
  PageWindow,
  RefSample,
  dataMeshPlatformViewPermission,
  dataMeshRefreshPermission,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import {
  AuthorizedInsights,
  WHOLE_LIST,
  marked,
  pageOfVisible,
} from './AuthorizedInsights';
import { CanRead } from './CallerDecisions';
import type {
  CapabilityQuery,
  DomainQuery,
  HistoryQuery,
  PortfolioRequestOptions,
  PortfolioService,
} from '../reads/PortfolioService';

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
 * changed per user would disagree with each other. The execution
 * insights' routes are in AuthorizedInsights.
 */

const sample = (s: RefSample, canRead: CanRead): RefSample => ({
  count: s.count,
  sample: s.sample.filter(canRead),
});

/** The entities a capability's row names (its own ref aside). */
function capabilitySampleRefs(item: CapabilityItem): string[] {
  const { samples } = item.demand;
  return [
    ...samples.useCases.sample,
    ...samples.direct.sample,
    ...samples.dataProducts.sample,
    ...samples.domains.sample,
    ...item.emergingDemand.samples.useCases.sample,
  ];
}

function filterCapability(
  item: CapabilityItem,
  canRead: CanRead,
): CapabilityItem {
  const { samples } = item.demand;
  return {
    ...item,
    demand: {
      ...item.demand,
      samples: {
        useCases: sample(samples.useCases, canRead),
        direct: sample(samples.direct, canRead),
        dataProducts: sample(samples.dataProducts, canRead),
        domains: sample(samples.domains, canRead),
      },
    },
    emergingDemand: {
      count: item.emergingDemand.count,
      samples: {
        useCases: sample(item.emergingDemand.samples.useCases, canRead),
      },
    },
  };
}

/** {@link PortfolioService} as one caller may see it. */
export class AuthorizedPortfolioService
  extends AuthorizedInsights
  implements PortfolioService
{
  private async refsPage(
    answer: EntityRefsResponse,
    options: PortfolioRequestOptions,
  ): Promise<EntityRefsResponse> {
    const canRead = await this.readable(
      answer.items.map(i => i.ref),
      options,
    );
    return marked(
      { ...answer, items: answer.items.filter(i => canRead(i.ref)) },
      canRead,
    );
  }

  async requestRefresh(options: PortfolioRequestOptions) {
    await this.require(dataMeshRefreshPermission, options);
    await this.inner.requestRefresh(options);
  }

  async getStatus(options: PortfolioRequestOptions) {
    return this.inner.getStatus(options);
  }

  async getAssessment(scope: string, options: PortfolioRequestOptions) {
    await this.requireScope(scope, options);
    return this.inner.getAssessment(scope, options);
  }

  async getHistory(
    scope: string,
    query: HistoryQuery,
    options: PortfolioRequestOptions,
  ) {
    await this.requireScope(scope, options);
    return this.inner.getHistory(scope, query, options);
  }

  async listDomains(query: DomainQuery, options: PortfolioRequestOptions) {
    const answer = await this.inner.listDomains(
      { ...query, ...WHOLE_LIST },
      options,
    );
    const canRead = await this.readable(
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

  async listCapabilities(
    query: CapabilityQuery,
    options: PortfolioRequestOptions,
  ) {
    if (query.view === 'platform') {
      await this.require(dataMeshPlatformViewPermission, options);
    }
    const answer = await this.inner.listCapabilities(
      { ...query, ...WHOLE_LIST },
      options,
    );
    const see = await this.visible(
      answer.items.map(item => item.ref),
      options,
    );
    const found = pageOfVisible(answer.items, item => see(item.ref), query);
    const canRead = await this.readable(
      found.items.flatMap(capabilitySampleRefs),
      options,
    );
    const items = found.items.map(item => filterCapability(item, canRead));
    return marked({ ...answer, ...found, items }, canRead, see);
  }

  async getCapability(capabilityRef: string, options: PortfolioRequestOptions) {
    await this.requireCapability(capabilityRef, options);
    const answer = await this.inner.getCapability(capabilityRef, options);
    const canRead = await this.readable(capabilitySampleRefs(answer), options);
    return marked({ ...answer, ...filterCapability(answer, canRead) }, canRead);
  }

  async listCapabilityDemand(
    capabilityRef: string,
    query: PageWindow & { demand: 'real' | 'emerging' },
    options: PortfolioRequestOptions,
  ) {
    await this.requireCapability(capabilityRef, options);
    const answer = await this.inner.listCapabilityDemand(
      capabilityRef,
      query,
      options,
    );
    const canRead = await this.readable(
      answer.items.flatMap(e => [
        e.useCase,
        ...(e.domain ? [e.domain] : []),
        ...e.dataProducts.sample,
      ]),
      options,
    );
    const items = answer.items
      .filter(e => canRead(e.useCase))
      .map(e => ({
        ...e,
        domain: e.domain && canRead(e.domain) ? e.domain : null,
        dataProducts: sample(e.dataProducts, canRead),
      }));
    return marked({ ...answer, items }, canRead);
  }

  async listCapabilityDomains(
    capabilityRef: string,
    page: PageWindow,
    options: PortfolioRequestOptions,
  ) {
    await this.requireCapability(capabilityRef, options);
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
    await this.requireCapability(capabilityRef, options);
    return this.refsPage(
      await this.inner.listCapabilityDataProducts(capabilityRef, page, options),
      options,
    );
  }

  async listEntityNeeds(
    entityRef: string,
    page: PageWindow,
    options: PortfolioRequestOptions,
  ) {
    await this.requireReadable([entityRef], options);
    const answer = await this.inner.listEntityNeeds(
      entityRef,
      WHOLE_LIST,
      options,
    );
    const see = await this.visible(
      answer.needs.map(n => n.ref),
      options,
    );
    const { items, ...found } = pageOfVisible(
      answer.needs,
      n => see(n.ref),
      page,
    );
    const canRead = await this.readable(
      items.flatMap(n => n.dataProducts.sample),
      options,
    );
    const needs = items.map(n => ({
      ...n,
      dataProducts: sample(n.dataProducts, canRead),
    }));
    const notAvailable = answer.needs.filter(
      n => see(n.ref) && !n.available,
    ).length;
    return marked({ ...answer, ...found, needs, notAvailable }, canRead, see);
  }

  async listEntityNeedDataProducts(
    entityRef: string,
    capabilityRef: string,
    page: PageWindow,
    options: PortfolioRequestOptions,
  ) {
    await this.requireReadable([entityRef], options);
    await this.requireCapability(capabilityRef, options);
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
    const canRead = await this.readable(
      answer.items.map(d => d.from),
      options,
    );
    return marked(
      { ...answer, items: answer.items.filter(d => canRead(d.from)) },
      canRead,
    );
  }
}

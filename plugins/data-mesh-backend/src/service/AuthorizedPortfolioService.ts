import {
  CapabilityItem,
  EntityRefsResponse,
  PageWindow,
  RefSample,
  dataMeshPlatformViewPermission,
  dataMeshRefreshPermission,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { AuthorizedInsights, marked, unreadable } from './AuthorizedInsights';
import { CanRead } from './CallerDecisions';
import type {
  CapabilityQuery,
  DomainQuery,
  HistoryQuery,
  PortfolioRequestOptions,
  PortfolioService,
} from './PortfolioService';

/*
 * Everything caller-specific lives here, between the router and the
 * service, as the catalog's authorized entities layer does: the data-mesh
 * permissions, and the catalog's read permission for every entity an
 * answer names (see CallerDecisions). Rows naming an unreadable entity are
 * dropped and refs left out of samples; counts stay as computed (they
 * reveal no names, and figures that changed per user would disagree with
 * each other). The execution insights' routes are in AuthorizedInsights.
 */

const sample = (s: RefSample, canRead: CanRead): RefSample => ({
  count: s.count,
  sample: s.sample.filter(canRead),
});

function capabilityRefs(item: CapabilityItem): string[] {
  const { samples } = item.demand;
  return [
    item.ref,
    ...samples.useCases.sample,
    ...samples.direct.sample,
    ...samples.dataProducts.sample,
    ...samples.domains.sample,
    ...item.emergingDemand.samples.useCases.sample,
  ];
}

/** A capability no entity offers has no entity to read: always shown. */
const isReadableCapability = (
  item: { ref: string; offered: boolean },
  canRead: CanRead,
) => !item.offered || canRead(item.ref);

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
    const answer = await this.inner.listDomains(query, options);
    const canRead = await this.readable(
      answer.items.flatMap(d => [d.scope, d.subdomainOf ?? d.scope]),
      options,
    );
    const items = answer.items
      .filter(d => canRead(d.scope))
      .map(d => ({
        ...d,
        subdomainOf:
          d.subdomainOf && canRead(d.subdomainOf) ? d.subdomainOf : null,
      }));
    return marked({ ...answer, items }, canRead);
  }

  async listCapabilities(
    query: CapabilityQuery,
    options: PortfolioRequestOptions,
  ) {
    if (query.view === 'platform') {
      await this.require(dataMeshPlatformViewPermission, options);
    }
    const answer = await this.inner.listCapabilities(query, options);
    const canRead = await this.readable(
      answer.items.flatMap(capabilityRefs),
      options,
    );
    const items = answer.items
      .filter(item => isReadableCapability(item, canRead))
      .map(item => filterCapability(item, canRead));
    return marked({ ...answer, items }, canRead);
  }

  async getCapability(capabilityRef: string, options: PortfolioRequestOptions) {
    const answer = await this.inner.getCapability(capabilityRef, options);
    const canRead = await this.readable(capabilityRefs(answer), options);
    if (!isReadableCapability(answer, canRead)) {
      throw unreadable(capabilityRef, canRead);
    }
    return marked({ ...answer, ...filterCapability(answer, canRead) }, canRead);
  }

  /** Drill-downs of a capability name it: it must be readable too. */
  protected async requireCapability(
    capabilityRef: string,
    options: PortfolioRequestOptions,
  ) {
    await this.getCapability(capabilityRef, options);
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
    const answer = await this.inner.listEntityNeeds(entityRef, page, options);
    const canRead = await this.readable(
      [
        entityRef,
        ...answer.needs.flatMap(n => [n.ref, ...n.dataProducts.sample]),
      ],
      options,
    );
    if (!canRead(entityRef)) throw unreadable(entityRef, canRead);
    const needs = answer.needs
      .filter(n => n.status === 'not-offered' || canRead(n.ref))
      .map(n => ({ ...n, dataProducts: sample(n.dataProducts, canRead) }));
    return marked({ ...answer, needs }, canRead);
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

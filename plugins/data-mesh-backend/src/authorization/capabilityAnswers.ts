import {
  PageWindow,
  dataMeshPlatformViewPermission,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import type {
  CapabilityQuery,
  PortfolioRequestOptions,
  PortfolioService,
} from '../reads/PortfolioService';
import { CallerChecks, WHOLE_LIST, marked } from './callerChecks';
import {
  capabilitySampleRefs,
  filterCapability,
  sample,
} from './capabilityFilters';

/*
 * The capabilities' answers as one caller may see them: lists the caller
 * filters or sorts are counted and paged over the capabilities the caller
 * may see; samples leave out the refs the caller may not read.
 */

/** A page of the capabilities the caller may see, counted over those; the platform view needs its permission. */
export async function listCapabilitiesAnswer(
  inner: PortfolioService,
  checks: CallerChecks,
  query: CapabilityQuery,
  options: PortfolioRequestOptions,
) {
  if (query.view === 'platform') {
    await checks.require(dataMeshPlatformViewPermission, options);
  }
  const answer = await inner.listCapabilities(
    { ...query, ...WHOLE_LIST },
    options,
  );
  const { found, see, canRead } = await checks.pageOfVisibleCapabilities(
    answer.items,
    item => item.ref,
    query,
    capabilitySampleRefs,
    options,
  );
  const items = found.items.map(item => filterCapability(item, canRead));
  return marked({ ...answer, ...found, items }, canRead, see);
}

/** A capability the caller may see, its samples without the refs the caller may not read. */
export async function getCapabilityAnswer(
  inner: PortfolioService,
  checks: CallerChecks,
  capabilityRef: string,
  options: PortfolioRequestOptions,
) {
  await checks.requireCapability(capabilityRef, options);
  const answer = await inner.getCapability(capabilityRef, options);
  const canRead = await checks.readable(capabilitySampleRefs(answer), options);
  return marked({ ...answer, ...filterCapability(answer, canRead) }, canRead);
}

/** A page of a capability's demand: the use cases the caller may not read left out. */
export async function listCapabilityDemandAnswer(
  inner: PortfolioService,
  checks: CallerChecks,
  capabilityRef: string,
  query: PageWindow & { demand: 'real' | 'emerging' },
  options: PortfolioRequestOptions,
) {
  await checks.requireCapability(capabilityRef, options);
  const answer = await inner.listCapabilityDemand(
    capabilityRef,
    query,
    options,
  );
  const canRead = await checks.readable(
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

/** A page of what a readable entity needs, counted over the capabilities the caller may see. */
export async function listEntityNeedsAnswer(
  inner: PortfolioService,
  checks: CallerChecks,
  entityRef: string,
  page: PageWindow,
  options: PortfolioRequestOptions,
) {
  await checks.requireReadable([entityRef], options);
  const answer = await inner.listEntityNeeds(entityRef, WHOLE_LIST, options);
  const {
    found: { items, ...found },
    see,
    canRead,
  } = await checks.pageOfVisibleCapabilities(
    answer.needs,
    n => n.ref,
    page,
    n => n.dataProducts.sample,
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

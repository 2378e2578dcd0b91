import type { PageWindow } from '@data-mesh-portfolio/plugin-data-mesh-common';
import type {
  ContractImpactQuery,
  ContractImpactResponse,
  ContractRisksResponse,
  ContractVersionsResponse,
} from '../reads/ContractReads';
import type {
  PortfolioRequestOptions,
  PortfolioService,
} from '../reads/PortfolioService';
import {
  CallerChecks,
  WHOLE_LIST,
  marked,
  pageOfVisible,
} from './callerChecks';

/*
 * The contracts' answers as one caller may see them. A contract (an API
 * entity) or an entity the caller may not read is answered as unknown
 * (404). The consumers a change reaches and the contracts that reach an
 * entity are counted and paged over what the caller may read only: a
 * hidden use case must not show as a count, nor a hidden contract as a
 * risk; a data product the change passes through that the caller may not
 * read is named as null.
 */

/** A page of a readable contract's versions. */
export async function listContractVersionsAnswer(
  inner: PortfolioService,
  checks: CallerChecks,
  apiRef: string,
  page: PageWindow,
  options: PortfolioRequestOptions,
): Promise<ContractVersionsResponse> {
  await checks.requireReadable([apiRef], options);
  return inner.listContractVersions(apiRef, page, options);
}

/** Whom a readable contract's change reaches, of what the caller may read. */
export async function getContractImpactAnswer(
  inner: PortfolioService,
  checks: CallerChecks,
  apiRef: string,
  query: ContractImpactQuery,
  options: PortfolioRequestOptions,
): Promise<ContractImpactResponse> {
  await checks.requireReadable([apiRef], options);
  const whole = await inner.getContractImpact(
    apiRef,
    { version: query.version, ...WHOLE_LIST },
    options,
  );
  const reached = [...whole.useCases.items, ...whole.dataProducts.items];
  const canRead = await checks.readable(
    reached.flatMap(r => (r.through ? [r.ref, r.through] : [r.ref])),
    options,
  );
  const page = { offset: query.offset, limit: query.limit };
  const shown = (list: typeof reached) => {
    const found = pageOfVisible(list, r => canRead(r.ref), page);
    const items = found.items.map(r => ({
      ...r,
      through: r.through && canRead(r.through) ? r.through : null,
    }));
    return { totalItems: found.totalItems, items };
  };
  const useCases = shown(whole.useCases.items);
  return marked(
    {
      ...whole,
      ...page,
      useCases: {
        ...useCases,
        realItems: whole.useCases.items.filter(u => u.real && canRead(u.ref))
          .length,
      },
      dataProducts: shown(whole.dataProducts.items),
    },
    canRead,
  );
}

/** The breaking changes of readable contracts that reach a readable entity. */
export async function listContractRisksAnswer(
  inner: PortfolioService,
  checks: CallerChecks,
  entityRef: string,
  page: PageWindow,
  options: PortfolioRequestOptions,
): Promise<ContractRisksResponse> {
  await checks.requireReadable([entityRef], options);
  const whole = await inner.listContractRisks(entityRef, WHOLE_LIST, options);
  const canRead = await checks.readable(
    whole.items.flatMap(r => (r.through ? [r.api, r.through] : [r.api])),
    options,
  );
  const found = pageOfVisible(whole.items, r => canRead(r.api), page);
  const items = found.items.map(r => ({
    ...r,
    through: r.through && canRead(r.through) ? r.through : null,
  }));
  return marked({ ...whole, ...found, items }, canRead);
}

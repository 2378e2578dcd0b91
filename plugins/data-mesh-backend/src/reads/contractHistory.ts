import { NotFoundError } from '@backstage/errors';
import {
  ContractVersionAnswer,
  PageWindow,
  ReachedEntityAnswer,
  pageOf,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import type {
  ContractVersionStore,
  StoredContractVersion,
  StoredReachedEntity,
} from '../store/ContractVersionStore';
import type {
  ContractImpactQuery,
  ContractImpactResponse,
  ContractRisksResponse,
  ContractVersionsResponse,
} from './ContractReads';

/*
 * The contracts' answers for everyone, from the store; the authorized
 * service leaves out what the caller may not read.
 */

/** Changes a version answers with at most (the document's `maxItems`). */
export const MAX_ANSWERED_CHANGES = 50;
/** Breaking paths a risk answers with at most (the document's `maxItems`). */
export const MAX_RISK_PATHS = 10;
/** Breaking versions read per entity at most: an answer stays bounded. */
export const MAX_RISKS_READ = 10_000;

/** A stored version as the API answers it. */
export function versionAnswer(v: StoredContractVersion): ContractVersionAnswer {
  return {
    sequence: v.sequence,
    seenAt: v.seenAt,
    version: v.version,
    status: v.status,
    breaking: v.breaking,
    unannounced: v.unannounced,
    changeCount: v.changeCount,
    breakingCount: v.breakingCount,
    changes: v.changes.slice(0, MAX_ANSWERED_CHANGES),
  };
}

function reachedAnswer(r: StoredReachedEntity): ReachedEntityAnswer {
  return {
    ref: r.ref,
    title: r.title,
    reach: r.reach,
    through: r.through,
    ...(r.status === null ? {} : { status: r.status }),
    ...(r.real === null ? {} : { real: r.real }),
  };
}

/** A page of a contract's versions; a 404 when none was seen. */
export async function listContractVersions(
  store: ContractVersionStore,
  api: string,
  page: PageWindow,
): Promise<ContractVersionsResponse> {
  const { items, totalItems } = await store.listVersions(api, page);
  if (totalItems === 0) {
    throw new NotFoundError(`No version of the contract ${api} was seen`);
  }
  return {
    api,
    stale: false,
    totalItems,
    offset: page.offset,
    limit: page.limit,
    items: items.map(versionAnswer),
  };
}

/** Whom a version's change reaches, each list paged alike. */
export async function getContractImpact(
  store: ContractVersionStore,
  api: string,
  query: ContractImpactQuery,
): Promise<ContractImpactResponse> {
  const change = await store.getVersion(api, query.version);
  if (!change) {
    throw new NotFoundError(
      query.version === undefined
        ? `The contract ${api} has no breaking version`
        : `No version ${query.version} of the contract ${api}`,
    );
  }
  const reached = (await store.getReached(api, change.sequence)).map(
    reachedAnswer,
  );
  const window = { offset: query.offset, limit: query.limit };
  const useCases = reached.filter(r => r.ref.startsWith('usecase:'));
  const dataProducts = reached.filter(r => r.ref.startsWith('dataproduct:'));
  const page = <T>(list: T[]) => pageOf(list.length, i => list[i], window);
  return {
    api,
    stale: false,
    ...window,
    change: versionAnswer(change),
    useCases: {
      totalItems: useCases.length,
      realItems: useCases.filter(u => u.real).length,
      items: page(useCases).items,
    },
    dataProducts: {
      totalItems: dataProducts.length,
      items: page(dataProducts).items,
    },
  };
}

/** A page of the breaking versions that reach an entity, newest first. */
export async function listContractRisks(
  store: ContractVersionStore,
  entityRef: string,
  page: PageWindow,
): Promise<ContractRisksResponse> {
  const risks = await store.listRisks(entityRef, MAX_RISKS_READ);
  const found = pageOf(risks.length, i => risks[i], page);
  return {
    entityRef,
    stale: false,
    ...found,
    items: found.items.map(({ version: v, reach, through }) => ({
      api: v.api,
      sequence: v.sequence,
      seenAt: v.seenAt,
      version: v.version,
      unannounced: v.unannounced,
      breakingCount: v.breakingCount,
      breakingPaths: v.changes
        .filter(c => c.class === 'breaking')
        .slice(0, MAX_RISK_PATHS)
        .map(c => c.path),
      reach,
      through,
    })),
  };
}

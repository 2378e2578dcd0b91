import { NotFoundError } from '@backstage/errors';
import {
  ContractVersionAnswer,
  PageWindow,
  ReachedEntityAnswer,
  contractImpactAnswer,
  contractRiskAnswer,
  contractVersionAnswer,
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

/** Breaking versions read per entity at most: an answer stays bounded. */
export const MAX_RISKS_READ = 10_000;

/** A stored version as the API answers it. */
export function versionAnswer(v: StoredContractVersion): ContractVersionAnswer {
  return contractVersionAnswer(v);
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
  return {
    ...contractImpactAnswer(api, versionAnswer(change), reached, query),
    stale: false,
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
    items: found.items.map(({ version: v, reach, through }) =>
      contractRiskAnswer(v.api, versionAnswer(v), { reach, through }),
    ),
  };
}

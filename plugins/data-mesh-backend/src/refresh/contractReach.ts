import {
  ContractImpactIndex,
  DAY_MS,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import type {
  ContractVersionStore,
  ReachRewrite,
  StoredReachedEntity,
} from '../store/ContractVersionStore';

/** Whom a breaking change of the contract of `api` reaches, as stored. */
export function reachedBy(
  index: ContractImpactIndex,
  api: string,
): StoredReachedEntity[] {
  const { useCases, dataProducts } = index.reachers(api);
  return [
    ...useCases.map(
      (u): StoredReachedEntity => ({
        ref: u.ref,
        title: u.title,
        reach: u.reach,
        through: u.through,
        real: u.real,
        status: u.status,
      }),
    ),
    ...dataProducts.map(
      (p): StoredReachedEntity => ({
        ...p,
        real: null,
        status: null,
      }),
    ),
  ];
}

/**
 * Whom the example contracts' newest breaking versions reach, worked out
 * again while their first day lasts. A real breaking change is seen when
 * its consumers are already in the catalog; an example's is stored the
 * first time the recompute sees the contract, which on a fresh portal may
 * be before the catalog has ingested the use cases and data products that
 * read it. The example history of the phases is written afresh on its
 * first day for the same reason (`exampleHistory.ts`).
 *
 * `apis` are the example contracts in the catalog that this run stored no
 * version of; `runAt` is when the run started.
 */
export async function exampleReachRewrites(
  contracts: Pick<ContractVersionStore, 'getVersion'>,
  apis: string[],
  runAt: Date,
  impactIndex: () => Promise<ContractImpactIndex>,
): Promise<ReachRewrite[]> {
  const rewrites: ReachRewrite[] = [];
  for (const api of apis) {
    const version = await contracts.getVersion(api);
    if (!version) continue;
    if (runAt.getTime() - Date.parse(version.seenAt) >= DAY_MS) continue;
    rewrites.push({
      api,
      sequence: version.sequence,
      reached: reachedBy(await impactIndex(), api),
    });
  }
  return rewrites;
}

import type {
  ContractImpactResponse,
  ContractRiskAnswer,
  ContractVersionAnswer,
  ReachedEntityAnswer,
} from '../api/contractTypes';
import type { ContractChange } from '../contracts/diffContracts';
import type { PageWindow } from '../portfolio/demand';
import { pageOfList } from './paging';

/*
 * How the contract routes cut their answers: a version with at most the
 * document's number of changes, whom a change reaches with each list paged
 * alike, and a risk with the first breaking paths.
 */

/**
 * Changes a version answers with at most (the document's `maxItems`).
 *
 * @public
 */
export const MAX_ANSWERED_CHANGES = 50;

/**
 * Breaking paths a risk answers with at most (the document's `maxItems`).
 *
 * @public
 */
export const MAX_RISK_PATHS = 10;

/**
 * A version's changes in the order they are kept and answered: breaking
 * ones first, each class in the diff's order.
 *
 * @public
 */
export function breakingFirst<C extends Pick<ContractChange, 'class'>>(
  changes: readonly C[],
): C[] {
  return [...changes].sort(
    (a, b) => Number(b.class === 'breaking') - Number(a.class === 'breaking'),
  );
}

/**
 * A version as the routes answer it: its changes (breaking first) cut to
 * {@link MAX_ANSWERED_CHANGES}, with their full counts.
 *
 * @public
 */
export function contractVersionAnswer(
  version: ContractVersionAnswer,
): ContractVersionAnswer {
  return {
    sequence: version.sequence,
    seenAt: version.seenAt,
    version: version.version,
    status: version.status,
    breaking: version.breaking,
    unannounced: version.unannounced,
    changeCount: version.changeCount,
    breakingCount: version.breakingCount,
    changes: version.changes.slice(0, MAX_ANSWERED_CHANGES),
  };
}

/**
 * `GET /contracts/{namespace}/{name}/impact`'s answer but for its
 * freshness: the version, and the use cases (with how many are real) and
 * data products it reaches, each list paged by the same window.
 *
 * @public
 */
export function contractImpactAnswer(
  api: string,
  change: ContractVersionAnswer,
  reached: readonly ReachedEntityAnswer[],
  window: PageWindow,
): Omit<ContractImpactResponse, 'stale'> {
  const useCases = reached.filter(r => r.ref.startsWith('usecase:'));
  const dataProducts = reached.filter(r => r.ref.startsWith('dataproduct:'));
  return {
    api,
    offset: window.offset,
    limit: window.limit,
    change,
    useCases: {
      totalItems: useCases.length,
      realItems: useCases.filter(u => u.real).length,
      items: pageOfList(useCases, window).items,
    },
    dataProducts: {
      totalItems: dataProducts.length,
      items: pageOfList(dataProducts, window).items,
    },
  };
}

/**
 * A breaking version that reaches an entity, as
 * `GET /entities/{kind}/{namespace}/{name}/contract-risks` lists it.
 *
 * @public
 */
export function contractRiskAnswer(
  api: string,
  version: ContractVersionAnswer,
  reached: Pick<ReachedEntityAnswer, 'reach' | 'through'>,
): ContractRiskAnswer {
  return {
    api,
    sequence: version.sequence,
    seenAt: version.seenAt,
    version: version.version,
    unannounced: version.unannounced,
    breakingCount: version.breakingCount,
    breakingPaths: version.changes
      .filter(c => c.class === 'breaking')
      .slice(0, MAX_RISK_PATHS)
      .map(c => c.path),
    reach: reached.reach,
    through: reached.through,
  };
}

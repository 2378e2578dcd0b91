import type {
  ContractImpactResponse,
  ContractRisksResponse,
  ContractVersionsResponse,
  PageWindow,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import type { PortfolioRequestOptions } from './requestOptions';

export type {
  ContractImpactResponse,
  ContractRisksResponse,
  ContractVersionsResponse,
};

/** Which version's impact, and the page of each list. */
export type ContractImpactQuery = PageWindow & {
  /** The version's sequence number; the newest breaking one when absent. */
  version?: number;
};

/**
 * The data contracts' versions and whom their breaking changes reach, as
 * the recompute stored them (see `ContractVersionStore`).
 */
export interface ContractReads {
  /** A page of a contract's versions, newest first. */
  listContractVersions(
    apiRef: string,
    page: PageWindow,
    options: PortfolioRequestOptions,
  ): Promise<ContractVersionsResponse>;
  /** The use cases and data products one version's change reaches. */
  getContractImpact(
    apiRef: string,
    query: ContractImpactQuery,
    options: PortfolioRequestOptions,
  ): Promise<ContractImpactResponse>;
  /** A page of the breaking changes that reach a use case or data product. */
  listContractRisks(
    entityRef: string,
    page: PageWindow,
    options: PortfolioRequestOptions,
  ): Promise<ContractRisksResponse>;
}

/*
 * The data contracts' answers, read out of the OpenAPI document so the
 * backend, the frontend and their tests share one shape.
 */
import type { ApiAnswer, ApiSchema } from './wire';

/**
 * `GET /contracts/{namespace}/{name}/versions` response: a page of a data
 * contract's versions, newest first.
 *
 * @public
 */
export type ContractVersionsResponse =
  ApiAnswer<'/contracts/{namespace}/{name}/versions'>;

/**
 * `GET /contracts/{namespace}/{name}/impact` response: the use cases and
 * data products one breaking version reaches.
 *
 * @public
 */
export type ContractImpactResponse =
  ApiAnswer<'/contracts/{namespace}/{name}/impact'>;

/**
 * `GET /entities/{kind}/{namespace}/{name}/contract-risks` response: the
 * breaking contract changes that reach an entity.
 *
 * @public
 */
export type ContractRisksResponse =
  ApiAnswer<'/entities/{kind}/{namespace}/{name}/contract-risks'>;

/**
 * A version of a contract with its changes from the one before.
 *
 * @public
 */
export type ContractVersionAnswer = ApiSchema<'ContractVersion'>;

/**
 * A use case or data product a contract change reaches, as answered.
 *
 * @public
 */
export type ReachedEntityAnswer = ApiSchema<'ReachedEntity'>;

/**
 * A breaking contract change that reaches an entity, as answered.
 *
 * @public
 */
export type ContractRiskAnswer = ApiSchema<'ContractRisk'>;

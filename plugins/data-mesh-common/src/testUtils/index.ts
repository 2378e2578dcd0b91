/**
 * Test helpers of Data Mesh Portfolio: builders of small organisations to
 * feed the real portfolio functions in tests of any package.
 *
 * @packageDocumentation
 */
export {
  capability,
  dataProduct,
  domain,
  group,
  usecase,
  withDeclaredPhase,
} from './entities';
export { odcsApi, odcsContract, withPorts } from './contracts';
export {
  capabilityDocument,
  dataProductDocument,
  malformedDataMeshDocuments,
  useCaseDocument,
  withoutSpecField,
} from './malformedDocuments';
export {
  RESTRICTED_LABEL,
  organisationSize,
  syntheticOrganisation,
} from './syntheticOrganisation';
export type { OrganisationSize } from './syntheticOrganisation';
export { seededRandom } from './seededRandom';
export { runCountingPauses } from './pauses';
// Re-exported because the builders' signatures name them.
export { DATA_MESH_PHASES } from '../kinds/constants';
export type { DataMeshPhase } from '../kinds/constants';
export type { Steps } from '../time/steps';

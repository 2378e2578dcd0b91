/**
 * The complementary search's join on plain numbers, with nothing else of
 * Data Mesh Portfolio's common library: what a backend loads in a worker
 * thread to run the join off its event loop, in milliseconds.
 *
 * @packageDocumentation
 */
export {
  complementaryJoin,
  mergeJoinResults,
} from './insight/complementaryJoin';
export type { JoinShare } from './insight/similarSets';
export type {
  ComplementaryJoinInput,
  ComplementaryJoinResult,
} from './insight/complementaryJoin';
export type { RankedPair } from './insight/complementaryTop';
export { runSteps } from './time/steps';
export type { Steps } from './time/steps';

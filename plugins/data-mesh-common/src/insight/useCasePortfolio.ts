import { LEVELS, Level } from '../kinds/constants';
import type { PortfolioFacts } from '../portfolio/facts';
import { DemandIndex } from '../portfolio/demand';
import {
  CapabilityBrief,
  UseCaseBrief,
  byTitle,
  isAvailable,
  needsByUseCaseSteps,
  useCaseBrief,
} from './briefs';
import { Steps, runSteps } from '../time/steps';

/*
 * The use-case portfolio (the product spec, §7): use cases placed by value
 * × complexity, each with what blocks it. The seed's advice for bootstrap
 * is to start with a few high-value, low-complexity use cases, so that cell
 * is called out.
 */

/**
 * One use case in the portfolio.
 *
 * @public
 */
export interface PortfolioUseCase extends UseCaseBrief {
  /** The data products it consumes, sorted (the `#port` part dropped). */
  consumes: string[];
  /** How many capabilities it needs, directly or through data products. */
  needs: number;
  /**
   * The capabilities it needs that are not `available` (beta, building,
   * planned, deprecated, or not offered at all), by title.
   */
  blockedBy: CapabilityBrief[];
}

/**
 * One cell of the value × complexity matrix.
 *
 * @public
 */
export interface UseCasePortfolioCell {
  /** The value of the use cases in the cell. */
  value: Level;
  /** The complexity of the use cases in the cell. */
  complexity: Level;
  /** True for the high-value, low-complexity cell: where to start. */
  startHere: boolean;
  /** Its use cases, least blocked first, then by title. */
  useCases: PortfolioUseCase[];
}

/**
 * The use-case portfolio of an organisation.
 *
 * @public
 */
export interface UseCasePortfolio {
  /**
   * The nine cells, row by row: value high, medium, low; within a row,
   * complexity low, medium, high. The first cell is where to start.
   */
  cells: UseCasePortfolioCell[];
  /**
   * Use cases that lack a value or a complexity, least blocked first, then
   * by title. They are listed apart rather than guessed into a cell,
   * because a guess would move a use case into or out of the cell that
   * says where to start.
   */
  unrated: PortfolioUseCase[];
}

/**
 * The cell the seed says to start with: high value, low complexity.
 *
 * @public
 */
export const START_HERE_CELL: { value: Level; complexity: Level } = {
  value: 'high',
  complexity: 'low',
};

/** Least blocked first: what is ready to build comes before what waits. */
function byBlockers(a: PortfolioUseCase, b: PortfolioUseCase): number {
  return a.blockedBy.length - b.blockedBy.length || byTitle(a, b);
}

/**
 * Places every proposed, committed and live use case by value ×
 * complexity, each with its personas, consumed data products and the
 * capabilities blocking it. Retired use cases are left out: they are no
 * longer a choice to make. Pass the snapshot's {@link DemandIndex} when
 * there is one, so that needs are not indexed twice. A caller that must
 * stay responsive (a backend) runs {@link computeUseCasePortfolioSteps}
 * in slices instead.
 *
 * @public
 */
export function computeUseCasePortfolio(
  facts: PortfolioFacts,
  demand: DemandIndex = DemandIndex.build(facts),
): UseCasePortfolio {
  return runSteps(computeUseCasePortfolioSteps(facts, demand));
}

/**
 * {@link computeUseCasePortfolio} as steps: pauses after reading each use
 * case's needs, after placing each use case, and after sorting each cell,
 * so that a caller can spread the work over time (pausing costs nothing
 * when it is simply run to the end). Without a {@link DemandIndex}, one is
 * built first.
 *
 * @public
 */
export function* computeUseCasePortfolioSteps(
  facts: PortfolioFacts,
  demand?: DemandIndex,
): Steps<UseCasePortfolio> {
  // A ternary, not `??`: some compilers move `yield*` out of a `??` into a
  // function of its own, where it is not allowed.
  const index = demand !== undefined ? demand : yield* DemandIndex.steps(facts);
  const useCases = facts.useCases.filter(u => u.status !== 'retired');
  const needs = yield* needsByUseCaseSteps(useCases, index);
  const rows = [...LEVELS].reverse();
  const cells: UseCasePortfolioCell[] = rows.flatMap(value =>
    LEVELS.map(complexity => ({
      value,
      complexity,
      startHere:
        value === START_HERE_CELL.value &&
        complexity === START_HERE_CELL.complexity,
      useCases: [] as PortfolioUseCase[],
    })),
  );
  const unrated: PortfolioUseCase[] = [];
  for (const useCase of useCases) {
    const needed = needs.get(useCase.ref) ?? [];
    const item: PortfolioUseCase = {
      ...useCaseBrief(useCase),
      consumes: [...useCase.consumes].sort(),
      needs: needed.length,
      blockedBy: needed.filter(c => !isAvailable(c.status)).sort(byTitle),
    };
    const cell = cells.find(
      c => c.value === useCase.value && c.complexity === useCase.complexity,
    );
    (cell ? cell.useCases : unrated).push(item);
    yield;
  }
  // A cell can hold most of the use cases: each sort is a piece of its own.
  for (const cell of cells) {
    cell.useCases.sort(byBlockers);
    yield;
  }
  return { cells, unrated: unrated.sort(byBlockers) };
}

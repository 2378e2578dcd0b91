import {
  BriefSample,
  PortfolioUseCase,
  RefSample,
  SAMPLE_SIZE,
  UseCaseBrief,
  UseCaseFacts,
  UseCasePortfolioItem,
} from '@data-mesh-portfolio/plugin-data-mesh-common';

/* The rows the execution insights list, cut from one snapshot's facts. */

/** The first few of a list, with its length. */
export function sample<T>(list: T[]): BriefSample<T> {
  return { count: list.length, sample: list.slice(0, SAMPLE_SIZE) };
}

/** The first few refs, with their number. */
export function refSample(refs: string[]): RefSample {
  return { count: refs.length, sample: refs.slice(0, SAMPLE_SIZE) };
}

/** Code-unit order, as the common package's insights sort. */
export const compareText = (a: string, b: string) => {
  if (a === b) return 0;
  return a < b ? -1 : 1;
};

/** By title, then by ref. */
export const byTitle = (
  a: { title: string; ref: string },
  b: { title: string; ref: string },
) => compareText(a.title, b.title) || compareText(a.ref, b.ref);

/** A use case as the insights list it. */
export function briefOf(u: UseCaseFacts): UseCaseBrief {
  const { ref, title, status, value, complexity, domain } = u;
  return {
    ref,
    title,
    status,
    value,
    complexity,
    domain,
    personas: [...u.personas].sort(),
  };
}

/** A use case as the portfolio lists it, its lists cut to samples. */
export function portfolioItem(u: PortfolioUseCase): UseCasePortfolioItem {
  return {
    ref: u.ref,
    title: u.title,
    status: u.status,
    value: u.value,
    complexity: u.complexity,
    domain: u.domain,
    personas: u.personas,
    consumes: refSample(u.consumes),
    needs: u.needs,
    blockedBy: sample(u.blockedBy),
  };
}

import type { ContractVersionAnswer } from '@data-mesh-portfolio/plugin-data-mesh-common';

/*
 * The words the contract-change views say, in plain functions so the
 * tests can hold them to the figures.
 */

/** "1 use case", "3 use cases". */
export function counted(count: number, word: string, plural = `${word}s`) {
  return `${count} ${count === 1 ? word : plural}`;
}

/**
 * What a version is, as badges with words (never colour alone): the first
 * version seen; a breaking one, and unannounced when its major number
 * stayed; or not breaking.
 */
export function versionBadges(
  version: Pick<ContractVersionAnswer, 'sequence' | 'breaking' | 'unannounced'>,
): string[] {
  if (version.sequence === 1) return ['First version'];
  if (!version.breaking) return ['Not breaking'];
  return version.unannounced ? ['Breaking', 'Unannounced'] : ['Breaking'];
}

/** "This change reaches: 3 use cases (2 real) and 1 data product". */
export function reachSentence(counts: {
  useCases: number;
  realUseCases: number;
  dataProducts: number;
}): string {
  return `This change reaches: ${counted(counts.useCases, 'use case')} (${
    counts.realUseCases
  } real) and ${counted(counts.dataProducts, 'data product')}`;
}

/** The listed paths, and how many more there are beyond them. */
export function pathsText(paths: string[], count: number): string {
  const more = count - paths.length;
  return `${paths.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

/** "(breaking)" or "(breaking, unannounced)". */
export function breakingNote(unannounced: boolean): string {
  return unannounced ? '(breaking, unannounced)' : '(breaking)';
}

/** A day in the reader's locale, e.g. "Nov 3, 2026" (UTC, as it was seen). */
export function dayText(timestamp: string): string {
  const date = new Date(timestamp);
  return Number.isNaN(date.getTime())
    ? timestamp
    : date.toLocaleDateString(undefined, {
        dateStyle: 'medium',
        timeZone: 'UTC',
      });
}

import {
  DEFAULT_PAGE_LIMIT,
  PageRequest,
  RefSample,
  SAMPLE_SIZE,
} from '../api/types';
import { ListPage, PageWindow, pageOf } from '../portfolio/demand';
import type { BriefSample } from '../api/insightTypes';

/*
 * How the API cuts its answers from whole lists: a page of rows for a
 * window, and the first few of a list with its length.
 */

/**
 * The window a request asks for, with the OpenAPI document's defaults
 * (`offset` 0, {@link DEFAULT_PAGE_LIMIT} rows) where it leaves them out.
 *
 * @public
 */
export function pageWindow(request: PageRequest = {}): PageWindow {
  return {
    offset: request.offset ?? 0,
    limit: request.limit ?? DEFAULT_PAGE_LIMIT,
  };
}

/**
 * The rows of `window` from a list held whole.
 *
 * @public
 */
export function pageOfList<T>(
  list: readonly T[],
  window: PageWindow,
): ListPage<T> {
  return pageOf(list.length, i => list[i], window);
}

/**
 * A page of entity refs as the API lists them: an object per ref.
 *
 * @public
 */
export function refsPage(page: ListPage<string>): ListPage<{ ref: string }> {
  return { ...page, items: page.items.map(ref => ({ ref })) };
}

/**
 * The first few of a list ({@link SAMPLE_SIZE}), with its length.
 *
 * @public
 */
export function sampleOfList<T>(list: readonly T[]): BriefSample<T> {
  return { count: list.length, sample: list.slice(0, SAMPLE_SIZE) };
}

/**
 * The first few refs of a list, with how many it holds.
 *
 * @public
 */
export function refSampleOf(refs: readonly string[]): RefSample {
  return sampleOfList(refs);
}

import { DEFAULT_PAGE_LIMIT, SAMPLE_SIZE } from '../api/types';
import {
  pageOfList,
  pageWindow,
  refSampleOf,
  refsPage,
  sampleOfList,
} from './paging';

describe('pageWindow', () => {
  it("fills in the document's defaults where a request leaves them out", () => {
    expect(pageWindow()).toEqual({ offset: 0, limit: DEFAULT_PAGE_LIMIT });
    expect(pageWindow({ limit: 7 })).toEqual({ offset: 0, limit: 7 });
    expect(pageWindow({ offset: 40, limit: 20 })).toEqual({
      offset: 40,
      limit: 20,
    });
  });
});

describe('pageOfList', () => {
  it('cuts pages of at most their limit that add up to the list', () => {
    const list = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const pages = [0, 3, 6].map(offset =>
      pageOfList(list, { offset, limit: 3 }),
    );

    expect(pages.map(p => p.items)).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
      ['g'],
    ]);
    expect(pages.map(p => p.totalItems)).toEqual([7, 7, 7]);
    expect(pages.map(p => p.offset)).toEqual([0, 3, 6]);
    expect(pageOfList(list, { offset: 7, limit: 3 }).items).toEqual([]);
  });
});

describe('refsPage', () => {
  it('lists each ref as an object and keeps the page', () => {
    const page = pageOfList(['domain:default/a', 'domain:default/b'], {
      offset: 1,
      limit: 5,
    });
    expect(refsPage(page)).toEqual({
      items: [{ ref: 'domain:default/b' }],
      totalItems: 2,
      offset: 1,
      limit: 5,
    });
  });
});

describe('sampleOfList', () => {
  it('keeps the first few in order and counts them all', () => {
    const list = Array.from({ length: SAMPLE_SIZE + 2 }, (_, i) => i);
    expect(sampleOfList(list)).toEqual({
      count: SAMPLE_SIZE + 2,
      sample: list.slice(0, SAMPLE_SIZE),
    });
    expect(refSampleOf(['x'])).toEqual({ count: 1, sample: ['x'] });
  });
});

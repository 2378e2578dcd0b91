import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import type { Entity } from '@backstage/catalog-model';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';

/** Filters of the data products table; unset means "any". */
export interface DataProductFilters {
  /** A domain entity reference, matched through the `partOf` relation. */
  domain?: string;
  lifecycle?: string;
  type?: string;
}

/** Rows per page: enough to scan, small enough to stay fast. */
export const DATA_PRODUCTS_PAGE_SIZE = 20;

/**
 * The only fields the table shows. The catalog returns nothing else, so a
 * product with many ports costs no more than a small one.
 */
export const DATA_PRODUCT_TABLE_FIELDS = [
  'apiVersion',
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'metadata.description',
  'spec.owner',
  'spec.domain',
  'spec.type',
  'spec.lifecycle',
];

function catalogFilter(filters: DataProductFilters): Record<string, string> {
  const filter: Record<string, string> = { kind: 'DataProduct' };
  if (filters.domain) {
    filter['relations.partOf'] = filters.domain;
  }
  if (filters.lifecycle) {
    filter['spec.lifecycle'] = filters.lifecycle;
  }
  if (filters.type) {
    filter['spec.type'] = filters.type;
  }
  return filter;
}

/**
 * One page of data products from the catalog, with cursor paging: the
 * catalog is read a page at a time with a field projection, never whole.
 */
export function useDataProductsPage(filters: DataProductFilters) {
  const catalogApi = useApi(catalogApiRef);
  const [page, setPage] = useState<{ cursor?: string; index: number }>({
    index: 0,
  });
  // A filter change starts again from the first page.
  const filterKey = JSON.stringify(filters);
  const [pagedFilterKey, setPagedFilterKey] = useState(filterKey);
  if (pagedFilterKey !== filterKey) {
    setPagedFilterKey(filterKey);
    setPage({ index: 0 });
  }
  const cursor = pagedFilterKey === filterKey ? page.cursor : undefined;

  const state = useAsync(async () => {
    const response = cursor
      ? await catalogApi.queryEntities({
          cursor,
          limit: DATA_PRODUCTS_PAGE_SIZE,
          fields: DATA_PRODUCT_TABLE_FIELDS,
        })
      : await catalogApi.queryEntities({
          filter: catalogFilter(JSON.parse(filterKey)),
          limit: DATA_PRODUCTS_PAGE_SIZE,
          fields: DATA_PRODUCT_TABLE_FIELDS,
          orderFields: { field: 'metadata.name', order: 'asc' },
        });
    return {
      items: response.items as Entity[],
      totalItems: response.totalItems,
      nextCursor: response.pageInfo.nextCursor,
      prevCursor: response.pageInfo.prevCursor,
    };
  }, [catalogApi, filterKey, cursor]);

  const value = state.value;
  return {
    ...state,
    pageIndex: page.index,
    goToNextPage: value?.nextCursor
      ? () => setPage({ cursor: value.nextCursor, index: page.index + 1 })
      : undefined,
    goToPreviousPage:
      page.index > 0
        ? () =>
            setPage({
              cursor: page.index > 1 ? value?.prevCursor : undefined,
              index: page.index - 1,
            })
        : undefined,
  };
}

/** A domain that holds data products, with its title when it has one. */
export interface DataProductDomain {
  ref: string;
  title?: string;
}

/**
 * The domains that hold data products, for the domain filter, with their
 * titles read from the catalog (only the title field).
 */
export function useDataProductDomains(): DataProductDomain[] {
  const catalogApi = useApi(catalogApiRef);
  const { value } = useAsync(async () => {
    const { facets } = await catalogApi.getEntityFacets({
      filter: { kind: 'DataProduct' },
      facets: ['relations.partOf'],
    });
    const refs = (facets['relations.partOf'] ?? [])
      .map(facet => facet.value)
      .filter(ref => ref.toLocaleLowerCase('en-US').startsWith('domain:'))
      .sort();
    if (refs.length === 0) {
      return [];
    }
    const { items } = await catalogApi.getEntitiesByRefs({
      entityRefs: refs,
      fields: ['metadata.title'],
    });
    return refs.map((ref, index) => ({
      ref,
      title: items[index]?.metadata?.title,
    }));
  }, [catalogApi]);
  return value ?? [];
}

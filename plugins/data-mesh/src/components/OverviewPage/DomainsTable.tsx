import { InfoCard, TableColumn } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import {
  DOMAIN_SORT_FIELDS,
  DomainSummary,
  DomainsResponse,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { useState } from 'react';
import { dataMeshApiRef } from '../../api/DataMeshApi';
import { DeclaredVersusComputed } from '../shared/DeclaredVersusComputed';
import { PagedCardContent, pagedCardState } from '../shared/PagedCardContent';
import {
  PHASE_LABELS,
  formatPercent,
  humanizeWord,
} from '../shared/presentation';
import { PagedTable } from '../shared/PagedTable';
import { TableQuery, useServerPages } from '../shared/useServerPages';
import { DomainFilterValues, DomainFilters } from './DomainFilters';

/**
 * Columns whose `field` is a sort field of `GET /domains` are sortable, and
 * the server sorts by them; the others cannot be sorted.
 */
const COLUMNS: TableColumn<DomainSummary>[] = [
  {
    title: 'Domain',
    field: 'title',
    defaultSort: 'asc',
    render: domain => (
      <EntityRefLink entityRef={domain.scope} defaultKind="domain">
        {domain.title}
      </EntityRefLink>
    ),
  },
  {
    title: 'Archetype',
    sorting: false,
    render: domain => domain.archetype && humanizeWord(domain.archetype),
  },
  {
    title: 'Subdomain of',
    sorting: false,
    render: domain =>
      domain.subdomainOf && (
        <EntityRefLink entityRef={domain.subdomainOf} defaultKind="domain" />
      ),
  },
  { title: 'Data products', field: 'dataProducts', type: 'numeric' },
  { title: 'Use cases', field: 'useCases', type: 'numeric' },
  {
    title: 'Adoption',
    field: 'adoption',
    type: 'numeric',
    render: domain => formatPercent(domain.metrics.adoption),
  },
  {
    title: 'Phase',
    field: 'phase',
    render: domain => (
      <>
        {PHASE_LABELS[domain.phase]}
        {domain.stale && (
          <Box component="span" ml={1}>
            <Chip size="small" label="stale" />
          </Box>
        )}
      </>
    ),
  },
  {
    title: 'Declared or computed',
    sorting: false,
    render: domain => <DeclaredVersusComputed phase={domain} />,
  },
];

/** The server's sort and order for the Table's order, if it has one. */
function serverOrder(query: TableQuery<DomainSummary>) {
  const sort = DOMAIN_SORT_FIELDS.find(field => field === query.orderBy?.field);
  return sort && query.orderDirection
    ? { sort, order: query.orderDirection }
    : {};
}

/**
 * The domains with their archetype, what they hold and their phase, a page
 * at a time: the server filters (by text and phase), sorts and pages.
 */
export function DomainsTable() {
  const dataMeshApi = useApi(dataMeshApiRef);
  const [filters, setFilters] = useState<DomainFilterValues>({});
  const filtered = Boolean(filters.q || filters.phase);
  const pages = useServerPages<DomainSummary, DomainsResponse>({
    listKey: JSON.stringify(filters),
    fetchPage: (page, query) =>
      dataMeshApi.getDomains({ ...page, ...serverOrder(query), ...filters }),
    rows: response => response.items,
  });

  return (
    <InfoCard title="Domains">
      <DomainFilters value={filters} onChange={setFilters} />
      <PagedCardContent
        {...pagedCardState(pages, filtered)}
        emptyState={{
          missing: 'content',
          title: 'No domains yet',
          description:
            'Data-mesh domains are Backstage Domain entities; add one with spec.type set to its archetype.',
        }}
      >
        <PagedTable<DomainSummary>
          label="Domains"
          columns={COLUMNS}
          pages={pages}
          options={{ sorting: true }}
          emptyMessage="No domains match these filters"
        />
      </PagedCardContent>
    </InfoCard>
  );
}

import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { DEFAULT_NAMESPACE, Entity } from '@backstage/catalog-model';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { useState } from 'react';
import { humanizeWord } from '../shared/presentation';
import { resolveFieldRef } from '../shared/resolveRef';
import { DataProductFilterBar } from './DataProductFilterBar';
import {
  DATA_PRODUCTS_PAGE_SIZE,
  DataProductFilters,
  useDataProductDomains,
  useDataProductsPage,
} from './useDataProductsPage';
import { DataTable } from '../shared/DataTable';
import { PageButtons } from '../shared/PageButtons';
import { HeaderCell } from '../shared/HeaderCell';

function specText(entity: Entity, field: string): string | undefined {
  const value = entity.spec?.[field];
  return typeof value === 'string' ? value : undefined;
}

function DataProductRow(props: { entity: Entity }) {
  const { entity } = props;
  const namespace = entity.metadata.namespace ?? DEFAULT_NAMESPACE;
  const domain = resolveFieldRef(
    specText(entity, 'domain') ?? '',
    'domain',
    namespace,
  );
  const owner = resolveFieldRef(
    specText(entity, 'owner') ?? '',
    'group',
    namespace,
  );
  const type = specText(entity, 'type');
  const lifecycle = specText(entity, 'lifecycle');
  return (
    <TableRow>
      <TableCell>
        <EntityRefLink entityRef={entity}>
          {entity.metadata.title ?? entity.metadata.name}
        </EntityRefLink>
      </TableCell>
      <TableCell>{domain && <EntityRefLink entityRef={domain} />}</TableCell>
      <TableCell>{owner && <EntityRefLink entityRef={owner} />}</TableCell>
      <TableCell>{type && humanizeWord(type)}</TableCell>
      <TableCell>{lifecycle && humanizeWord(lifecycle)}</TableCell>
      <TableCell>{entity.metadata.description}</TableCell>
    </TableRow>
  );
}

/**
 * Every data product in the catalog, a page at a time, filtered by domain,
 * lifecycle and type.
 */
export function DataProductsTable() {
  const [filters, setFilters] = useState<DataProductFilters>({});
  const domains = useDataProductDomains();
  const page = useDataProductsPage(filters);
  const filtered = Object.values(filters).some(Boolean);

  let body;
  if (page.loading) {
    body = <Progress />;
  } else if (page.error) {
    body = <ResponseErrorPanel error={page.error} />;
  } else if (!page.value || page.value.items.length === 0) {
    body = (
      <EmptyState
        missing={filtered ? 'data' : 'content'}
        title={
          filtered
            ? 'No data products match these filters'
            : 'No data products yet'
        }
        description={
          filtered
            ? 'Clear a filter to see more.'
            : 'Describe a data product in a catalog-info.yaml file with kind: DataProduct next to its code.'
        }
      />
    );
  } else {
    const first = page.pageIndex * DATA_PRODUCTS_PAGE_SIZE + 1;
    const last = first + page.value.items.length - 1;
    body = (
      <>
        <DataTable aria-label="Data products">
          <TableHead>
            <TableRow>
              <HeaderCell>Data product</HeaderCell>
              <HeaderCell>Domain</HeaderCell>
              <HeaderCell>Owner</HeaderCell>
              <HeaderCell>Type</HeaderCell>
              <HeaderCell>Lifecycle</HeaderCell>
              <HeaderCell>Description</HeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {page.value.items.map(entity => (
              <DataProductRow
                key={`${entity.metadata.namespace}/${entity.metadata.name}`}
                entity={entity}
              />
            ))}
          </TableBody>
        </DataTable>
        <Box
          display="flex"
          alignItems="center"
          justifyContent="flex-end"
          mt={1}
        >
          <Typography variant="body2" role="status">
            {first}–{last}
            {page.value.totalItems ? ` of ${page.value.totalItems}` : ''}
          </Typography>
          <PageButtons
            goToPreviousPage={page.goToPreviousPage}
            goToNextPage={page.goToNextPage}
          />
        </Box>
      </>
    );
  }

  return (
    <InfoCard title="Data products">
      <DataProductFilterBar
        filters={filters}
        onChange={setFilters}
        domains={domains}
      />
      {body}
    </InfoCard>
  );
}

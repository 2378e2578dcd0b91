import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { useMemo } from 'react';
import { humanizeWord } from '../shared/presentation';
import { useDataProductsPage } from '../OverviewPage/useDataProductsPage';
import { DataTable } from '../shared/DataTable';
import { PageButtons } from '../shared/PageButtons';
import { HeaderCell } from '../shared/HeaderCell';

/**
 * The data products that are part of the Domain entity being viewed, read
 * from the catalog a page at a time.
 */
export function DomainDataProductsCard() {
  const { entity } = useEntity();
  const domainRef = stringifyEntityRef(entity);
  const filters = useMemo(() => ({ domain: domainRef }), [domainRef]);
  const page = useDataProductsPage(filters);

  let content;
  if (page.loading) {
    content = <Progress />;
  } else if (page.error) {
    content = <ResponseErrorPanel error={page.error} />;
  } else if (!page.value || page.value.items.length === 0) {
    content = (
      <EmptyState
        missing="content"
        title="No data products in this domain yet"
        description="A data product joins a domain through spec.domain in its catalog-info.yaml."
      />
    );
  } else {
    content = (
      <>
        <DataTable aria-label="Data products of this domain">
          <TableHead>
            <TableRow>
              <HeaderCell>Data product</HeaderCell>
              <HeaderCell>Type</HeaderCell>
              <HeaderCell>Lifecycle</HeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {page.value.items.map(product => (
              <TableRow key={stringifyEntityRef(product)}>
                <TableCell>
                  <EntityRefLink entityRef={product}>
                    {product.metadata.title ?? product.metadata.name}
                  </EntityRefLink>
                </TableCell>
                <TableCell>
                  {typeof product.spec?.type === 'string' &&
                    humanizeWord(product.spec.type)}
                </TableCell>
                <TableCell>
                  {typeof product.spec?.lifecycle === 'string' &&
                    humanizeWord(product.spec.lifecycle)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </DataTable>
        {(page.goToPreviousPage || page.goToNextPage) && (
          <Box display="flex" justifyContent="flex-end" mt={1}>
            <PageButtons
              goToPreviousPage={page.goToPreviousPage}
              goToNextPage={page.goToNextPage}
            />
          </Box>
        )}
      </>
    );
  }
  return <InfoCard title="Data products">{content}</InfoCard>;
}

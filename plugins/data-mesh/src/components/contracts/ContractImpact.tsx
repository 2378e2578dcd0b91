import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type {
  ContractImpactResponse,
  ReachedEntityAnswer,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { dataMeshApiRef } from '../../api/DataMeshApi';
import { DataTable } from '../shared/DataTable';
import { HeaderCell } from '../shared/HeaderCell';
import { isNotFoundError } from '../shared/errors';
import { humanizeWord } from '../shared/presentation';
import { dayText, reachSentence } from './contractChangeText';
import { HowReached } from './HowReached';
import { StaleNote } from './StaleNote';
import { RowPager } from './RowPager';
import { useServerRowPage } from './useServerRowPage';

const longer = (r: ContractImpactResponse) =>
  r.useCases.totalItems >= r.dataProducts.totalItems
    ? r.useCases
    : r.dataProducts;

/** Rows of each list on a page of the impact. */
export const IMPACT_PAGE_SIZE = 20;

function ReachedTable(props: {
  label: string;
  kind: 'UseCase' | 'DataProduct';
  rows: ReachedEntityAnswer[];
}) {
  const { label, kind, rows } = props;
  if (rows.length === 0) return null;
  const useCases = kind === 'UseCase';
  return (
    <DataTable aria-label={label}>
      <TableHead>
        <TableRow>
          <HeaderCell scope="col">
            {useCases ? 'Use case' : 'Data product'}
          </HeaderCell>
          {useCases && <HeaderCell scope="col">Status</HeaderCell>}
          <HeaderCell scope="col">How it is reached</HeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map(row => (
          <TableRow key={row.ref}>
            <TableCell component="th" role="rowheader" scope="row">
              <EntityRefLink entityRef={row.ref} title={row.title} />
            </TableCell>
            {useCases && (
              <TableCell>
                {`${row.status ? humanizeWord(row.status) : 'Not stated'}${
                  row.real ? ' (real)' : ''
                }`}
              </TableCell>
            )}
            <TableCell>
              <HowReached reach={row.reach} through={row.through} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </DataTable>
  );
}

/**
 * Whom one breaking version of a contract reaches (the newest breaking
 * one when `version` is not given): the counts in a sentence, then the
 * use cases (real first) and data products, a page of each at a time.
 */
export function ContractImpact(props: {
  apiRef: string;
  version?: number;
  /** The heading level of the section's title. */
  headingLevel?: 3 | 4;
}) {
  const { apiRef, version, headingLevel = 3 } = props;
  const dataMeshApi = useApi(dataMeshApiRef);
  const { pages, response, error, loading } = useServerRowPage<
    ReachedEntityAnswer,
    ContractImpactResponse
  >({
    listKey: `${apiRef} ${version ?? 'newest'}`,
    pageSize: IMPACT_PAGE_SIZE,
    fetchPage: page =>
      dataMeshApi.getContractImpact(apiRef, { version, ...page }),
    // One pager moves both lists, as the route pages them alike: it
    // counts the longer one.
    rows: r => longer(r).items,
    total: r => longer(r).totalItems,
  });

  const heading = (text: string) => (
    <Typography variant="h6" component={`h${headingLevel}`}>
      {text}
    </Typography>
  );
  if (error) {
    return isNotFoundError(error) && version === undefined ? (
      <Box mt={2}>
        {heading('Impact')}
        <Typography variant="body2">
          No version of this contract has been breaking.
        </Typography>
      </Box>
    ) : (
      <ResponseErrorPanel error={error} />
    );
  }
  if (loading || !response) return <Progress />;
  const { change, useCases, dataProducts } = response;
  return (
    <Box
      component="section"
      mt={2}
      aria-label={`Impact of version ${change.version ?? change.sequence}`}
    >
      {heading(
        `Impact of version ${
          change.version ?? `#${change.sequence}`
        }, seen ${dayText(change.seenAt)}`,
      )}
      <StaleNote stale={response.stale} />
      <Typography variant="body1" paragraph>
        {reachSentence({
          useCases: useCases.totalItems,
          realUseCases: useCases.realItems,
          dataProducts: dataProducts.totalItems,
        })}
      </Typography>
      <ReachedTable
        label="Use cases reached"
        kind="UseCase"
        rows={useCases.items}
      />
      <ReachedTable
        label="Data products reached"
        kind="DataProduct"
        rows={dataProducts.items}
      />
      <RowPager pages={pages} label="each list of reached entities" />
    </Box>
  );
}

import {
  ResponseErrorPanel,
  Table,
  TableColumn,
} from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import type {
  PageRequest,
  UseCasePortfolioItem,
  UseCasePortfolioPageResponse,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { personaText } from '../CapabilitiesPage/CapabilityCells';
import { serverTableOptions, useServerPages } from '../shared/useServerPages';
import { CapabilityBriefList, UseCaseName } from './UseCaseSummary';

const COLUMNS: TableColumn<UseCasePortfolioItem>[] = [
  { title: 'Use case', render: u => <UseCaseName useCase={u} /> },
  { title: 'Personas', render: u => personaText(u.personas) },
  {
    title: 'Blocked by',
    render: u =>
      u.blockedBy.count > 0 ? (
        <CapabilityBriefList capabilities={u.blockedBy} />
      ) : (
        'Nothing'
      ),
  },
];

/** Props of {@link PortfolioUseCasesTable}. */
export interface PortfolioUseCasesTableProps {
  /** Accessible name of the list. */
  label: string;
  /** Which list this is; a change starts again from the first page. */
  listKey: string;
  fetchPage(page: Required<PageRequest>): Promise<UseCasePortfolioPageResponse>;
}

/**
 * The whole of a cell (or of the unrated use cases), a page at a time, in
 * the server's order: least blocked first.
 */
export function PortfolioUseCasesTable(props: PortfolioUseCasesTableProps) {
  const { label, listKey, fetchPage } = props;
  const pages = useServerPages<
    UseCasePortfolioItem,
    UseCasePortfolioPageResponse
  >({ listKey, fetchPage, rows: response => response.items });
  if (pages.error) {
    return <ResponseErrorPanel error={pages.error} />;
  }
  return (
    <Box component="section" aria-label={label}>
      <Table<UseCasePortfolioItem>
        key={pages.tableKey}
        columns={COLUMNS}
        data={pages.data}
        options={serverTableOptions()}
        style={{ boxShadow: 'none' }}
      />
    </Box>
  );
}

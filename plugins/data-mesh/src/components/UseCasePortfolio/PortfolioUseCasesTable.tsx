import { TableColumn } from '@backstage/core-components';
import type {
  PageRequest,
  UseCasePortfolioItem,
  UseCasePortfolioPageResponse,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { personaText } from '../shared/CapabilityCells';
import { ServerPagedTable } from '../shared/ServerPagedTable';
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
  return (
    <ServerPagedTable<UseCasePortfolioItem, UseCasePortfolioPageResponse>
      {...props}
      columns={COLUMNS}
    />
  );
}

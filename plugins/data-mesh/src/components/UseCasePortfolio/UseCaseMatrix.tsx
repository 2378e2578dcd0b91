import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { useTheme } from '@material-ui/core/styles';
import { useId } from 'react';
import type {
  Level,
  UseCasePortfolioCellSummary,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { DataTable } from '../shared/DataTable';
import { HeaderCell } from '../shared/HeaderCell';
import { visuallyHidden } from '../shared/visuallyHidden';
import { UseCaseSummary } from './UseCaseSummary';

/** Rows from the most valuable down, columns from the simplest up. */
const VALUE_ROWS: Level[] = ['high', 'medium', 'low'];
const COMPLEXITY_COLUMNS: Level[] = ['low', 'medium', 'high'];

const LEVEL_LABELS: Record<Level, string> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

/** "1 use case", "3 use cases". */
export function countOfUseCases(count: number): string {
  return `${count} use case${count === 1 ? '' : 's'}`;
}

/** "High value, low complexity". */
export function cellName(cell: { value: Level; complexity: Level }): string {
  return `${LEVEL_LABELS[cell.value]} value, ${LEVEL_LABELS[
    cell.complexity
  ].toLocaleLowerCase('en-US')} complexity`;
}

/**
 * The matrix in one sentence a screen reader gives with the table: how
 * many use cases each cell holds, row by row, and which to start with.
 * The cells say the same, but one at a time.
 */
export function matrixSummary(cells: UseCasePortfolioCellSummary[]): string {
  const parts = VALUE_ROWS.flatMap(value =>
    COMPLEXITY_COLUMNS.map(complexity => {
      const cell = cells.find(
        c => c.value === value && c.complexity === complexity,
      );
      return `${cellName({ value, complexity })}: ${countOfUseCases(
        cell?.count ?? 0,
      )}${cell?.startHere ? ' (start here)' : ''}`;
    }),
  );
  return `Use cases by value and complexity. ${parts.join('; ')}.`;
}

function MatrixCell(props: {
  cell: UseCasePortfolioCellSummary | undefined;
  onShowAll?: (cell: UseCasePortfolioCellSummary) => void;
}) {
  const theme = useTheme();
  const { cell, onShowAll } = props;
  const useCases = cell?.useCases ?? [];
  const count = cell?.count ?? 0;
  const startHere = Boolean(cell?.startHere);
  return (
    <TableCell
      data-testid={cell && `cell-${cell.value}-${cell.complexity}`}
      style={{
        verticalAlign: 'top',
        width: '30%',
        ...(startHere && {
          outline: `2px solid ${theme.palette.primary.main}`,
          outlineOffset: -2,
        }),
      }}
    >
      {startHere && (
        <Box mb={1}>
          <Chip
            size="small"
            color="primary"
            label="Start here"
            data-testid="start-here"
          />
        </Box>
      )}
      <Typography variant="subtitle2" component="p" data-testid="cell-count">
        {countOfUseCases(count)}
      </Typography>
      {useCases.length > 0 && (
        <Box component="ul" m={0} mt={1} p={0} style={{ listStyle: 'none' }}>
          {useCases.map(useCase => (
            <UseCaseSummary
              key={useCase.ref}
              useCase={useCase}
              blockedBy={useCase.blockedBy}
            />
          ))}
        </Box>
      )}
      {cell && count > useCases.length && (
        <Typography variant="body2" component="div">
          and {count - useCases.length} more
          {onShowAll && (
            <Button
              size="small"
              color="primary"
              onClick={() => onShowAll(cell)}
              aria-label={`Show all ${count} use cases: ${cellName(cell)}`}
            >
              Show all
            </Button>
          )}
        </Typography>
      )}
    </TableCell>
  );
}

/** Props of {@link UseCaseMatrix}. */
export interface UseCaseMatrixProps {
  /** The nine cells, in any order; each is placed by its levels. */
  cells: UseCasePortfolioCellSummary[];
  /** Opens the whole list of a cell whose use cases are not all shown. */
  onShowAll?: (cell: UseCasePortfolioCellSummary) => void;
}

/**
 * The value × complexity matrix: value rows from high to low, complexity
 * columns from low to high, so that the cell to start with sits top left.
 */
export function UseCaseMatrix(props: UseCaseMatrixProps) {
  const { cells, onShowAll } = props;
  const cellAt = (value: Level, complexity: Level) =>
    cells.find(c => c.value === value && c.complexity === complexity);
  const summaryId = useId();
  return (
    <>
      <span id={summaryId} style={visuallyHidden}>
        {matrixSummary(cells)}
      </span>
      <DataTable
        aria-label="Use cases by value and complexity"
        aria-describedby={summaryId}
      >
        <TableHead>
          <TableRow>
            <HeaderCell>
              <Typography variant="srOnly">Value</Typography>
            </HeaderCell>
            {COMPLEXITY_COLUMNS.map(complexity => (
              <HeaderCell key={complexity} scope="col">
                {LEVEL_LABELS[complexity]} complexity
              </HeaderCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {VALUE_ROWS.map(value => (
            <TableRow key={value}>
              <HeaderCell
                component="th"
                scope="row"
                // Material UI calls every body cell a cell; this one heads its row.
                role="rowheader"
                style={{ verticalAlign: 'top' }}
              >
                {LEVEL_LABELS[value]} value
              </HeaderCell>
              {COMPLEXITY_COLUMNS.map(complexity => (
                <MatrixCell
                  key={complexity}
                  cell={cellAt(value, complexity)}
                  onShowAll={onShowAll}
                />
              ))}
            </TableRow>
          ))}
        </TableBody>
      </DataTable>
    </>
  );
}

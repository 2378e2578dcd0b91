import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import type {
  UseCasePortfolioCellSummary,
  UseCasePortfolioResponse,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { useState } from 'react';
import { dataMeshApiRef } from '../../api/DataMeshApi';
import { DrillDownDialog } from '../shared/DrillDownDialog';
import { StaleWarning } from '../shared/StaleWarning';
import { PortfolioUseCasesTable } from './PortfolioUseCasesTable';
import { UseCaseMatrix, cellName, countOfUseCases } from './UseCaseMatrix';
import { UseCaseSummary } from './UseCaseSummary';

/**
 * The seed's advice for bootstrap, with what the start-here cell holds.
 * A cell lists its least blocked use cases first, so when its sample
 * shows a blocked one, every ready one is in the sample; otherwise there
 * may be more ready ones beyond it.
 */
export function startHereText(
  cell: UseCasePortfolioCellSummary | undefined,
): string {
  const advice =
    'In bootstrap, start with a few high-value, low-complexity use cases';
  if (!cell || cell.count === 0) {
    return `${advice}. None is rated so yet: look for them first.`;
  }
  const { count, useCases } = cell;
  const ready = useCases.filter(u => u.blockedBy.count === 0).length;
  const exact = ready < useCases.length || count === useCases.length;
  return `${advice}: ${countOfUseCases(count)} ${
    count === 1 ? 'is' : 'are'
  } there, ${exact ? '' : 'at least '}${ready} of them blocked by nothing.`;
}

/** Which whole list a drill-down shows: a cell, or the unrated use cases. */
type Shown = { cell: UseCasePortfolioCellSummary } | 'unrated';

/** Props of {@link UseCasePortfolioContent}. */
export interface UseCasePortfolioContentProps {
  portfolio: UseCasePortfolioResponse;
}

/**
 * The use-case portfolio: where to start, the value × complexity matrix
 * and the use cases not rated yet, each list opening in full a page at a
 * time.
 */
export function UseCasePortfolioContent(props: UseCasePortfolioContentProps) {
  const { portfolio } = props;
  const dataMeshApi = useApi(dataMeshApiRef);
  const [shown, setShown] = useState<Shown>();
  const startCell = portfolio.cells.find(cell => cell.startHere);
  const { unrated } = portfolio;
  const close = () => setShown(undefined);
  return (
    <>
      <StaleWarning freshness={portfolio} />
      <InfoCard title="Use cases by value and complexity">
        <Box mb={2}>
          <Alert severity="info" data-testid="start-here-callout">
            {startHereText(startCell)}
          </Alert>
        </Box>
        <UseCaseMatrix
          cells={portfolio.cells}
          onShowAll={cell => setShown({ cell })}
        />
      </InfoCard>
      <Box mt={3}>
        <InfoCard title={`Not rated yet (${unrated.count})`}>
          <Typography variant="body2" color="textSecondary" paragraph>
            These use cases lack a value or a complexity, so they are not placed
            in the matrix. Rate them to see where they stand.
          </Typography>
          {unrated.count === 0 && (
            <Typography variant="body2">
              Every use case has a value and a complexity.
            </Typography>
          )}
          {unrated.useCases.length > 0 && (
            <Box
              component="ul"
              m={0}
              p={0}
              style={{ listStyle: 'none' }}
              aria-label="Use cases not rated yet"
            >
              {unrated.useCases.map(useCase => (
                <UseCaseSummary
                  key={useCase.ref}
                  useCase={useCase}
                  blockedBy={useCase.blockedBy}
                />
              ))}
            </Box>
          )}
          {unrated.count > unrated.useCases.length && (
            <Button
              size="small"
              color="primary"
              onClick={() => setShown('unrated')}
            >
              Show all {unrated.count} unrated use cases
            </Button>
          )}
        </InfoCard>
      </Box>
      {shown === 'unrated' && (
        <DrillDownDialog title="Use cases not rated yet" onClose={close}>
          <PortfolioUseCasesTable
            label="Use cases not rated yet"
            listKey="unrated"
            fetchPage={page => dataMeshApi.getUnratedUseCases(page)}
          />
        </DrillDownDialog>
      )}
      {shown && shown !== 'unrated' && (
        <DrillDownDialog title={cellName(shown.cell)} onClose={close}>
          <PortfolioUseCasesTable
            label={`Use cases: ${cellName(shown.cell)}`}
            listKey={cellName(shown.cell)}
            fetchPage={page =>
              dataMeshApi.getUseCaseCell({
                value: shown.cell.value,
                complexity: shown.cell.complexity,
                ...page,
              })
            }
          />
        </DrillDownDialog>
      )}
    </>
  );
}

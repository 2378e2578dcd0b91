import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import useAsync from 'react-use/esm/useAsync';
import { dataMeshApiRef } from '../../api/DataMeshApi';
import { ComplementaryPairs } from './ComplementaryPairs';
import { UseCasePortfolioContent } from './UseCasePortfolioContent';

/**
 * The use-case portfolio view (`/use-cases` below the page): which use
 * cases to start with, what blocks each, and which complement each other.
 */
export function UseCasePortfolioView() {
  const dataMeshApi = useApi(dataMeshApiRef);
  const { loading, error, value } = useAsync(
    () => dataMeshApi.getUseCasePortfolio(),
    [dataMeshApi],
  );

  let portfolio;
  if (loading) {
    portfolio = <Progress />;
  } else if (error || !value) {
    portfolio = <ResponseErrorPanel error={error ?? new Error('No answer')} />;
  } else if (
    value.unrated.count === 0 &&
    value.cells.every(cell => cell.count === 0)
  ) {
    portfolio = (
      <EmptyState
        missing="data"
        title="No use cases yet"
        description="Describe what the data is for with kind: UseCase entities, with spec.value and spec.complexity to place them."
      />
    );
  } else {
    portfolio = <UseCasePortfolioContent portfolio={value} />;
  }
  return (
    <>
      {portfolio}
      <Box mt={3}>
        <InfoCard title="Complementary use cases">
          <ComplementaryPairs />
        </InfoCard>
      </Box>
    </>
  );
}

import { ResponseErrorPanel, TableColumn } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Typography from '@material-ui/core/Typography';
import type {
  ComplementaryPairItem,
  ComplementaryUseCasesResponse,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { dataMeshApiRef } from '../../api/DataMeshApi';
import { personaText } from '../shared/CapabilityCells';
import { ComputedAt } from '../shared/ComputedAt';
import { StaleWarning } from '../shared/StaleWarning';
import { formatPercent } from '../shared/presentation';
import { PagedTable } from '../shared/PagedTable';
import { useServerPages } from '../shared/useServerPages';
import { CapabilityBriefList, UseCaseName } from './UseCaseSummary';

/**
 * How much two use cases share, in words: the Jaccard similarity of what
 * they need, with the counts it comes from.
 */
export function similarityText(pair: ComplementaryPairItem): string {
  return `${formatPercent(pair.similarity)}: they share ${
    pair.shared.count
  } of the ${pair.neededByEither} capabilities either needs`;
}

/** A pair with its place in the ranking. */
type PairRow = ComplementaryPairItem & { rank: number };

const COLUMNS: TableColumn<PairRow>[] = [
  { title: '#', width: '48px', render: pair => pair.rank },
  {
    title: 'Use cases',
    render: pair => (
      <>
        <div>
          <UseCaseName useCase={pair.first} />
        </div>
        <div>
          <UseCaseName useCase={pair.second} />
        </div>
      </>
    ),
  },
  { title: 'Similarity', render: pair => similarityText(pair) },
  {
    title: 'Shared capabilities',
    render: pair => <CapabilityBriefList capabilities={pair.shared} />,
  },
  {
    title: 'Personas',
    render: pair =>
      `${personaText(pair.first.personas)}; ${personaText(
        pair.second.personas,
      )}`,
  },
];

/**
 * Pairs of use cases that need largely the same capabilities while each
 * serves a persona the other does not, most similar first, a page at a
 * time: building for both keeps the platform from serving one kind of user
 * only.
 */
export function ComplementaryPairs() {
  const dataMeshApi = useApi(dataMeshApiRef);
  const pages = useServerPages<PairRow, ComplementaryUseCasesResponse>({
    listKey: 'complementary',
    fetchPage: page => dataMeshApi.getComplementaryUseCases(page),
    rows: response =>
      response.items.map((item, index) => ({
        ...item,
        rank: response.offset + index + 1,
      })),
  });
  if (pages.error) {
    return <ResponseErrorPanel error={pages.error} />;
  }
  const threshold = pages.response?.threshold;
  const searchedAt = pages.response?.searchedAt;
  return (
    <>
      <StaleWarning freshness={pages.response} />
      <Typography variant="body2" color="textSecondary" paragraph>
        Pairs that need largely the same capabilities (a Jaccard similarity,
        shared over needed by either, of at least{' '}
        {threshold === undefined ? '…' : formatPercent(threshold)}) while each
        serves a persona the other does not. Building for both keeps the
        platform from serving one kind of user only.
      </Typography>
      {searchedAt === null && (
        <Typography variant="body2" paragraph>
          The search for complementary use cases has not run yet: it runs
          shortly after the first recompute, then on its own schedule.
        </Typography>
      )}
      {searchedAt && (
        <Typography variant="body2" color="textSecondary" paragraph>
          Pairs found by the search of <ComputedAt value={searchedAt} />,
          measured against the current snapshot.
        </Typography>
      )}
      <PagedTable<PairRow>
        label="Complementary use cases"
        columns={COLUMNS}
        pages={pages}
        emptyMessage="No two use cases need largely the same capabilities while serving different personas"
      />
    </>
  );
}

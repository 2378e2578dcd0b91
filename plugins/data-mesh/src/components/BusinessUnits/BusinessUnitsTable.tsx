import { InfoCard, TableColumn } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Typography from '@material-ui/core/Typography';
import type {
  BusinessUnitSummary,
  BusinessUnitsResponse,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { dataMeshApiRef } from '../../api/DataMeshApi';
import { DeclaredVersusComputed } from '../shared/DeclaredVersusComputed';
import { PagedCardContent, pagedCardState } from '../shared/PagedCardContent';
import {
  ADOPTER_CATEGORY_LABELS,
  PHASE_LABELS,
  formatPercent,
} from '../shared/presentation';
import { PagedTable } from '../shared/PagedTable';
import { useServerPages } from '../shared/useServerPages';
import { Sparkline } from './Sparkline';

/** The sparkline, and a word when any of its days is example data. */
function AdoptionTrend(props: { unit: BusinessUnitSummary }) {
  const { history } = props.unit;
  const examples = history.filter(point => point.example).length;
  return (
    <>
      <Sparkline history={history} />
      {examples > 0 && (
        <Typography
          variant="caption"
          component="div"
          color="textSecondary"
          data-testid="example-data"
        >
          {examples === history.length
            ? 'example data'
            : `${examples} of ${history.length} days example data`}
        </Typography>
      )}
    </>
  );
}

const COLUMNS: TableColumn<BusinessUnitSummary>[] = [
  {
    title: 'Business unit',
    render: unit => (
      <EntityRefLink entityRef={unit.scope} defaultKind="group">
        {unit.title}
      </EntityRefLink>
    ),
  },
  { title: 'Phase', render: unit => PHASE_LABELS[unit.phase] },
  {
    title: 'Declared or computed',
    render: unit => <DeclaredVersusComputed phase={unit} />,
  },
  {
    title: 'Adoption',
    align: 'right',
    render: unit => formatPercent(unit.metrics.adoption),
  },
  {
    title: 'Adopter category',
    render: unit => ADOPTER_CATEGORY_LABELS[unit.adopterCategory],
  },
  {
    title: 'Adoption, last 30 days',
    render: unit => <AdoptionTrend unit={unit} />,
  },
];

/**
 * The business units below the organisation, each on its own S-curve:
 * phase, adoption, adopter category and a sparkline of its recent
 * adoption, a page at a time by title.
 */
export function BusinessUnitsTable() {
  const dataMeshApi = useApi(dataMeshApiRef);
  const pages = useServerPages<BusinessUnitSummary, BusinessUnitsResponse>({
    listKey: 'business-units',
    fetchPage: page => dataMeshApi.getBusinessUnits(page),
    rows: response => response.items,
  });

  return (
    <InfoCard title="Business units">
      <PagedCardContent
        {...pagedCardState(pages)}
        emptyState={{
          missing: 'content',
          title: 'No business units yet',
          description:
            'A business unit is a Group whose teams own domains (spec.owner of a Domain), directly or through the groups below it.',
        }}
      >
        <PagedTable<BusinessUnitSummary>
          label="Business units"
          columns={COLUMNS}
          pages={pages}
        />
      </PagedCardContent>
    </InfoCard>
  );
}

import { EmptyState, InfoCard, TableColumn } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import Alert from '@material-ui/lab/Alert';
import Box from '@material-ui/core/Box';
import type {
  CapabilityNeed,
  EntityCapabilitiesResponse,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { useMemo, useState } from 'react';
import { dataMeshApiRef } from '../../api/DataMeshApi';
import {
  CapabilityName,
  CapabilityStatusChip,
} from '../shared/CapabilityCells';
import { DrillDownDialog } from '../shared/DrillDownDialog';
import { EntityRefsTable } from '../shared/EntityRefsTable';
import { HowNeeded } from '../shared/HowNeeded';
import { PagedCardContent, pagedCardState } from '../shared/PagedCardContent';
import { isNotFoundError } from '../shared/errors';
import { humanizeWord } from '../shared/presentation';
import { PagedTable } from '../shared/PagedTable';
import { useServerPages } from '../shared/useServerPages';

/**
 * How many needs are not available yet (of all, from the server) and which
 * of them are on this page: the server lists them first, so the first page
 * names them unless there are more than a page.
 */
function Gaps(props: { page: EntityCapabilitiesResponse }) {
  const { notAvailable, needs } = props.page;
  if (notAvailable === 0) {
    return (
      <Alert severity="success">
        Every capability this needs is available.
      </Alert>
    );
  }
  const named = needs
    .filter(need => !need.available)
    .map(need => `${need.title} (${humanizeWord(need.status)})`);
  const more = notAvailable - named.length;
  return (
    <Alert severity="warning">
      {named.length === 0
        ? `${notAvailable} needed capabilities are not available yet; they are listed first.`
        : `${notAvailable} not available yet: ${named.join(', ')}${
            more > 0 ? ` and ${more} more` : ''
          }.`}
    </Alert>
  );
}

/** The entity is newer than the last snapshot. */
function NotAssessedYet() {
  return (
    <EmptyState
      missing="data"
      title="Not assessed yet"
      description="The portfolio has not seen this entity yet; it is picked up at the next refresh."
    />
  );
}

function needColumns(
  showAll: (need: CapabilityNeed) => void,
): TableColumn<CapabilityNeed>[] {
  return [
    {
      title: 'Capability',
      render: need => (
        <CapabilityName
          item={{ ...need, offered: need.status !== 'not-offered' }}
        />
      ),
    },
    {
      title: 'Status',
      render: need => <CapabilityStatusChip status={need.status} />,
    },
    {
      title: 'Available',
      render: need => (need.available ? 'Yes' : 'Not yet'),
    },
    {
      title: 'Needed',
      render: need => (
        <HowNeeded
          direct={need.direct}
          dataProducts={need.dataProducts}
          onShowAll={
            need.dataProducts.count > need.dataProducts.sample.length
              ? () => showAll(need)
              : undefined
          }
        />
      ),
    },
  ];
}

/**
 * The platform capabilities a data product or use case needs — directly or
 * through the data products it reads — a page at a time, not-yet-available
 * first, with how many are not there yet.
 */
export function EntityCapabilityNeedsCard() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const dataMeshApi = useApi(dataMeshApiRef);
  const [drillDown, setDrillDown] = useState<CapabilityNeed>();
  const pages = useServerPages<CapabilityNeed, EntityCapabilitiesResponse>({
    listKey: entityRef,
    fetchPage: page => dataMeshApi.getEntityCapabilities(entityRef, page),
    rows: response => response.needs,
  });
  const columns = useMemo(() => needColumns(setDrillDown), []);

  return (
    <InfoCard title="Platform capabilities needed">
      <PagedCardContent
        explainError={error =>
          isNotFoundError(error) ? <NotAssessedYet /> : undefined
        }
        {...pagedCardState(pages)}
        emptyState={{
          missing: 'field',
          title: 'No platform capabilities needed',
          description:
            'Name what this needs to be built and run in spec.requiresCapabilities.',
        }}
      >
        {pages.response && (
          <Box mb={2}>
            <Gaps page={pages.response} />
          </Box>
        )}
        <PagedTable<CapabilityNeed>
          label="Platform capabilities needed"
          columns={columns}
          pages={pages}
        />
        {drillDown && (
          <DrillDownDialog
            title={`Data products this needs ${drillDown.title} through`}
            onClose={() => setDrillDown(undefined)}
          >
            <EntityRefsTable
              label={`Data products needing ${drillDown.title}`}
              column="Data product"
              defaultKind="DataProduct"
              listKey={`${entityRef} ${drillDown.ref}`}
              fetchPage={page =>
                dataMeshApi.getEntityCapabilityDataProducts(
                  entityRef,
                  drillDown.ref,
                  page,
                )
              }
            />
          </DrillDownDialog>
        )}
      </PagedCardContent>
    </InfoCard>
  );
}

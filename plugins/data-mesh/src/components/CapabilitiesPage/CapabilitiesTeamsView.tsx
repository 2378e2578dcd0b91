import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Typography from '@material-ui/core/Typography';
import type {
  CapabilitiesResponse,
  CapabilityItem,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { useState } from 'react';
import { dataMeshApiRef } from '../../api/DataMeshApi';
import { PagedCardContent, pagedCardState } from '../shared/PagedCardContent';
import { useServerPages } from '../shared/useServerPages';
import { CapabilityFilterValues, CapabilityFilters } from './CapabilityFilters';
import { CapabilityTable } from './CapabilityTable';

/**
 * The capabilities real use cases need, most demanded first (the server's
 * order), a page at a time: what the platform offers for the work teams
 * are about to do.
 */
export function CapabilitiesTeamsView() {
  const dataMeshApi = useApi(dataMeshApiRef);
  const [filters, setFilters] = useState<CapabilityFilterValues>({});
  const filtered = Boolean(filters.category || filters.status);
  const pages = useServerPages<CapabilityItem, CapabilitiesResponse>({
    listKey: JSON.stringify(filters),
    fetchPage: page =>
      dataMeshApi.getCapabilities({ view: 'teams', ...filters, ...page }),
    rows: response => response.items,
  });

  return (
    <InfoCard title="Capabilities in demand">
      <Typography variant="body2" paragraph>
        Platform capabilities that committed or live use cases need, most
        demanded first.
      </Typography>
      <CapabilityFilters
        idPrefix="teams-capabilities"
        value={filters}
        onChange={setFilters}
      />
      <PagedCardContent
        {...pagedCardState(pages, filtered)}
        emptyState={{
          missing: 'data',
          title: 'No capability is needed yet',
          description:
            'Capabilities appear here once a committed or live use case needs them, directly or through the data products it consumes.',
        }}
      >
        <CapabilityTable
          label="Capabilities needed by real use cases"
          pages={pages}
          emptyMessage="No capability matches these filters"
        />
      </PagedCardContent>
    </InfoCard>
  );
}

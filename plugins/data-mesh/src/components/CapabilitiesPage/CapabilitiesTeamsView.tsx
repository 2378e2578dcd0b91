import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { useState } from 'react';
import { StaleWarning } from '../shared/StaleWarning';
import { byDemandDescending } from './capabilityGroups';
import { CapabilityDemandTable } from './CapabilityDemandTable';
import { CapabilityFilterValues, CapabilityFilters } from './CapabilityFilters';
import { useCapabilities } from './useCapabilities';

/**
 * The capabilities real use cases need, most demanded first: what the
 * platform offers for the work teams are about to do.
 */
export function CapabilitiesTeamsView() {
  const [filters, setFilters] = useState<CapabilityFilterValues>({});
  const { loading, error, value } = useCapabilities('teams', filters);

  let content;
  if (loading) {
    content = <Progress />;
  } else if (error) {
    content = <ResponseErrorPanel error={error} />;
  } else if (!value || value.items.length === 0) {
    content = (
      <EmptyState
        missing="data"
        title="No capability is needed yet"
        description="Capabilities appear here once a committed or live use case needs them, directly or through the data products it consumes."
      />
    );
  } else {
    content = (
      <>
        <StaleWarning freshness={value} />
        <CapabilityDemandTable
          label="Capabilities needed by real use cases"
          items={byDemandDescending(value.items)}
        />
      </>
    );
  }

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
      {content}
    </InfoCard>
  );
}

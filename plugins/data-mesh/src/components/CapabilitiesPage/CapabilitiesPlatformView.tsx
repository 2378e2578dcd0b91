import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { CapabilityItem } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { useState } from 'react';
import { isForbiddenError } from '../shared/errors';
import { StaleWarning } from '../shared/StaleWarning';
import { groupForPlatform } from './capabilityGroups';
import {
  CapabilityDemandTable,
  CapabilityTableVariant,
} from './CapabilityDemandTable';
import { CapabilityFilterValues, CapabilityFilters } from './CapabilityFilters';
import { useCapabilities } from './useCapabilities';

function CapabilityGroup(props: {
  id: string;
  title: string;
  explanation: string;
  items: CapabilityItem[];
  variant: CapabilityTableVariant;
}) {
  const { id, title, explanation, items, variant } = props;
  return (
    <Box component="section" mb={4} aria-labelledby={id}>
      <Typography variant="h6" component="h2" id={id}>
        {title} ({items.length})
      </Typography>
      <Typography variant="body2" color="textSecondary" paragraph>
        {explanation}
      </Typography>
      {items.length === 0 ? (
        <Typography variant="body2">None.</Typography>
      ) : (
        <CapabilityDemandTable label={title} items={items} variant={variant} />
      )}
    </Box>
  );
}

/** Shown instead of the platform view to people without the permission. */
export function PlatformViewNotPermitted() {
  return (
    <EmptyState
      missing="info"
      title="The platform view is for the platform team"
      description="You need the data-mesh.capabilities.platform-view permission. The teams view shows every capability real use cases need."
    />
  );
}

/**
 * The platform team's view of demand: what is needed, what is needed but
 * not offered, what only proposed use cases want, and what nobody needs.
 */
export function CapabilitiesPlatformView() {
  const [filters, setFilters] = useState<CapabilityFilterValues>({});
  const { loading, error, value } = useCapabilities('platform', filters);

  let content;
  if (loading) {
    content = <Progress />;
  } else if (isForbiddenError(error)) {
    content = <PlatformViewNotPermitted />;
  } else if (error) {
    content = <ResponseErrorPanel error={error} />;
  } else if (!value || value.items.length === 0) {
    content = (
      <EmptyState
        missing="data"
        title="No platform capabilities yet"
        description="Describe what the platform offers with kind: PlatformCapability entities."
      />
    );
  } else {
    const groups = groupForPlatform(value.items);
    content = (
      <>
        <StaleWarning freshness={value} />
        <CapabilityGroup
          id="platform-demanded"
          title="Demanded"
          explanation="Offered and needed by committed or live use cases."
          items={groups.demanded}
          variant="demand"
        />
        <CapabilityGroup
          id="platform-not-offered"
          title="Demanded but not offered"
          explanation="Real use cases need these, but no PlatformCapability entity describes them."
          items={groups.notOffered}
          variant="demand"
        />
        <CapabilityGroup
          id="platform-emerging"
          title="Emerging demand only"
          explanation="Only proposed use cases need these so far."
          items={groups.emergingOnly}
          variant="emerging"
        />
        <CapabilityGroup
          id="platform-no-demand"
          title="No demand (YAGNI candidates)"
          explanation="No use case needs these: think twice before building more."
          items={groups.noDemand}
          variant="none"
        />
      </>
    );
  }

  return (
    <InfoCard title="Platform view of capability demand">
      <CapabilityFilters
        idPrefix="platform-capabilities"
        value={filters}
        onChange={setFilters}
      />
      {content}
    </InfoCard>
  );
}

import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  EntityRefLinks,
  getEntityRelations,
  useEntity,
} from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import {
  CapabilityItem,
  RELATION_CAPABILITY_REQUIRED_BY,
  normalizeEntityRef,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { dataMeshApiRef } from '../../api/DataMeshApi';
import {
  UseCaseNeedsList,
  personaText,
} from '../CapabilitiesPage/CapabilityCells';
import { StaleWarning } from '../shared/StaleWarning';
import { humanizeWord } from '../shared/presentation';

function Demand(props: { item: CapabilityItem }) {
  const { demand } = props.item;
  return (
    <>
      <Typography variant="h6" component="p">
        Needed by {demand.count} real use case{demand.count === 1 ? '' : 's'}
      </Typography>
      <UseCaseNeedsList demand={demand} />
      <Box mt={2}>
        <Typography variant="subtitle2" component="h3">
          Domains
        </Typography>
        <EntityRefLinks entityRefs={demand.domains} defaultKind="domain" />
      </Box>
      <Box mt={2}>
        <Typography variant="subtitle2" component="h3">
          Personas
        </Typography>
        <Typography variant="body2">
          {personaText(demand.personas) || 'None named'}
        </Typography>
      </Box>
      {demand.highestValue && (
        <Box mt={2}>
          <Typography variant="body2">
            Highest use-case value: {humanizeWord(demand.highestValue)}
          </Typography>
        </Box>
      )}
    </>
  );
}

/**
 * Without demand from real use cases, the card still says who declares a
 * need for the capability (proposed use cases, data products nobody
 * consumes yet), from the catalog's relations.
 */
function DeclaredRequirers() {
  const { entity } = useEntity();
  const requirers = getEntityRelations(entity, RELATION_CAPABILITY_REQUIRED_BY);
  return (
    <>
      <Typography variant="body2" paragraph>
        No committed or live use case needs this capability yet.
      </Typography>
      <Typography variant="subtitle2" component="h3">
        Declared as required by ({requirers.length})
      </Typography>
      {requirers.length > 0 ? (
        <EntityRefLinks entityRefs={requirers} />
      ) : (
        <Typography variant="body2">Nothing</Typography>
      )}
    </>
  );
}

/**
 * Who needs the PlatformCapability being viewed, and through what: the use
 * cases (directly or via data products), domains and personas.
 */
export function CapabilityDemandCard() {
  const { entity } = useEntity();
  const capabilityRef = normalizeEntityRef(stringifyEntityRef(entity));
  const dataMeshApi = useApi(dataMeshApiRef);
  // The teams view holds every capability with demand; the list is as
  // long as the platform's capabilities, so one request is enough.
  const { loading, error, value } = useAsync(
    () => dataMeshApi.getCapabilities({ view: 'teams' }),
    [dataMeshApi],
  );

  let content;
  if (loading) {
    content = <Progress />;
  } else if (error) {
    content = <ResponseErrorPanel error={error} />;
  } else {
    const item = value?.items.find(
      candidate => normalizeEntityRef(candidate.ref) === capabilityRef,
    );
    content = (
      <>
        <StaleWarning freshness={value} />
        {item && item.demand.count > 0 ? (
          <Demand item={item} />
        ) : (
          <DeclaredRequirers />
        )}
      </>
    );
  }
  return <InfoCard title="Demand">{content}</InfoCard>;
}

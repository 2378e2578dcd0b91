import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { getEntityRelations, useEntity } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { ReactNode, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import {
  CapabilityItem,
  RELATION_CAPABILITY_REQUIRED_BY,
  SAMPLE_SIZE,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { dataMeshApiRef } from '../../api/DataMeshApi';
import { personaText } from '../shared/CapabilityCells';
import {
  CapabilityDrillDown,
  CapabilityList,
} from '../CapabilitiesPage/CapabilityDrillDown';
import { RefSampleLinks } from '../shared/RefSampleLinks';
import { StaleWarning } from '../shared/StaleWarning';
import { isNotFoundError } from '../shared/errors';
import { humanizeWord } from '../shared/presentation';

type Open = (list: CapabilityList) => void;

function Section(props: { title: string; children: ReactNode }) {
  return (
    <Box mt={2}>
      <Typography variant="subtitle2" component="h3">
        {props.title}
      </Typography>
      <Typography variant="body2" component="div">
        {props.children}
      </Typography>
    </Box>
  );
}

const plural = (count: number, word: string) =>
  `${count} ${word}${count === 1 ? '' : 's'}`;

/** Who proposed use cases are, when there are any. */
function Emerging(props: { item: CapabilityItem; open: Open }) {
  const { count, samples } = props.item.emergingDemand;
  if (count === 0) return null;
  return (
    <Section title={`Wanted by ${plural(count, 'proposed use case')}`}>
      <RefSampleLinks
        sample={samples.useCases}
        defaultKind="UseCase"
        noun="proposed use cases"
        onShowAll={() => props.open('emerging')}
      />
    </Section>
  );
}

function Demand(props: { item: CapabilityItem; open: Open }) {
  const { item, open } = props;
  const { demand } = item;
  const { useCases, direct, dataProducts, domains } = demand.samples;
  const whenMore = (list: CapabilityList, sample = dataProducts) =>
    sample.count > sample.sample.length ? () => open(list) : undefined;
  return (
    <>
      <Typography variant="h6" component="p">
        Needed by {plural(demand.count, 'real use case')}
      </Typography>
      <Section title="Use cases">
        <RefSampleLinks
          sample={useCases}
          defaultKind="UseCase"
          noun="use cases"
          onShowAll={() => open('useCases')}
        />
        {direct.count > 0 && (
          <Typography variant="caption" component="div" color="textSecondary">
            {direct.count} of them directly
          </Typography>
        )}
      </Section>
      <Section title="Through data products">
        <RefSampleLinks
          sample={dataProducts}
          defaultKind="DataProduct"
          noun="data products"
          emptyText="None: every use case needs it directly"
          onShowAll={whenMore('dataProducts')}
        />
      </Section>
      <Section title="Domains">
        <RefSampleLinks
          sample={domains}
          defaultKind="domain"
          noun="domains"
          emptyText="None named"
          onShowAll={whenMore('domains', domains)}
        />
      </Section>
      <Section title="Personas">
        {personaText(demand.personas) || 'None named'}
      </Section>
      {demand.highestValue && (
        <Section title="Highest use-case value">
          {humanizeWord(demand.highestValue)}
        </Section>
      )}
      <Emerging item={item} open={open} />
    </>
  );
}

/**
 * Without demand from real use cases, the card says who else wants the
 * capability: proposed use cases (from the server), and what declares it
 * required in the catalog's relations (only the first few are shown, as a
 * capability can be required by thousands).
 */
function NoRealDemand(props: { item?: CapabilityItem; open: Open }) {
  const { entity } = useEntity();
  const requirers = getEntityRelations(entity, RELATION_CAPABILITY_REQUIRED_BY);
  return (
    <>
      <Typography variant="body2" paragraph>
        No committed or live use case needs this capability yet.
      </Typography>
      {props.item && <Emerging item={props.item} open={props.open} />}
      <Section title={`Declared as required by (${requirers.length})`}>
        <RefSampleLinks
          sample={{
            count: requirers.length,
            sample: requirers.slice(0, SAMPLE_SIZE).map(stringifyEntityRef),
          }}
          noun="entities"
          emptyText="Nothing"
        />
      </Section>
    </>
  );
}

/**
 * Who needs the PlatformCapability being viewed, and through what: counts
 * and the first use cases, data products and domains, each list opening in
 * a paged drill-down. One request for this capability, however many need it.
 */
export function CapabilityDemandCard() {
  const { entity } = useEntity();
  const capabilityRef = stringifyEntityRef(entity);
  const dataMeshApi = useApi(dataMeshApiRef);
  const [drillDown, setDrillDown] = useState<CapabilityList>();
  const { loading, error, value } = useAsync(
    () => dataMeshApi.getCapability(capabilityRef),
    [dataMeshApi, capabilityRef],
  );

  let content;
  if (loading) {
    content = <Progress />;
  } else if (error && !isNotFoundError(error)) {
    content = <ResponseErrorPanel error={error} />;
  } else {
    // Not found: nothing names the capability yet, so nobody needs it.
    content = (
      <>
        <StaleWarning freshness={value} />
        {value && value.demand.count > 0 ? (
          <Demand item={value} open={setDrillDown} />
        ) : (
          <NoRealDemand item={value} open={setDrillDown} />
        )}
        {value && drillDown && (
          <CapabilityDrillDown
            capability={value}
            list={drillDown}
            onClose={() => setDrillDown(undefined)}
          />
        )}
      </>
    );
  }
  return <InfoCard title="Demand">{content}</InfoCard>;
}

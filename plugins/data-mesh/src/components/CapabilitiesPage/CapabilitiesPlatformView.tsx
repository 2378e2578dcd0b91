import { EmptyState, InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import type {
  CapabilitiesResponse,
  CapabilityDemandGroup,
  CapabilityItem,
  Freshness,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { useCallback, useState } from 'react';
import { dataMeshApiRef } from '../../api/DataMeshApi';
import { CountedSection } from '../shared/CountedSection';
import { isForbiddenError } from '../shared/errors';
import { PagedCardContent } from '../shared/PagedCardContent';
import { useServerPages } from '../shared/useServerPages';
import { CapabilityFilterValues, CapabilityFilters } from './CapabilityFilters';
import { CapabilityTable, CapabilityTableVariant } from './CapabilityTable';

/** The groups the platform team acts on, each listed by the server. */
const GROUPS: Array<{
  group: CapabilityDemandGroup;
  title: string;
  explanation: string;
  variant: CapabilityTableVariant;
}> = [
  {
    group: 'demanded',
    title: 'Demanded',
    explanation: 'Offered and needed by committed or live use cases.',
    variant: 'demand',
  },
  {
    group: 'not-offered',
    title: 'Demanded but not offered',
    explanation:
      'Real use cases need these, but no PlatformCapability entity describes them.',
    variant: 'demand',
  },
  {
    group: 'emerging-only',
    title: 'Emerging demand only',
    explanation: 'Only proposed use cases need these so far.',
    variant: 'emerging',
  },
  {
    group: 'no-demand',
    title: 'No demand (YAGNI candidates)',
    explanation: 'No use case needs these: think twice before building more.',
    variant: 'none',
  },
];

type GroupProps = (typeof GROUPS)[number] & {
  filters: CapabilityFilterValues;
  onPage: (group: CapabilityDemandGroup, page: CapabilitiesResponse) => void;
  onError: (error: Error) => void;
};

/** One group: its heading with how many it holds, and its own pages. */
function CapabilityGroup(props: GroupProps) {
  const { group, title, explanation, variant, filters, onPage, onError } =
    props;
  const dataMeshApi = useApi(dataMeshApiRef);
  const pages = useServerPages<CapabilityItem, CapabilitiesResponse>({
    listKey: JSON.stringify(filters),
    fetchPage: page =>
      dataMeshApi.getCapabilities({
        view: 'platform',
        group,
        ...filters,
        ...page,
      }),
    rows: response => response.items,
    onResponse: response => onPage(group, response),
    onError,
  });
  const total = pages.response?.totalItems;
  const id = `platform-${group}`;
  return (
    <CountedSection
      id={id}
      title={title}
      total={total}
      explanation={explanation}
      none="None."
    >
      <CapabilityTable pages={pages} variant={variant} />
    </CountedSection>
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
 * The server groups and pages each list.
 */
export function CapabilitiesPlatformView() {
  const [filters, setFilters] = useState<CapabilityFilterValues>({});
  const filtered = Boolean(filters.category || filters.status);
  const listKey = JSON.stringify(filters);
  // What the groups answered, for the current filters only.
  const [answers, setAnswers] = useState<{
    listKey: string;
    totals: Partial<Record<CapabilityDemandGroup, number>>;
    freshness?: Freshness;
    error?: Error;
  }>({ listKey, totals: {} });
  const current =
    answers.listKey === listKey ? answers : { listKey, totals: {} };

  const onPage = useCallback(
    (group: CapabilityDemandGroup, page: CapabilitiesResponse) =>
      setAnswers(previous => {
        const same = previous.listKey === listKey;
        return {
          listKey,
          totals: {
            ...(same ? previous.totals : {}),
            [group]: page.totalItems,
          },
          freshness: page,
          error: same ? previous.error : undefined,
        };
      }),
    [listKey],
  );
  const onError = useCallback(
    (error: Error) =>
      setAnswers(previous => ({
        listKey,
        totals: previous.listKey === listKey ? previous.totals : {},
        error,
      })),
    [listKey],
  );

  const totals = GROUPS.map(({ group }) => current.totals[group]);
  return (
    <InfoCard title="Platform view of capability demand">
      <CapabilityFilters
        idPrefix="platform-capabilities"
        value={filters}
        onChange={setFilters}
      />
      <PagedCardContent
        error={current.error}
        explainError={error =>
          isForbiddenError(error) ? <PlatformViewNotPermitted /> : undefined
        }
        empty={!filtered && totals.every(total => total === 0)}
        emptyState={{
          missing: 'data',
          title: 'No platform capabilities yet',
          description:
            'Describe what the platform offers with kind: PlatformCapability entities.',
        }}
        freshness={current.freshness}
      >
        {GROUPS.map(group => (
          <CapabilityGroup
            key={group.group}
            {...group}
            filters={filters}
            onPage={onPage}
            onError={onError}
          />
        ))}
      </PagedCardContent>
    </InfoCard>
  );
}

import {
  InfoCard,
  ResponseErrorPanel,
  TableColumn,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import type {
  DeprecatedNeedItem,
  DeprecatedNeedsResponse,
  PartlyUnblockedUseCase,
  RoadmapEntry,
  RoadmapResponse,
  UseCaseBrief,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { ReactNode, useMemo, useState } from 'react';
import { dataMeshApiRef } from '../../api/DataMeshApi';
import { CapabilityDemandEntriesTable } from '../CapabilitiesPage/CapabilityDemandEntriesTable';
import { personaText } from '../shared/CapabilityCells';
import { CapabilityBriefText } from '../UseCasePortfolio/UseCaseSummary';
import { DrillDownDialog } from '../shared/DrillDownDialog';
import { RefSampleLinks } from '../shared/RefSampleLinks';
import { StaleWarning } from '../shared/StaleWarning';
import { CountedSection } from '../shared/CountedSection';
import { PagedTable } from '../shared/PagedTable';
import { useServerPages } from '../shared/useServerPages';
import { RoadmapUseCasesTable } from './RoadmapUseCasesTable';
import { UseCaseLines, alsoLackingText, valueText } from './roadmapText';

/** A whole list behind a sample, in a dialog. */
type Shown = { title: string; content: ReactNode };

type EntryRow = RoadmapEntry & { rank: number };

/** "Fully unblocked by Feature Store": a list's name and its dialog's title. */
function unblockedTitle(entry: RoadmapEntry, unblocks: 'fully' | 'partly') {
  return `${unblocks === 'fully' ? 'Fully' : 'Partly'} unblocked by ${
    entry.capability.title
  }`;
}

function roadmapColumns(show: (shown: Shown) => void) {
  // The two lists differ only in what each use case's line says.
  const unblocksColumn = (
    unblocks: 'fully' | 'partly',
  ): TableColumn<EntryRow> => ({
    title: `${unblocks === 'fully' ? 'Fully' : 'Partly'} unblocks`,
    render: entry => (
      <UseCaseLines<UseCaseBrief | PartlyUnblockedUseCase>
        useCases={
          unblocks === 'fully' ? entry.fullyUnblocks : entry.partlyUnblocks
        }
        detail={u =>
          'alsoLacking' in u
            ? `${valueText(u)}, ${alsoLackingText(u.alsoLacking)}`
            : valueText(u)
        }
        label={unblockedTitle(entry, unblocks)}
        onShowAll={() =>
          show({
            title: unblockedTitle(entry, unblocks),
            content: (
              <RoadmapUseCasesTable
                capabilityRef={entry.capability.ref}
                unblocks={unblocks}
                label={unblockedTitle(entry, unblocks)}
              />
            ),
          })
        }
      />
    ),
  });
  const columns: TableColumn<EntryRow>[] = [
    { title: '#', width: '48px', render: entry => entry.rank },
    {
      title: 'Capability',
      render: entry => <CapabilityBriefText capability={entry.capability} />,
    },
    unblocksColumn('fully'),
    unblocksColumn('partly'),
  ];
  return columns;
}

function deprecatedColumns(show: (shown: Shown) => void) {
  const columns: TableColumn<DeprecatedNeedItem>[] = [
    {
      title: 'Capability',
      render: need => <CapabilityBriefText capability={need.capability} />,
    },
    {
      title: 'Needed by',
      render: need => (
        <UseCaseLines
          useCases={need.useCases}
          detail={valueText}
          label={`Needing ${need.capability.title}`}
          onShowAll={() =>
            show({
              title: `Use cases needing ${need.capability.title}`,
              content: (
                <CapabilityDemandEntriesTable
                  capabilityRef={need.capability.ref}
                  demand="real"
                  label={`Use cases needing ${need.capability.title}`}
                />
              ),
            })
          }
        />
      ),
    },
    {
      title: 'Domains',
      render: need => (
        <RefSampleLinks
          sample={need.domains}
          defaultKind="domain"
          noun="domains"
        />
      ),
    },
    { title: 'Personas', render: need => personaText(need.personas) },
  ];
  return columns;
}

/**
 * The platform roadmap, for the platform view: what to build next, in the
 * order of the value its delivery unblocks, and the deprecated
 * capabilities real use cases still need. Both lists are paged by the
 * server, which also checks the platform-view permission.
 */
export function PlatformRoadmap() {
  const dataMeshApi = useApi(dataMeshApiRef);
  const [shown, setShown] = useState<Shown>();
  // The tables keep their columns; new ones on every render would redraw.
  const columns = useMemo(
    () => ({
      roadmap: roadmapColumns(setShown),
      deprecated: deprecatedColumns(setShown),
    }),
    [],
  );
  const roadmap = useServerPages<EntryRow, RoadmapResponse>({
    listKey: 'roadmap',
    fetchPage: page => dataMeshApi.getRoadmap(page),
    rows: response =>
      response.items.map((item, index) => ({
        ...item,
        rank: response.offset + index + 1,
      })),
  });
  const deprecated = useServerPages<
    DeprecatedNeedItem,
    DeprecatedNeedsResponse
  >({
    listKey: 'deprecated',
    fetchPage: page => dataMeshApi.getDeprecatedNeeds(page),
    rows: response => response.items,
  });
  const error = roadmap.error ?? deprecated.error;
  if (error) {
    return (
      <InfoCard title="Platform roadmap">
        <ResponseErrorPanel error={error} title="No roadmap" />
      </InfoCard>
    );
  }
  return (
    <InfoCard title="Platform roadmap">
      <StaleWarning freshness={roadmap.response} />
      <CountedSection
        id="roadmap-next"
        title="Roadmap: what to build next"
        total={roadmap.response?.totalItems}
        explanation="Capabilities not available yet, ordered by the value of the real use cases their delivery fully unblocks (it is the last thing they lack), then by how many it partly unblocks."
        none="Every capability real use cases need is available."
      >
        <PagedTable<EntryRow>
          label="Roadmap"
          columns={columns.roadmap}
          pages={roadmap}
        />
      </CountedSection>
      <CountedSection
        id="roadmap-deprecated"
        title="Deprecated but still needed"
        total={deprecated.response?.totalItems}
        explanation="Real use cases rest on these: they must move before the capability is retired."
        none="No real use case needs a deprecated capability."
      >
        <PagedTable<DeprecatedNeedItem>
          label="Deprecated but still needed"
          columns={columns.deprecated}
          pages={deprecated}
        />
      </CountedSection>
      {shown && (
        <DrillDownDialog
          title={shown.title}
          onClose={() => setShown(undefined)}
        >
          {shown.content}
        </DrillDownDialog>
      )}
    </InfoCard>
  );
}

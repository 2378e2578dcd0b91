import { TableColumn } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import type {
  PartlyUnblockedUseCase,
  RoadmapUseCasesResponse,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { dataMeshApiRef } from '../../api/DataMeshApi';
import { personaText } from '../shared/CapabilityCells';
import { UseCaseName } from '../UseCasePortfolio/UseCaseSummary';
import { ServerPagedTable } from '../shared/ServerPagedTable';
import { alsoLackingText, valueText } from './roadmapText';

/** Props of {@link RoadmapUseCasesTable}. */
export interface RoadmapUseCasesTableProps {
  capabilityRef: string;
  unblocks: 'fully' | 'partly';
  label: string;
}

/**
 * Every use case a roadmap capability would fully (or partly) unblock, a
 * page at a time, in the server's order.
 */
export function RoadmapUseCasesTable(props: RoadmapUseCasesTableProps) {
  const { capabilityRef, unblocks, label } = props;
  const dataMeshApi = useApi(dataMeshApiRef);
  const columns: TableColumn<PartlyUnblockedUseCase>[] = [
    { title: 'Use case', render: u => <UseCaseName useCase={u} /> },
    { title: 'Value', render: u => valueText(u) },
    { title: 'Personas', render: u => personaText(u.personas) },
  ];
  if (unblocks === 'partly') {
    columns.push({
      title: 'Still lacking',
      render: u => alsoLackingText(u.alsoLacking),
    });
  }
  return (
    <ServerPagedTable<PartlyUnblockedUseCase, RoadmapUseCasesResponse>
      label={label}
      listKey={`${capabilityRef} ${unblocks}`}
      columns={columns}
      fetchPage={page =>
        dataMeshApi.getRoadmapUseCases(capabilityRef, { unblocks, ...page })
      }
    />
  );
}

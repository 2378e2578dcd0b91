import { TableColumn } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import type {
  CapabilityDemandEntry,
  CapabilityDemandResponse,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { dataMeshApiRef } from '../../api/DataMeshApi';
import { HowNeeded } from '../shared/HowNeeded';
import { humanizeWord } from '../shared/presentation';
import { ServerPagedTable } from '../shared/ServerPagedTable';
import { personaText } from '../shared/CapabilityCells';

const COLUMNS: TableColumn<CapabilityDemandEntry>[] = [
  {
    title: 'Use case',
    field: 'title',
    render: entry => (
      <EntityRefLink entityRef={entry.useCase} defaultKind="UseCase">
        {entry.title}
      </EntityRefLink>
    ),
  },
  { title: 'Status', field: 'status', render: e => humanizeWord(e.status) },
  {
    title: 'How needed',
    render: entry => (
      <HowNeeded direct={entry.direct} dataProducts={entry.dataProducts} />
    ),
  },
  {
    title: 'Domain',
    field: 'domain',
    render: e =>
      e.domain && <EntityRefLink entityRef={e.domain} defaultKind="domain" />,
  },
  { title: 'Personas', render: e => personaText(e.personas) },
  {
    title: 'Value',
    field: 'value',
    render: e => e.value && humanizeWord(e.value),
  },
];

/** Props of {@link CapabilityDemandEntriesTable}. */
export interface CapabilityDemandEntriesTableProps {
  capabilityRef: string;
  /** Real (committed or live) or emerging (proposed) demand. */
  demand: 'real' | 'emerging';
  label: string;
}

/**
 * Every use case that needs a capability, a page at a time, each saying
 * whether it needs it directly or via which data products.
 */
export function CapabilityDemandEntriesTable(
  props: CapabilityDemandEntriesTableProps,
) {
  const { capabilityRef, demand, label } = props;
  const dataMeshApi = useApi(dataMeshApiRef);
  return (
    <ServerPagedTable<CapabilityDemandEntry, CapabilityDemandResponse>
      label={label}
      listKey={`${capabilityRef} ${demand}`}
      columns={COLUMNS}
      fetchPage={page =>
        dataMeshApi.getCapabilityDemand(capabilityRef, { demand, ...page })
      }
    />
  );
}

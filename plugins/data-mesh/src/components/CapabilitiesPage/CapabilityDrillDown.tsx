import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import type { CapabilityItem } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { useState } from 'react';
import { dataMeshApiRef } from '../../api/DataMeshApi';
import { DrillDownDialog } from '../shared/DrillDownDialog';
import { EntityRefsTable } from '../shared/EntityRefsTable';
import { CapabilityDemandEntriesTable } from './CapabilityDemandEntriesTable';

/** The lists behind a capability's samples. */
export type CapabilityList =
  | 'useCases'
  | 'dataProducts'
  | 'domains'
  | 'emerging';

/** What a drill-down shows: which capability, opened on which list. */
export interface CapabilityDrillDownTarget {
  capability: Pick<
    CapabilityItem,
    'ref' | 'title' | 'demand' | 'emergingDemand'
  >;
  list: CapabilityList;
}

function ListPanel(props: CapabilityDrillDownTarget) {
  const { capability, list } = props;
  const dataMeshApi = useApi(dataMeshApiRef);
  const { ref, title } = capability;
  switch (list) {
    case 'useCases':
    case 'emerging':
      return (
        <CapabilityDemandEntriesTable
          capabilityRef={ref}
          demand={list === 'useCases' ? 'real' : 'emerging'}
          label={`${
            list === 'useCases' ? 'Use cases' : 'Proposed use cases'
          } needing ${title}`}
        />
      );
    case 'dataProducts':
      return (
        <EntityRefsTable
          label={`Data products requiring ${title}`}
          column="Data product"
          defaultKind="DataProduct"
          listKey={`${ref} data-products`}
          fetchPage={page => dataMeshApi.getCapabilityDataProducts(ref, page)}
        />
      );
    default:
      return (
        <EntityRefsTable
          label={`Domains needing ${title}`}
          column="Domain"
          defaultKind="domain"
          listKey={`${ref} domains`}
          fetchPage={page => dataMeshApi.getCapabilityDomains(ref, page)}
        />
      );
  }
}

/**
 * Everything behind a capability's samples, a page at a time: the real use
 * cases that need it (each directly or via which products), the data
 * products that require it, the domains involved, and the proposed use
 * cases. Opens on the list whose "show all" was pressed.
 */
export function CapabilityDrillDown(
  props: CapabilityDrillDownTarget & { onClose: () => void },
) {
  const { capability, onClose } = props;
  const [list, setList] = useState<CapabilityList>(props.list);
  const { demand, emergingDemand } = capability;
  const tabs: Array<[CapabilityList, string]> = [
    ['useCases', `Use cases (${demand.count})`],
    ['dataProducts', `Data products (${demand.samples.dataProducts.count})`],
    ['domains', `Domains (${demand.samples.domains.count})`],
    ['emerging', `Proposed use cases (${emergingDemand.count})`],
  ];
  return (
    <DrillDownDialog title={`Demand for ${capability.title}`} onClose={onClose}>
      <Tabs
        value={list}
        onChange={(_event, value) => setList(value)}
        indicatorColor="primary"
        textColor="primary"
        variant="scrollable"
        aria-label="Lists"
      >
        {tabs.map(([value, label]) => (
          <Tab key={value} value={value} label={label} />
        ))}
      </Tabs>
      <Box mt={2}>
        <ListPanel capability={capability} list={list} />
      </Box>
    </DrillDownDialog>
  );
}

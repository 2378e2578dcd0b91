import { EntityRefLinks } from '@backstage/plugin-catalog-react';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import type { CapabilityItem } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { humanizeWord } from '../shared/presentation';
import {
  CapabilityName,
  CapabilityStatusChip,
  UseCaseNeedsList,
  personaText,
} from './CapabilityCells';
import { DataTable } from '../shared/DataTable';
import { HeaderCell } from '../shared/HeaderCell';

/**
 * What a table is about: real demand, demand from proposed use cases only,
 * or no demand at all (which needs fewer columns).
 */
export type CapabilityTableVariant = 'demand' | 'emerging' | 'none';

/** Props of {@link CapabilityDemandTable}. */
export interface CapabilityDemandTableProps {
  items: CapabilityItem[];
  /** Accessible name of the table. */
  label: string;
  variant?: CapabilityTableVariant;
}

function DemandCells(props: { item: CapabilityItem }) {
  const { demand } = props.item;
  return (
    <>
      <TableCell align="right">{demand.count}</TableCell>
      <TableCell>
        <UseCaseNeedsList demand={demand} />
      </TableCell>
      <TableCell>
        <EntityRefLinks entityRefs={demand.domains} defaultKind="domain" />
      </TableCell>
      <TableCell>{personaText(demand.personas)}</TableCell>
      <TableCell>
        {demand.highestValue && humanizeWord(demand.highestValue)}
      </TableCell>
    </>
  );
}

function EmergingCells(props: { item: CapabilityItem }) {
  const { emergingDemand } = props.item;
  return (
    <>
      <TableCell align="right">{emergingDemand.count}</TableCell>
      <TableCell>
        <EntityRefLinks
          entityRefs={emergingDemand.useCases}
          defaultKind="UseCase"
        />
      </TableCell>
    </>
  );
}

/**
 * Capabilities with who needs them: use cases (directly or via which data
 * products), domains, personas and the highest use-case value.
 */
export function CapabilityDemandTable(props: CapabilityDemandTableProps) {
  const { items, label, variant = 'demand' } = props;
  return (
    <DataTable aria-label={label}>
      <TableHead>
        <TableRow>
          <HeaderCell>Capability</HeaderCell>
          <HeaderCell>Status</HeaderCell>
          <HeaderCell>Category</HeaderCell>
          {variant === 'demand' && (
            <>
              <HeaderCell align="right">Demand</HeaderCell>
              <HeaderCell>Use cases</HeaderCell>
              <HeaderCell>Domains</HeaderCell>
              <HeaderCell>Personas</HeaderCell>
              <HeaderCell>Highest value</HeaderCell>
            </>
          )}
          {variant === 'emerging' && (
            <>
              <HeaderCell align="right">Proposed use cases</HeaderCell>
              <HeaderCell>Use cases</HeaderCell>
            </>
          )}
        </TableRow>
      </TableHead>
      <TableBody>
        {items.map(item => (
          <TableRow key={item.ref}>
            <TableCell>
              <CapabilityName item={item} />
            </TableCell>
            <TableCell>
              <CapabilityStatusChip status={item.status} />
            </TableCell>
            <TableCell style={{ whiteSpace: 'nowrap' }}>
              {item.category && humanizeWord(item.category)}
            </TableCell>
            {variant === 'demand' && <DemandCells item={item} />}
            {variant === 'emerging' && <EmergingCells item={item} />}
          </TableRow>
        ))}
      </TableBody>
    </DataTable>
  );
}

import { EmptyState, InfoCard } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import {
  DataProductEntity,
  InputPort,
  refContextOf,
  resolveDataProductRef,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { EntityRefWithHint } from '../shared/EntityRefWithHint';
import { useMissingEntityRefs } from '../shared/useMissingEntityRefs';
import { DataTable } from '../shared/DataTable';
import { HeaderCell } from '../shared/HeaderCell';

/** An input port with its upstream product resolved to a full reference. */
interface ResolvedInputPort extends InputPort {
  upstreamRef?: string;
}

function resolvePorts(entity: DataProductEntity): ResolvedInputPort[] {
  const context = refContextOf(entity);
  return (entity.spec.inputPorts ?? []).map(port => {
    if (!port.dataProduct) {
      return port;
    }
    try {
      return {
        ...port,
        upstreamRef: resolveDataProductRef(port.dataProduct, context),
      };
    } catch {
      // The catalog rejects malformed references, so this is only reached
      // for entities written around validation; show the text as written.
      return port;
    }
  });
}

function PortSource(props: {
  port: ResolvedInputPort;
  missingRefs: Set<string>;
}) {
  const { port, missingRefs } = props;
  if (port.upstreamRef) {
    return (
      <>
        <EntityRefWithHint
          entityRef={port.upstreamRef}
          missingRefs={missingRefs}
        />
        {port.port && ` (port ${port.port})`}
      </>
    );
  }
  if (port.dataProduct) {
    return <>{port.dataProduct}</>;
  }
  return <>{port.external ? `External: ${port.external}` : 'Not given'}</>;
}

/**
 * Where a data product's data comes from: upstream data products (its
 * lineage) and sources outside the mesh.
 */
export function DataProductInputPortsCard() {
  const { entity } = useEntity<DataProductEntity>();
  const ports = resolvePorts(entity);
  const missingRefs = useMissingEntityRefs(
    ports.flatMap(port => (port.upstreamRef ? [port.upstreamRef] : [])),
  );

  return (
    <InfoCard title="Input ports">
      {ports.length === 0 ? (
        <EmptyState
          missing="field"
          title="No input ports"
          description="List where the data comes from in spec.inputPorts: an upstream data product or an external source."
        />
      ) : (
        <DataTable aria-label="Input ports">
          <TableHead>
            <TableRow>
              <HeaderCell>Port</HeaderCell>
              <HeaderCell>Reads from</HeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {ports.map(port => (
              <TableRow key={port.name}>
                <TableCell>{port.name}</TableCell>
                <TableCell>
                  <PortSource port={port} missingRefs={missingRefs} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </DataTable>
      )}
    </InfoCard>
  );
}

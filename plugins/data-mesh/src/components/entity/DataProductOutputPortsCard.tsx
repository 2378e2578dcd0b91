import { EmptyState, InfoCard, Link } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type {
  DataProductEntity,
  OutputPort,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { humanizeWord, isHttpUrl } from '../shared/presentation';
import { DataTable } from '../shared/DataTable';
import { HeaderCell } from '../shared/HeaderCell';

/**
 * A port's contract: a link only for http(s) URLs. Anything else (a path
 * relative to the catalog file, or a hostile `javascript:` value) is text.
 */
function Contract(props: { contract: OutputPort['contract'] }) {
  const { contract } = props;
  if (!contract?.ref) {
    return <>None</>;
  }
  const standard = contract.standard
    ? ` (${contract.standard.toLocaleUpperCase('en-US')})`
    : '';
  if (isHttpUrl(contract.ref)) {
    return (
      <>
        <Link to={contract.ref}>Contract</Link>
        {standard}
      </>
    );
  }
  return (
    <>
      {/* A path has no spaces; let it break anywhere rather than overflow. */}
      <code style={{ wordBreak: 'break-all' }}>{contract.ref}</code>
      {standard}
    </>
  );
}

function personalDataText(containsPii: boolean | undefined): string {
  if (containsPii === undefined) {
    return 'PII not stated';
  }
  return containsPii ? 'Contains PII' : 'No PII';
}

/** Classification and personal data: what a consumer must handle with care. */
function DataSensitivity(props: { port: OutputPort }) {
  const { classification, containsPii } = props.port;
  return (
    <>
      <div>
        {classification ? humanizeWord(classification) : 'Not classified'}
      </div>
      <div>{personalDataText(containsPii)}</div>
    </>
  );
}

/** Free text from the entity: a long unbroken value breaks, not the card. */
const FREE_TEXT = { overflowWrap: 'anywhere' } as const;

function ServiceLevels(props: { sla: OutputPort['sla'] }) {
  const { sla } = props;
  if (!sla?.freshness && !sla?.availability) {
    return <>Not stated</>;
  }
  return (
    <>
      {sla.freshness && <div style={FREE_TEXT}>Freshness {sla.freshness}</div>}
      {sla.availability && (
        <div style={FREE_TEXT}>Availability {sla.availability}</div>
      )}
    </>
  );
}

/**
 * How a data product serves its data: each output port with its type,
 * contract, personal data, classification and service levels.
 */
export function DataProductOutputPortsCard() {
  const { entity } = useEntity<DataProductEntity>();
  const ports = entity.spec.outputPorts ?? [];

  return (
    <InfoCard title="Output ports">
      {ports.length === 0 ? (
        <EmptyState
          missing="field"
          title="No output ports"
          description="Describe how consumers read this product in spec.outputPorts."
        />
      ) : (
        <DataTable aria-label="Output ports">
          <TableHead>
            <TableRow>
              <HeaderCell>Port</HeaderCell>
              <HeaderCell>Type</HeaderCell>
              <HeaderCell>Contract</HeaderCell>
              <HeaderCell>Sensitivity</HeaderCell>
              <HeaderCell>Service levels</HeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {ports.map(port => (
              <TableRow key={port.name}>
                <TableCell>
                  {port.name}
                  {port.description && (
                    <Typography
                      variant="body2"
                      color="textSecondary"
                      component="div"
                      style={FREE_TEXT}
                    >
                      {port.description}
                    </Typography>
                  )}
                </TableCell>
                <TableCell style={{ whiteSpace: 'nowrap' }}>
                  {humanizeWord(port.type)}
                </TableCell>
                <TableCell>
                  <Contract contract={port.contract} />
                </TableCell>
                <TableCell>
                  <DataSensitivity port={port} />
                </TableCell>
                <TableCell>
                  <ServiceLevels sla={port.sla} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </DataTable>
      )}
    </InfoCard>
  );
}

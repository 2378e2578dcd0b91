import { EmptyState, InfoCard, Link } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import {
  DataProductEntity,
  OutputPort,
  portContractApis,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { humanizeWord, isHttpUrl } from '../shared/presentation';
import { DataTable } from '../shared/DataTable';
import { HeaderCell } from '../shared/HeaderCell';
import { PortContractApi } from '../contracts/PortContractApi';
import { ContractApis, useContractApis } from '../contracts/useContractApis';

/**
 * A port's contract link: a link only for http(s) URLs. Anything else (a
 * path relative to the catalog file, or a hostile `javascript:` value) is
 * text.
 */
function ContractLink(props: { contract: OutputPort['contract'] }) {
  const { contract } = props;
  if (!contract?.ref) {
    return null;
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

/**
 * A port's contract: its `odcs` API with version, status and the whole
 * contract on demand, and the older `contract.ref` link as before.
 */
function Contract(props: {
  port: OutputPort;
  apiRef?: string;
  apis: ContractApis;
}) {
  const { port, apiRef, apis } = props;
  if (!apiRef && !port.contract?.ref) {
    return <>None</>;
  }
  return (
    <>
      {apiRef && (
        <PortContractApi apiRef={apiRef} port={port.name} apis={apis} />
      )}
      {port.contract?.ref && (
        <div>
          <ContractLink contract={port.contract} />
        </div>
      )}
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
  // A malformed ref resolves to none; validation reports it at ingestion.
  const apiRefs = new Map(
    ports.flatMap(port => {
      const [api] = port.contract?.api
        ? portContractApis(entity, port.name)
        : [];
      return api ? [[port.name, stringifyEntityRef(api)] as const] : [];
    }),
  );
  const apis = useContractApis([...apiRefs.values()]);

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
                  <Contract
                    port={port}
                    apiRef={apiRefs.get(port.name)}
                    apis={apis}
                  />
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

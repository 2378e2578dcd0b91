import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type { ContractSummary } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { DataTable } from '../shared/DataTable';
import { HeaderCell } from '../shared/HeaderCell';
import { RowPager, useRowPage } from './RowPager';

/** Rows of a quality rules table shown at once. */
const QUALITY_PAGE_SIZE = 25;

const FREE_TEXT = { overflowWrap: 'anywhere' } as const;

function NoneStated(props: { what: string }) {
  return (
    <Typography variant="body2" color="textSecondary">
      The contract states no {props.what}.
    </Typography>
  );
}

/**
 * The contract's quality rules, of its objects and properties, a page at a
 * time; "N of M" when the summary holds fewer than the contract has.
 */
export function ContractQualityTable(props: { summary: ContractSummary }) {
  const { quality, qualityCount } = props.summary;
  const label = 'Quality rules';
  const pages = useRowPage(quality, QUALITY_PAGE_SIZE);
  if (qualityCount === 0) return <NoneStated what="quality rules" />;
  return (
    <>
      {quality.length < qualityCount && (
        <Typography variant="body2" color="textSecondary">
          {`${quality.length} of ${qualityCount} quality rules shown`}
        </Typography>
      )}
      <DataTable aria-label={label}>
        <TableHead>
          <TableRow>
            <HeaderCell>Element</HeaderCell>
            <HeaderCell>Rule</HeaderCell>
            <HeaderCell>Condition</HeaderCell>
            <HeaderCell>Dimension</HeaderCell>
            <HeaderCell>Severity</HeaderCell>
            <HeaderCell>Description</HeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {pages.rows.map((rule, index) => (
            <TableRow key={`${pages.first + index}`}>
              <TableCell component="th" scope="row" role="rowheader">
                <code style={FREE_TEXT}>{rule.element}</code>
              </TableCell>
              <TableCell style={FREE_TEXT}>
                {[rule.name, rule.metric].filter(Boolean).join(': ') ||
                  rule.type}
              </TableCell>
              <TableCell style={FREE_TEXT}>{rule.condition}</TableCell>
              <TableCell>{rule.dimension}</TableCell>
              <TableCell>{rule.severity}</TableCell>
              <TableCell style={FREE_TEXT}>{rule.description}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </DataTable>
      <RowPager pages={pages} label={label} />
    </>
  );
}

/** The contract's SLA properties: what it commits to, and on which element. */
export function ContractSlaTable(props: { summary: ContractSummary }) {
  const { slaProperties } = props.summary;
  if (slaProperties.length === 0) return <NoneStated what="SLA properties" />;
  return (
    <DataTable aria-label="SLA properties">
      <TableHead>
        <TableRow>
          <HeaderCell>Property</HeaderCell>
          <HeaderCell>Value</HeaderCell>
          <HeaderCell>Element</HeaderCell>
          <HeaderCell>Driver</HeaderCell>
          <HeaderCell>Description</HeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {slaProperties.map((sla, index) => (
          <TableRow key={index}>
            <TableCell component="th" scope="row" role="rowheader">
              {sla.property}
            </TableCell>
            <TableCell style={FREE_TEXT}>
              {[sla.value, sla.unit].filter(Boolean).join(' ')}
            </TableCell>
            <TableCell>
              {sla.element && <code style={FREE_TEXT}>{sla.element}</code>}
            </TableCell>
            <TableCell>{sla.driver}</TableCell>
            <TableCell style={FREE_TEXT}>{sla.description}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </DataTable>
  );
}

/** The servers the contract's data is served from, with their details. */
export function ContractServersTable(props: { summary: ContractSummary }) {
  const { servers } = props.summary;
  if (servers.length === 0) return <NoneStated what="servers" />;
  return (
    <DataTable aria-label="Servers">
      <TableHead>
        <TableRow>
          <HeaderCell>Server</HeaderCell>
          <HeaderCell>Type</HeaderCell>
          <HeaderCell>Environment</HeaderCell>
          <HeaderCell>Details</HeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {servers.map((server, index) => (
          <TableRow key={index}>
            <TableCell component="th" scope="row" role="rowheader">
              {server.server}
              {server.description && (
                <Typography variant="body2" color="textSecondary">
                  {server.description}
                </Typography>
              )}
            </TableCell>
            <TableCell>{server.type}</TableCell>
            <TableCell>{server.environment}</TableCell>
            <TableCell style={FREE_TEXT}>
              {Object.entries(server.details).map(([key, value]) => (
                <div key={key}>{`${key}: ${value}`}</div>
              ))}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </DataTable>
  );
}

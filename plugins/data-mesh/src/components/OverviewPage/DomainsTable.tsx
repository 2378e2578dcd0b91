import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import type {
  DomainSummary,
  DomainsResponse,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { StaleWarning } from '../shared/StaleWarning';
import { PHASE_LABELS, humanizeWord } from '../shared/presentation';
import { DataTable } from '../shared/DataTable';
import { HeaderCell } from '../shared/HeaderCell';

/** Declared and computed phase side by side, with the reason on hover. */
function DeclaredVersusComputed(props: { domain: DomainSummary }) {
  const { declared, computedPhase } = props.domain;
  if (!declared) {
    return <>Computed</>;
  }
  const text = `Declared ${PHASE_LABELS[declared.phase]}, computed ${
    PHASE_LABELS[computedPhase]
  }`;
  return <span title={declared.reason ?? undefined}>{text}</span>;
}

function DomainRow(props: { domain: DomainSummary }) {
  const { domain } = props;
  return (
    <TableRow>
      <TableCell>
        <EntityRefLink entityRef={domain.scope} defaultKind="domain">
          {domain.title}
        </EntityRefLink>
      </TableCell>
      <TableCell>
        {domain.archetype && humanizeWord(domain.archetype)}
      </TableCell>
      <TableCell>
        {domain.subdomainOf && (
          <EntityRefLink entityRef={domain.subdomainOf} defaultKind="domain" />
        )}
      </TableCell>
      <TableCell align="right">{domain.dataProducts}</TableCell>
      <TableCell align="right">{domain.useCases}</TableCell>
      <TableCell>
        {PHASE_LABELS[domain.phase]}
        {domain.stale && (
          <Box component="span" ml={1}>
            <Chip size="small" label="stale" />
          </Box>
        )}
      </TableCell>
      <TableCell>
        <DeclaredVersusComputed domain={domain} />
      </TableCell>
    </TableRow>
  );
}

/** Props of {@link DomainsTable}. */
export interface DomainsTableProps {
  loading: boolean;
  error?: Error;
  domains?: DomainsResponse;
}

/**
 * Every domain with its archetype, what it holds and its phase.
 */
export function DomainsTable(props: DomainsTableProps) {
  const { loading, error, domains } = props;
  let content;
  if (loading) {
    content = <Progress />;
  } else if (error) {
    content = <ResponseErrorPanel error={error} />;
  } else if (!domains || domains.items.length === 0) {
    content = (
      <EmptyState
        missing="content"
        title="No domains yet"
        description="Data-mesh domains are Backstage Domain entities; add one with spec.type set to its archetype."
      />
    );
  } else {
    const sorted = [...domains.items].sort((a, b) =>
      a.title.localeCompare(b.title),
    );
    content = (
      <>
        <StaleWarning freshness={domains} />
        <DataTable aria-label="Domains">
          <TableHead>
            <TableRow>
              <HeaderCell>Domain</HeaderCell>
              <HeaderCell>Archetype</HeaderCell>
              <HeaderCell>Subdomain of</HeaderCell>
              <HeaderCell align="right">Data products</HeaderCell>
              <HeaderCell align="right">Use cases</HeaderCell>
              <HeaderCell>Phase</HeaderCell>
              <HeaderCell>Declared or computed</HeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {sorted.map(domain => (
              <DomainRow key={domain.scope} domain={domain} />
            ))}
          </TableBody>
        </DataTable>
      </>
    );
  }
  return <InfoCard title="Domains">{content}</InfoCard>;
}

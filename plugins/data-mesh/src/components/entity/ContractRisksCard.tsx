import { InfoCard, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import type {
  ContractRiskAnswer,
  ContractRisksResponse,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { dataMeshApiRef } from '../../api/DataMeshApi';
import { HowReached } from '../contracts/HowReached';
import { RowPager } from '../contracts/RowPager';
import { StaleNote } from '../contracts/StaleNote';
import {
  breakingNote,
  dayText,
  pathsText,
} from '../contracts/contractChangeText';
import { useServerRowPage } from '../contracts/useServerRowPage';
import { DataTable } from '../shared/DataTable';
import { HeaderCell } from '../shared/HeaderCell';
import { isForbiddenError, isNotFoundError } from '../shared/errors';
import { useFocusRing } from '../shared/focusRing';
import { TextWithLinks } from '../shared/links';

/** Risks on a page of the card. */
export const RISKS_PAGE_SIZE = 10;

/** "At risk since <date> because <contract> changed: <paths> (breaking…)". */
function RiskSentence(props: { risk: ContractRiskAnswer }) {
  const { risk } = props;
  return (
    <TextWithLinks variant="body2" component="span">
      At risk since <time dateTime={risk.seenAt}>{dayText(risk.seenAt)}</time>{' '}
      because <EntityRefLink entityRef={risk.api} defaultKind="API" /> changed:{' '}
      <code style={{ overflowWrap: 'anywhere' }}>
        {pathsText(risk.breakingPaths, risk.breakingCount)}
      </code>{' '}
      {breakingNote(risk.unannounced)}
    </TextWithLinks>
  );
}

/**
 * On a use case's or data product's page: the breaking contract changes
 * that reach it, newest first, each with since when, which contract and
 * paths, and how it is reached. Renders nothing when nothing reaches it,
 * when the portfolio has not assessed the entity yet (404) or the reader
 * may not see it (403), so a page without risk stays as it was; any other
 * failure shows the error in the card, as a hidden risk must not look
 * like none.
 */
export function ContractRisksCard() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const dataMeshApi = useApi(dataMeshApiRef);
  const { focusRing } = useFocusRing();
  const { pages, response, error } = useServerRowPage<
    ContractRiskAnswer,
    ContractRisksResponse
  >({
    listKey: entityRef,
    pageSize: RISKS_PAGE_SIZE,
    fetchPage: page => dataMeshApi.getEntityContractRisks(entityRef, page),
    rows: r => r.items,
    total: r => r.totalItems,
  });

  if (error) {
    if (isNotFoundError(error) || isForbiddenError(error)) return null;
    return (
      <InfoCard title="At risk from contract changes">
        <ResponseErrorPanel error={error} />
      </InfoCard>
    );
  }
  if (!response || response.totalItems === 0) return null;
  return (
    <InfoCard title="At risk from contract changes">
      <div className={focusRing}>
        <StaleNote stale={response.stale} />
        <DataTable aria-label="Contract changes that reach this">
          <TableHead>
            <TableRow>
              <HeaderCell scope="col">Contract change</HeaderCell>
              <HeaderCell scope="col">How it reaches this</HeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {pages.rows.map(risk => (
              <TableRow key={`${risk.api} ${risk.sequence}`}>
                <TableCell component="th" role="rowheader" scope="row">
                  <RiskSentence risk={risk} />
                </TableCell>
                <TableCell>
                  <HowReached reach={risk.reach} through={risk.through} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </DataTable>
        <RowPager pages={pages} label="contract changes" />
      </div>
    </InfoCard>
  );
}

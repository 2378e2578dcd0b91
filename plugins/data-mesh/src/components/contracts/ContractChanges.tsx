import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Typography from '@material-ui/core/Typography';
import type {
  ContractVersionAnswer,
  ContractVersionsResponse,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { useState } from 'react';
import { dataMeshApiRef } from '../../api/DataMeshApi';
import { useFocusRing } from '../shared/focusRing';
import { isNotFoundError } from '../shared/errors';
import { ContractImpact } from './ContractImpact';
import { ContractVersionsTable } from './ContractVersionsTable';
import { RowPager } from './RowPager';
import { StaleNote } from './StaleNote';
import { useServerRowPage } from './useServerRowPage';

/** Versions on a page of the history. */
export const VERSIONS_PAGE_SIZE = 10;

/**
 * A data contract's change history, newest first and a page at a time,
 * and whom a breaking change reaches: the newest breaking one at first,
 * any other breaking version on demand.
 */
export function ContractChanges(props: { apiRef: string }) {
  const { apiRef } = props;
  const dataMeshApi = useApi(dataMeshApiRef);
  const { focusRing } = useFocusRing();
  const [shown, setShown] = useState<{ api: string; sequence: number }>();
  const { pages, response, error, loading } = useServerRowPage<
    ContractVersionAnswer,
    ContractVersionsResponse
  >({
    listKey: apiRef,
    pageSize: VERSIONS_PAGE_SIZE,
    fetchPage: page => dataMeshApi.getContractVersions(apiRef, page),
    rows: r => r.items,
    total: r => r.totalItems,
  });

  if (error) {
    return isNotFoundError(error) ? (
      <EmptyState
        missing="data"
        title="No version seen yet"
        description="The portfolio keeps each version of a contract it reads at a refresh; this one has not been read yet, or is not a valid ODCS contract."
      />
    ) : (
      <ResponseErrorPanel error={error} />
    );
  }
  if (loading || !response) return <Progress />;
  const version = shown?.api === apiRef ? shown.sequence : undefined;
  return (
    <div className={focusRing}>
      <StaleNote stale={response.stale} />
      <Typography variant="h6" component="h3">
        Versions
      </Typography>
      <ContractVersionsTable
        versions={pages.rows}
        shown={version}
        onShowImpact={v => setShown({ api: apiRef, sequence: v.sequence })}
      />
      <RowPager pages={pages} label="contract versions" />
      <ContractImpact apiRef={apiRef} version={version} />
    </div>
  );
}

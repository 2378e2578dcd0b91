import { TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import type {
  EntityRefsResponse,
  PageRequest,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { useMemo } from 'react';
import { ServerPagedTable } from './ServerPagedTable';

type RefRow = EntityRefsResponse['items'][number];

/** Props of {@link EntityRefsTable}. */
export interface EntityRefsTableProps {
  /** Accessible name of the list, e.g. "Domains of Lakehouse Storage". */
  label: string;
  /** Heading of the one column. */
  column: string;
  defaultKind?: string;
  /** Which list this is; a change starts again from the first page. */
  listKey: string;
  fetchPage(page: Required<PageRequest>): Promise<EntityRefsResponse>;
}

/** A drill-down: a server-paged list of entity refs, each a link. */
export function EntityRefsTable(props: EntityRefsTableProps) {
  const { label, column, defaultKind, listKey, fetchPage } = props;
  const columns = useMemo<TableColumn<RefRow>[]>(
    () => [
      {
        title: column,
        field: 'ref',
        render: row => (
          <EntityRefLink entityRef={row.ref} defaultKind={defaultKind} />
        ),
      },
    ],
    [column, defaultKind],
  );
  return (
    <ServerPagedTable<RefRow, EntityRefsResponse>
      label={label}
      listKey={listKey}
      columns={columns}
      fetchPage={fetchPage}
    />
  );
}

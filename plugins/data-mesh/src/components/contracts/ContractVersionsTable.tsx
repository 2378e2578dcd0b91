import Button from '@material-ui/core/Button';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import type { ContractVersionAnswer } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { DataTable } from '../shared/DataTable';
import { HeaderCell } from '../shared/HeaderCell';
import { humanizeWord } from '../shared/presentation';
import { dayText } from './contractChangeText';
import { VersionBadges } from './VersionBadges';

const versionName = (v: ContractVersionAnswer) =>
  v.version ?? `#${v.sequence} (no version stated)`;

/** A version's changes with their paths; the rest counted. */
function Changes(props: { version: ContractVersionAnswer }) {
  const { changes, changeCount } = props.version;
  if (changeCount === 0) return <>None</>;
  const more = changeCount - changes.length;
  return (
    <>
      <ul style={{ margin: 0, paddingLeft: 16 }}>
        {changes.map(change => (
          <li key={`${change.kind} ${change.path}`}>
            <code style={{ overflowWrap: 'anywhere' }}>{change.path}</code>
            {`: ${humanizeWord(change.kind)}${
              change.class === 'breaking' ? ' (breaking)' : ''
            }`}
          </li>
        ))}
      </ul>
      {more > 0 && <div>{`and ${more} more`}</div>}
    </>
  );
}

/**
 * A page of a contract's versions, newest first: each one's version (the
 * row's header), when it was seen, its status, what kind of change it is
 * and its changes; a breaking one offers to show whom it reaches.
 */
export function ContractVersionsTable(props: {
  versions: ContractVersionAnswer[];
  /** The sequence of the version whose impact is shown. */
  shown?: number;
  onShowImpact(version: ContractVersionAnswer): void;
}) {
  const { versions, shown, onShowImpact } = props;
  return (
    <DataTable aria-label="Contract versions">
      <TableHead>
        <TableRow>
          <HeaderCell scope="col">Version</HeaderCell>
          <HeaderCell scope="col">Seen</HeaderCell>
          <HeaderCell scope="col">Status</HeaderCell>
          <HeaderCell scope="col">Change</HeaderCell>
          <HeaderCell scope="col">Changes</HeaderCell>
          <HeaderCell scope="col">Impact</HeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {versions.map(version => (
          <TableRow key={version.sequence}>
            <TableCell component="th" role="rowheader" scope="row">
              {versionName(version)}
            </TableCell>
            <TableCell style={{ whiteSpace: 'nowrap' }}>
              <time dateTime={version.seenAt}>{dayText(version.seenAt)}</time>
            </TableCell>
            <TableCell>
              {version.status ? humanizeWord(version.status) : 'Not stated'}
            </TableCell>
            <TableCell>
              <VersionBadges version={version} />
            </TableCell>
            <TableCell>
              <Changes version={version} />
            </TableCell>
            <TableCell>
              {version.breaking ? (
                <Button
                  size="small"
                  variant="outlined"
                  aria-pressed={shown === version.sequence}
                  aria-label={`Show impact of version ${versionName(version)}`}
                  onClick={() => onShowImpact(version)}
                >
                  Show impact
                </Button>
              ) : (
                'None'
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </DataTable>
  );
}

import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { EntityRefLinks, useEntity } from '@backstage/plugin-catalog-react';
import Alert from '@material-ui/lab/Alert';
import Box from '@material-ui/core/Box';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import {
  CapabilityNeed,
  DIRECT,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { dataMeshApiRef } from '../../api/DataMeshApi';
import {
  CapabilityName,
  CapabilityStatusChip,
} from '../CapabilitiesPage/CapabilityCells';
import { isNotFoundError } from '../shared/errors';
import { humanizeWord } from '../shared/presentation';
import { DataTable } from '../shared/DataTable';
import { HeaderCell } from '../shared/HeaderCell';

/** The marker the backend puts in `via` for a direct requirement. */

function HowNeeded(props: { need: CapabilityNeed }) {
  const direct = props.need.via.includes(DIRECT);
  const products = props.need.via.filter(via => via !== DIRECT);
  return (
    <>
      {direct && 'Directly'}
      {products.length > 0 && (
        <>
          {direct ? ' and via ' : 'Via '}
          <EntityRefLinks entityRefs={products} defaultKind="DataProduct" />
        </>
      )}
    </>
  );
}

/** The capabilities that are not available yet, named in one sentence. */
function Gaps(props: { needs: CapabilityNeed[] }) {
  const gaps = props.needs.filter(need => !need.available);
  if (gaps.length === 0) {
    return (
      <Alert severity="success">
        Every capability this needs is available.
      </Alert>
    );
  }
  return (
    <Alert severity="warning">
      Not available yet:{' '}
      {gaps.map(gap => `${gap.title} (${humanizeWord(gap.status)})`).join(', ')}
      .
    </Alert>
  );
}

/**
 * The platform capabilities a data product or use case needs — directly or
 * through the data products it reads — and which of them are not there yet.
 */
export function EntityCapabilityNeedsCard() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const dataMeshApi = useApi(dataMeshApiRef);
  const { loading, error, value } = useAsync(
    () => dataMeshApi.getEntityCapabilities(entityRef),
    [dataMeshApi, entityRef],
  );

  let content;
  if (loading) {
    content = <Progress />;
  } else if (isNotFoundError(error)) {
    content = (
      <EmptyState
        missing="data"
        title="Not assessed yet"
        description="The portfolio has not seen this entity yet; it is picked up at the next refresh."
      />
    );
  } else if (error) {
    content = <ResponseErrorPanel error={error} />;
  } else if (!value || value.needs.length === 0) {
    content = (
      <EmptyState
        missing="field"
        title="No platform capabilities needed"
        description="Name what this needs to be built and run in spec.requiresCapabilities."
      />
    );
  } else {
    content = (
      <>
        <Box mb={2}>
          <Gaps needs={value.needs} />
        </Box>
        <DataTable aria-label="Platform capabilities needed">
          <TableHead>
            <TableRow>
              <HeaderCell>Capability</HeaderCell>
              <HeaderCell>Status</HeaderCell>
              <HeaderCell>Available</HeaderCell>
              <HeaderCell>Needed</HeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {value.needs.map(need => (
              <TableRow key={need.ref}>
                <TableCell>
                  <CapabilityName
                    item={{ ...need, offered: need.status !== 'not-offered' }}
                  />
                </TableCell>
                <TableCell>
                  <CapabilityStatusChip status={need.status} />
                </TableCell>
                <TableCell>
                  <Typography variant="body2">
                    {need.available ? 'Yes' : 'Not yet'}
                  </Typography>
                </TableCell>
                <TableCell>
                  <HowNeeded need={need} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </DataTable>
      </>
    );
  }
  return <InfoCard title="Platform capabilities needed">{content}</InfoCard>;
}

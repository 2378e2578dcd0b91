import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Typography from '@material-ui/core/Typography';
import {
  ODCS_API_TYPE,
  normalizeEntityRef,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { useMemo } from 'react';
import { EntityRefWithHint } from '../shared/EntityRefWithHint';
import { LinkList } from '../shared/links';
import { humanizeWord } from '../shared/presentation';
import { ContractDialogButton } from './ContractDialogButton';
import { readContractDefinition } from './readContractDefinition';
import type { ContractApis } from './useContractApis';

function Note(props: { children: string }) {
  return (
    <Typography variant="body2" color="textSecondary" component="div">
      {props.children}
    </Typography>
  );
}

/**
 * An output port's contract API: a link to it with the contract's version
 * and status, a button that opens the whole contract, and a link to its
 * changes and whom they reach (the contract-changes card of its page). An API the
 * catalog does not return is shown as its reference with a hint; one that
 * is not an `odcs` API or does not read as a contract says so.
 */
export function PortContractApi(props: {
  /** The API's ref, resolved in the product's namespace. */
  apiRef: string;
  /** The port's name, for the dialog's title. */
  port: string;
  apis: ContractApis;
}) {
  const { apiRef, port, apis } = props;
  const ref = normalizeEntityRef(apiRef);
  const entity = apis.entities.get(ref);
  const reading = useMemo(
    () =>
      entity?.spec?.type === ODCS_API_TYPE
        ? readContractDefinition(entity.spec.definition)
        : undefined,
    [entity],
  );

  if (apis.loading) {
    return <Note>Loading the contract…</Note>;
  }
  if (apis.error) {
    return (
      <>
        <code style={{ overflowWrap: 'anywhere' }}>{ref}</code>
        <Note>{`The contract could not be loaded: ${apis.error.message}`}</Note>
      </>
    );
  }
  if (!entity) {
    return (
      <EntityRefWithHint
        entityRef={ref}
        missingRefs={new Set([ref])}
        defaultKind="API"
      />
    );
  }
  const link = <EntityRefLink entityRef={entity} defaultKind="API" />;
  if (!reading) {
    return (
      <>
        {link}
        <Note>{`An API of type ${String(
          entity.spec?.type ?? 'none',
        )}, not an ODCS data contract`}</Note>
      </>
    );
  }
  if (reading.problem !== undefined) {
    return (
      <>
        {link}
        <Note>{`The contract cannot be read. ${reading.problem}`}</Note>
      </>
    );
  }
  const { summary } = reading;
  return (
    <>
      {link}
      <div>
        {`Version ${summary.version ?? 'not stated'}, ${
          summary.status ? humanizeWord(summary.status) : 'status not stated'
        }`}
      </div>
      <ContractDialogButton
        title={`Contract of port ${port}`}
        summary={summary}
      />
      {/*
       * The API's page holds the contract's history and whom a change
       * reaches. A link of its own line, under the API's link: a list
       * item, so that it is big enough to hit (WCAG 2.5.8).
       */}
      <LinkList>
        <li>
          <EntityRefLink
            entityRef={entity}
            aria-label={`Changes and impact of the contract of port ${port}`}
          >
            Changes and impact
          </EntityRefLink>
        </li>
      </LinkList>
    </>
  );
}

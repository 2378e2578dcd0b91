import Typography from '@material-ui/core/Typography';
import { ODCS_API_TYPE } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { ReactElement, useMemo } from 'react';
import { ContractView } from './ContractView';
import { readContractDefinition } from './readContractDefinition';

/**
 * Props of {@link OdcsContractDefinition}.
 *
 * @public
 */
export interface OdcsContractDefinitionProps {
  /** The contract's text, as an `odcs` API holds it in `spec.definition`. */
  definition: string;
}

/**
 * A data contract in the Open Data Contract Standard, as a reader sees it:
 * version and status, each schema object with its properties, quality
 * rules, SLA properties and servers. Text that does not read as a contract
 * is explained instead.
 *
 * @public
 */
export function OdcsContractDefinition(props: OdcsContractDefinitionProps) {
  const reading = useMemo(
    () => readContractDefinition(props.definition),
    [props.definition],
  );
  if (reading.problem !== undefined) {
    return (
      <Typography role="alert">
        {`The contract cannot be read. ${reading.problem}`}
      </Typography>
    );
  }
  return <ContractView summary={reading.summary} headingLevel={3} />;
}

/**
 * A definition widget of the API docs plugin (`@backstage/plugin-api-docs`)
 * for `odcs` APIs, in the shape of its `ApiDefinitionWidget`: the API's
 * page then shows the contract as the data product's output ports do.
 *
 * @public
 */
export interface OdcsApiDefinitionWidget {
  /** The API type it shows: `odcs`. */
  type: string;
  /** The title of the API's type. */
  title: string;
  /** Renders a definition. */
  component: (definition: string) => ReactElement;
  /** The language of the raw view's syntax highlighting. */
  rawLanguage?: string;
}

/**
 * The `odcs` definition widget for the API docs plugin; add it to
 * `defaultDefinitionWidgets()` in the app's `apiDocsConfigRef` (see the
 * README).
 *
 * @public
 */
export function odcsApiDefinitionWidget(): OdcsApiDefinitionWidget {
  return {
    type: ODCS_API_TYPE,
    title: 'ODCS data contract',
    component: definition => <OdcsContractDefinition definition={definition} />,
    rawLanguage: 'yaml',
  };
}

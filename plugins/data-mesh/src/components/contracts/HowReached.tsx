import { EntityRefLink } from '@backstage/plugin-catalog-react';
import type { ContractReach } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { TextWithLinks } from '../shared/links';

/**
 * How a contract change reaches an entity: it reads the contract's port,
 * or it is downstream through a data product (named when the reader may
 * see it).
 */
export function HowReached(props: {
  reach: ContractReach;
  through: string | null;
}) {
  const { reach, through } = props;
  if (reach === 'port') {
    return <>Reads the port</>;
  }
  if (!through) {
    return <>Downstream, through a data product you may not see</>;
  }
  return (
    <TextWithLinks variant="body2" component="span">
      Downstream through{' '}
      <EntityRefLink entityRef={through} defaultKind="DataProduct" />
    </TextWithLinks>
  );
}

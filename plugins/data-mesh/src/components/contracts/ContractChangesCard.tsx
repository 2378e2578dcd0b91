import { InfoCard } from '@backstage/core-components';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { ContractChanges } from './ContractChanges';

/**
 * The page of an `odcs` API: the contract's versions with their changes,
 * and whom a breaking change reaches.
 */
export function ContractChangesCard() {
  const { entity } = useEntity();
  return (
    <InfoCard title="Contract changes and impact">
      <ContractChanges apiRef={stringifyEntityRef(entity)} />
    </InfoCard>
  );
}

import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { ScopePhaseCard } from '../PhaseCard/ScopePhaseCard';

/**
 * The phase card of the Domain entity being viewed; the domain's scope
 * includes its subdomains.
 */
export function DomainPhaseCard() {
  const { entity } = useEntity();
  return <ScopePhaseCard scope={stringifyEntityRef(entity)} />;
}

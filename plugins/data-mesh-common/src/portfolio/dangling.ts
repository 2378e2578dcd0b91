import type { DanglingReferencesResponse } from '../api/types';
import type { PortfolioFacts } from './facts';

/**
 * A reference in a data-mesh field to an entity the catalog does not hold:
 * the entity holding it (`from`), the field it is written in (`field`, e.g.
 * `spec.domain`) and the reference, normalised (`ref`), as the API answers.
 *
 * @public
 */
export type DanglingReference = DanglingReferencesResponse['items'][number];

/**
 * References that point nowhere: domains, upstream and consumed data
 * products, platform capabilities and output ports' contract APIs that have
 * no entity. Not errors (the catalog's rule); they are counted and shown as
 * hints. A capability without an entity is also listed as "demanded but not
 * offered".
 *
 * @public
 */
export function findDanglingReferences(
  facts: PortfolioFacts,
): DanglingReference[] {
  const domains = new Set(facts.domains.map(d => d.ref));
  const products = new Set(facts.dataProducts.map(p => p.ref));
  const capabilities = new Set(facts.capabilities.map(c => c.ref));
  // Facts stored before APIs were read know nothing of them: no hint then.
  const apis = facts.apis && new Set(facts.apis.map(a => a.ref));
  const found: DanglingReference[] = [];
  const check = (
    from: string,
    field: string,
    refs: string[],
    known: Set<string>,
  ) => {
    for (const ref of refs) {
      if (ref && !known.has(ref)) found.push({ from, field, ref });
    }
  };
  for (const domain of facts.domains) {
    check(
      domain.ref,
      'spec.subdomainOf',
      domain.subdomainOf ? [domain.subdomainOf] : [],
      domains,
    );
  }
  for (const product of facts.dataProducts) {
    check(product.ref, 'spec.domain', [product.domain], domains);
    check(product.ref, 'spec.inputPorts', product.upstream, products);
    check(
      product.ref,
      'spec.requiresCapabilities',
      product.requiresCapabilities,
      capabilities,
    );
    if (apis)
      check(
        product.ref,
        'spec.outputPorts',
        [...new Set(product.portContracts ?? [])],
        apis,
      );
  }
  for (const useCase of facts.useCases) {
    check(
      useCase.ref,
      'spec.domain',
      useCase.domain ? [useCase.domain] : [],
      domains,
    );
    check(useCase.ref, 'spec.consumes', useCase.consumes, products);
    check(
      useCase.ref,
      'spec.requiresCapabilities',
      useCase.requiresCapabilities,
      capabilities,
    );
  }
  return found;
}

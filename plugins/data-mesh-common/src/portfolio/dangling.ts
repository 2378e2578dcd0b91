import type { DanglingReferencesResponse } from '../api/types';
import type { PortfolioFacts } from './facts';
import { Steps, runSteps } from '../time/steps';

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
 * offered". A caller that must stay responsive (a backend) runs
 * {@link findDanglingReferencesSteps} in slices instead.
 *
 * @public
 */
export function findDanglingReferences(
  facts: PortfolioFacts,
): DanglingReference[] {
  return runSteps(findDanglingReferencesSteps(facts));
}

/** The refs of `entities`, pausing after each (100,000 data products). */
function* refsOf(entities: Array<{ ref: string }>): Steps<Set<string>> {
  const refs = new Set<string>();
  for (const entity of entities) {
    refs.add(entity.ref);
    yield;
  }
  return refs;
}

/**
 * {@link findDanglingReferences} as steps: pauses after indexing each
 * entity's ref and after checking each domain, data product and use case,
 * so that a caller can spread the work over time (pausing costs nothing
 * when it is simply run to the end).
 *
 * @public
 */
export function* findDanglingReferencesSteps(
  facts: PortfolioFacts,
): Steps<DanglingReference[]> {
  const domains = yield* refsOf(facts.domains);
  const products = yield* refsOf(facts.dataProducts);
  const capabilities = yield* refsOf(facts.capabilities);
  // Facts stored before APIs were read know nothing of them: no hint then.
  const apis = facts.apis && (yield* refsOf(facts.apis));
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
    yield;
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
    yield;
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
    yield;
  }
  return found;
}

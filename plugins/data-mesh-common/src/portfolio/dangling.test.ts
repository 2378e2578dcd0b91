import { Entity } from '@backstage/catalog-model';
import {
  findDanglingReferences,
  findDanglingReferencesSteps,
} from './dangling';
import { factsFromEntities } from './facts';
import { capability, dataProduct, domain, usecase } from '../testUtils';
import { loadExampleDocuments } from '../__testUtils__/exampleEntities';
import { runCountingPauses } from '../testUtils/pauses';
import { variedOrganisationEntities } from '../__testUtils__/variedOrganisation';
import { runSteps } from '../time/steps';

describe('findDanglingReferences', () => {
  it('names each reference to a missing domain, data product or capability', () => {
    const facts = factsFromEntities([
      domain('sales', 'team', { subdomainOf: 'gone' }),
      dataProduct('p', {
        domain: 'Sales',
        owner: 'team',
        upstream: ['missing-product'],
        caps: ['ingest', 'nope'],
      }),
      capability('ingest', 'available'),
      usecase('u', {
        status: 'live',
        domain: 'nowhere',
        consumes: ['P#out', 'x#y'],
      }),
    ]);
    expect(findDanglingReferences(facts)).toEqual([
      {
        from: 'domain:default/sales',
        field: 'spec.subdomainOf',
        ref: 'domain:default/gone',
      },
      {
        from: 'dataproduct:default/p',
        field: 'spec.inputPorts',
        ref: 'dataproduct:default/missing-product',
      },
      {
        from: 'dataproduct:default/p',
        field: 'spec.requiresCapabilities',
        ref: 'platformcapability:default/nope',
      },
      {
        from: 'usecase:default/u',
        field: 'spec.domain',
        ref: 'domain:default/nowhere',
      },
      {
        from: 'usecase:default/u',
        field: 'spec.consumes',
        ref: 'dataproduct:default/x',
      },
    ]);
  });

  describe("an output port's contract API", () => {
    const withContracts = (...apis: string[]): Entity => {
      const product = dataProduct('p', { domain: 'sales', owner: 'team' });
      product.metadata.namespace = 'retail';
      product.spec!.outputPorts = apis.map((api, i) => ({
        name: `out-${i}`,
        type: 'table',
        contract: { api },
      }));
      return product;
    };
    const api = (name: string, namespace: string): Entity => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'API',
      metadata: { name, namespace },
      spec: { type: 'odcs', lifecycle: 'production', owner: 'team' },
    });

    it("is dangling when no API entity has its ref, in the product's namespace", () => {
      const facts = factsFromEntities([
        domain('sales', 'team'),
        withContracts('orders-contract', 'api:shared/lines', 'missing'),
        api('orders-contract', 'retail'),
        // Same name, other namespace: not the one the port names.
        api('missing', 'default'),
        api('lines', 'shared'),
      ]);
      expect(
        findDanglingReferences(facts).filter(d => d.from.includes('/p')),
      ).toEqual([
        {
          from: 'dataproduct:retail/p',
          field: 'spec.domain',
          ref: 'domain:retail/sales',
        },
        {
          from: 'dataproduct:retail/p',
          field: 'spec.outputPorts',
          ref: 'api:retail/missing',
        },
      ]);
    });

    it('is not judged with facts stored before APIs were read', () => {
      const facts = factsFromEntities([withContracts('missing')]);
      delete facts.apis;
      expect(findDanglingReferences(facts).map(d => d.field)).toEqual([
        'spec.domain',
      ]);
    });
  });
});

describe('findDanglingReferencesSteps', () => {
  const varied = factsFromEntities(variedOrganisationEntities(300));

  it('finds dangling references of every field in a varied organisation', () => {
    // So that the comparisons below are of a list with much in it.
    const counts: Record<string, number> = {};
    for (const { field } of findDanglingReferences(varied)) {
      counts[field] = (counts[field] ?? 0) + 1;
    }
    expect(counts).toEqual({
      'spec.subdomainOf': 1,
      'spec.domain': 75,
      'spec.inputPorts': 12,
      // Ten products name the missing contract, each on two ports.
      'spec.outputPorts': 10,
      'spec.requiresCapabilities': 31,
      'spec.consumes': 18,
    });
  });

  it.each([
    ['the example organisation', factsFromEntities(loadExampleDocuments())],
    ['a varied organisation', varied],
  ])('gives what findDanglingReferences gives, for %s', (_, organisation) => {
    expect(runSteps(findDanglingReferencesSteps(organisation))).toEqual(
      findDanglingReferences(organisation),
    );
  });

  it('pauses after indexing and after checking each entity', () => {
    const { pauses } = runCountingPauses(findDanglingReferencesSteps(varied));
    const { domains, dataProducts, useCases, capabilities, apis } = varied;
    expect([domains, dataProducts, useCases].map(l => l.length)).toEqual([
      5, 150, 300,
    ]);
    expect(pauses).toBeGreaterThanOrEqual(
      2 * domains.length +
        2 * dataProducts.length +
        capabilities.length +
        (apis?.length ?? 0) +
        useCases.length,
    );
  });
});

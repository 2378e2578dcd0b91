import { findDanglingReferences } from './dangling';
import { factsFromEntities } from './facts';
import { capability, dataProduct, domain, usecase } from '../testUtils';

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
});

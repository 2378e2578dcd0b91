import {
  capability,
  dataProduct,
  domain,
  group,
  usecase,
} from '../testUtils/entities';
import { odcsApi, odcsContract } from '../testUtils/contracts';
import { factsFromEntities } from './facts';
import { canonicalFacts, patchFacts } from './patchFacts';
import { portfolioFieldsOf } from './entityChanges';

const entities = [
  group('team-b'),
  group('team-a'),
  domain('sales', 'group:default/team-a'),
  dataProduct('orders', { domain: 'sales', owner: 'team-a' }),
  dataProduct('customers', { domain: 'sales', owner: 'team-a' }),
  usecase('churn', { status: 'live', consumes: ['orders'] }),
  capability('streaming', 'ga'),
  odcsApi('orders-contract', odcsContract()),
];

describe('patchFacts', () => {
  it('replaces an edited entity, adds a new one and drops a deleted one, as a full read would', () => {
    const before = factsFromEntities(entities);
    const edited = dataProduct('orders', {
      domain: 'sales',
      owner: 'team-b',
      lifecycle: 'deprecated',
    });
    const added = usecase('forecast', { status: 'idea', caps: ['streaming'] });
    const patched = patchFacts(before, [
      { ref: 'dataproduct:default/orders', entity: edited },
      { ref: 'usecase:default/forecast', entity: added },
      { ref: 'dataproduct:default/customers', entity: null },
      // Gone from the catalog and never in the facts: nothing to drop.
      { ref: 'usecase:default/unknown', entity: null },
    ]);

    const after = [
      ...entities.filter(
        e => !['orders', 'customers'].includes(e.metadata.name),
      ),
      edited,
      added,
    ];
    expect(patched).toEqual(canonicalFacts(factsFromEntities(after)));
    expect(patched.dataProducts).toEqual([
      expect.objectContaining({
        ref: 'dataproduct:default/orders',
        owner: 'group:default/team-b',
        lifecycle: 'deprecated',
      }),
    ]);
    expect(patched.useCases.map(u => u.ref)).toEqual([
      'usecase:default/churn',
      'usecase:default/forecast',
    ]);
    // The facts patched are left as they were.
    expect(before.dataProducts.map(p => p.ref)).toEqual([
      'dataproduct:default/orders',
      'dataproduct:default/customers',
    ]);
  });

  it('orders every list by ref', () => {
    const facts = canonicalFacts(factsFromEntities(entities));
    expect(facts.groups.map(g => g.ref)).toEqual([
      'group:default/team-a',
      'group:default/team-b',
    ]);
    expect(facts.dataProducts.map(p => p.ref)).toEqual([
      'dataproduct:default/customers',
      'dataproduct:default/orders',
    ]);
  });
});

describe('portfolioFieldsOf', () => {
  it('changes with a field the facts read and not with one they do not', () => {
    const orders = dataProduct('orders', { domain: 'sales', owner: 'team-a' });
    const described = {
      ...orders,
      metadata: { ...orders.metadata, description: 'All order lines' },
      relations: [{ type: 'ownedBy', targetRef: 'group:default/team-a' }],
    };
    const moved = { ...orders, spec: { ...orders.spec, domain: 'finance' } };
    const fields = JSON.stringify(portfolioFieldsOf(orders));
    expect(JSON.stringify(portfolioFieldsOf(described))).toBe(fields);
    expect(JSON.stringify(portfolioFieldsOf(moved))).not.toBe(fields);
  });
});

import { emptyFacts, addEntityToFacts, factsFromEntities } from './facts';
import { FactReuse } from './factReuse';
import {
  organisationSize,
  syntheticOrganisation,
} from '../testUtils/syntheticOrganisation';
import {
  capability,
  dataProduct,
  domain,
  group,
  usecase,
  withDeclaredPhase,
} from '../testUtils';

const organisation = () => [
  group('team-a'),
  withDeclaredPhase(domain('sales', 'team-a'), { phase: 'scale', reason: 'r' }),
  dataProduct('orders', { domain: 'sales', owner: 'team-a', caps: ['k'] }),
  dataProduct('invoices', {
    domain: 'sales',
    owner: 'team-a',
    upstream: ['orders'],
  }),
  usecase('churn', { status: 'live', consumes: ['orders'], value: 'high' }),
  capability('k', 'available'),
];

describe('FactReuse', () => {
  it('replaces each fact read again unchanged by the held one, page by page', () => {
    const held = factsFromEntities(organisation());
    const reuse = new FactReuse(held);
    const facts = emptyFacts();
    const [first, ...rest] = organisation();
    addEntityToFacts(facts, first);
    expect(reuse.reuse(facts)).toBe(1);
    for (const entity of rest) addEntityToFacts(facts, entity);
    expect(reuse.reuse(facts)).toBe(5);

    expect(facts.groups[0]).toBe(held.groups[0]);
    // A declared phase is an object of its own: compared by value.
    expect(facts.domains[0]).toBe(held.domains[0]);
    expect(facts.dataProducts).toEqual(held.dataProducts);
    facts.dataProducts.forEach((p, i) => expect(p).toBe(held.dataProducts[i]));
    expect(facts.useCases[0]).toBe(held.useCases[0]);
    expect(facts.capabilities[0]).toBe(held.capabilities[0]);
  });

  it('indexes the held facts in steps, pausing every few thousand, and reuses them as the constructor does', () => {
    const entities = syntheticOrganisation(organisationSize(5000));
    const held = factsFromEntities(entities);
    const steps = FactReuse.steps(held);
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      pauses++;
      step = steps.next();
    }
    const heldCount =
      held.domains.length +
      held.dataProducts.length +
      held.useCases.length +
      held.capabilities.length +
      held.groups.length +
      (held.apis?.length ?? 0);
    expect(pauses).toBe(Math.floor(heldCount / 2000));
    const facts = factsFromEntities(entities);
    expect(step.value.reuse(facts)).toBe(heldCount);
    expect(facts.useCases[17]).toBe(held.useCases[17]);
  });

  it('keeps what changed, in a field or in a list, as read', () => {
    const held = factsFromEntities(organisation());
    const changed = organisation();
    changed[2].spec!.requiresCapabilities = ['k', 'gpu'];
    (changed[4].spec as any).value = 'low';
    changed[3].spec!.lifecycle = 'deprecated';
    const facts = factsFromEntities(changed);
    expect(new FactReuse(held).reuse(facts)).toBe(3);

    const ordersOf = (list: typeof facts.dataProducts) =>
      list.find(p => p.ref.endsWith('/orders'))!;
    const orders = ordersOf(facts.dataProducts);
    expect(orders).not.toBe(ordersOf(held.dataProducts));
    expect(orders.requiresCapabilities).toEqual([
      'platformcapability:default/k',
      'platformcapability:default/gpu',
    ]);
    expect(facts.dataProducts.find(p => p.ref.endsWith('/invoices'))).toEqual(
      expect.objectContaining({ lifecycle: 'deprecated' }),
    );
    expect(facts.useCases[0].value).toBe('low');
    expect(facts.groups[0]).toBe(held.groups[0]);
    expect(facts.domains[0]).toBe(held.domains[0]);
  });

  it('reuses nothing of facts of other refs', () => {
    const held = factsFromEntities(organisation());
    const facts = factsFromEntities([
      dataProduct('payments', { domain: 'sales', owner: 'team-a' }),
    ]);
    expect(new FactReuse(held).reuse(facts)).toBe(0);
    expect(facts.dataProducts[0].ref).toBe('dataproduct:default/payments');
  });
});

/*
 * The README states the example organisation's phase and demand; this test
 * keeps those statements true as the examples change.
 */
import { loadExampleDocuments } from '../__testUtils__/exampleEntities';
import { computeCapabilityDemand } from './demand';
import { factsFromEntities } from './facts';
import { computeMetrics } from './metrics';
import {
  DEFAULT_DOMAIN_PHASE_RULES,
  DEFAULT_ORGANIZATION_PHASE_RULES,
  adopterCategory,
  assessPhase,
} from './phase';

const facts = factsFromEntities(loadExampleDocuments());

describe('the example organisation (Brightcart)', () => {
  it('is in the scale phase with some exploit criteria unmet', () => {
    const metrics = computeMetrics(facts, 'organization');
    expect(metrics).toEqual({
      domains: 12,
      adoptingDomains: 5,
      adoption: 5 / 12,
      activeDataProducts: 8,
      realUseCases: 5,
      liveUseCases: 3,
      domainOwnership: 7 / 8,
      availableCapabilities: 5,
    });
    const assessment = assessPhase(metrics, DEFAULT_ORGANIZATION_PHASE_RULES);
    expect(assessment.computedPhase).toBe('scale');
    expect(
      assessment.next?.criteria.filter(c => !c.met).map(c => c.metric),
    ).toEqual(['adoption', 'activeDataProducts', 'liveUseCases']);
    expect(adopterCategory(metrics.adoption)).toBe('early-majority');
  });

  it('has domains in different phases, and one declared phase', () => {
    const phases = Object.fromEntries(
      facts.domains.map(d => {
        const a = assessPhase(
          computeMetrics(facts, d.ref),
          DEFAULT_DOMAIN_PHASE_RULES,
          d.declared,
        );
        return [
          d.ref.replace('domain:default/', ''),
          `${a.phase}/${a.computedPhase}`,
        ];
      }),
    );
    expect(phases).toEqual({
      orders: 'scale/scale',
      'product-catalog': 'bootstrap/bootstrap',
      payments: 'bootstrap/bootstrap',
      customers: 'scale/scale',
      loyalty: 'bootstrap/bootstrap',
      marketing: 'scale/scale',
      fulfilment: 'scale/bootstrap',
      inventory: 'bootstrap/bootstrap',
      returns: 'bootstrap/bootstrap',
      finance: 'bootstrap/bootstrap',
      pricing: 'bootstrap/bootstrap',
      'customer-insights': 'bootstrap/bootstrap',
    });
  });

  it('demands stream ingestion most, leaves two capabilities unneeded and three not offered', () => {
    const items = computeCapabilityDemand(facts);
    expect(
      items.map(
        i =>
          `${i.ref.replace('platformcapability:default/', '')}=${
            i.demand.count
          }`,
      ),
    ).toEqual([
      'stream-ingestion=5',
      'lakehouse-storage=4',
      'batch-ingestion=3',
      'data-quality-checks=3',
      'bi-dashboards=2',
      'feature-store=2',
      'pii-masking=2',
      'stream-processing=2',
      'ml-training=1',
      'alerting=1',
      'gpu-notebooks=0',
      'data-marketplace=0',
      'reverse-etl=0',
    ]);
    expect(items.filter(i => !i.offered).map(i => i.title)).toEqual([
      'ml-training',
      'alerting',
      'gpu-notebooks',
    ]);
  });
});

/*
 * The README states the example organisation's phase and demand, and what
 * the execution insights say about it; this test keeps those statements
 * true as the examples change.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { loadExampleDocuments } from '../__testUtils__/exampleEntities';
import { contractGraphFromEntities } from '../contracts/contractGraph';
import { ContractImpactIndex } from '../contracts/contractImpact';
import { diffContracts } from '../contracts/diffContracts';
import { assessBusinessUnits } from '../insight/businessUnits';
import { findComplementaryUseCases } from '../insight/complementarySearch';
import { computePlatformRoadmap } from '../insight/roadmap';
import { computeUseCasePortfolio } from '../insight/useCasePortfolio';
import { computeCapabilityDemand } from './demand';
import { findDanglingReferences } from './dangling';
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
      availableCapabilities: 6,
      // Every output port of the 8 active products names its odcs contract.
      contractCoverage: 1,
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
      'report-mailer=1',
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

  const title = (u: { title: string }) => u.title;

  it('says to start with the checkout dashboard, ready, and delivery SLA monitoring, waiting for alerting', () => {
    const { cells, unrated } = computeUseCasePortfolio(facts);
    const start = cells.find(c => c.startHere)!;
    expect([start.value, start.complexity]).toEqual(['high', 'low']);
    expect(
      start.useCases.map(u => [u.title, u.status, u.blockedBy.map(title)]),
    ).toEqual([
      ['Checkout Conversion Dashboard', 'live', []],
      ['Delivery SLA Monitoring', 'live', ['alerting']],
    ]);
    const attribution = cells
      .flatMap(c => c.useCases)
      .find(u => u.title === 'Marketing Attribution')!;
    expect(attribution.blockedBy.map(c => `${c.title} (${c.status})`)).toEqual([
      'PII Masking (beta)',
      'Scheduled Report Mailer (deprecated)',
    ]);
    expect(unrated).toEqual([]);
  });

  it('pairs five complementary use cases, demand planning with finance close first', () => {
    const pairs = findComplementaryUseCases(facts);
    expect(pairs).toHaveLength(5);
    const [closest] = pairs;
    expect([closest.first.title, closest.second.title]).toEqual([
      'Demand Planning',
      'Finance Close Automation',
    ]);
    expect([closest.first.personas, closest.second.personas]).toEqual([
      ['data-scientist'],
      ['data-analyst'],
    ]);
    expect([closest.shared.length, closest.neededByEither]).toEqual([4, 6]);
    expect(closest.similarity).toBe(4 / 6);
  });

  it('puts the feature store first on the roadmap, then alerting, each fully unblocking a high-value use case', () => {
    const { items, deprecatedButNeeded } = computePlatformRoadmap(facts);
    expect(
      items
        .slice(0, 3)
        .map(i => [
          i.capability.title,
          i.fullyUnblocks.map(u => `${u.title} (${u.value})`),
          i.partlyUnblocks.map(title),
        ]),
    ).toEqual([
      [
        'Feature Store',
        ['Payment Fraud Detection (high)'],
        ['Personalised Recommendations'],
      ],
      ['alerting', ['Delivery SLA Monitoring (high)'], []],
      [
        'PII Masking',
        [],
        ['Marketing Attribution', 'Personalised Recommendations'],
      ],
    ]);
    expect(
      deprecatedButNeeded.map(d => [
        d.capability.title,
        d.useCases.map(u => `${u.title} (${u.status})`),
      ]),
    ).toEqual([['Scheduled Report Mailer', ['Marketing Attribution (live)']]]);
  });

  it('has five business units, customer experience in scale and the others in bootstrap', () => {
    const top = assessBusinessUnits(facts).filter(u => u.topLevel);
    expect(
      top.map(u => [
        u.ref.replace('group:default/', ''),
        u.computedPhase,
        `${u.metrics.adoptingDomains}/${u.metrics.domains}`,
        u.metrics.activeDataProducts,
      ]),
    ).toEqual([
      ['analytics', 'bootstrap', '0/1', 0],
      ['commerce', 'bootstrap', '2/3', 3],
      ['customer-experience', 'scale', '2/3', 4],
      ['finance', 'bootstrap', '0/2', 0],
      ['operations', 'bootstrap', '1/3', 1],
    ]);
    // Commerce has the adoption of scale, but not the data products.
    const commerce = top.find(u => u.ref === 'group:default/commerce')!;
    expect(
      commerce.next?.criteria.filter(c => !c.met).map(c => c.metric),
    ).toEqual(['activeDataProducts']);
  });

  it('gives every output port of an active product an odcs contract API it defines, and one draft port a plain link', () => {
    const documents = loadExampleDocuments();
    const apiTypes = new Map(
      documents
        .filter(d => d.kind === 'API')
        .map(d => [d.metadata.name, d.spec.type]),
    );
    const ports = documents
      .filter(d => d.kind === 'DataProduct')
      .flatMap(d =>
        d.spec.outputPorts.map((port: any) => ({
          at: `${d.metadata.name}#${port.name}`,
          active: d.spec.lifecycle === 'active',
          contract: port.contract,
        })),
      );
    const active = ports.filter(p => p.active);
    expect(active).toHaveLength(10);
    expect(
      active.filter(p => apiTypes.get(p.contract?.api) !== 'odcs'),
    ).toEqual([]);
    // Each contract is named by one port only.
    expect(new Set(active.map(p => p.contract.api)).size).toBe(10);
    expect(ports.filter(p => p.contract?.ref).map(p => p.at)).toEqual([
      'stock-levels#stock',
    ]);
    expect(
      findDanglingReferences(facts).filter(d => d.field === 'spec.outputPorts'),
    ).toEqual([]);
  });

  it("breaks order-lines' contract unannounced from 1.0.0, reaching three real use cases and eight data products", () => {
    const orders = path.resolve(
      __dirname,
      '../../../../examples/contracts/orders',
    );
    const read = (file: string) =>
      parse(fs.readFileSync(path.join(orders, file), 'utf8'));
    const diff = diffContracts(
      read('history/order-lines.1.0.0.odcs.yaml'),
      read('order-lines.odcs.yaml'),
    );
    expect(diff.breaking).toBe(true);
    expect(diff.unannounced).toBe(true);
    expect(
      diff.changes.filter(c => c.class === 'breaking').map(c => c.path),
    ).toEqual(['schema.order_lines.properties.quantity.logicalType']);

    const reached = new ContractImpactIndex(
      contractGraphFromEntities(loadExampleDocuments()),
    ).reachers('api:default/order-lines-contract');
    const name = (ref: string) => ref.replace(/^[a-z]+:default\//, '');
    // The live dashboard reads the port; the other two are downstream of
    // campaign-performance and basket-affinity. Demand planning and finance
    // close automation are downstream too, but only proposed.
    expect(
      reached.useCases.map(u => `${name(u.ref)} ${u.status} ${u.reach}`),
    ).toEqual([
      'checkout-conversion-dashboard live port',
      'marketing-attribution live lineage',
      'personalised-recommendations committed lineage',
    ]);
    expect(reached.dataProducts.map(p => `${name(p.ref)} ${p.reach}`)).toEqual([
      'basket-affinity port',
      'campaign-performance port',
      'customer-360 port',
      'revenue-daily port',
      'delivery-performance port',
      'demand-forecast port',
      'customer-segments lineage',
      'margin-by-product lineage',
    ]);
  });
});

/*
 * Benchmark of the portfolio computation (what the scheduled task does after
 * reading the catalog): facts from entities, every scope's metrics and
 * phase, capability demand, and every entity's needs. Prints wall time and
 * heap growth for organisations of growing size.
 *
 *   yarn bench:portfolio
 */
import {
  DEFAULT_DOMAIN_PHASE_RULES,
  DEFAULT_ORGANIZATION_PHASE_RULES,
  assessPhase,
  computeCapabilityDemand,
  computeEntityNeedsIndex,
  computeMetrics,
  factsFromEntities,
} from '../src';
import { syntheticOrganisation } from './syntheticOrganisation';

const sizes = [
  { domains: 50, dataProductsPerDomain: 10, useCases: 200, capabilities: 30 },
  { domains: 200, dataProductsPerDomain: 10, useCases: 1000, capabilities: 60 },
  {
    domains: 500,
    dataProductsPerDomain: 10,
    useCases: 3000,
    capabilities: 100,
  },
  {
    domains: 1000,
    dataProductsPerDomain: 10,
    useCases: 8000,
    capabilities: 150,
  },
];

function run(entities: ReturnType<typeof syntheticOrganisation>) {
  const facts = factsFromEntities(entities);
  assessPhase(
    computeMetrics(facts, 'organization'),
    DEFAULT_ORGANIZATION_PHASE_RULES,
  );
  for (const domain of facts.domains) {
    assessPhase(
      computeMetrics(facts, domain.ref),
      DEFAULT_DOMAIN_PHASE_RULES,
      domain.declared,
    );
  }
  const demand = computeCapabilityDemand(facts);
  const needs = computeEntityNeedsIndex(facts);
  return { demand: demand.length, needs: needs.size };
}

process.stdout.write(
  'entities | domains | data products | use cases | best of 3 (ms) | heap growth (MiB)\n',
);
for (const size of sizes) {
  const entities = syntheticOrganisation(size);
  let best = Infinity;
  let heap = 0;
  for (let i = 0; i < 3; i++) {
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    const start = process.hrtime.bigint();
    run(entities);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    heap = Math.max(heap, (process.memoryUsage().heapUsed - before) / 2 ** 20);
    best = Math.min(best, ms);
  }
  process.stdout.write(
    `${entities.length} | ${size.domains} | ${
      size.domains * size.dataProductsPerDomain
    } | ${size.useCases} | ${best.toFixed(0)} | ${heap.toFixed(1)}\n`,
  );
}

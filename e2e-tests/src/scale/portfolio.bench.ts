/*
 * Benchmark of the portfolio computation (what the scheduled task does after
 * reading the catalog): facts from entities, every scope's metrics and
 * phase, and the demand index (capability demand with samples, every
 * product's upstream closure). Prints wall time and heap growth for
 * organisations of growing size.
 *
 *   yarn bench:portfolio
 */
import {
  DEFAULT_DOMAIN_PHASE_RULES,
  DEFAULT_ORGANIZATION_PHASE_RULES,
  DemandIndex,
  MetricsIndex,
  assessPhase,
  factsFromEntities,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import {
  organisationSize,
  syntheticOrganisation,
} from './syntheticOrganisation';

const dataProducts = (process.argv[2] ?? '1000,10000,100000')
  .split(',')
  .map(Number);

function run(entities: ReturnType<typeof syntheticOrganisation>) {
  const facts = factsFromEntities(entities);
  const metrics = new MetricsIndex(facts);
  assessPhase(
    metrics.metricsFor('organization'),
    DEFAULT_ORGANIZATION_PHASE_RULES,
  );
  for (const domain of facts.domains) {
    assessPhase(
      metrics.metricsFor(domain.ref),
      DEFAULT_DOMAIN_PHASE_RULES,
      domain.declared,
    );
  }
  return DemandIndex.build(facts).items().length;
}

process.stdout.write(
  'entities | data products | use cases | domains | best of 3 (ms) | heap growth (MiB)\n',
);
for (const n of dataProducts) {
  const size = organisationSize(n);
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
    `${entities.length} | ${n} | ${size.useCases} | ${
      size.domains
    } | ${best.toFixed(0)} | ${heap.toFixed(1)}\n`,
  );
}

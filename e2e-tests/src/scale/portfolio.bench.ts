/*
 * Benchmark of the portfolio computation (what the scheduled task does after
 * reading the catalog): facts from entities, every scope's metrics and
 * phase, and the demand index (capability demand with samples, every
 * product's upstream closure). Prints wall time and heap growth for
 * organisations of growing size; then, apart, the complementary use-case
 * search (its own scheduled task in the backend) over the same facts and
 * demand index, run to its end without pauses.
 *
 *   yarn bench:portfolio [data products, comma-separated]
 */
import {
  DEFAULT_DOMAIN_PHASE_RULES,
  DEFAULT_ORGANIZATION_PHASE_RULES,
  DemandIndex,
  MetricsIndex,
  assessPhase,
  complementaryUseCaseSearch,
  factsFromEntities,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import {
  organisationSize,
  syntheticOrganisation,
} from '@data-mesh-portfolio/plugin-data-mesh-common/testUtils';

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

/**
 * One complementary search, as the backend's task runs it (over a demand
 * index it already holds), timed alone: it is far slower than the rest
 * at 100k, so it is run once rather than best of 3.
 */
function timeComplementarySearch(
  entities: ReturnType<typeof syntheticOrganisation>,
) {
  const facts = factsFromEntities(entities);
  const demand = DemandIndex.build(facts);
  global.gc?.();
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const steps = complementaryUseCaseSearch(facts, demand);
  let step = steps.next();
  while (!step.done) step = steps.next();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  // CPU time as well: on a shared machine the wall time includes waiting.
  const { user, system } = process.cpuUsage(cpu);
  return { ms, cpuMs: (user + system) / 1e3, total: step.value.total };
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

process.stdout.write(
  '\ndata products | use cases | complementary search (ms) | its CPU time (ms) | pairs found\n',
);
for (const n of dataProducts) {
  const size = organisationSize(n);
  const { ms, cpuMs, total } = timeComplementarySearch(
    syntheticOrganisation(size),
  );
  process.stdout.write(
    `${n} | ${size.useCases} | ${ms.toFixed(0)} | ${cpuMs.toFixed(
      0,
    )} | ${total}\n`,
  );
}

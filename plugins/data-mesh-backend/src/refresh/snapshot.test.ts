import { ConfigReader } from '@backstage/config';
import {
  MetricsIndex,
  ORGANIZATION_SCOPE,
  assessBusinessUnits,
  factsFromEntities,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { readDataMeshBackendOptions } from '../config';
import { loadExampleEntities } from '../__testUtils__/exampleOrganisation';
import { buildSnapshotSteps } from './snapshot';
import { runCountingPauses } from '@data-mesh-portfolio/plugin-data-mesh-common/testUtils';

const facts = factsFromEntities(loadExampleEntities());
const now = new Date('2026-12-01T12:00:00.000Z');
const options = readDataMeshBackendOptions(
  new ConfigReader({
    dataMesh: {
      phaseRules: { businessUnit: { scale: { adoptingDomains: 1 } } },
    },
  }),
);

describe('buildSnapshotSteps', () => {
  const { result: snapshot, pauses } = runCountingPauses(
    buildSnapshotSteps(facts, options, now),
  );
  // Optional in the stored type: snapshots stored before units had none.
  const businessUnits = snapshot.businessUnits ?? [];

  it("holds every scope's assessment as the common functions work it out", () => {
    const metrics = new MetricsIndex(facts);
    expect(snapshot.organization.metrics).toEqual(
      metrics.metricsFor(ORGANIZATION_SCOPE),
    );
    expect(snapshot.domains.map(d => [d.scope, d.metrics])).toEqual(
      facts.domains.map(d => [d.ref, metrics.metricsFor(d.ref)]),
    );
    const units = assessBusinessUnits(facts, options.businessUnitRules);
    expect(units.length).toBeGreaterThan(3);
    expect(
      businessUnits.map(u => [u.scope, u.phase, u.metrics, u.next]),
    ).toEqual(units.map(u => [u.ref, u.phase, u.metrics, u.next]));
  });

  it('takes the configured business-unit rules', () => {
    // With one adopting domain enough, some unit gets past bootstrap that
    // the default rules keep there.
    const defaults = assessBusinessUnits(facts);
    const changed = businessUnits.filter(
      (u, i) => u.phase !== defaults[i].phase,
    );
    expect(changed.length).toBeGreaterThan(0);
  });

  it('pauses while it indexes and measures, and after every domain and unit assessed', () => {
    const indexing =
      facts.groups.length +
      2 * facts.dataProducts.length +
      facts.useCases.length;
    const organisation = facts.dataProducts.length + facts.useCases.length;
    expect(pauses).toBeGreaterThanOrEqual(
      indexing + organisation + facts.domains.length + businessUnits.length,
    );
  });
});

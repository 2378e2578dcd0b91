import { Entity } from '@backstage/catalog-model';
import {
  capability,
  dataProduct,
  domain,
  group,
  odcsApi,
  odcsContract,
  usecase,
  withPorts,
} from '../testUtils';

/*
 * An organisation of any size with a bit of everything the scopes and
 * business units depend on: a root group with units below it, named from
 * either side of the childOf relation; teams below the units; a group
 * alone, a group below a parent that is no entity, a group that owns
 * nothing, a unit that declares its phase; domains owned by teams, units
 * and the root, subdomains owned inside and outside their parent's unit;
 * products owned within and outside their domain's owner, some not active,
 * some with ports under odcs contracts; use cases of every status, of a
 * domain or of none, consuming products of other domains. Built by
 * cycling through patterns, so that the same size always gives the same
 * organisation.
 */

const STATUSES = ['proposed', 'committed', 'live', 'retired', 'live'];
const LIFECYCLES = ['active', 'active', 'draft', 'active', 'deprecated'];

/**
 * The entities of an organisation of `units` business units of three
 * teams each, a domain per team with `productsPerDomain` data products,
 * and as many use cases as data products.
 */
export function groupedOrganisationEntities(
  units: number,
  productsPerDomain: number,
): Entity[] {
  const odd = Array.from({ length: units }, (_, u) => `unit-${u}`).filter(
    (_, u) => u % 2 === 1,
  );
  // Even units name the root as their parent; the root lists odd ones.
  const entities: Entity[] = [
    group('org', undefined, odd),
    group('lab'),
    group('orphan', 'nobody'),
    group('platform'),
    domain('hq', 'org'),
    domain('sandbox', 'lab'),
    domain('strays', 'orphan'),
  ];
  const domains: string[] = [];
  for (let u = 0; u < units; u++) {
    const teams = [0, 1, 2].map(t => `team-${u}-${t}`);
    entities.push(
      group(
        `unit-${u}`,
        u % 2 === 0 ? 'org' : undefined,
        // The third team is named only from the unit's side.
        [teams[2]],
        u % 5 === 3 ? { phase: 'exploit' } : undefined,
      ),
      group(teams[0], `unit-${u}`),
      group(teams[1], `unit-${u}`),
      group(teams[2]),
    );
    teams.forEach((team, t) => {
      const name = `domain-${u}-${t}`;
      // Subdomains of the unit's first domain, one of them owned by the
      // next unit, so that it falls outside its parent's unit.
      const owner = t === 2 && u % 3 === 0 ? `unit-${(u + 1) % units}` : team;
      entities.push(
        domain(name, owner, t > 0 ? { subdomainOf: `domain-${u}-0` } : {}),
      );
      domains.push(name);
    });
  }
  domains.push('hq', 'strays');
  domains.forEach((domainName, d) => {
    const owner = d % 4 === 3 ? 'platform' : `team-${d % units}-${d % 3}`;
    for (let p = 0; p < productsPerDomain; p++) {
      const i = d * productsPerDomain + p;
      const product = dataProduct(`product-${i}`, {
        domain: domainName,
        owner: p % 3 === 2 ? owner : `team-${Math.floor(d / 3)}-${d % 3}`,
        lifecycle: LIFECYCLES[i % LIFECYCLES.length],
      });
      entities.push(
        i % 4 === 0
          ? withPorts(product, [
              { name: 'out', api: `contract-${i % 8}` },
              { name: 'raw' },
            ])
          : product,
      );
      entities.push(
        usecase(`use-case-${i}`, {
          status: STATUSES[i % STATUSES.length],
          domain: i % 7 === 0 ? undefined : domains[(d + i) % domains.length],
          consumes: [i, i * 5 + 3, i * 11 + 1]
            .slice(0, 1 + (i % 3))
            .map(c => `product-${c}`),
        }),
      );
    }
  });
  // Half the named contracts are in the catalog, one of them not odcs.
  entities.push(
    odcsApi('contract-0', odcsContract('contract-0')),
    odcsApi('contract-4', odcsContract('contract-4')),
    odcsApi('contract-6', 'openapi: 3.0.0', { type: 'openapi' }),
    capability('ingest', 'available'),
    capability('serve', 'beta'),
  );
  return entities;
}

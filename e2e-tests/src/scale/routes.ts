/*
 * The API routes a portal's pages call, with ids from a synthetic
 * organisation: what the scale benchmark times and the scale test checks.
 */

/** One route to measure: its name and the path under /api/data-mesh. */
export interface ScaleRoute {
  name: string;
  path: string;
}

/**
 * Every route of the API, with the entities a page would ask about: the
 * most required capability (it has the longest lists), a consumer-aligned
 * data product (the deepest lineage), a use case, a parent domain, a
 * business unit; and the largest pages allowed.
 */
export function scaleRoutes(): ScaleRoute[] {
  const capability = 'capability-000000';
  const product = 'product-000009';
  const useCase = 'use-case-000001';
  // A business unit, and a capability no entity offers: it is on the
  // roadmap with the longest lists of use cases it would unblock.
  const unit = 'unit-000000';
  const notOffered = 'capability-000007';
  return [
    { name: 'phase (organisation)', path: '/phase?scope=organization' },
    {
      name: 'phase (domain)',
      path: '/phase?scope=domain:default/domain-000000',
    },
    {
      name: 'phase history',
      path: '/phase/history?scope=organization&limit=500',
    },
    { name: 'domains', path: '/domains' },
    {
      name: 'domains (by adoption)',
      path: '/domains?sort=adoption&order=desc&offset=50',
    },
    {
      name: 'capabilities (teams, as the page asks)',
      path: '/capabilities?view=teams&limit=20&offset=0',
    },
    { name: 'capabilities (teams, 50)', path: '/capabilities?view=teams' },
    {
      name: 'capabilities (platform)',
      path: '/capabilities?view=platform',
    },
    {
      name: 'capabilities (platform, no demand)',
      path: '/capabilities?view=platform&group=no-demand',
    },
    { name: 'capability', path: `/capabilities/default/${capability}` },
    {
      name: 'capability demand',
      path: `/capabilities/default/${capability}/demand`,
    },
    {
      name: 'capability demand (page 11)',
      path: `/capabilities/default/${capability}/demand?offset=500`,
    },
    {
      name: 'capability domains (500)',
      path: `/capabilities/default/${capability}/domains?limit=500`,
    },
    {
      name: 'capability data products (500)',
      path: `/capabilities/default/${capability}/data-products?limit=500`,
    },
    {
      name: 'data product needs',
      path: `/entities/DataProduct/default/${product}/capabilities`,
    },
    {
      name: 'use case needs',
      path: `/entities/UseCase/default/${useCase}/capabilities`,
    },
    {
      name: 'use case need via products',
      path: `/entities/UseCase/default/${useCase}/capabilities/default/${capability}/data-products`,
    },
    {
      name: 'dangling references (500)',
      path: '/references/dangling?limit=500',
    },
    { name: 'status', path: '/status' },
    {
      name: 'phase (business unit)',
      path: `/phase?scope=group:default/${unit}`,
    },
    {
      name: 'phase history (business unit)',
      path: `/phase/history?scope=group:default/${unit}&limit=500`,
    },
    { name: 'use-case portfolio', path: '/use-cases' },
    {
      name: 'use-case cell (50)',
      path: '/use-cases/cell?value=high&complexity=low&limit=50',
    },
    { name: 'unrated use cases (50)', path: '/use-cases/unrated?limit=50' },
    {
      name: 'complementary use cases (50)',
      path: '/use-cases/complementary?limit=50',
    },
    { name: 'roadmap (50)', path: '/roadmap?limit=50' },
    {
      name: 'roadmap use cases (500)',
      path: `/roadmap/default/${notOffered}/use-cases?unblocks=partly&limit=500`,
    },
    {
      name: 'deprecated but needed (50)',
      path: '/roadmap/deprecated?limit=50',
    },
    {
      name: 'business units (all, 50)',
      path: '/business-units?level=all&limit=50',
    },
  ];
}

/** Entity refs in an answer that are among the `restricted` refs. */
export function unreadableNamed(body: string, restricted: Set<string>) {
  return (body.match(/[a-z]+:default\/[a-z0-9-]+/g) ?? []).filter(ref =>
    restricted.has(ref),
  );
}

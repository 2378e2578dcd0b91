import type { Entity } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  contractConsumers,
  contractV1,
  contractV2,
  odcsApi,
} from './contractOrganisation';
import { makeRouterApp } from './routerApp';

function organisation(version: typeof contractV1): Entity[] {
  return [
    ...contractConsumers(),
    odcsApi('orders-contract', version()),
    odcsApi('secret-contract', version('secret-contract')),
  ];
}

/**
 * The router app over versions the real recompute stored: the
 * organisation of contractOrganisation.ts, recomputed with version 1 of
 * both contracts, then with version 2 (a breaking change). Bob may not
 * read the secret contract, the secret-plan use case nor the finance-kpis
 * data product (see HIDDEN_FROM_BOB).
 */
export async function makeContractApp() {
  const catalogs = {
    current: catalogServiceMock({ entities: organisation(contractV1) }),
  };
  // The catalog as the recompute sees it at each run.
  const catalog = new Proxy({} as CatalogService, {
    get: (_target, key) => {
      const current = catalogs.current as any;
      return current[key].bind(current);
    },
  });
  const made = await makeRouterApp({ entities: [], catalog, compute: true });
  catalogs.current = catalogServiceMock({
    entities: organisation(contractV2),
  });
  await made.service.refresh.recompute();
  return made;
}

import {
  changingCatalog,
  contractOrganisation,
  contractV1,
  contractV2,
} from './contractOrganisation';
import { makeRouterApp } from './routerApp';
import { FULL_READ_EACH_RUN } from './portfolioService';

/**
 * The router app over versions the real recompute stored: the
 * organisation of contractOrganisation.ts, recomputed with version 1 of
 * both contracts, then with version 2 (a breaking change). Bob may not
 * read the secret contract, the secret-plan use case nor the finance-kpis
 * data product (see HIDDEN_FROM_BOB).
 */
export async function makeContractApp() {
  const { catalog, change } = changingCatalog(contractOrganisation(contractV1));
  const made = await makeRouterApp({
    entities: [],
    catalog,
    compute: true,
    dataMesh: FULL_READ_EACH_RUN,
  });
  change(contractOrganisation(contractV2));
  await made.service.refresh.recompute();
  return made;
}

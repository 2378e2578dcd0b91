/*
 * The portal's frontend on Backstage's new frontend system. Features are
 * discovered from this package's dependencies (`app.packages: all` in
 * app-config.yaml), so installing a plugin package is all an adopter does;
 * extension configuration lives in app-config.yaml. The modules listed here
 * are opt-in: they replace APIs of the catalog, catalog-graph and API docs
 * plugins (the last to show `odcs` data contracts on an API's page).
 */
import { createApp } from '@backstage/frontend-defaults';
import {
  dataMeshCatalogGraphModule,
  dataMeshEntityPresentationModule,
  dataMeshKindIconsModule,
} from '@data-mesh-portfolio/plugin-data-mesh/alpha';
import { apiDocsOdcsModule } from './modules/apiDocsOdcs';

const app = createApp({
  features: [
    apiDocsOdcsModule,
    dataMeshCatalogGraphModule,
    dataMeshEntityPresentationModule,
    dataMeshKindIconsModule,
  ],
});

export default app;

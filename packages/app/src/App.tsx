/*
 * The portal's frontend on Backstage's new frontend system. Features are
 * discovered from this package's dependencies (`app.packages: all` in
 * app-config.yaml), so installing a plugin package is all an adopter does;
 * extension configuration lives in app-config.yaml. The modules listed here
 * are opt-in: they replace APIs of the catalog and catalog-graph plugins.
 */
import { createApp } from '@backstage/frontend-defaults';
import {
  dataMeshCatalogGraphModule,
  dataMeshEntityPresentationModule,
  dataMeshKindIconsModule,
} from '@data-mesh-portfolio/plugin-data-mesh/alpha';

const app = createApp({
  features: [
    dataMeshCatalogGraphModule,
    dataMeshEntityPresentationModule,
    dataMeshKindIconsModule,
  ],
});

export default app;

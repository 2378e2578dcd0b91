/*
 * The portal's frontend on Backstage's new frontend system. Features are
 * discovered from this package's dependencies (`app.packages: all` in
 * app-config.yaml), so installing a plugin package is all an adopter does;
 * extension configuration lives in app-config.yaml. The modules listed here
 * are the app's own choices about plugins it combines.
 */
import { createApp } from '@backstage/frontend-defaults';
import {
  dataMeshCatalogGraphModule,
  dataMeshEntityPresentationModule,
  dataMeshKindIconsModule,
} from './modules/dataMeshCatalogIntegration';

const app = createApp({
  features: [
    dataMeshCatalogGraphModule,
    dataMeshEntityPresentationModule,
    dataMeshKindIconsModule,
  ],
});

export default app;

/*
 * The portal's frontend on Backstage's new frontend system. Features are
 * discovered from this package's dependencies (`app.packages: all` in
 * app-config.yaml), so installing a plugin package is all an adopter does;
 * extension configuration lives in app-config.yaml.
 */
import { createApp } from '@backstage/frontend-defaults';

const app = createApp();

export default app;

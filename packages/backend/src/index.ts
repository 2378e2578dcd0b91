/*
 * The portal's backend, wired the way an adopter wires Data Mesh Portfolio
 * into an existing Backstage backend: each feature is one `backend.add`.
 */
import { createBackend } from '@backstage/backend-defaults';
import { permissionPolicyModule } from './modules/permissionPolicy';
import { searchStartingEngineModule } from './modules/searchEngine';

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));

// Sign-in. The guest provider is for local use only; production adopters
// configure a real provider (see app-config.production.yaml).
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));

// Catalog. The logs module writes entity processing errors to the backend
// log, so a broken catalog-info.yaml is visible to whoever runs the portal.
backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));
// Data Mesh Portfolio: the DataProduct, UseCase and PlatformCapability kinds.
backend.add(
  import('@data-mesh-portfolio/plugin-catalog-backend-module-data-mesh'),
);

// Data Mesh Portfolio: phase assessment and capability demand.
backend.add(import('@data-mesh-portfolio/plugin-data-mesh-backend'));

// Notifications, with signals for live updates in the open app: Data Mesh
// Portfolio tells a scope's owners when its phase changes, and the platform
// team when a real use case starts needing a capability that is not
// available (README, "Notifications").
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));

// Actions for AI clients over MCP (POST /api/mcp-actions/v1): the actions
// of the plugins listed in backend.actions.pluginSources (app-config.yaml),
// here Data Mesh Portfolio's read-only ones, called with the caller's own
// credentials, so the permission policy below applies to them.
backend.add(import('@backstage/plugin-mcp-actions-backend'));

// Permissions, with a real policy: entities labelled as restricted are
// readable by their owners only (README, "Permissions").
backend.add(import('@backstage/plugin-permission-backend'));
backend.add(permissionPolicyModule);

// Search over the catalog. Results are filtered by the catalog's read
// permission, so the policy above applies to them. The engine is
// PostgreSQL's full-text search when the backend's database is PostgreSQL
// (app-config.production.yaml); the PostgreSQL module stands aside, with a
// warning, on any other database, where the in-memory engine (Lunr) of
// ./modules/searchEngine takes over: it answers no results rather than an
// error while its index is first built after a start.
backend.add(import('@backstage/plugin-search-backend'));
backend.add(import('@backstage/plugin-search-backend-module-pg'));
backend.add(searchStartingEngineModule);
backend.add(import('@backstage/plugin-search-backend-module-catalog'));
// Data Mesh Portfolio: data products, use cases and capabilities found by
// name, descriptions, domain and port names.
backend.add(
  import('@data-mesh-portfolio/plugin-search-backend-module-data-mesh'),
);

// Scaffolder, with the templates in examples/templates. The GitHub module
// publishes to a repository (app-config.production.yaml); Data Mesh
// Portfolio's module checks a generated catalog-info.yaml with the catalog's
// own validators before anything is published, and, where
// `dataMesh.scaffolder.localPublish` is configured (app-config.yaml), adds
// the result to this portal's local catalog folder instead.
backend.add(import('@backstage/plugin-scaffolder-backend'));
// The Template kind in the catalog, so the templates under examples/ show.
backend.add(
  import('@backstage/plugin-catalog-backend-module-scaffolder-entity-model'),
);
backend.add(import('@backstage/plugin-scaffolder-backend-module-github'));
backend.add(
  import('@data-mesh-portfolio/plugin-scaffolder-backend-module-data-mesh'),
);

backend.start();

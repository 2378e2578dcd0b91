import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { durationToMilliseconds } from '@backstage/types';
import {
  DATA_MESH_ENTITY_CHANGES_TOPIC,
  dataMeshPermissions,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { registerPortfolioActions } from './actions/registerPortfolioActions';
import { readDataMeshBackendOptions } from './config';
import { createRouter } from './router/createRouter';
import { AuthorizedPortfolioService } from './authorization/AuthorizedPortfolioService';
import { CallerDecisions } from './authorization/CallerDecisions';
import { createPortfolioServices } from './portfolioServices';
import { KnexSnapshotStore } from './store/KnexSnapshotStore';
import { toldRefs } from './refresh/toldRefs';

/** Id of the scheduled task that recomputes the portfolio. */
export const REFRESH_TASK_ID = 'data-mesh-portfolio-refresh';

/** Id of the scheduled task that searches for complementary use cases. */
export const COMPLEMENTARY_TASK_ID = 'data-mesh-complementary-search';
/**
 * The deletion check's task id: while changes are followed, a count of the
 * catalog's portfolio entities each minute shows deletions, which no
 * processor sees (one count query).
 */
export const DELETION_CHECK_TASK_ID = 'data-mesh-deletion-check';

/**
 * The Data Mesh Portfolio backend: recomputes phase and capability demand
 * from the catalog on the scheduler, stores snapshots, and serves them under
 * `/api/data-mesh`, and as read-only actions in the actions registry.
 *
 * @public
 */
export const dataMeshPlugin = createBackendPlugin({
  pluginId: 'data-mesh',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        catalog: catalogServiceRef,
        actionsRegistry: actionsRegistryServiceRef,
        // Its default factory posts to the notifications backend; in a
        // portal without one, sending fails and is logged, nothing more.
        notifications: notificationService,
        // The catalog module tells which entities changed.
        events: eventsServiceRef,
        lifecycle: coreServices.lifecycle,
      },
      async init(deps) {
        const options = readDataMeshBackendOptions(deps.config);
        const { service, refresh } = createPortfolioServices({
          store: await KnexSnapshotStore.create(deps.database),
          catalog: deps.catalog,
          auth: deps.auth,
          logger: deps.logger,
          scheduler: deps.scheduler,
          refreshTaskId: REFRESH_TASK_ID,
          complementaryTaskId: COMPLEMENTARY_TASK_ID,
          options,
          notifications: options.notifications.enabled
            ? deps.notifications
            : undefined,
        });

        deps.permissionsRegistry.addPermissions(dataMeshPermissions);

        if (options.followChanges) {
          await deps.events.subscribe({
            id: 'data-mesh-portfolio',
            topics: [DATA_MESH_ENTITY_CHANGES_TOPIC],
            onEvent: async ({ eventPayload }) => {
              const { changed, firstSight } = toldRefs(eventPayload);
              await refresh.noticeChanges(changed, firstSight);
            },
          });
          deps.lifecycle.addShutdownHook(() => refresh.stop());
          await deps.scheduler.scheduleTask({
            id: DELETION_CHECK_TASK_ID,
            scope: 'global',
            frequency: { minutes: 1 },
            initialDelay: { minutes: 1 },
            timeout: { minutes: 1 },
            fn: () => refresh.checkForDeletions(),
          });
        }

        // Global scope: one recompute at a time across all backend replicas.
        // Its runs also apply the changes the catalog module tells of,
        // asked for as they come (PortfolioRefresh.noticeChanges).
        await deps.scheduler.scheduleTask({
          id: REFRESH_TASK_ID,
          scope: 'global',
          frequency: options.schedule.frequency,
          initialDelay: options.schedule.initialDelay,
          timeout: options.schedule.timeout,
          fn: abortSignal => refresh.recompute(abortSignal),
        });
        await deps.scheduler.scheduleTask({
          id: COMPLEMENTARY_TASK_ID,
          scope: 'global',
          ...options.complementarySchedule,
          fn: abortSignal => refresh.searchComplementaryUseCases(abortSignal),
        });

        // One authorized service for the API and the actions, so both
        // apply the same permission checks and share the reused decisions.
        const authorized = new AuthorizedPortfolioService(
          service,
          new CallerDecisions(deps.permissions, deps.catalog, {
            cacheTtlMs: durationToMilliseconds(options.permissionCacheTtl),
          }),
        );
        deps.httpRouter.use(
          await createRouter({ service: authorized, httpAuth: deps.httpAuth }),
        );
        registerPortfolioActions(deps.actionsRegistry, authorized);
        deps.httpRouter.addAuthPolicy({
          path: '/health',
          allow: 'unauthenticated',
        });
      },
    });
  },
});

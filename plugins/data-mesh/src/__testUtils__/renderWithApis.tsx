import type { Entity } from '@backstage/catalog-model';
import {
  mockApis,
  renderInTestApp,
  TestAppOptions,
} from '@backstage/frontend-test-utils';
import {
  CatalogApi,
  EntityProvider,
  catalogApiRef,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { ReactElement } from 'react';
import { DataMeshApi, dataMeshApiRef } from '../api/DataMeshApi';
import { dataMeshRouteRef } from '../alpha/pageExtensions';

/** What a component test provides; everything else is a harmless mock. */
export interface RenderOptions {
  dataMeshApi: DataMeshApi;
  /** Entities of the in-memory catalog. */
  catalogEntities?: Entity[];
  /** A catalog API to use instead of the in-memory one. */
  catalogApi?: CatalogApi;
  /** The entity of an entity page, for entity cards. */
  entity?: Entity;
  /** Whether permission checks pass; all pass by default. */
  permitted?: boolean;
  /** Receives the name of each permission once its answer is on its way. */
  decided?: string[];
  initialRouteEntries?: string[];
  mountPath?: string;
}

/**
 * Renders an element in a new-frontend-system test app with the Data Mesh
 * API, an in-memory catalog and the permission answer a test chooses.
 */
export function renderWithApis(element: ReactElement, options: RenderOptions) {
  const permission = mockApis.permission.mock({
    authorize: jest.fn(async (request: { permission: { name: string } }) => {
      options.decided?.push(request.permission.name);
      return { result: options.permitted === false ? 'DENY' : 'ALLOW' };
    }) as any,
  });
  const testOptions: TestAppOptions = {
    apis: [
      [dataMeshApiRef, options.dataMeshApi],
      options.catalogApi
        ? [catalogApiRef, options.catalogApi]
        : catalogApiMock({ entities: options.catalogEntities ?? [] }),
      permission,
    ],
    mountedRoutes: {
      '/catalog/:namespace/:kind/:name': entityRouteRef,
      '/data-mesh': dataMeshRouteRef,
    },
    initialRouteEntries: options.initialRouteEntries,
    mountPath: options.mountPath,
  };
  return renderInTestApp(
    options.entity ? (
      <EntityProvider entity={options.entity}>{element}</EntityProvider>
    ) : (
      element
    ),
    testOptions,
  );
}

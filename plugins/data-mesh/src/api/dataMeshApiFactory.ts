import {
  createApiFactory,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { dataMeshApiRef } from './DataMeshApi';
import { DataMeshClient } from './DataMeshClient';

/**
 * Creates the default {@link DataMeshApi} from the app's discovery and
 * fetch APIs; both frontend systems install it.
 *
 * @public
 */
export const dataMeshApiFactory = createApiFactory({
  api: dataMeshApiRef,
  deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
  factory: ({ discoveryApi, fetchApi }) =>
    new DataMeshClient({ discoveryApi, fetchApi }),
});

import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { CapabilitiesView, dataMeshApiRef } from '../../api/DataMeshApi';
import type { CapabilityFilterValues } from './CapabilityFilters';

/** Loads one view of capability demand with the chosen filters. */
export function useCapabilities(
  view: CapabilitiesView,
  filters: CapabilityFilterValues,
) {
  const dataMeshApi = useApi(dataMeshApiRef);
  const { category, status } = filters;
  return useAsync(
    () => dataMeshApi.getCapabilities({ view, category, status }),
    [dataMeshApi, view, category, status],
  );
}

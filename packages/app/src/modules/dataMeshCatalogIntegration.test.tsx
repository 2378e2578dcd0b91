import { ApiBlueprint } from '@backstage/frontend-plugin-api';
import { createExtensionTester } from '@backstage/frontend-test-utils';
import { IconBundleBlueprint } from '@backstage/plugin-app-react';
import type { CatalogGraphApi } from '@backstage/plugin-catalog-graph';
import { DATA_MESH_RELATION_PAIRS } from '@data-mesh-portfolio/plugin-data-mesh';
import {
  catalogGraphApiWithDataMeshRelations,
  dataMeshKindIconBundle,
} from './dataMeshCatalogIntegration';

describe('data-mesh catalog integration', () => {
  it('teaches the catalog graph the data-mesh relations, keeping the defaults', () => {
    const apiFactory = createExtensionTester(
      catalogGraphApiWithDataMeshRelations,
    ).get(ApiBlueprint.dataRefs.factory);
    const api = apiFactory.factory({}) as CatalogGraphApi;

    expect(api.knownRelationPairs).toEqual(
      expect.arrayContaining([
        ['ownerOf', 'ownedBy'],
        ...DATA_MESH_RELATION_PAIRS,
      ]),
    );
    expect(api.knownRelations).toEqual(
      expect.arrayContaining([
        'dependsOn',
        'dataMeshConsumesDataProduct',
        'dataMeshDataProductConsumedBy',
        'dataMeshRequiresCapability',
        'dataMeshCapabilityRequiredBy',
      ]),
    );
    expect(api.defaultRelations).toEqual(api.knownRelations);
  });

  it('gives the data-mesh kinds system icons', () => {
    const icons = createExtensionTester(dataMeshKindIconBundle).get(
      IconBundleBlueprint.dataRefs.icons,
    );
    expect(Object.keys(icons).sort()).toEqual([
      'kind:dataproduct',
      'kind:platformcapability',
      'kind:usecase',
    ]);
  });
});

import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { renderTestApp } from '@backstage/frontend-test-utils';
import { entityPresentationApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { catalogGraphApiRef } from '@backstage/plugin-catalog-graph';
import { DATA_MESH_RELATION_PAIRS } from '../catalogGraph';
import {
  dataMeshCatalogGraphModule,
  dataMeshEntityPresentationModule,
} from './catalogModules';

describe('ready-made catalog modules', () => {
  it('teaches the catalog graph the data-mesh relations, keeping the defaults', () => {
    const { apis } = renderTestApp({
      features: [
        // Modules apply to installed plugins; bare ones stand in.
        createFrontendPlugin({ pluginId: 'catalog-graph' }),
        dataMeshCatalogGraphModule,
      ],
    });
    const api = apis.get(catalogGraphApiRef)!;

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

  it('gives the data-mesh kinds icons in the catalog presentation of entities', () => {
    const { apis } = renderTestApp({
      features: [
        createFrontendPlugin({ pluginId: 'catalog' }),
        dataMeshEntityPresentationModule,
      ],
      apis: [catalogApiMock()],
    });
    const presentation = apis
      .get(entityPresentationApiRef)!
      .forEntity('dataproduct:default/orders');

    expect(presentation.snapshot.entityRef).toBe('dataproduct:default/orders');
    // The icon for the kind, read from the reference alone.
    expect(presentation.snapshot.Icon).toBeDefined();
    const unknownKind = apis
      .get(entityPresentationApiRef)!
      .forEntity('widget:default/orders');
    expect(unknownKind.snapshot.Icon).toBeFalsy();
  });
});

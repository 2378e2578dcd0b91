import type { ApiEntity } from '@backstage/catalog-model';
import { ApiBlueprint } from '@backstage/frontend-plugin-api';
import { createExtensionTester } from '@backstage/frontend-test-utils';
import type { ApiDocsConfig } from '@backstage/plugin-api-docs';
import { apiDocsConfigWithOdcs } from './apiDocsOdcs';

function apiOfType(type: string): ApiEntity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'API',
    metadata: { name: `a-${type}` },
    spec: { type, lifecycle: 'production', owner: 'team', definition: '' },
  };
}

describe('apiDocsOdcsModule', () => {
  it('gives odcs APIs the data contract widget and keeps the default widgets', () => {
    const factory = createExtensionTester(apiDocsConfigWithOdcs).get(
      ApiBlueprint.dataRefs.factory,
    );
    expect(factory.api.id).toBe('plugin.api-docs.config');
    const config = factory.factory({}) as ApiDocsConfig;

    const odcs = config.getApiDefinitionWidget(apiOfType('odcs'));
    expect(odcs?.title).toBe('ODCS data contract');
    expect(odcs?.rawLanguage).toBe('yaml');
    expect(config.getApiDefinitionWidget(apiOfType('openapi'))?.type).toBe(
      'openapi',
    );
    expect(config.getApiDefinitionWidget(apiOfType('soap'))).toBeUndefined();
  });
});

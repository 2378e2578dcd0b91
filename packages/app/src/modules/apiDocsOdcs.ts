/*
 * The API docs plugin shows an API's definition with the widget of its
 * type. This module adds the Data Mesh Portfolio's widget for `odcs` APIs,
 * which hold data contracts, beside the plugin's own (OpenAPI, AsyncAPI,
 * GraphQL, …), by replacing the plugin's `api:api-docs/config` extension.
 */
import {
  ApiBlueprint,
  createFrontendModule,
} from '@backstage/frontend-plugin-api';
import {
  apiDocsConfigRef,
  defaultDefinitionWidgets,
} from '@backstage/plugin-api-docs';
import { odcsApiDefinitionWidget } from '@data-mesh-portfolio/plugin-data-mesh';

/** The API docs plugin's config, its definition widgets and `odcs`'s. */
export const apiDocsConfigWithOdcs = ApiBlueprint.make({
  name: 'config',
  params: defineParams =>
    defineParams({
      api: apiDocsConfigRef,
      deps: {},
      factory: () => {
        const widgets = [
          ...defaultDefinitionWidgets(),
          odcsApiDefinitionWidget(),
        ];
        return {
          getApiDefinitionWidget: apiEntity =>
            widgets.find(widget => widget.type === apiEntity.spec.type),
        };
      },
    }),
});

/** Installs {@link apiDocsConfigWithOdcs} in place of the plugin's config. */
export const apiDocsOdcsModule = createFrontendModule({
  pluginId: 'api-docs',
  extensions: [apiDocsConfigWithOdcs],
});

import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { parseEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { normalizeEntityRef } from '@data-mesh-portfolio/plugin-data-mesh-common';
import type { PortfolioService } from '../reads/PortfolioService';
import {
  entityNeedsOutput,
  pageInput,
  pageOf,
  readOnly,
} from './actionSchemas';

const NEEDING_KINDS = ['dataproduct', 'usecase'];

/** A data product's or use case's ref; without a namespace, `default`. */
function needingEntityRef(value: string): string {
  const expected = `"entityRef" must be a data product or use case, like "dataproduct:default/orders"; got ${JSON.stringify(
    value.slice(0, 200),
  )}`;
  let ref;
  try {
    ref = parseEntityRef(value, { defaultNamespace: 'default' });
  } catch {
    throw new InputError(expected);
  }
  if (!NEEDING_KINDS.includes(ref.kind.toLocaleLowerCase('en-US'))) {
    throw new InputError(expected);
  }
  return normalizeEntityRef(ref);
}

/** Registers `get-entity-needs`: a page of what a data product or use case needs, as `GET /entities/{kind}/{namespace}/{name}/capabilities` answers it. */
export function registerGetEntityNeeds(
  actionsRegistry: ActionsRegistryService,
  service: PortfolioService,
) {
  actionsRegistry.register({
    name: 'get-entity-needs',
    title: 'Capabilities a data product or use case needs',
    description:
      'A page of the platform capabilities a data product or use case needs, directly or through upstream data products, those not available yet first, and how many are not available.',
    attributes: readOnly,
    schema: {
      input: z =>
        z.object({
          entityRef: z
            .string()
            .max(512)
            .describe(
              'The data product or use case, like "dataproduct:default/orders" or "usecase:default/churn-prediction".',
            ),
          ...pageInput(z),
        }),
      output: entityNeedsOutput,
    },
    action: async ({ input, credentials }) => ({
      output: await service.listEntityNeeds(
        needingEntityRef(input.entityRef),
        pageOf(input),
        { credentials },
      ),
    }),
  });
}

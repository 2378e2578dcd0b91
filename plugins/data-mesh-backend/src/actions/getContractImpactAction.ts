import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { parseEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { normalizeEntityRef } from '@data-mesh-portfolio/plugin-data-mesh-common';
import type { PortfolioService } from '../reads/PortfolioService';
import { queryInputOf } from '../schema/queryInput';
import {
  contractImpactOutput,
  pageInput,
  readOnly,
  routeQueryOf,
} from './actionSchemas';

/** `GET /contracts/{namespace}/{name}/impact`'s filters (`version`). */
const filters = queryInputOf('/contracts/{namespace}/{name}/impact', [
  'limit',
  'offset',
]);

/** A contract's API ref; without a kind, an API; without a namespace, `default`. */
function contractRef(value: string): string {
  const expected = `"contractRef" must be a data contract's API entity, like "api:default/orders-contract"; got ${JSON.stringify(
    value.slice(0, 200),
  )}`;
  let ref;
  try {
    ref = parseEntityRef(value, {
      defaultKind: 'api',
      defaultNamespace: 'default',
    });
  } catch {
    throw new InputError(expected);
  }
  if (ref.kind.toLocaleLowerCase('en-US') !== 'api') {
    throw new InputError(expected);
  }
  return normalizeEntityRef(ref);
}

/** Registers `get-contract-impact`: whom a contract change reaches, as `GET /contracts/{namespace}/{name}/impact` answers it. */
export function registerGetContractImpact(
  actionsRegistry: ActionsRegistryService,
  service: PortfolioService,
) {
  actionsRegistry.register({
    name: 'get-contract-impact',
    title: 'Whom a data contract change reaches',
    description:
      'For a version of a data contract (an ODCS API entity; by default its newest breaking version): the change, and the use cases and data products it reaches, through the port or downstream through lineage, real (committed or live) use cases first, with their counts. Lists only what the caller may read.',
    attributes: readOnly,
    schema: {
      input: z =>
        z.object({
          contractRef: z
            .string()
            .max(512)
            .describe(
              'The contract\'s API entity, like "api:default/orders-contract".',
            ),
          ...filters(z),
          ...pageInput(z),
        }),
      output: contractImpactOutput,
    },
    action: async ({ input, credentials }) => {
      const { contractRef: ref, ...query } = input;
      return {
        output: await service.getContractImpact(
          contractRef(ref),
          routeQueryOf<{ version?: number }>(query),
          { credentials },
        ),
      };
    },
  });
}

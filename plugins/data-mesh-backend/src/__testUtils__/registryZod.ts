import { actionsRegistryServiceMock } from '@backstage/backend-test-utils/alpha';
import type { Z } from '../schema/zodFromOpenApi';

/** The zod the actions registry hands to an action's schema functions. */
export async function registryZod(): Promise<Z> {
  let handed: Z | undefined;
  const registry = actionsRegistryServiceMock();
  registry.register({
    name: 'hand-over-zod',
    title: 'Hands over zod',
    description: 'Hands over the zod of the registry.',
    schema: {
      input: zod => {
        handed = zod;
        return zod.object({});
      },
      output: zod => zod.object({}),
    },
    action: async () => ({ output: {} }),
  });
  await registry.list();
  if (!handed) throw new Error('The registry did not read the input schema');
  return handed;
}

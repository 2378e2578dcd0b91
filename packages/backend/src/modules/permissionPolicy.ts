/*
 * The portal's permission policy: a real one, as an adopter writes it.
 * Everyone may do everything, except read entities labelled as restricted
 * (`portal.permissions.restrictedLabel` in app-config), which only their
 * owners may read; `portal.permissions.allowAll: true` lifts that. The catalog applies that condition to every list it
 * serves, and plugins that name entities (Data Mesh Portfolio among them)
 * must honour it too.
 */
import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import {
  AuthorizeResult,
  PolicyDecision,
  isPermission,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';

/** Reads of restricted entities only for their owners; the rest allowed. */
export class RestrictedLabelPolicy implements PermissionPolicy {
  constructor(private readonly restrictedLabel: string | undefined) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    if (
      this.restrictedLabel &&
      isPermission(request.permission, catalogEntityReadPermission)
    ) {
      return createCatalogConditionalDecision(request.permission, {
        anyOf: [
          { not: catalogConditions.hasLabel({ label: this.restrictedLabel }) },
          catalogConditions.isEntityOwner({
            claims: user?.info.ownershipEntityRefs ?? [],
          }),
        ],
      });
    }
    return { result: AuthorizeResult.ALLOW };
  }
}

/** Installs {@link RestrictedLabelPolicy} as the portal's policy. */
export const permissionPolicyModule = createBackendModule({
  pluginId: 'permission',
  moduleId: 'restricted-label-policy',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        policy: policyExtensionPoint,
      },
      async init({ config, policy }) {
        const permissions = config.getOptionalConfig('portal.permissions');
        policy.setPolicy(
          new RestrictedLabelPolicy(
            permissions?.getOptionalBoolean('allowAll')
              ? undefined
              : permissions?.getOptionalString('restrictedLabel'),
          ),
        );
      },
    });
  },
});

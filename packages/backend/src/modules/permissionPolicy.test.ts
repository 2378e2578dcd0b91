import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import {
  AuthorizeResult,
  createPermission,
} from '@backstage/plugin-permission-common';
import { RestrictedLabelPolicy } from './permissionPolicy';

const user = {
  identity: {
    type: 'user' as const,
    userEntityRef: 'user:default/ana',
    ownershipEntityRefs: ['user:default/ana', 'group:default/team-a'],
  },
  info: {
    userEntityRef: 'user:default/ana',
    ownershipEntityRefs: ['user:default/ana', 'group:default/team-a'],
  },
  token: 'token',
  credentials: {} as any,
};

describe('RestrictedLabelPolicy', () => {
  it('lets owners alone read entities with the restricted label', async () => {
    const decision = await new RestrictedLabelPolicy(
      'portal.example/restricted',
    ).handle({ permission: catalogEntityReadPermission }, user);
    expect(decision).toEqual({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'catalog',
      resourceType: 'catalog-entity',
      conditions: {
        anyOf: [
          {
            not: {
              rule: 'HAS_LABEL',
              resourceType: 'catalog-entity',
              params: { label: 'portal.example/restricted' },
            },
          },
          {
            rule: 'IS_ENTITY_OWNER',
            resourceType: 'catalog-entity',
            params: { claims: ['user:default/ana', 'group:default/team-a'] },
          },
        ],
      },
    });
  });

  it('allows everything else, and everything without a label configured', async () => {
    const other = createPermission({
      name: 'data-mesh.refresh',
      attributes: { action: 'update' },
    });
    expect(
      await new RestrictedLabelPolicy('x').handle({ permission: other }, user),
    ).toEqual({ result: AuthorizeResult.ALLOW });
    expect(
      await new RestrictedLabelPolicy(undefined).handle(
        { permission: catalogEntityReadPermission },
        user,
      ),
    ).toEqual({ result: AuthorizeResult.ALLOW });
  });
});

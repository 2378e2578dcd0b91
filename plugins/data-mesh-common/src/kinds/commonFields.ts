/*
 * The reference fields that several data-mesh kinds share, described once.
 */
import {
  RELATION_HAS_PART,
  RELATION_OWNED_BY,
  RELATION_OWNER_OF,
  RELATION_PART_OF,
} from '@backstage/catalog-model';
import {
  RELATION_CAPABILITY_REQUIRED_BY,
  RELATION_REQUIRES_CAPABILITY,
} from '../relations';
import type { DataMeshReferenceField } from './descriptor';

/** `spec.owner`: a group by default, or a user; Backstage's ownership. */
export const ownerField: DataMeshReferenceField = {
  path: 'spec.owner',
  defaultKind: 'Group',
  allowedKinds: ['Group', 'User'],
  relation: RELATION_OWNED_BY,
  reverseRelation: RELATION_OWNER_OF,
};

/** `spec.domain`: the Backstage Domain the entity is part of. */
export const domainField: DataMeshReferenceField = {
  path: 'spec.domain',
  defaultKind: 'Domain',
  allowedKinds: ['Domain'],
  relation: RELATION_PART_OF,
  reverseRelation: RELATION_HAS_PART,
};

/** `spec.requiresCapabilities`: the platform capabilities it needs. */
export const capabilitiesField: DataMeshReferenceField = {
  path: 'spec.requiresCapabilities[]',
  defaultKind: 'PlatformCapability',
  allowedKinds: ['PlatformCapability'],
  relation: RELATION_REQUIRES_CAPABILITY,
  reverseRelation: RELATION_CAPABILITY_REQUIRED_BY,
};

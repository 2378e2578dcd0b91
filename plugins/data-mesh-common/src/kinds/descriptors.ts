/*
 * Every data-mesh kind's descriptor, for the code that handles all kinds
 * alike: it looks a kind up here instead of branching on its name.
 */
import type { Entity } from '@backstage/catalog-model';
import { dataProductKindDescriptor } from './DataProduct.v1alpha1';
import { platformCapabilityKindDescriptor } from './PlatformCapability.v1alpha1';
import { useCaseKindDescriptor } from './UseCase.v1alpha1';
import { DATA_MESH_API_VERSION, DataMeshKind } from './constants';
import type { DataMeshKindDescriptor } from './descriptor';

/**
 * The descriptor of each data-mesh kind, in the order of
 * {@link DATA_MESH_KINDS}.
 *
 * @public
 */
export const DATA_MESH_KIND_DESCRIPTORS: readonly DataMeshKindDescriptor[] = [
  dataProductKindDescriptor,
  useCaseKindDescriptor,
  platformCapabilityKindDescriptor,
];

const byKind = new Map<string, DataMeshKindDescriptor>(
  DATA_MESH_KIND_DESCRIPTORS.map(d => [d.kind.toLocaleLowerCase('en-US'), d]),
);

/**
 * The descriptor of a data-mesh kind, by its exact name.
 *
 * @public
 */
export function dataMeshKindDescriptor(
  kind: DataMeshKind,
): DataMeshKindDescriptor {
  return byKind.get(kind.toLocaleLowerCase('en-US'))!;
}

/**
 * The descriptor of the entity's kind, when it is a data-mesh entity: its
 * apiVersion is this project's and its kind one of the data-mesh kinds in
 * any letter case, as the kind modules' type guards decide.
 *
 * @public
 */
export function dataMeshKindDescriptorOf(
  entity: Entity,
): DataMeshKindDescriptor | undefined {
  if (entity.apiVersion !== DATA_MESH_API_VERSION) return undefined;
  return byKind.get(entity.kind.toLocaleLowerCase('en-US'));
}

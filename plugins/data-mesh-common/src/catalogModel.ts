import {
  RELATION_DEPENDENCY_OF,
  RELATION_DEPENDS_ON,
  RELATION_HAS_PART,
  RELATION_OWNED_BY,
  RELATION_OWNER_OF,
  RELATION_PART_OF,
} from '@backstage/catalog-model';
import {
  CatalogModelKindRelationFieldDefinition,
  CatalogModelKindVersionDefinition,
  CatalogModelLayer,
  createCatalogModelLayer,
} from '@backstage/catalog-model/alpha';
import { dataProductEntityV1alpha1Schema } from './kinds/DataProduct.v1alpha1';
import { platformCapabilityEntityV1alpha1Schema } from './kinds/PlatformCapability.v1alpha1';
import { useCaseEntityV1alpha1Schema } from './kinds/UseCase.v1alpha1';
import {
  ANNOTATION_DATA_MESH_PHASE,
  ANNOTATION_DATA_MESH_PHASE_REASON,
  DATA_MESH_API_GROUP,
} from './kinds/constants';
import {
  RELATION_CAPABILITY_REQUIRED_BY,
  RELATION_CONSUMES_DATA_PRODUCT,
  RELATION_DATA_PRODUCT_CONSUMED_BY,
  RELATION_IMPLEMENTED_BY,
  RELATION_IMPLEMENTS_CAPABILITY,
  RELATION_REQUIRES_CAPABILITY,
} from './relations';

type KindSchema = CatalogModelKindVersionDefinition['schema']['jsonSchema'];

// Our schemas carry `x-expected`, a phrase for this package's messages. The
// catalog compiles model schemas in Ajv's strict mode, which refuses keywords
// it does not know, so the layer's copy goes without them.
function withoutMessagePhrases(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutMessagePhrases);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'x-expected')
      .map(([key, inner]) => [key, withoutMessagePhrases(inner)]),
  );
}

/**
 * The part of a shipped entity schema that a model layer declares: `spec`.
 * The catalog generates `apiVersion`, `kind` and `metadata` itself.
 */
function specSchemaOf(schema: object): KindSchema {
  const { description, properties } = schema as {
    description: string;
    properties: { spec: object };
  };
  return {
    type: 'object',
    description,
    required: ['spec'],
    properties: { spec: withoutMessagePhrases(properties.spec) as KindSchema },
  };
}

const owner: CatalogModelKindRelationFieldDefinition = {
  selector: { path: 'spec.owner' },
  relation: RELATION_OWNED_BY,
  defaultKind: 'Group',
  defaultNamespace: 'inherit',
  allowedKinds: ['Group', 'User'],
};

const domain: CatalogModelKindRelationFieldDefinition = {
  selector: { path: 'spec.domain' },
  relation: RELATION_PART_OF,
  defaultKind: 'Domain',
  defaultNamespace: 'inherit',
  allowedKinds: ['Domain'],
};

const requiredCapabilities: CatalogModelKindRelationFieldDefinition = {
  selector: { path: 'spec.requiresCapabilities' },
  relation: RELATION_REQUIRES_CAPABILITY,
  defaultKind: 'PlatformCapability',
  defaultNamespace: 'inherit',
  allowedKinds: ['PlatformCapability'],
};

/**
 * The catalog model layer of the `DataProduct`, `UseCase` and
 * `PlatformCapability` kinds: their `spec` schemas (the shipped JSON
 * Schemas), the reference fields that imply relations, every relation the
 * kinds take part in, and the data-mesh annotations of a `Domain`.
 *
 * @remarks
 *
 * The layer describes the kinds to a catalog that uses catalog model layers;
 * it does not replace the catalog module's processor. The processor still
 * checks what a schema cannot say (reference formats, unique port names,
 * input port sources, entity links being http(s) URLs) and emits the
 * relations written inside objects or with a port suffix: lineage from
 * `spec.inputPorts[].dataProduct` (`dependsOn`) and use cases' `spec.consumes`
 * (`ref#port`). The layer declares those relation pairs, but has no
 * reference field for them.
 *
 * @alpha
 */
export const dataMeshCatalogModelLayer: CatalogModelLayer =
  createCatalogModelLayer({
    layerId: `${DATA_MESH_API_GROUP}/data-mesh-kinds`,
    builder: model => {
      model.addKind({
        group: DATA_MESH_API_GROUP,
        names: {
          kind: 'DataProduct',
          singular: 'dataproduct',
          plural: 'dataproducts',
        },
        description:
          'Data served through output ports, owned by a team in a domain.',
        versions: [
          {
            name: 'v1alpha1',
            relationFields: [owner, domain, requiredCapabilities],
            schema: {
              jsonSchema: specSchemaOf(dataProductEntityV1alpha1Schema),
            },
          },
        ],
      });
      model.addKind({
        group: DATA_MESH_API_GROUP,
        names: { kind: 'UseCase', singular: 'usecase', plural: 'usecases' },
        description:
          'A piece of work that consumes data products and needs platform capabilities.',
        versions: [
          {
            name: 'v1alpha1',
            relationFields: [owner, domain, requiredCapabilities],
            schema: { jsonSchema: specSchemaOf(useCaseEntityV1alpha1Schema) },
          },
        ],
      });
      model.addKind({
        group: DATA_MESH_API_GROUP,
        names: {
          kind: 'PlatformCapability',
          singular: 'platformcapability',
          plural: 'platformcapabilities',
        },
        description: 'A capability of the self-serve data platform.',
        versions: [
          {
            name: 'v1alpha1',
            relationFields: [
              owner,
              {
                selector: { path: 'spec.implementedBy' },
                relation: RELATION_IMPLEMENTED_BY,
                defaultNamespace: 'inherit',
                allowedKinds: ['Component', 'Resource', 'API'],
              },
            ],
            schema: {
              jsonSchema: specSchemaOf(platformCapabilityEntityV1alpha1Schema),
            },
          },
        ],
      });

      // Backstage's own relations, extended to the data-mesh kinds.
      model.updateRelationPair({
        fromKind: ['DataProduct', 'UseCase', 'PlatformCapability'],
        toKind: ['Group', 'User'],
        forward: { type: RELATION_OWNED_BY },
        reverse: { type: RELATION_OWNER_OF },
      });
      model.updateRelationPair({
        fromKind: ['DataProduct', 'UseCase'],
        toKind: 'Domain',
        forward: { type: RELATION_PART_OF },
        reverse: { type: RELATION_HAS_PART },
      });
      model.updateRelationPair({
        fromKind: 'DataProduct',
        toKind: 'DataProduct',
        forward: { type: RELATION_DEPENDS_ON },
        reverse: { type: RELATION_DEPENDENCY_OF },
      });

      // The relations Backstage has no word for.
      model.addRelationPair({
        fromKind: 'UseCase',
        toKind: 'DataProduct',
        description:
          'A use case consumes a data product, or one of its output ports.',
        forward: { type: RELATION_CONSUMES_DATA_PRODUCT, title: 'consumes' },
        reverse: {
          type: RELATION_DATA_PRODUCT_CONSUMED_BY,
          title: 'consumed by',
        },
      });
      model.addRelationPair({
        fromKind: ['DataProduct', 'UseCase'],
        toKind: 'PlatformCapability',
        description:
          'A data product or use case needs a capability of the data platform.',
        forward: { type: RELATION_REQUIRES_CAPABILITY, title: 'requires' },
        reverse: {
          type: RELATION_CAPABILITY_REQUIRED_BY,
          title: 'required by',
        },
      });
      model.addRelationPair({
        fromKind: 'PlatformCapability',
        toKind: ['Component', 'Resource', 'API'],
        description:
          'A platform capability is provided by a component, resource or API.',
        forward: { type: RELATION_IMPLEMENTED_BY, title: 'implemented by' },
        reverse: { type: RELATION_IMPLEMENTS_CAPABILITY, title: 'implements' },
      });

      model.addAnnotation({
        name: ANNOTATION_DATA_MESH_PHASE,
        title: 'Declared data-mesh phase',
        description:
          'On a Domain, or a Group that is a business unit: the adoption phase (bootstrap, scale or exploit) declared for it, overriding the computed one.',
      });
      model.addAnnotation({
        name: ANNOTATION_DATA_MESH_PHASE_REASON,
        title: 'Reason for the declared phase',
        description:
          'On a Domain or business-unit Group: why its phase was declared; needs the phase annotation.',
      });
    },
  });

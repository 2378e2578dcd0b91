import {
  RELATION_API_CONSUMED_BY,
  RELATION_CONSUMES_API,
} from '@backstage/catalog-model';
import {
  CatalogModelKindRelationFieldDefinition,
  CatalogModelLayer,
  CatalogModelKindVersionDefinition,
  createCatalogModelLayer,
} from '@backstage/catalog-model/alpha';
import {
  ANNOTATION_DATA_MESH_PHASE,
  ANNOTATION_DATA_MESH_PHASE_REASON,
  DATA_MESH_API_GROUP,
} from './kinds/constants';
import type {
  DataMeshKindDescriptor,
  DataMeshReferenceField,
} from './kinds/descriptor';
import { DATA_MESH_KIND_DESCRIPTORS } from './kinds/descriptors';
import {
  DATA_MESH_RELATION_PAIRS,
  RELATION_CONSUMES_DATA_PRODUCT,
  RELATION_IMPLEMENTED_BY,
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

/**
 * A reference field the layer can declare: a field or a list of plain
 * references. References inside list items, or with a port suffix, have no
 * selector; the catalog module's processor emits those.
 */
function relationFieldOf(
  field: DataMeshReferenceField,
): CatalogModelKindRelationFieldDefinition | undefined {
  const path = field.path.replace(/\[\]$/, '');
  if (path.includes('[]') || field.portSuffix) return undefined;
  return {
    selector: { path },
    relation: field.relation,
    ...(field.defaultKind ? { defaultKind: field.defaultKind } : {}),
    defaultNamespace: 'inherit',
    allowedKinds: [...field.allowedKinds],
  };
}

/** Each relation pair the kinds imply, with the kinds on either side. */
function relationPairsOf(descriptors: readonly DataMeshKindDescriptor[]) {
  const pairs = new Map<
    string,
    { field: DataMeshReferenceField; fromKind: string[] }
  >();
  for (const { kind, referenceFields } of descriptors) {
    for (const field of referenceFields) {
      const pair = pairs.get(field.relation);
      if (pair) pair.fromKind.push(kind);
      else pairs.set(field.relation, { field, fromKind: [kind] });
    }
  }
  return [...pairs.values()];
}

// What the catalog shows of the relations Backstage has no word for.
const RELATION_WORDS: Record<
  string,
  { description: string; forward: string; reverse: string }
> = {
  [RELATION_CONSUMES_DATA_PRODUCT]: {
    description:
      'A use case consumes a data product, or one of its output ports.',
    forward: 'consumes',
    reverse: 'consumed by',
  },
  [RELATION_REQUIRES_CAPABILITY]: {
    description:
      'A data product or use case needs a capability of the data platform.',
    forward: 'requires',
    reverse: 'required by',
  },
  [RELATION_IMPLEMENTED_BY]: {
    description:
      'A platform capability is provided by a component, resource or API.',
    forward: 'implemented by',
    reverse: 'implements',
  },
};

const OWN_RELATIONS = new Set(DATA_MESH_RELATION_PAIRS.map(([r]) => r));

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
 * `spec.inputPorts[].dataProduct` (`dependsOn`), use cases' `spec.consumes`
 * (`ref#port`), the ports' contract APIs (`providesApi`) and the contract
 * APIs consumers read through a port (`consumesApi`). The layer declares
 * those relation pairs, but has no reference field for them.
 *
 * @alpha
 */
export const dataMeshCatalogModelLayer: CatalogModelLayer =
  createCatalogModelLayer({
    layerId: `${DATA_MESH_API_GROUP}/data-mesh-kinds`,
    builder: model => {
      for (const descriptor of DATA_MESH_KIND_DESCRIPTORS) {
        model.addKind({
          group: DATA_MESH_API_GROUP,
          names: { kind: descriptor.kind, ...descriptor.names },
          description: descriptor.description,
          versions: [
            {
              name: 'v1alpha1',
              relationFields: descriptor.referenceFields
                .map(relationFieldOf)
                .filter(f => f !== undefined),
              schema: { jsonSchema: specSchemaOf(descriptor.schema) },
            },
          ],
        });
      }
      for (const { field, fromKind } of relationPairsOf(
        DATA_MESH_KIND_DESCRIPTORS,
      )) {
        const toKind = [...field.allowedKinds];
        if (!OWN_RELATIONS.has(field.relation)) {
          // Backstage's own relations, extended to the data-mesh kinds.
          model.updateRelationPair({
            fromKind,
            toKind,
            forward: { type: field.relation },
            reverse: { type: field.reverseRelation },
          });
        } else {
          const words = RELATION_WORDS[field.relation];
          model.addRelationPair({
            fromKind,
            toKind,
            description: words.description,
            forward: { type: field.relation, title: words.forward },
            reverse: { type: field.reverseRelation, title: words.reverse },
          });
        }
      }
      // A consumer of a data product's port consumes the port's contract
      // API. No field of the consumer names that API (the catalog module
      // reads it off the product), so no reference field declares the pair.
      model.updateRelationPair({
        fromKind: DATA_MESH_KIND_DESCRIPTORS.filter(d =>
          d.referenceFields.some(f => f.portSuffix || f.portField),
        ).map(d => d.kind),
        toKind: ['API'],
        forward: { type: RELATION_CONSUMES_API },
        reverse: { type: RELATION_API_CONSUMED_BY },
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

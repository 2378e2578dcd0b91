/*
 * What a data-mesh kind is made of, as data: the fields that refer to other
 * entities and the relations they imply, the kind's own checks, and what
 * search indexes. The validator, the catalog processor, the catalog model
 * layer, the portfolio facts and the search document all read a kind's
 * descriptor, so that a kind is described in its own module only.
 */
import type { CompoundEntityRef } from '@backstage/catalog-model';
import { parseFieldRef, RefContext, splitPortRef } from '../refs';
import type { ValidationProblem } from '../validation/problems';
import type { DataMeshKind } from './constants';

/**
 * A field of a data-mesh kind that refers to other entities, and the
 * relation pair each reference implies.
 *
 * @public
 */
export interface DataMeshReferenceField {
  /**
   * Where the references are written, `[]` marking a list:
   * `spec.owner`, `spec.requiresCapabilities[]`, or a field of each item
   * of a list, `spec.inputPorts[].dataProduct`.
   */
  readonly path: string;
  /** The kind a reference without one refers to; none: the kind is required. */
  readonly defaultKind?: string;
  /** The kinds a reference may name. */
  readonly allowedKinds: readonly string[];
  /** The relation from the entity to the entity referred to. */
  readonly relation: string;
  /** The relation back, from the entity referred to. */
  readonly reverseRelation: string;
  /**
   * True when a reference may end in `#port`, naming one output port of a
   * data product; several ports of one product are one relation.
   */
  readonly portSuffix?: boolean;
  /**
   * The field beside this one, in the same list item, that names one output
   * port of the data product referred to: `port` beside
   * `spec.inputPorts[].dataProduct`. Without it, the whole product is read.
   */
  readonly portField?: string;
}

/**
 * What Backstage search indexes of a kind, besides what every kind has
 * (title, name, description, owner, domain, tags). Each is a path as in
 * {@link DataMeshReferenceField.path}.
 *
 * @public
 */
export interface DataMeshSearchFields {
  /** Readable text, indexed before the keywords; the first is the summary when `metadata.description` is empty. */
  readonly prose: readonly string[];
  /** Names a person may search for. */
  readonly keywords: readonly string[];
  /** Fields a search result shows and filters on. */
  readonly facets: Readonly<
    Partial<Record<'type' | 'lifecycle' | 'status' | 'category', string>>
  >;
}

/**
 * One data-mesh kind, described once in its own module.
 *
 * @public
 */
export interface DataMeshKindDescriptor {
  /** The kind's name. */
  readonly kind: DataMeshKind;
  /** Its lower-case names, as a catalog model declares them. */
  readonly names: { readonly singular: string; readonly plural: string };
  /** What an entity of the kind is, in one sentence. */
  readonly description: string;
  /** The kind's JSON Schema, as shipped. */
  readonly schema: object;
  /** Its reference fields, in the order relations are emitted. */
  readonly referenceFields: readonly DataMeshReferenceField[];
  /**
   * The kind's own checks of what neither its schema nor its references
   * say, over a `spec` that may be malformed (the schema reports that).
   */
  checkSpec(spec: Record<string, unknown>): ValidationProblem[];
  /** What search indexes of the kind. */
  readonly search: DataMeshSearchFields;
}

/**
 * A value found at a path, with the concrete path it was found at
 * (`spec.inputPorts[2].dataProduct`).
 *
 * @public
 */
export interface DataMeshFieldValue {
  /** The path with list indexes, as a problem names it. */
  path: string;
  /** What is written there; not a string when the entity is malformed. */
  value: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Every value written at a path of an entity, skipping what is missing or
 * of an unexpected shape (a list that is not one, an item that is not an
 * object): the schema reports those.
 *
 * @public
 */
export function valuesAtPath(
  entity: unknown,
  path: string,
): DataMeshFieldValue[] {
  let found: DataMeshFieldValue[] = [{ path: '', value: entity }];
  for (const segment of path.split('.')) {
    const list = segment.endsWith('[]');
    const key = list ? segment.slice(0, -2) : segment;
    found = found.flatMap(({ path: at, value }) => {
      if (!isRecord(value) || value[key] === undefined) return [];
      const here = at ? `${at}.${key}` : key;
      const inner = value[key];
      if (!list) return [{ path: here, value: inner }];
      return Array.isArray(inner)
        ? inner.map((item, i) => ({ path: `${here}[${i}]`, value: item }))
        : [];
    });
  }
  return found;
}

/**
 * The entity a reference written in a field refers to, the field's default
 * kind and the referring entity's namespace applied, a `#port` part
 * dropped. Throws a TypeError for a malformed reference.
 *
 * @public
 */
export function parseFieldReference(
  field: DataMeshReferenceField,
  value: string,
  context?: RefContext,
): CompoundEntityRef {
  const written = field.portSuffix ? splitPortRef(value).ref : value;
  return parseFieldRef(written, field.defaultKind, context);
}

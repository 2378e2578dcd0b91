/*
 * What Backstage search indexes of a DataProduct, UseCase or
 * PlatformCapability. The catalog collator calls its entity transformer for
 * every entity and one failure would end the whole indexing run, so nothing
 * here throws: a field of an unexpected shape is left out instead.
 */
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import type { CatalogEntityDocument } from '@backstage/plugin-catalog-common';
import {
  DataMeshKindDescriptor,
  dataMeshKindDescriptorOf,
  parseFieldReference,
  refContextOf,
  valuesAtPath,
} from '@data-mesh-portfolio/plugin-data-mesh-common';

/**
 * The search document of a data-mesh entity: the catalog collator's
 * document (so the catalog's own result item and filters keep working) with
 * the fields a data-mesh result shows. A field that does not apply to the
 * kind is the empty string, as the catalog collator does for its own.
 *
 * @public
 */
export type DataMeshSearchDocument = Omit<
  CatalogEntityDocument,
  'location' | 'authorization'
> & {
  /**
   * Everything a person may search for besides the title: the name, the
   * descriptions, the domain's name, port names, personas, category, tags.
   */
  text: string;
  /**
   * What a result shows under the title: `metadata.description`, else a
   * data product's purpose.
   */
  summary: string;
  /** A data product's archetype (`spec.type`); `componentType` is the same. */
  type: string;
  /** A data product's lifecycle. */
  lifecycle: string;
  /** `spec.owner` as written, as the catalog collator indexes it. */
  owner: string;
  /** The domain's full entity ref, e.g. `domain:default/orders`. */
  domain: string;
  /** A use case's or platform capability's status. */
  status: string;
  /** A platform capability's category. */
  category: string;
};

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** The strings written at each path, skipping anything else. */
function textsAt(entity: Entity, paths: readonly string[]): string[] {
  return paths.flatMap(path =>
    valuesAtPath(entity, path)
      .map(({ value }) => text(value))
      .filter(Boolean),
  );
}

/** A domain ref in full, and the words a person knows the domain by. */
function domainOf(
  entity: Entity,
  descriptor: DataMeshKindDescriptor,
): { ref: string; words: string } {
  const field = descriptor.referenceFields.find(f => f.path === 'spec.domain');
  const written = field ? text(entity.spec?.domain) : '';
  if (!field || !written) {
    return { ref: '', words: '' };
  }
  try {
    const ref = parseFieldReference(field, written, refContextOf(entity));
    return { ref: stringifyEntityRef(ref), words: ref.name };
  } catch {
    // Not a valid ref; the catalog module rejects such entities, but the
    // words are still what the author wrote.
    return { ref: '', words: written };
  }
}

/**
 * The search document of a DataProduct, UseCase or PlatformCapability, or
 * undefined for any other entity (which the catalog's own transformer
 * handles). Meant for the catalog collator's entity transformer, falling
 * back to the catalog's own for other kinds:
 *
 * ```ts
 * collator.setEntityTransformer(
 *   entity =>
 *     toDataMeshSearchDocument(entity) ??
 *     defaultCatalogCollatorEntityTransformer(entity),
 * );
 * ```
 *
 * @public
 */
export function toDataMeshSearchDocument(
  entity: Entity,
): DataMeshSearchDocument | undefined {
  const descriptor = dataMeshKindDescriptorOf(entity);
  if (!descriptor) {
    return undefined;
  }
  const { prose, keywords, facets } = descriptor.search;
  const facet = (name: keyof typeof facets): string => {
    const path = facets[name];
    return path ? textsAt(entity, [path])[0] ?? '' : '';
  };
  const { metadata } = entity;
  const spec: Record<string, any> = entity.spec ?? {};
  const title = text(metadata.title) || metadata.name;
  const domain = domainOf(entity, descriptor);
  const type = facet('type');
  const summary =
    text(metadata.description) || (textsAt(entity, prose.slice(0, 1))[0] ?? '');
  // Readable text first: a result item that shows the text (the catalog's
  // own does) shows the descriptions before the keywords.
  const words: string[] = [
    text(metadata.description),
    ...textsAt(entity, prose),
    // The title is indexed on its own; the name is what refs and URLs use.
    title === metadata.name ? '' : metadata.name,
    domain.words,
    ...textsAt(entity, keywords),
    ...textsAt(entity, ['metadata.tags[]']),
  ];

  return {
    title,
    // A description often repeats the purpose; once is enough to be found.
    text: [...new Set(words.filter(Boolean))].join('\n'),
    summary,
    componentType: type,
    type,
    namespace: metadata.namespace ?? 'default',
    kind: entity.kind,
    lifecycle: facet('lifecycle'),
    owner: text(spec.owner),
    domain: domain.ref,
    status: facet('status'),
    category: facet('category'),
  };
}

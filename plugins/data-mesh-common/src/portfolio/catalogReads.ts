import { PORTFOLIO_ENTITY_FIELDS } from './facts';

/**
 * One stream of a full read of the catalog: which kinds, with which field
 * projection.
 *
 * @public
 */
export interface PortfolioCatalogRead {
  /** The kinds this stream reads. */
  kinds: string[];
  /** The fields the catalog answers with for them. */
  fields: string[];
}

/**
 * The fields a full read asks the data-mesh kinds and Domain for: the
 * names, title and annotations, and the whole spec (see
 * {@link PORTFOLIO_CATALOG_READS}).
 *
 * @public
 */
export const PORTFOLIO_WHOLE_SPEC_FIELDS = [
  // The fields the facts read, their spec fields in one.
  ...PORTFOLIO_ENTITY_FIELDS.filter(field => !field.startsWith('spec.')),
  'spec',
];

/**
 * How a full read asks the catalog for the portfolio's entities, in two
 * streams that together read every kind of `PORTFOLIO_ENTITY_KINDS` once.
 *
 * The catalog projects each entity field by field, and projecting the 23
 * fields of {@link PORTFOLIO_ENTITY_FIELDS} cost it more than parsing and
 * serialising the entities. The data-mesh kinds' schemas allow only a few
 * small spec fields besides those, and a Domain's spec is small: those
 * kinds are read with their whole spec, in seven fields. Groups (whose spec
 * lists members) and APIs (whose spec holds a contract's definition) keep
 * the narrow projection.
 *
 * @public
 */
export const PORTFOLIO_CATALOG_READS: PortfolioCatalogRead[] = [
  {
    kinds: ['Domain', 'DataProduct', 'UseCase', 'PlatformCapability'],
    fields: PORTFOLIO_WHOLE_SPEC_FIELDS,
  },
  { kinds: ['Group', 'API'], fields: PORTFOLIO_ENTITY_FIELDS },
];

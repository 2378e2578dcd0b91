import {
  Entity,
  getCompoundEntityRef,
  isApiEntity,
  isDomainEntity,
  isGroupEntity,
} from '@backstage/catalog-model';
import {
  ANNOTATION_DATA_MESH_PHASE,
  ANNOTATION_DATA_MESH_PHASE_REASON,
  CapabilityStatus,
  DataMeshKind,
  DataMeshPhase,
  DataProductLifecycle,
  Level,
  UseCaseStatus,
} from '../kinds/constants';
import {
  DataMeshKindDescriptor,
  parseFieldReference,
  valuesAtPath,
} from '../kinds/descriptor';
import { dataMeshKindDescriptorOf } from '../kinds/descriptors';
import {
  normalizeEntityRef,
  RefContext,
  refContextOf,
  resolveDomainRef,
  resolveOwnerRef,
} from '../refs';
import type { DeclaredPhase } from '../api/types';
import { validatePhaseAnnotations } from '../validation/validateEntity';

/*
 * Plain facts the portfolio logic works on: only what phase and demand need,
 * with every reference already normalised (`kind:namespace/name`, lower
 * case), so that the logic is a set of plain functions over plain data.
 */

/**
 * A Domain as the portfolio sees it.
 *
 * @public
 */
export interface DomainFacts {
  /** The domain's ref. */
  ref: string;
  /** The domain's title, or its name. */
  title: string;
  /** The domain's `spec.type`, when set. */
  archetype: string | null;
  /** The domain's owner ref, when set. */
  owner: string | null;
  /** The parent domain's ref, when set. */
  subdomainOf: string | null;
  /** The phase declared by the domain's annotations, when set. */
  declared: DeclaredPhase | null;
}

/**
 * A DataProduct as the portfolio sees it.
 *
 * @public
 */
export interface DataProductFacts {
  /** The data product's ref. */
  ref: string;
  /** The data product's title, or its name. */
  title: string;
  /** The ref of the domain it belongs to. */
  domain: string;
  /** The ref of its owner. */
  owner: string;
  /** Its lifecycle; only `active` products count as adoption. */
  lifecycle: DataProductLifecycle;
  /** Upstream data products read through input ports. */
  upstream: string[];
  /** Refs of the platform capabilities it requires itself. */
  requiresCapabilities: string[];
  /**
   * The API entity each output port names as its contract
   * (`contract.api`), once per port: two ports naming one API list it
   * twice. Absent in facts built before ports named them.
   */
  portContracts?: string[];
  /** How many output ports it has; absent in facts built before. */
  outputPorts?: number;
}

/**
 * A UseCase as the portfolio sees it.
 *
 * @public
 */
export interface UseCaseFacts {
  /** The use case's ref. */
  ref: string;
  /** The use case's title, or its name. */
  title: string;
  /** The ref of the domain it belongs to, when set. */
  domain: string | null;
  /** Its status; only committed and live use cases are real demand. */
  status: UseCaseStatus;
  /** The personas it serves. */
  personas: string[];
  /** Its value, when set. */
  value: Level | null;
  /** Its complexity, when set. */
  complexity: Level | null;
  /** Consumed data products (the `#port` part dropped). */
  consumes: string[];
  /** Refs of the platform capabilities it requires itself. */
  requiresCapabilities: string[];
}

/**
 * A PlatformCapability as the portfolio sees it.
 *
 * @public
 */
export interface CapabilityFacts {
  /** The capability's ref. */
  ref: string;
  /** The capability's title, or its name. */
  title: string;
  /** The capability's status. */
  status: CapabilityStatus;
  /** The capability's category, when set. */
  category: string | null;
}

/**
 * An API entity, as a data product's port may name it as its contract.
 *
 * @public
 */
export interface ApiFacts {
  /** The API's ref. */
  ref: string;
  /** Its `spec.type`, e.g. `odcs` for a data contract. */
  type: string | null;
}

/**
 * A Group and its place in the group tree, for the ownership chain and
 * business-unit scopes.
 *
 * @public
 */
export interface GroupFacts {
  /** The group's ref. */
  ref: string;
  /**
   * The group's title: `metadata.title`, else its profile's display name,
   * else its name.
   */
  title: string;
  /** The parent group's ref, when it has one. */
  parent: string | null;
  /**
   * The child groups it declares in `spec.children`. Kept because the
   * `childOf` chain may be declared on either side: a team may name its
   * unit as parent, or only the unit may list the team as a child.
   */
  children: string[];
  /**
   * The phase declared by the group's annotations, when set; it counts
   * only when the group is a business unit. Absent in facts built before
   * groups could declare one.
   */
  declared?: DeclaredPhase | null;
}

/**
 * Everything the portfolio is computed from.
 *
 * @public
 */
export interface PortfolioFacts {
  /** Every Domain. */
  domains: DomainFacts[];
  /** Every DataProduct. */
  dataProducts: DataProductFacts[];
  /** Every UseCase. */
  useCases: UseCaseFacts[];
  /** Every PlatformCapability. */
  capabilities: CapabilityFacts[];
  /** Every Group, for ownership below a domain's owner. */
  groups: GroupFacts[];
  /**
   * Every API entity, so that a port's contract can be found. Absent in
   * facts built before contracts were read: nothing is then known of them.
   */
  apis?: ApiFacts[];
}

/**
 * The kinds the portfolio is computed from.
 *
 * @public
 */
export const PORTFOLIO_ENTITY_KINDS = [
  'Domain',
  'DataProduct',
  'UseCase',
  'PlatformCapability',
  'Group',
  'API',
];

/**
 * The only entity fields {@link addEntityToFacts} reads: the field
 * projection to read the catalog with, so that large catalogs stream small
 * pages (specs of other kinds, descriptions and relations stay behind).
 *
 * @public
 */
export const PORTFOLIO_ENTITY_FIELDS = [
  'apiVersion',
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'metadata.annotations',
  'spec.type',
  'spec.owner',
  'spec.domain',
  'spec.subdomainOf',
  'spec.parent',
  'spec.children',
  'spec.lifecycle',
  'spec.status',
  'spec.category',
  'spec.personas',
  'spec.value',
  'spec.complexity',
  'spec.consumes',
  'spec.requiresCapabilities',
  'spec.inputPorts',
  'spec.outputPorts',
  'spec.profile.displayName',
];

/**
 * An empty set of facts, to add entities to.
 *
 * @public
 */
export function emptyFacts(): PortfolioFacts {
  return {
    domains: [],
    dataProducts: [],
    useCases: [],
    capabilities: [],
    groups: [],
    apis: [],
  };
}

function titleOf(entity: Entity): string {
  return entity.metadata.title ?? entity.metadata.name;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

// The catalog ingests a Group whose phase annotations are invalid (a group
// carries identity, so its data-mesh meaning must not hold it back); such
// annotations declare nothing rather than half of what they meant.
function declaredPhaseOf(entity: Entity): DeclaredPhase | null {
  const annotations = entity.metadata.annotations ?? {};
  const phase = annotations[ANNOTATION_DATA_MESH_PHASE];
  if (phase === undefined || validatePhaseAnnotations(entity).length > 0) {
    return null;
  }
  return {
    phase: phase as DataMeshPhase,
    reason: annotations[ANNOTATION_DATA_MESH_PHASE_REASON] ?? null,
  };
}

function tryRef(resolve: () => string): string | null {
  try {
    return resolve();
  } catch {
    return null;
  }
}

/** The strings of a list resolved, each once; what fails is left out. */
function resolveAll(
  values: unknown,
  resolve: (value: string) => string,
  eachTime = false,
): string[] {
  const resolved = (Array.isArray(values) ? values : [])
    .filter((v): v is string => typeof v === 'string')
    .map(v => tryRef(() => resolve(v)))
    .filter((v): v is string => v !== null);
  return eachTime ? resolved : unique(resolved);
}

/**
 * The entities a reference field of the kind names, normalised, each once
 * (or each time it is named, with `eachTime`); a reference that cannot be
 * parsed is left out.
 */
function referencesAt(
  entity: Entity,
  descriptor: DataMeshKindDescriptor,
  context: RefContext,
): ReferencesAt {
  return (path, { eachTime = false } = {}) => {
    const field = descriptor.referenceFields.find(f => f.path === path);
    if (!field) {
      throw new Error(`${descriptor.kind} has no reference field ${path}`);
    }
    return resolveAll(
      valuesAtPath(entity, path).map(({ value }) => value),
      v => normalizeEntityRef(parseFieldReference(field, v, context)),
      eachTime,
    );
  };
}

type ReferencesAt = (
  path: string,
  options?: { eachTime?: boolean },
) => string[];

type KindFacts = (
  facts: PortfolioFacts,
  entity: { ref: string; title: string; spec: Record<string, any> },
  refsAt: ReferencesAt,
) => void;

// What the portfolio keeps of each data-mesh kind; its references are read
// as the kind's descriptor says.
const KIND_FACTS: Record<DataMeshKind, KindFacts> = {
  DataProduct: (facts, { ref, title, spec }, refsAt) =>
    facts.dataProducts.push({
      ref,
      title,
      domain: refsAt('spec.domain')[0] ?? '',
      owner: refsAt('spec.owner')[0] ?? '',
      lifecycle: spec.lifecycle,
      upstream: refsAt('spec.inputPorts[].dataProduct'),
      requiresCapabilities: refsAt('spec.requiresCapabilities[]'),
      portContracts: refsAt('spec.outputPorts[].contract.api', {
        eachTime: true,
      }),
      outputPorts: Array.isArray(spec.outputPorts)
        ? spec.outputPorts.length
        : 0,
    }),
  UseCase: (facts, { ref, title, spec }, refsAt) =>
    facts.useCases.push({
      ref,
      title,
      domain: refsAt('spec.domain')[0] ?? null,
      status: spec.status,
      personas: unique(spec.personas ?? []),
      value: spec.value ?? null,
      complexity: spec.complexity ?? null,
      consumes: refsAt('spec.consumes[]'),
      requiresCapabilities: refsAt('spec.requiresCapabilities[]'),
    }),
  PlatformCapability: (facts, { ref, title, spec }) =>
    facts.capabilities.push({
      ref,
      title,
      status: spec.status,
      category: spec.category ?? null,
    }),
};

/**
 * Adds one catalog entity to the facts; entities of other kinds are ignored.
 * Entities reach here already validated by the catalog, but a reference that
 * cannot be parsed is dropped rather than failing the whole computation.
 *
 * @public
 */
export function addEntityToFacts(facts: PortfolioFacts, entity: Entity): void {
  const ref = normalizeEntityRef(getCompoundEntityRef(entity));
  const context = refContextOf(entity);
  const descriptor = dataMeshKindDescriptorOf(entity);
  if (descriptor) {
    KIND_FACTS[descriptor.kind](
      facts,
      { ref, title: titleOf(entity), spec: entity.spec ?? {} },
      referencesAt(entity, descriptor, context),
    );
  } else if (isDomainEntity(entity)) {
    facts.domains.push({
      ref,
      title: titleOf(entity),
      archetype: entity.spec.type ?? null,
      owner: tryRef(() => resolveOwnerRef(entity.spec.owner, context)),
      subdomainOf: entity.spec.subdomainOf
        ? tryRef(() => resolveDomainRef(entity.spec.subdomainOf!, context))
        : null,
      declared: declaredPhaseOf(entity),
    });
  } else if (isGroupEntity(entity)) {
    facts.groups.push({
      ref,
      title:
        entity.metadata.title ??
        entity.spec.profile?.displayName ??
        entity.metadata.name,
      parent: entity.spec.parent
        ? tryRef(() => resolveOwnerRef(entity.spec.parent!, context))
        : null,
      children: resolveAll(entity.spec.children, v =>
        resolveOwnerRef(v, context),
      ),
      declared: declaredPhaseOf(entity),
    });
  } else if (isApiEntity(entity)) {
    (facts.apis ??= []).push({ ref, type: entity.spec?.type ?? null });
  }
}

/**
 * Builds the facts from catalog entities of any kinds.
 *
 * @public
 */
export function factsFromEntities(entities: Iterable<Entity>): PortfolioFacts {
  const facts = emptyFacts();
  for (const entity of entities) addEntityToFacts(facts, entity);
  return facts;
}

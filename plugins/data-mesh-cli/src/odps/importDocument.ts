import {
  DATA_MESH_API_VERSION,
  DataProductEntity,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import {
  catalogTagsOf,
  domainRefOf,
  entityNameOf,
  lifecycleOf,
  ownerRefOf,
  shortRef,
} from './mapping';
import { importInputPorts, importOutputPorts, keepPorts } from './importPorts';
import { exportOdpsDocument, portNamesOf } from './exportEntity';
import { keyOrderOf } from './keyOrder';
import { ODPS_API_VERSION } from './schema';
import {
  ABSENT,
  AbsentFields,
  KEY_ORDER,
  ODPS_ANNOTATION,
  ODPS_FIELD_ORDER,
  OdpsDocument,
  OdpsRemainder,
  isObject,
  omit,
  ordered,
} from './types';

/** Values for required catalog fields that a document may not give. */
export interface ImportOptions {
  /** `spec.domain` when the document has no usable `domain`. */
  domain?: string;
  /** `spec.owner` when the document has no usable `team.name`. */
  owner?: string;
  /**
   * The `odcs` APIs an output port's `contractId` may name: ODCS contract
   * id to the API's entity reference, written as `contract.api`.
   */
  contractApis?: ReadonlyMap<string, string>;
}

/** A required catalog field the document gives no usable value for. */
export interface MissingField {
  /** The import option that would supply it. */
  option: 'domain' | 'owner';
  /** Why, e.g. `the document has no domain`. */
  reason: string;
}

/** What {@link importOdpsDocument} made of a document. */
export type ImportResult =
  | {
      ok: true;
      entity: DataProductEntity;
      /** Things worth telling the person importing, one sentence each. */
      notes: string[];
    }
  | { ok: false; missing: MissingField[] };

export { catalogPortNames } from './importPorts';

/**
 * Turns an ODPS document (valid against the v1.0.0 schema) into a
 * `DataProduct` entity. What the model has a field for is mapped; everything
 * else, and every original value the catalog had to change, is kept in the
 * {@link ODPS_ANNOTATION} annotation, so {@link exportOdpsDocument} gives the
 * document back. Pure: no I/O.
 */
export function importOdpsDocument(
  doc: OdpsDocument,
  options: ImportOptions = {},
): ImportResult {
  const kept: OdpsRemainder = omit(
    doc,
    'apiVersion',
    'kind',
    'id',
    'name',
    'status',
    'domain',
    'description',
    'tags',
    'team',
    'inputPorts',
    'outputPorts',
  );
  const notes: string[] = [];
  const missing: MissingField[] = [];
  if (doc.apiVersion !== ODPS_API_VERSION) kept.apiVersion = doc.apiVersion;

  const name = entityNameOf(doc.id);
  if (name !== doc.id) kept.id = doc.id;

  const { lifecycle, known } = lifecycleOf(doc.status);
  if (lifecycle !== doc.status) kept.status = doc.status;
  if (!known) {
    notes.push(
      `status ${JSON.stringify(
        doc.status,
      )} is none of the model's lifecycles; ` +
        `spec.lifecycle is ${lifecycle} and the status is kept for export`,
    );
  }

  const absent: AbsentFields = {};
  const required = (
    option: MissingField['option'],
    written: unknown,
    ref: string | undefined,
    field: 'domain' | 'team.name',
    why = `the document has no ${field}`,
  ): string | undefined => {
    if (ref) return ref;
    const given = options[option];
    if (given) {
      // Recorded so that export leaves out what the document never had.
      if (written === undefined) absent[field] = given;
      return given;
    }
    missing.push({
      option,
      reason:
        written === undefined
          ? why
          : `${field} ${JSON.stringify(written)} gives no valid entity name`,
    });
    return undefined;
  };

  const domainRef =
    typeof doc.domain === 'string' ? domainRefOf(doc.domain) : undefined;
  // Kept whenever export, which writes references short, would not give
  // back what the document says.
  if (
    doc.domain !== undefined &&
    doc.domain !== shortRef(domainRef, 'domain')
  ) {
    kept.domain = doc.domain;
  }
  const domain = required('domain', doc.domain, domainRef, 'domain');

  // ODPS v0.9.0 has `team` as a list of members, which names no team: the
  // list is kept as it is and the owner must come from the command line.
  const members = Array.isArray(doc.team) ? doc.team : undefined;
  const team: Record<string, any> = isObject(doc.team) ? doc.team : {};
  const ownerRef =
    typeof team.name === 'string' ? ownerRefOf(team.name) : undefined;
  const teamKept = omit(team, 'name');
  if (team.name !== undefined && team.name !== shortRef(ownerRef, 'group')) {
    teamKept.name = team.name;
  }
  if (members) {
    kept.team = members;
  } else if (Object.keys(teamKept).length) {
    kept.team = ordered(teamKept, ['name']);
  }
  const owner = required(
    'owner',
    team.name,
    ownerRef,
    'team.name',
    members
      ? 'team is a list of members (the ODPS v0.9.0 shape), which names no team'
      : undefined,
  );
  if (Object.keys(absent).length) kept[ABSENT] = absent;

  for (const option of ['domain', 'owner'] as const) {
    if (options[option] && (option === 'domain' ? domainRef : ownerRef)) {
      notes.push(`--${option} is not used: the document gives one`);
    }
  }
  if (!domain || !owner) return { ok: false, missing };

  const metadata: DataProductEntity['metadata'] = { name };
  if (typeof doc.name === 'string') metadata.title = doc.name;
  const spec: DataProductEntity['spec'] = { owner, domain, lifecycle };

  if (isObject(doc.description)) {
    const { purpose, usage, limitations } = doc.description;
    spec.description = { purpose, usage, limitations };
    for (const key of ['purpose', 'usage', 'limitations'] as const) {
      if (spec.description[key] === undefined) delete spec.description[key];
    }
    const rest = omit(doc.description, 'purpose', 'usage', 'limitations');
    if (Object.keys(rest).length) kept.description = rest;
    // The catalog's tables show the one-line summary, not spec.description.
    const summary =
      typeof purpose === 'string' && purpose.trim().split('\n')[0];
    if (summary) metadata.description = summary;
  }

  if (Array.isArray(doc.tags)) {
    metadata.tags = catalogTagsOf(doc.tags);
    if (JSON.stringify(metadata.tags) !== JSON.stringify(doc.tags)) {
      kept.tags = doc.tags;
    }
  }

  if (Array.isArray(doc.inputPorts)) {
    const ports = importInputPorts(doc.inputPorts);
    spec.inputPorts = ports.catalog;
    keepPorts(kept, 'inputPorts', ports.kept);
  }
  if (Array.isArray(doc.outputPorts)) {
    const ports = importOutputPorts(doc.outputPorts, options.contractApis);
    spec.outputPorts = ports.catalog;
    keepPorts(kept, 'outputPorts', ports.kept);
  }

  const entity = {
    apiVersion: DATA_MESH_API_VERSION,
    kind: 'DataProduct',
    metadata,
    spec,
  } as DataProductEntity;
  annotate(entity, kept);
  // Export writes keys in the standard's order; where the document had
  // another, the order is recorded so that export gives it back.
  const exported = exportOdpsDocument(entity);
  if (exported.ok) {
    const order = keyOrderOf(doc, exported.document, portNamesOf(entity));
    if (order) annotate(entity, { ...kept, [KEY_ORDER]: order });
  }
  return { ok: true, entity, notes };
}

/** Writes what is kept into the annotation; nothing kept, no annotation. */
function annotate(entity: DataProductEntity, kept: OdpsRemainder) {
  if (!Object.keys(kept).length) return;
  const text = JSON.stringify(ordered(kept, ODPS_FIELD_ORDER), null, 2);
  entity.metadata.annotations = { [ODPS_ANNOTATION]: text };
}

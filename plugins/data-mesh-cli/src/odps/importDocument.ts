import {
  DATA_MESH_API_VERSION,
  DataProductEntity,
  InputPort,
  OutputPort,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import {
  catalogTagsOf,
  domainRefOf,
  entityNameOf,
  lifecycleOf,
  ownerRefOf,
  portTypeOf,
  shortRef,
} from './mapping';
import { ODPS_API_VERSION } from './schema';
import {
  ABSENT,
  AbsentFields,
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

// An output port's contract.ref takes an http(s) URL or a relative path, as
// the DataProduct schema's pattern says; other ids (a URN) stay in the
// annotation.
const CONTRACT_REF = /^(?:https?:\/\/\S+|(?![A-Za-z][A-Za-z0-9+.-]*:)\S+)$/;

/**
 * Catalog port names must be unique and cannot hold `#` (it separates the
 * port in `ref#port`); ODPS keys ports by name and version, so a name that
 * appears more than once gets its version appended on every port.
 */
export function catalogPortNames(ports: Array<Record<string, any>>): string[] {
  const base = ports.map(p => String(p.name).replace(/#/g, '-'));
  const repeated = base.map(n => base.filter(other => other === n).length > 1);
  const used = new Set<string>();
  return base.map((name, i) => {
    const version = String(ports[i].version ?? '').replace(/[#\s]+/g, '-');
    const wanted = repeated[i] && version ? `${name}-${version}` : name;
    let unique = wanted;
    for (let n = 2; used.has(unique); n++) unique = `${wanted}-${n}`;
    used.add(unique);
    return unique;
  });
}

/** The name an ODPS port had, when its catalog name had to differ. */
function originalName(port: Record<string, any>, name: string) {
  return port.name === name ? {} : { name: port.name };
}

// Kept ports are collected in a Map and turned into an object with
// Object.fromEntries, which defines own keys: assigning `kept[name]` would
// set the prototype for a port named `__proto__` and lose the port.
function importInputPorts(ports: Array<Record<string, any>>) {
  const names = catalogPortNames(ports);
  const kept = new Map<string, Record<string, unknown>>();
  const catalog: InputPort[] = ports.map((port, i) => {
    kept.set(names[i], {
      ...originalName(port, names[i]),
      ...omit(port, 'name'),
    });
    // The model needs a source; a contract id names no data product, so the
    // source is described in words.
    return {
      name: names[i],
      external: `ODPS contract ${port.contractId} (version ${port.version})`,
    };
  });
  return { catalog, kept };
}

function importOutputPorts(ports: Array<Record<string, any>>) {
  const names = catalogPortNames(ports);
  const kept = new Map<string, Record<string, unknown>>();
  const catalog: OutputPort[] = ports.map((port, i) => {
    const type = portTypeOf(port.type);
    const refOk =
      typeof port.contractId === 'string' && CONTRACT_REF.test(port.contractId);
    kept.set(names[i], {
      ...originalName(port, names[i]),
      ...(port.type === type ? {} : { type: port.type ?? null }),
      ...(port.contractId === undefined || refOk
        ? {}
        : { contractId: port.contractId }),
      ...omit(port, 'name', 'type', 'description', 'contractId'),
    });
    return {
      name: names[i],
      type,
      ...(port.description === undefined
        ? {}
        : { description: port.description }),
      ...(refOk ? { contract: { ref: port.contractId } } : {}),
    };
  });
  return { catalog, kept };
}

/** Keeps the ports that have anything the catalog port does not hold. */
function keepPorts(
  kept: OdpsRemainder,
  key: 'inputPorts' | 'outputPorts',
  ports: Map<string, Record<string, unknown>>,
) {
  const entries = [...ports].filter(([, p]) => Object.keys(p).length);
  if (entries.length) kept[key] = Object.fromEntries(entries);
}

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
    const ports = importOutputPorts(doc.outputPorts);
    spec.outputPorts = ports.catalog;
    keepPorts(kept, 'outputPorts', ports.kept);
  }

  if (Object.keys(kept).length) {
    const text = JSON.stringify(ordered(kept, ODPS_FIELD_ORDER), null, 2);
    metadata.annotations = { [ODPS_ANNOTATION]: text };
  }
  return {
    ok: true,
    entity: {
      apiVersion: DATA_MESH_API_VERSION,
      kind: 'DataProduct',
      metadata,
      spec,
    } as DataProductEntity,
    notes,
  };
}

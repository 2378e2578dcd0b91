import { parseEntityRef } from '@backstage/catalog-model';
import {
  DataProductEntity,
  InputPort,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import {
  apiRefKey,
  catalogTagsOf,
  domainRefOf,
  entityNameOf,
  lifecycleOf,
  ownerRefOf,
  portTypeOf,
  shortRef,
} from './mapping';
import { remainderOf } from './annotation';
import { applyKeyOrder } from './keyOrder';
import { ODPS_API_VERSION } from './schema';
import {
  ABSENT,
  KEY_ORDER,
  ODPS_FIELD_ORDER,
  OdpsDocument,
  OdpsRemainder,
  omit,
  ordered,
  ownEntry,
} from './types';

const DESCRIPTION_ORDER = ['purpose', 'limitations', 'usage'];
const PORT_ORDER = ['name', 'description', 'type', 'version', 'contractId'];
const TEAM_ORDER = ['name', 'description', 'members'];

/**
 * The `version` of a port the catalog knows no version for. ODPS requires
 * one on every port; this says plainly that there is none rather than
 * inventing a number.
 */
export const UNVERSIONED = 'unversioned';

/** What {@link exportOdpsDocument} made of an entity. */
export type ExportResult =
  | {
      ok: true;
      document: OdpsDocument;
      /** What the document cannot say, one sentence each. */
      notes: string[];
    }
  | { ok: false; problem: string };

/**
 * The original ODPS value when the catalog still holds what import made of
 * it (or import could make nothing of it), else the catalog's own value: an
 * edit made in the catalog after import wins.
 */
function restore<T>(
  original: unknown,
  derive: (original: any) => T | undefined,
  current: T,
  written: (current: T) => unknown = c => c,
): unknown {
  if (original !== undefined) {
    const derived = derive(original);
    if (derived === undefined || derived === current) return original;
  }
  return written(current);
}

/** The product's output ports as ODPS ports, with their catalog names. */
function outputPortsOf(
  entity: DataProductEntity,
  kept: OdpsRemainder,
  contractIds: ReadonlyMap<string, string>,
) {
  const namespace = entity.metadata.namespace ?? 'default';
  // The ODCS id of the contract a port names as an API, when it is known.
  const idOf = (api: string | undefined) =>
    api === undefined
      ? undefined
      : contractIds.get(apiRefKey(api, namespace) ?? '');
  return (entity.spec.outputPorts ?? []).map(port => {
    const k: Record<string, any> = ownEntry(kept.outputPorts, port.name) ?? {};
    // `type: null` kept: the document gave none, which import made `other`.
    const type =
      'type' in k
        ? restore(k.type, t => portTypeOf(t ?? undefined), port.type) ??
          undefined
        : port.type;
    const odps = ordered(
      {
        ...omit(k, 'name', 'type', 'contractId'),
        name: k.name ?? port.name,
        description: port.description,
        type,
        version: k.version ?? UNVERSIONED,
        contractId:
          port.contract?.ref ?? k.contractId ?? idOf(port.contract?.api),
      },
      PORT_ORDER,
    );
    return { catalogName: port.name, odps };
  });
}

function isSameProduct(
  entity: DataProductEntity,
  ref: string,
  defaultNamespace: string,
): boolean {
  try {
    const parsed = parseEntityRef(ref, {
      defaultKind: 'DataProduct',
      defaultNamespace,
    });
    return (
      parsed.kind.toLocaleLowerCase('en-US') === 'dataproduct' &&
      parsed.namespace.toLocaleLowerCase('en-US') ===
        (entity.metadata.namespace ?? 'default').toLocaleLowerCase('en-US') &&
      parsed.name.toLocaleLowerCase('en-US') ===
        entity.metadata.name.toLocaleLowerCase('en-US')
    );
  } catch {
    return false;
  }
}

/**
 * ODPS input ports name the contract they read. A port the catalog made
 * itself reads an upstream product's output port: when that product is among
 * `neighbours` and its port has a contract, that contract and version are
 * the port's; otherwise the source as the catalog says it stands in.
 */
function contractOf(
  port: InputPort,
  neighbours: DataProductEntity[],
  namespace: string,
  contractIds: ReadonlyMap<string, string>,
) {
  // A reference without a namespace means the referring entity's own.
  const upstream = port.dataProduct
    ? neighbours.find(e => isSameProduct(e, port.dataProduct!, namespace))
    : undefined;
  if (upstream) {
    const kept = remainderOf(upstream);
    const outputs = outputPortsOf(
      upstream,
      typeof kept === 'string' ? {} : kept,
      contractIds,
    );
    const read = port.port
      ? outputs.find(o => o.catalogName === port.port)
      : outputs.length === 1 && outputs[0];
    if (read && read.odps.contractId !== undefined) {
      return { version: read.odps.version, contractId: read.odps.contractId };
    }
  }
  const source = port.dataProduct
    ? `${port.dataProduct}${port.port ? `#${port.port}` : ''}`
    : port.external ?? port.name;
  return { version: UNVERSIONED, contractId: source };
}

/** The catalog names of the product's ports, in order. */
export function portNamesOf(entity: DataProductEntity) {
  return {
    inputPorts: (entity.spec.inputPorts ?? []).map(p => p.name),
    outputPorts: (entity.spec.outputPorts ?? []).map(p => p.name),
  };
}

/**
 * The ODPS `team`: a v0.9.0 list of members as it was; otherwise the kept
 * team with the owner as its name, unless the document had no name and the
 * owner is still the one the command line gave.
 */
function teamOf(kept: OdpsRemainder, owner: string, given: boolean) {
  if (Array.isArray(kept.team)) return kept.team;
  const team: Record<string, any> = kept.team ?? {};
  const name = given
    ? undefined
    : restore(team.name, ownerRefOf, owner, o => shortRef(o, 'group'));
  const result = ordered({ ...team, name }, TEAM_ORDER);
  return Object.keys(result).length ? result : undefined;
}

/**
 * Turns a `DataProduct` entity into an ODPS v1.0.0 document. For a product
 * made by {@link importOdpsDocument}, the annotation restores what the
 * catalog could not hold, so the original document comes back; catalog edits
 * since the import win. `neighbours` are the other products of the same
 * file, used to find the contracts that input ports read; `contractIds`
 * gives the ODCS contract id of an API a port names as `contract.api` (by
 * `apiRefKey`). Pure: no I/O.
 */
export function exportOdpsDocument(
  entity: DataProductEntity,
  neighbours: DataProductEntity[] = [],
  contractIds: ReadonlyMap<string, string> = new Map(),
): ExportResult {
  const kept = remainderOf(entity);
  if (typeof kept === 'string') return { ok: false, problem: kept };
  const { metadata, spec } = entity;

  const absent = kept[ABSENT] ?? {};
  // Left out while the catalog holds what the command line gave for it.
  const unlessGiven = (field: 'domain' | 'team.name', current: string) =>
    absent[field] !== undefined && absent[field] === current;

  const document: OdpsDocument = {
    ...omit(
      kept,
      'description',
      'team',
      'inputPorts',
      'outputPorts',
      ABSENT,
      KEY_ORDER,
    ),
    apiVersion: kept.apiVersion ?? ODPS_API_VERSION,
    kind: 'DataProduct',
    id: restore(kept.id, entityNameOf, metadata.name),
    name: metadata.title,
    status: restore(kept.status, s => lifecycleOf(s).lifecycle, spec.lifecycle),
    domain: unlessGiven('domain', spec.domain)
      ? undefined
      : restore(kept.domain, domainRefOf, spec.domain, d =>
          shortRef(d, 'domain'),
        ),
  };

  const purpose = spec.description?.purpose ?? metadata.description;
  if (spec.description || kept.description || purpose !== undefined) {
    document.description = ordered(
      { ...spec.description, purpose, ...kept.description },
      DESCRIPTION_ORDER,
    );
  }

  const tags = metadata.tags ?? [];
  if (
    kept.tags !== undefined &&
    JSON.stringify(catalogTagsOf(kept.tags)) === JSON.stringify(tags)
  ) {
    document.tags = kept.tags;
  } else if (metadata.tags) {
    document.tags = metadata.tags;
  }

  if (spec.inputPorts) {
    document.inputPorts = spec.inputPorts.map(port => {
      const k = ownEntry(kept.inputPorts, port.name);
      return k
        ? ordered({ ...k, name: k.name ?? port.name }, PORT_ORDER)
        : {
            name: port.name,
            ...contractOf(
              port,
              neighbours,
              metadata.namespace ?? 'default',
              contractIds,
            ),
          };
    });
  }
  if (spec.outputPorts) {
    document.outputPorts = outputPortsOf(entity, kept, contractIds).map(
      p => p.odps,
    );
  }

  const given = unlessGiven('team.name', spec.owner);
  document.team = teamOf(kept, spec.owner, given);
  const notes: string[] = [];
  if (Array.isArray(kept.team) && !given) {
    notes.push(
      `spec.owner ${spec.owner} is not exported: the document's team is a list of members (the ODPS v0.9.0 shape), which has no team name`,
    );
  }
  return {
    ok: true,
    notes,
    document: applyKeyOrder(
      ordered(document, ODPS_FIELD_ORDER),
      kept[KEY_ORDER],
      portNamesOf(entity),
    ),
  };
}

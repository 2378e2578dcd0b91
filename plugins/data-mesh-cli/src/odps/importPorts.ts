import {
  InputPort,
  OutputPort,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { portTypeOf } from './mapping';
import { OdpsRemainder, omit } from './types';

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

/** The catalog's input ports, and what to keep of each. */
export function importInputPorts(ports: Array<Record<string, any>>) {
  const names = catalogPortNames(ports);
  // Kept ports are collected in a Map and turned into an object with
  // Object.fromEntries, which defines own keys: assigning `kept[name]` would
  // set the prototype for a port named `__proto__` and lose the port.
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

/**
 * The catalog's output ports, and what to keep of each. A `contractId` that
 * `contractApis` knows (an ODCS contract id) becomes `contract.api`, the
 * `odcs` API holding that contract; one that is a URL or a path becomes
 * `contract.ref`; any other stays in the annotation, as the id of a linked
 * contract does, so that export writes it back.
 */
export function importOutputPorts(
  ports: Array<Record<string, any>>,
  contractApis: ReadonlyMap<string, string> = new Map(),
) {
  const names = catalogPortNames(ports);
  const kept = new Map<string, Record<string, unknown>>();
  const catalog: OutputPort[] = ports.map((port, i) => {
    const type = portTypeOf(port.type);
    const id = typeof port.contractId === 'string' ? port.contractId : '';
    const api = contractApis.get(id);
    const refOk = !api && CONTRACT_REF.test(id);
    kept.set(names[i], {
      ...originalName(port, names[i]),
      ...(port.type === type ? {} : { type: port.type ?? null }),
      ...(port.contractId === undefined || refOk
        ? {}
        : { contractId: port.contractId }),
      ...omit(port, 'name', 'type', 'description', 'contractId'),
    });
    let contract: OutputPort['contract'];
    if (api) contract = { api };
    else if (refOk) contract = { ref: id };
    return {
      name: names[i],
      type,
      ...(port.description === undefined
        ? {}
        : { description: port.description }),
      ...(contract ? { contract } : {}),
    };
  });
  return { catalog, kept };
}

/** Keeps the ports that have anything the catalog port does not hold. */
export function keepPorts(
  kept: OdpsRemainder,
  key: 'inputPorts' | 'outputPorts',
  ports: Map<string, Record<string, unknown>>,
) {
  const entries = [...ports].filter(([, p]) => Object.keys(p).length);
  if (entries.length) kept[key] = Object.fromEntries(entries);
}

/*
 * Which data contracts an entity consumes. A use case (`product#port`) or a
 * data product's input port (`dataProduct` + `port`) names a port of another
 * data product; the contract is written on that product's port, not on the
 * consumer. So the API a consumer consumes is found by reading the products
 * it names: these functions do that over plain entities, and the catalog
 * module supplies the products.
 */
import type { CompoundEntityRef, Entity } from '@backstage/catalog-model';
import { normalizeEntityRef, refContextOf, splitPortRef } from '../refs';
import { outputPortContractField } from './DataProduct.v1alpha1';
import {
  DataMeshReferenceField,
  parseFieldReference,
  valuesAtPath,
} from './descriptor';
import { dataMeshKindDescriptorOf } from './descriptors';

/**
 * An output port of a data product that an entity reads, or the whole
 * product when no port is named.
 *
 * @public
 */
export interface DataMeshPortReference {
  /** Where the reference is written, e.g. `spec.consumes[1]`. */
  path: string;
  /** The data product, its namespace defaulted to the referring entity's. */
  dataProduct: CompoundEntityRef;
  /** The output port's name; none: every output port. */
  port?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parsed<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined; // a malformed reference is the validator's error
  }
}

function portReferencesOfField(
  entity: Entity,
  field: DataMeshReferenceField,
): DataMeshPortReference[] {
  const context = refContextOf(entity);
  if (field.portSuffix) {
    return valuesAtPath(entity, field.path).flatMap(({ path, value }) => {
      if (typeof value !== 'string') return [];
      const found = parsed(() => ({
        dataProduct: parseFieldReference(field, value, context),
        port: splitPortRef(value).port,
      }));
      return found ? [{ path, ...found }] : [];
    });
  }
  if (!field.portField) return [];
  // The product and the port are two fields of one list item.
  const cut = field.path.lastIndexOf('.');
  const key = field.path.slice(cut + 1);
  const portField = field.portField;
  return valuesAtPath(entity, field.path.slice(0, cut)).flatMap(
    ({ path, value: item }) => {
      if (!isRecord(item) || typeof item[key] !== 'string') return [];
      const dataProduct = parsed(() =>
        parseFieldReference(field, item[key] as string, context),
      );
      if (!dataProduct) return [];
      const port = item[portField];
      return [
        {
          path: `${path}.${key}`,
          dataProduct,
          port: typeof port === 'string' && port ? port : undefined,
        },
      ];
    },
  );
}

/**
 * The data product ports an entity reads, as its kind's descriptor says
 * (fields with a `#port` suffix or a port field beside them); none for an
 * entity of another kind. References that do not parse are left out.
 *
 * @public
 */
export function portReferencesOf(entity: Entity): DataMeshPortReference[] {
  const descriptor = dataMeshKindDescriptorOf(entity);
  if (!descriptor) return [];
  return descriptor.referenceFields.flatMap(field =>
    portReferencesOfField(entity, field).map(({ port, ...rest }) =>
      port === undefined ? rest : { ...rest, port },
    ),
  );
}

/**
 * The contract APIs of a data product's output ports: of the port named,
 * or of every port when none is. A reference in the product resolves in the
 * product's namespace. A port that the product does not have gives none.
 *
 * @public
 */
export function portContractApis(
  product: Entity,
  port?: string,
): CompoundEntityRef[] {
  const context = refContextOf(product);
  return valuesAtPath(product, 'spec.outputPorts[]').flatMap(({ value }) => {
    if (!isRecord(value)) return [];
    if (port !== undefined && value.name !== port) return [];
    const api = isRecord(value.contract) ? value.contract.api : undefined;
    if (typeof api !== 'string') return [];
    const ref = parsed(() =>
      parseFieldReference(outputPortContractField, api, context),
    );
    return ref ? [ref] : [];
  });
}

/**
 * The contract APIs an entity consumes: those of the ports it reads, looked
 * up in `products` (the data products it names, by normalised ref). A
 * product missing from `products`, or a port it does not have, gives none;
 * each API is listed once.
 *
 * @public
 */
export function consumedContractApis(
  consumer: Entity,
  products: ReadonlyMap<string, Entity>,
): CompoundEntityRef[] {
  const apis = new Map<string, CompoundEntityRef>();
  for (const { dataProduct, port } of portReferencesOf(consumer)) {
    const product = products.get(normalizeEntityRef(dataProduct));
    if (!product) continue;
    for (const api of portContractApis(product, port)) {
      apis.set(normalizeEntityRef(api), api);
    }
  }
  return [...apis.values()];
}

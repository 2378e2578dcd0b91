import { ValidationProblem, describeValue } from './problems';

/**
 * Says plainly what a document is when it cannot be a catalog entity at
 * all — no `metadata` object — instead of letting the catalog's envelope
 * policies fail on it with a JavaScript error. Undefined when the document
 * has the shape of an entity, so the usual checks name its problems.
 */
export function describeNonEntity(
  document: Record<string, unknown>,
): ValidationProblem | undefined {
  const { apiVersion, kind, metadata } = document;
  if (typeof metadata === 'object' && metadata !== null) {
    return Array.isArray(metadata)
      ? {
          path: 'metadata',
          message: `metadata must be an object with at least a name; got a list`,
        }
      : undefined;
  }
  if (metadata !== undefined) {
    return {
      path: 'metadata',
      message: `metadata must be an object with at least a name; got ${describeValue(
        metadata,
      )}`,
    };
  }
  // The Bitol standards' documents carry `apiVersion: vX.Y.Z` and no metadata.
  const standardVersion =
    typeof apiVersion === 'string' && /^v\d/.test(apiVersion)
      ? apiVersion
      : undefined;
  if (kind === 'DataProduct' && standardVersion) {
    return {
      path: '',
      message: `the document is an ODPS data product (apiVersion ${standardVersion}), not a catalog entity; convert it with "data-mesh odps import"`,
    };
  }
  const lacks =
    typeof kind === 'string' ? 'no metadata' : 'no kind and no metadata';
  return {
    path: 'metadata',
    message: `the document is not a catalog entity (it has ${lacks}) nor a data contract (kind: DataContract); a catalog entity has apiVersion, kind and metadata.name`,
  };
}

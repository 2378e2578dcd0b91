/**
 * One thing wrong with an entity: where, and what was expected there.
 *
 * @public
 */
export interface ValidationProblem {
  /** Field path in the entity, e.g. `spec.outputPorts[0].type`. */
  path: string;
  /** A sentence that starts with the path and says what was expected. */
  message: string;
}

/**
 * Thrown for an entity of a Data Mesh Portfolio kind that is malformed. The
 * message lists every problem, each naming its field path, so a domain owner
 * can fix a file in one pass.
 *
 * @public
 */
export class DataMeshValidationError extends Error {
  /** Every problem found, each naming its field path. */
  readonly problems: ValidationProblem[];

  constructor(subject: string, problems: ValidationProblem[]) {
    super(`${subject} is invalid: ${problems.map(p => p.message).join('; ')}`);
    this.name = 'DataMeshValidationError';
    this.problems = problems;
  }
}

/** Turns a JSON pointer (`/spec/outputPorts/0/type`) into a field path. */
export function pointerToPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map(segment => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce(
      (path, segment) =>
        /^\d+$/.test(segment)
          ? `${path}[${segment}]`
          : appendField(path, segment),
      '',
    );
}

/** Appends a field to a path, quoting it when it is not a plain name. */
export function appendField(path: string, field: string): string {
  if (/^[A-Za-z_$][\w$]*$/.test(field)) {
    return path ? `${path}.${field}` : field;
  }
  return `${path}[${JSON.stringify(field)}]`;
}

/** Describes a found value briefly for an error message. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

import { DataProductEntity } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { ABSENT, ODPS_ANNOTATION, OdpsRemainder, isObject } from './types';

/**
 * Reads the annotation: what import kept, or why it cannot be used; a
 * product never imported has none.
 */
export function remainderOf(entity: DataProductEntity): OdpsRemainder | string {
  const text = entity.metadata.annotations?.[ODPS_ANNOTATION];
  if (text === undefined) return {};
  const field = `metadata.annotations["${ODPS_ANNOTATION}"]`;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return `${field} is not valid JSON: ${(error as Error).message}`;
  }
  if (!isObject(value)) return `${field} must hold a JSON object`;
  // A hand-edited annotation must still have the shape import writes.
  for (const key of ['description', 'inputPorts', 'outputPorts', ABSENT]) {
    if (key in value && !isObject(value[key])) {
      return `${field} must hold an object in ${key}`;
    }
  }
  // A v0.9.0 document's team is a list of members.
  if ('team' in value && !isObject(value.team) && !Array.isArray(value.team)) {
    return `${field} must hold an object in team`;
  }
  for (const [key, given] of Object.entries(value[ABSENT] ?? {})) {
    if (typeof given !== 'string') {
      return `${field} must hold a string in ${ABSENT}[${JSON.stringify(key)}]`;
    }
  }
  for (const key of ['inputPorts', 'outputPorts']) {
    for (const [name, port] of Object.entries(value[key] ?? {})) {
      if (!isObject(port)) {
        return `${field} must hold an object in ${key}[${JSON.stringify(
          name,
        )}]`;
      }
    }
  }
  return value;
}

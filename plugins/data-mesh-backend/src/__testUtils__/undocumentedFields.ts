/*
 * What the OpenAPI document does not describe in a real answer: ajv
 * accepts fields a schema does not name, so the route tests look for them
 * here.
 */

/**
 * Properties a schema declares, through `allOf` (and the alternatives of
 * `oneOf`, such as an object or null) at any depth.
 */
function declaredProperties(schema: any): Record<string, any> {
  return Object.assign(
    {},
    schema.properties ?? {},
    ...[...(schema.allOf ?? []), ...(schema.oneOf ?? [])].map(
      declaredProperties,
    ),
  );
}

/** Paths of object fields in `value` that `schema` does not declare. */
export function undocumentedFields(
  value: unknown,
  schema: any,
  at = '',
): string[] {
  if (Array.isArray(value)) {
    return value.flatMap((v, i) =>
      undocumentedFields(v, schema.items ?? {}, `${at}[${i}]`),
    );
  }
  if (value === null || typeof value !== 'object') return [];
  const properties = declaredProperties(schema);
  return Object.entries(value).flatMap(([key, v]) =>
    key in properties
      ? undocumentedFields(v, properties[key], `${at}.${key}`)
      : [`${at}.${key}`],
  );
}

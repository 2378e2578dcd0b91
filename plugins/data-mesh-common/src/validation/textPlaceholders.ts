/*
 * The catalog resolves placeholders such as `definition: { $text:
 * ./orders.odcs.yaml }` before it validates an entity, so a file checked
 * without them would fail where the catalog succeeds ("spec.definition
 * must be string"). Whoever can read the files next to a catalog file
 * (the command line can, the scaffolder's workspace need not) resolves
 * `$text` the same way before the entity is validated.
 */
import { ValidationProblem, appendField } from './problems';

/**
 * Reads the file a `$text` placeholder names, relative to the catalog file;
 * throws an Error whose message says why it could not.
 */
export type ReadPlaceholderText = (target: string) => Promise<string>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `{ $text: <string> }` and nothing else, as the catalog's placeholder. */
function textTarget(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 1 || keys[0] !== '$text') return undefined;
  return typeof value.$text === 'string' ? value.$text : undefined;
}

/**
 * The entity with every `$text` placeholder replaced by the text it names,
 * and a problem (at the placeholder's field path) for each one that could
 * not be read; such a placeholder stays as written.
 */
export async function resolveTextPlaceholders(
  entity: Record<string, unknown>,
  readText: ReadPlaceholderText,
): Promise<{
  entity: Record<string, unknown>;
  problems: ValidationProblem[];
  resolved: string[];
}> {
  const problems: ValidationProblem[] = [];
  const resolved: string[] = [];
  async function walk(value: unknown, path: string): Promise<unknown> {
    const target = textTarget(value);
    if (target !== undefined) {
      try {
        const text = await readText(target);
        resolved.push(path);
        return text;
      } catch (error) {
        problems.push({
          path,
          message: `${path}: $text ${JSON.stringify(
            target,
          )} could not be read: ${(error as Error).message}`,
        });
        return value;
      }
    }
    if (Array.isArray(value)) {
      const items: unknown[] = [];
      for (let i = 0; i < value.length; i++) {
        items.push(await walk(value[i], `${path}[${i}]`));
      }
      return items;
    }
    if (isRecord(value)) {
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(value)) {
        out[key] = await walk(child, appendField(path, key));
      }
      return out;
    }
    return value;
  }
  const out = (await walk(entity, '')) as Record<string, unknown>;
  return { entity: out, problems, resolved };
}

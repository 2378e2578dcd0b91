#!/usr/bin/env node
/*
 * Generates the TypeScript that the API's OpenAPI document
 * (plugins/data-mesh-backend/src/schema/openapi.yaml) implies, so the
 * document stays the one hand-written description of the API's shape:
 *
 * - the wire types (`paths`, `components`) in the common package, which the
 *   frontend client and the backend both read;
 * - the document itself as an `as const` value in the backend, which types
 *   the router's handlers at compile time and feeds the actions' schemas.
 *
 * `--check` writes nothing and fails when a committed file differs from
 * what the document gives (run by scripts/test.sh after the type-check).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import prettier from 'prettier';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const documentPath = 'plugins/data-mesh-backend/src/schema/openapi.yaml';
const typesPath = 'plugins/data-mesh-common/src/api/generated/openapi.ts';
const specPath = 'plugins/data-mesh-backend/src/schema/openapi.generated.ts';

const header = `/*
 * Generated from ${documentPath} by \`yarn build:api-types\`; do not edit.
 * Change the document and run the command again.
 */
`;

/** The wire types, with TSDoc and release tags on what the package exports. */
async function wireTypes(text) {
  const ast = await openapiTS(text, {
    // A parameter with a default stays optional for whoever sends it.
    defaultNonNullable: false,
    // Type aliases, not interfaces: the API report then records each shape
    // whole, instead of asking for a comment on every generated member.
    exportType: true,
  });
  let source = astToString(ast);
  // `operations` comes out as an interface whatever the option says; it is
  // the last declaration, so its closing brace ends the text.
  const operations = 'export interface operations {';
  if (source.includes(operations)) {
    source = `${source
      .replace(operations, 'export type operations = {')
      .trimEnd()};\n`;
  }
  // openapi-typescript writes JSDoc tags TSDoc does not know: a
  // description is plain text there, and the type already says the enum.
  // The tag stands alone in a one-line comment, or as a line of a longer
  // one (after a description).
  source = source
    .replace(/^\s*\/\*\* @enum \{[^}]*\} \*\/\n/gm, '')
    .replace(/^\s*\* @enum \{[^}]*\}\n/gm, '')
    .replace(/@description /g, '');
  source = source.replace(
    /^export type (paths|components|operations|webhooks|\$defs)\b/gm,
    (line, name) =>
      `/**\n * The API's ${name}, as the OpenAPI document describes them.\n *\n * @public\n */\n${line}`,
  );
  return `${header}/* eslint-disable */\n${source}`;
}

/** The document as a constant, so its literal types reach the compiler. */
function documentConstant(text) {
  const json = JSON.stringify(parse(text), null, 2);
  return `${header}/* eslint-disable */\n\n/** The API's OpenAPI document, as a constant. */\nexport const spec = ${json} as const;\n`;
}

async function format(file, source) {
  const options = await prettier.resolveConfig(path.join(root, file));
  return prettier.format(source, { ...options, filepath: file });
}

async function main() {
  const check = process.argv.includes('--check');
  const text = fs.readFileSync(path.join(root, documentPath), 'utf8');
  const outputs = [
    [typesPath, await wireTypes(text)],
    [specPath, documentConstant(text)],
  ];
  const stale = [];
  for (const [file, source] of outputs) {
    const formatted = await format(file, source);
    const target = path.join(root, file);
    const current = fs.existsSync(target)
      ? fs.readFileSync(target, 'utf8')
      : undefined;
    if (current === formatted) continue;
    if (check) {
      stale.push(file);
    } else {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, formatted);
      console.log(`wrote ${file}`);
    }
  }
  if (stale.length > 0) {
    console.error(
      `These files do not match ${documentPath}; run \`yarn build:api-types\` and commit them:\n${stale
        .map(file => `  ${file}`)
        .join('\n')}`,
    );
    process.exit(1);
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});

import {
  DataProductEntity,
  YamlDocument,
  readYamlDocuments,
  validateDataMeshEntity,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { ConversionResult, envelopeProblem, toYaml } from './conversion';
import { ImportOptions, importOdpsDocument } from './importDocument';
import { checkOdpsDocument } from './schema';
import { ABSENT, KEY_ORDER, ODPS_ANNOTATION } from './types';

/** A file to import: its name as given, and its text. */
export interface OdpsInputFile {
  /** The name the messages use, as it was given on the command line. */
  file: string;
  /** The file's content. */
  text: string;
}

/** An entity import made, with the document it was made from. */
interface Made {
  entity: DataProductEntity;
  file: string;
  line: number;
  id: unknown;
}

interface FileImport {
  made: Made[];
  problems: string[];
  notes: string[];
}

/**
 * A note for each output port whose `contractId` names none of the given
 * contracts' APIs: it is imported as without `--contracts`.
 */
function unlinkedContracts(
  doc: YamlDocument,
  file: string,
  contractApis: ReadonlyMap<string, string>,
): string[] {
  const ports = (doc.value as Record<string, any>).outputPorts;
  return (Array.isArray(ports) ? ports : []).flatMap((port, i) =>
    typeof port.contractId === 'string' && !contractApis.has(port.contractId)
      ? [
          `${file}:${doc.lineOf([
            'outputPorts',
            i,
            'contractId',
          ])}: note: outputPorts[${i}].contractId ${JSON.stringify(
            port.contractId,
          )} is the id of no contract of the --contracts files; the port is linked to no contract API`,
        ]
      : [],
  );
}

/** Imports one document; its problems and notes go to `into`. */
function importDocument(
  doc: YamlDocument,
  file: string,
  options: ImportOptions,
  into: FileImport,
): void {
  const at = (segments: Array<string | number>) =>
    `${file}:${doc.lineOf(segments)}`;
  const envelope = envelopeProblem(doc);
  if (envelope) {
    into.problems.push(`${file}:${doc.line}: ${envelope}`);
    return;
  }
  const value = doc.value as Record<string, unknown>;
  const reserved = [ABSENT, KEY_ORDER].filter(key => Object.hasOwn(value, key));
  for (const key of reserved) {
    into.problems.push(
      `${at([
        key,
      ])}: ${key} is not an ODPS field, and the ${ODPS_ANNOTATION} annotation uses that name for its own record; rename the field`,
    );
  }
  if (reserved.length) return;
  const { errors, unknownFields } = checkOdpsDocument(value);
  if (errors.length) {
    // An unknown field in an invalid document is often the misspelling of
    // a field the errors miss, so it is listed with them.
    for (const problem of [...errors, ...unknownFields]) {
      into.problems.push(`${at(problem.segments)}: ${problem.message}`);
    }
    return;
  }
  // Valid but for fields the standard does not define: import keeps them
  // in the annotation and export writes them back; say so for each.
  const warnings = unknownFields
    .map(field => ({ line: doc.lineOf(field.segments), field }))
    .sort((a, b) => a.line - b.line);
  for (const { line, field } of warnings) {
    into.notes.push(
      `${file}:${line}: warning: ${field.message}; kept in the ${ODPS_ANNOTATION} annotation for export`,
    );
  }

  const result = importOdpsDocument(value, options);
  if (!result.ok) {
    for (const { option, reason } of result.missing) {
      const segments = option === 'domain' ? ['domain'] : ['team', 'name'];
      into.problems.push(
        `${at(
          segments,
        )}: ${reason}, and spec.${option} needs one; give it with --${option} <${option}>`,
      );
    }
    return;
  }
  into.notes.push(...result.notes.map(n => `${file}:${doc.line}: note: ${n}`));
  if (options.contractApis) {
    into.notes.push(...unlinkedContracts(doc, file, options.contractApis));
  }
  // Values given on the command line may still be invalid references.
  for (const problem of validateDataMeshEntity(result.entity)) {
    into.problems.push(
      `${file}:${doc.line}: the DataProduct made from it would be invalid: ${problem.message}`,
    );
  }
  into.made.push({ entity: result.entity, file, line: doc.line, id: value.id });
}

/** Imports every document of one file. */
function importFile(
  { file, text }: OdpsInputFile,
  options: ImportOptions,
): FileImport {
  const { documents, syntaxErrors } = readYamlDocuments(text);
  const result: FileImport = {
    made: [],
    problems: syntaxErrors.map(
      e => `${file}:${e.line}: YAML syntax error: ${e.message}`,
    ),
    notes: [],
  };
  if (!documents.length && !result.problems.length) {
    result.problems.push(
      `${file}:1: holds no YAML document; expected an ODPS document`,
    );
  }
  for (const doc of documents) importDocument(doc, file, options, result);
  return result;
}

/**
 * The catalog keeps one entity per kind, namespace and name, so two
 * documents that become the same name (the same id, or ids with the same
 * slug) cannot both be imported: each later one is reported with the first.
 */
function duplicateProblems(made: Made[]): string[] {
  const first = new Map<string, Made>();
  const problems: string[] = [];
  for (const current of made) {
    const name = current.entity.metadata.name;
    // The catalog compares names without regard to case.
    const key = name.toLocaleLowerCase('en-US');
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, current);
      continue;
    }
    const what = (m: Made) =>
      `id ${JSON.stringify(m.id)}, name ${m.entity.metadata.name}`;
    problems.push(
      `${current.file}:${
        current.line
      }: the DataProduct made from this document (${what(
        current,
      )}) is the same entity as the one made from ${earlier.file}:${
        earlier.line
      } (${what(
        earlier,
      )}); the catalog keeps one entity per name, whatever its case, so give one of them another id`,
    );
  }
  return problems;
}

/**
 * Imports every ODPS document of the given files as `DataProduct` entities:
 * checks each against the pinned schema of its `apiVersion`, maps it, checks
 * the result with the catalog's own validator, and checks that no two
 * documents make the same entity. All or nothing: one problem anywhere
 * means no output.
 */
export function importOdpsFiles(
  files: OdpsInputFile[],
  options: ImportOptions = {},
): ConversionResult {
  const results = files.map(input => importFile(input, options));
  const made = results.flatMap(r => r.made);
  const problems = [
    ...results.flatMap(r => r.problems),
    ...duplicateProblems(made),
  ];
  return {
    output: problems.length ? '' : toYaml(made.map(m => m.entity)),
    problems,
    notes: results.flatMap(r => r.notes),
  };
}

/** {@link importOdpsFiles} for the text of one file. */
export function importOdpsText(
  text: string,
  file: string,
  options: ImportOptions = {},
): ConversionResult {
  return importOdpsFiles([{ file, text }], options);
}

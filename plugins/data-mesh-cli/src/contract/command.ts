import {
  YamlDocument,
  diffContracts,
  isOdcsContractDocument,
  readYamlDocuments,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { CliError, CliIo, parseReportArgs, readInputFile } from '../io';
import { DIFF_FORMATS, DiffFormat, LocatedChange, formatDiff } from './format';

const USAGE_LINE =
  'Usage: data-mesh contract diff <old.odcs.yaml> <new.odcs.yaml> [--format text|json|github]';

const USAGE = `${USAGE_LINE}

Compares two versions of an ODCS data contract and prints each change with
its path and class. Breaking: a schema object or property removed (by name,
nested ones included), a logical type changed, a property no longer
required, a primary key changed. A breaking change whose version keeps its
major number is unannounced. --format github prints GitHub Actions
annotations: an error for each breaking change, a notice for the others.

Exit code 0 when nothing is breaking, 1 when something is, 2 for a usage
error (a missing file, a file that is not a data contract, a bad option).
`;

function usageError(message: string): CliError {
  return new CliError(`${message}\n${USAGE_LINE}`, 2);
}

/** Reads a file that must hold exactly one data contract. */
async function readContractFile(
  io: CliIo,
  file: string,
): Promise<YamlDocument> {
  let text: string;
  try {
    text = await readInputFile(io, file);
  } catch (error) {
    // A file that is not there is a mistake in the command, not a change.
    throw usageError((error as Error).message);
  }
  const { documents, syntaxErrors } = readYamlDocuments(text);
  if (syntaxErrors.length) {
    const [first] = syntaxErrors;
    throw usageError(
      `${file}:${first.line}: YAML syntax error: ${first.message}`,
    );
  }
  if (documents.length !== 1 || !isOdcsContractDocument(documents[0].value)) {
    throw usageError(
      documents.length > 1
        ? `${file} holds ${documents.length} documents; expected one data contract`
        : `${file} is not a data contract: expected a document with kind: DataContract (ODCS)`,
    );
  }
  return documents[0];
}

/**
 * `data-mesh contract diff OLD NEW`: prints each change between two versions
 * of a contract; exit 1 when one is breaking, so CI can stop the merge.
 */
export async function runContractCommand(
  args: string[],
  io: CliIo,
): Promise<number> {
  const [subcommand, ...rest] = args;
  if (
    subcommand === undefined ||
    subcommand === '--help' ||
    subcommand === '-h'
  ) {
    io.out(USAGE);
    return subcommand === undefined ? 2 : 0;
  }
  if (subcommand !== 'diff') {
    throw usageError(
      `unknown contract command ${JSON.stringify(subcommand)}; expected diff`,
    );
  }
  const { values, positionals } = parseReportArgs(rest, usageError);
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const format = values.format as DiffFormat;
  if (!DIFF_FORMATS.includes(format)) {
    throw usageError(
      `--format must be one of ${DIFF_FORMATS.join(', ')}; got ${JSON.stringify(
        values.format,
      )}`,
    );
  }
  if (positionals.length !== 2) {
    throw usageError(
      `contract diff takes two files, the old and the new; got ${positionals.length}`,
    );
  }
  const [oldFile, newFile] = positionals;
  const before = await readContractFile(io, oldFile);
  const after = await readContractFile(io, newFile);
  const diff = diffContracts(before.value, after.value);
  const changes: LocatedChange[] = diff.changes.map(change =>
    change.location.after
      ? { ...change, file: newFile, line: after.lineOf(change.location.after) }
      : {
          ...change,
          file: oldFile,
          line: change.location.before && before.lineOf(change.location.before),
        },
  );
  io.out(formatDiff({ ...diff, oldFile, newFile, changes }, format));
  return diff.breaking ? 1 : 0;
}

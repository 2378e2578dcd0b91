import { validateCatalogFile } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { CliError, CliIo, parseReportArgs, readInputFile } from '../io';
import { expandPatterns } from './expandPatterns';
import {
  Finding,
  OUTPUT_FORMATS,
  OutputFormat,
  formatFindings,
} from './format';
import { placeholderReader } from './placeholderFiles';
import { LocatedEntity, findUnresolvedReferences } from './references';

const USAGE = `Usage: data-mesh validate [--format text|json|github] <files or globs...>

Checks every entity in the files as the catalog would: the data-mesh kinds
with the catalog module's own validators, Backstage's core kinds with
@backstage/catalog-model. Data contracts (ODCS, kind: DataContract) are
checked against the official ODCS v3.1.0 JSON Schema, and so is the contract
an odcs API reads with $text from a file next to its catalog file. References
to entities none of the files define
are warnings. Exit code 0 when nothing is invalid, 1 when something is,
2 for a usage error.
`;

/**
 * `data-mesh validate`: reads the files, validates every entity, then warns
 * about references that resolve to nothing within them.
 */
export async function runValidateCommand(
  args: string[],
  io: CliIo,
): Promise<number> {
  const { values, positionals } = parseReportArgs(
    args,
    message => new CliError(message, 2),
  );
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const format = values.format as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) {
    throw new CliError(
      `--format must be one of ${OUTPUT_FORMATS.join(
        ', ',
      )}; got ${JSON.stringify(values.format)}`,
      2,
    );
  }
  if (!positionals.length) {
    throw new CliError('validate needs at least one file or glob', 2);
  }

  const files = await expandPatterns(positionals, io.cwd);
  const findings: Finding[] = [];
  const valid: LocatedEntity[] = [];
  let entities = 0;
  let contracts = 0;
  for (const file of files) {
    let text: string;
    try {
      text = await readInputFile(io, file);
    } catch (error) {
      // One unreadable file is a finding; the others are still checked.
      findings.push({
        file,
        severity: 'error',
        path: '',
        message: (error as Error).message.replace(`${file}: `, ''),
      });
      continue;
    }
    const result = await validateCatalogFile(text, {
      readText: placeholderReader(io, file),
    });
    entities += result.entities.length;
    contracts += result.contracts.length;
    findings.push(...result.problems.map(p => ({ file, ...p })));
    const invalid = new Set(
      result.problems.filter(p => p.severity === 'error').map(p => p.ref),
    );
    valid.push(
      ...result.entities
        .filter(e => !invalid.has(e.ref))
        .map(e => ({ ...e, file })),
    );
  }
  for (const unresolved of findUnresolvedReferences(valid)) {
    findings.push({
      file: unresolved.at.file,
      line: unresolved.at.lineOf(unresolved.path),
      severity: 'warning',
      ref: unresolved.at.ref,
      path: unresolved.path,
      message: `${unresolved.path} refers to ${unresolved.ref}, which none of the given files defines`,
    });
  }

  io.out(
    formatFindings(
      { files: files.length, entities, contracts, findings },
      format,
    ),
  );
  return findings.some(f => f.severity === 'error') ? 1 : 0;
}

import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CliError, CliIo, readInputFile } from '../io';
import { expandPatterns } from '../validate/expandPatterns';
import { ContractApis, readContractApis } from './contractApis';
import { ConversionResult } from './conversion';
import { exportCatalogText } from './exportText';
import { importOdpsFiles } from './importText';

const USAGE_LINES = `Usage: data-mesh odps import <file.odps.yaml...> [--domain <domain>] [--owner <owner>] [--contracts <files or globs>]
       data-mesh odps export <catalog-info.yaml> [--contracts <files or globs>]`;

const USAGE = `${USAGE_LINES}

Converts between Bitol Open Data Product Standard (ODPS) documents (v1.0.0
and v0.9.0) and DataProduct catalog entities, printing YAML to standard
output.

  import   the DataProduct entity of each ODPS document in the files. What
           the catalog has no field for is kept in the
           data-mesh-portfolio.io/odps annotation, so that export gives the
           document back; a field ODPS does not define is kept too, with a
           warning.
           --domain, --owner: spec.domain and spec.owner for a document
           without a usable domain or team.name.
           --contracts: catalog files (or quoted globs) defining API
           entities of spec.type odcs; an output port whose contractId is
           the id of one of their ODCS contracts gets contract.api, that
           API. May be given more than once.
  export   the ODPS document of each DataProduct in the catalog file.
           --contracts: as for import; a port whose contract.api is one of
           their APIs gets the id of its ODCS contract as contractId.

Exit code 0 when converted, 1 when the file is invalid (nothing is
printed then), 2 for a usage error.
`;

function usageError(message: string): CliError {
  return new CliError(`${message}\n${USAGE_LINES}`, 2);
}

/** Runs `parseArgs`, whose errors (unknown option, missing value) are usage errors. */
function parse<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw usageError((error as Error).message);
  }
}

function oneFile(positionals: string[]): string {
  if (positionals.length !== 1) {
    throw usageError(
      positionals.length
        ? `odps export takes one file; got ${positionals.length}`
        : `odps export needs a file`,
    );
  }
  return positionals[0];
}

function report(
  result: ConversionResult,
  files: string[],
  verb: string,
  io: CliIo,
): number {
  for (const note of result.notes) io.err(`${note}\n`);
  if (result.problems.length) {
    for (const problem of result.problems) io.err(`${problem}\n`);
    const count = result.problems.length;
    throw new CliError(
      `nothing ${verb} from ${files.join(', ')}: ${count} problem${
        count > 1 ? 's' : ''
      }`,
    );
  }
  io.out(result.output);
  return 0;
}

/** The contract APIs of the `--contracts` files, when there are any. */
async function contractApisOf(
  patterns: string[] | undefined,
  io: CliIo,
): Promise<ContractApis | undefined> {
  if (!patterns?.length) return undefined;
  const inputs = [];
  for (const file of await expandPatterns(patterns, io.cwd)) {
    inputs.push({ file, text: await readInputFile(io, file) });
  }
  return readContractApis(inputs, file => io.readFile(resolve(io.cwd, file)));
}

/**
 * `data-mesh odps import|export`: reads the arguments and the file, and
 * prints what the conversion gives. The conversion itself is in `files.ts`.
 */
export async function runOdpsCommand(
  args: string[],
  io: CliIo,
): Promise<number> {
  const [subcommand, ...rest] = args;
  const help = { help: { type: 'boolean', short: 'h' } } as const;
  switch (subcommand) {
    case undefined:
      throw usageError('odps needs a subcommand: import or export');
    case 'help':
    case '--help':
    case '-h':
      io.out(USAGE);
      return 0;
    case 'import': {
      const { values, positionals } = parse(() =>
        parseArgs({
          args: rest,
          allowPositionals: true,
          options: {
            ...help,
            domain: { type: 'string' },
            owner: { type: 'string' },
            contracts: { type: 'string', multiple: true },
          },
        }),
      );
      if (values.help) {
        io.out(USAGE);
        return 0;
      }
      if (!positionals.length) throw usageError('odps import needs a file');
      const inputs = [];
      for (const file of positionals) {
        inputs.push({ file, text: await readInputFile(io, file) });
      }
      const contracts = await contractApisOf(values.contracts, io);
      // Without the contracts read right, no port can be linked as asked.
      const result: ConversionResult = contracts?.problems.length
        ? { output: '', problems: contracts.problems, notes: [] }
        : importOdpsFiles(inputs, {
            domain: values.domain,
            owner: values.owner,
            contractApis: contracts?.byContractId,
          });
      return report(result, positionals, 'imported', io);
    }
    case 'export': {
      const { values, positionals } = parse(() =>
        parseArgs({
          args: rest,
          allowPositionals: true,
          options: { ...help, contracts: { type: 'string', multiple: true } },
        }),
      );
      if (values.help) {
        io.out(USAGE);
        return 0;
      }
      const file = oneFile(positionals);
      const text = await readInputFile(io, file);
      const contracts = await contractApisOf(values.contracts, io);
      const result: ConversionResult = contracts?.problems.length
        ? { output: '', problems: contracts.problems, notes: [] }
        : exportCatalogText(text, file, contracts?.byApi);
      return report(result, [file], 'exported', io);
    }
    default:
      throw usageError(
        `unknown odps subcommand ${JSON.stringify(
          subcommand,
        )}; expected import or export`,
      );
  }
}

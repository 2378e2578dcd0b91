import { runContractCommand } from './contract/command';
import { CliError, CliIo } from './io';
import { runOdpsCommand } from './odps/command';
import { runValidateCommand } from './validate/command';

const USAGE = `Usage: data-mesh <command> [options]

Commands:
  validate <files or globs...>      Check catalog-info.yaml files as the catalog would
  odps import <file.odps.yaml...>   Print the DataProduct entity of each ODPS document
  odps export <catalog-info.yaml>   Print the ODPS document of each DataProduct
  contract diff <old> <new>         Print the changes between two versions of an ODCS contract
  help [command]                    Show this help, or a command's

Exit codes: 0 nothing invalid, 1 something invalid (or, for contract diff,
breaking), 2 usage error.
`;

/**
 * Runs the `data-mesh` command line with the given arguments and returns
 * its exit code. Expected failures (bad input, usage errors) are printed as
 * one clear message each; nothing here prints a stack trace.
 *
 * @public
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'validate':
        return await runValidateCommand(rest, io);
      case 'odps':
        return await runOdpsCommand(rest, io);
      case 'contract':
        return await runContractCommand(rest, io);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        if (rest[0] === 'validate')
          return await runValidateCommand(['--help'], io);
        if (rest[0] === 'odps') return await runOdpsCommand(['--help'], io);
        if (rest[0] === 'contract') {
          return await runContractCommand(['--help'], io);
        }
        io.out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new CliError(
          `unknown command ${JSON.stringify(
            command,
          )}; expected validate, odps, contract or help`,
          2,
        );
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`data-mesh: ${error.message}\n`);
      if (error.exitCode === 2) io.err(`Run "data-mesh help" for usage.\n`);
      return error.exitCode;
    }
    throw error;
  }
}

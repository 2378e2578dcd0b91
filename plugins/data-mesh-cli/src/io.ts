import fs from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

/**
 * What a command may do to the outside world: print, and read files. Tests
 * pass their own to capture output; the bin passes {@link processIo}.
 *
 * @public
 */
export interface CliIo {
  /** Writes to standard output. */
  out(text: string): void;
  /** Writes to standard error. */
  err(text: string): void;
  /** Reads a file as UTF-8 text. */
  readFile(path: string): Promise<string>;
  /** The directory relative paths and globs are resolved against. */
  cwd: string;
}

/**
 * The real process's output streams and file system.
 *
 * @public
 */
export function processIo(): CliIo {
  return {
    out: text => process.stdout.write(text),
    err: text => process.stderr.write(text),
    readFile: path => fs.readFile(path, 'utf8'),
    cwd: process.cwd(),
  };
}

/**
 * A failure the person running the command caused and can fix: it is shown
 * as its message alone, never as a stack trace.
 *
 * @public
 */
export class CliError extends Error {
  /** The exit code: 1 for invalid input, 2 for a usage error. */
  readonly exitCode: number;

  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/** Turns a file system error into a message that names the file. */
export function describeReadError(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return `${file}: no such file`;
  if (code === 'EISDIR') return `${file}: is a directory, expected a file`;
  if (code === 'EACCES') return `${file}: permission denied`;
  return `${file}: cannot be read (${(error as Error)?.message ?? error})`;
}

/**
 * Reads a file named on the command line (relative to the working
 * directory), turning a file system error into a {@link CliError}.
 */
export async function readInputFile(io: CliIo, file: string): Promise<string> {
  try {
    return await io.readFile(resolve(io.cwd, file));
  } catch (error) {
    throw new CliError(describeReadError(file, error));
  }
}

/**
 * The files and the `--format` and `--help` options of a command that
 * reports on files; an unknown option is a usage error, made by
 * `usageError` from the parser's message.
 */
export function parseReportArgs(
  args: string[],
  usageError: (message: string) => CliError,
) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'text' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw usageError((error as Error).message);
  }
}

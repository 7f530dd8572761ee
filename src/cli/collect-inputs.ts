import { parseArgs, type ParseArgsConfig } from 'node:util';
import { expandPaths, MAIL_FILE } from '../mail/mail-files.ts';
import { basename } from 'node:path';
import { UsageError } from './command.ts';

/** The mail files of command-line paths (directories searched for .eml and .msg). */
export async function collectMailFiles(paths: string[]): Promise<string[]> {
  if (paths.length === 0) throw new UsageError('give at least one .eml file or directory');
  return expandPaths(paths, MAIL_FILE, (p) => new UsageError(`no such file or directory: ${p}`));
}

/** Parses a command's options; a wrong option is a usage error (exit code 2) with the parser's message. */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>, P extends boolean = false>(argv: string[], options: T, allowPositionals?: P) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: (allowPositionals ?? false) as P, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

/** The contract's `id`: the file name without `.eml`. */
export function messageIdFromPath(path: string): string {
  return basename(path).replace(/\.eml$/i, '');
}

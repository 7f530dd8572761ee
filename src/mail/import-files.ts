import { readFile } from 'node:fs/promises';
import { expandPaths } from './mail-files.ts';
import { extname } from 'node:path';
import { looksLikeMbox, splitMbox } from './mbox.ts';

/** What a directory walk imports: single messages (.eml, and .msg so it is stored and flagged) and mbox files. */
const IMPORTABLE = /\.(eml|msg|mbox)$/i;

export class ImportPathError extends Error {
  readonly code = 'IMPORT.NO_SUCH_PATH';
  constructor(path: string) {
    super(`no such file or directory: ${path}`);
    this.name = this.constructor.name;
  }
}

/** Files named on the command line are taken whatever their name; directories are searched recursively. */
export async function listImportFiles(paths: string[]): Promise<string[]> {
  return expandPaths(paths, IMPORTABLE, (p) => new ImportPathError(p));
}

export interface ImportItem {
  /** File path, with `#n` for the n-th message of an mbox. */
  path: string;
  raw: Buffer;
}

/**
 * The messages in one file: an .eml or .msg is one message, byte for byte
 * (even when it starts with a "From " line); an .mbox or extension-less file
 * starting with "From " is split.
 */
export async function readImportFile(path: string): Promise<ImportItem[]> {
  const data = await readFile(path);
  const ext = extname(path).toLowerCase();
  if (ext !== '.eml' && ext !== '.msg' && looksLikeMbox(data)) {
    return splitMbox(data).map((raw, i) => ({ path: `${path}#${i + 1}`, raw }));
  }
  return [{ path, raw: data }];
}

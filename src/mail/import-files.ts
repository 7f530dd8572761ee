import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
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

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) await walk(p, out);
    else if (e.isFile() && IMPORTABLE.test(e.name)) out.push(p);
  }
}

/** Files named on the command line are taken whatever their name; directories are searched recursively. */
export async function listImportFiles(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const s = await stat(p).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT' || err.code === 'ENOTDIR') throw new ImportPathError(p);
      throw err;
    });
    if (s.isDirectory()) await walk(p, out);
    else out.push(p);
  }
  return out;
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
